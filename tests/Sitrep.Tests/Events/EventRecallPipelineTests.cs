using Sitrep.Events;
using Sitrep.Pipeline;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Events;

/// <summary>The recall round's rule (EventCoder.Recall.cs), each on a sentence of its own.</summary>
public sealed class EventRecallPipelineTests
{
    private static readonly DateOnly Published = new(2024, 5, 10);

    private static IReadOnlyList<Event> Analyze(string text)
        => Analyzer.EventsOfText(text, Published);

    [Fact]
    public void A_pledge_to_supply_weapons_is_coded_as_aid()
    {
        var events = Analyze("On Tuesday, Norway pledged to supply Ukraine with two more air defence systems from its own reserves.\n");
        Assert.Contains(events, e => e.Class == EventClasses.Aid);
    }

    [Fact]
    public void A_pledge_under_a_modal_stays_a_hypothesis()
    {
        var events = Analyze("Norway could pledge to supply Ukraine with two more air defence systems from its own reserves.\n");
        Assert.DoesNotContain(events, e => e.Class == EventClasses.Aid);
    }

    [Fact]
    public void A_stance_of_being_committed_to_supplying_is_not_a_pledge()
    {
        var events = Analyze("Norway is committed to supply Ukraine with air defence systems for as long as it takes.\n");
        Assert.DoesNotContain(events, e => e.Class == EventClasses.Aid);
    }

    [Fact]
    public void Ground_gains_made_near_a_town_are_a_territorial_clash()
    {
        var events = Analyze("On Monday, the invading forces made small territorial gains near the town of Kupiansk after days of assaults.\n");
        Assert.Contains(events, e => e.Class == EventClasses.Fight && e.Mode == "territory");
    }

    [Fact]
    public void Gains_that_were_not_made_are_no_clash()
    {
        var events = Analyze("The invading forces have not made any territorial gains near the town of Kupiansk this winter.\n");
        Assert.DoesNotContain(events, e => e.Class == EventClasses.Fight);
    }

    [Fact]
    public void Gains_without_a_verb_of_making_before_them_are_no_clash()
    {
        var events = Analyze("Moscow wants the West to recognise the gains near the town of Kupiansk that its troops have made.\n");
        Assert.DoesNotContain(events, e => e.Class == EventClasses.Fight && e.Mode == "territory");
    }

    [Fact]
    public void An_announcement_that_a_state_will_provide_weapons_is_coded_as_aid()
    {
        var events = Analyze("The Dutch government announced on Friday that the country will provide Ukraine with eighteen howitzers.\n");
        Assert.Contains(events, e => e.Class == EventClasses.Aid);
    }

    [Fact]
    public void A_forecast_that_a_state_will_provide_weapons_is_not_aid()
    {
        var events = Analyze("An analyst said on Friday that the country will provide Ukraine with eighteen howitzers.\n");
        Assert.DoesNotContain(events, e => e.Class == EventClasses.Aid);
    }
}
