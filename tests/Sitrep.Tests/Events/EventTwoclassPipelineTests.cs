using Sitrep.Events;
using Sitrep.Pipeline;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Events;

/// <summary>
/// The twoclass round (docs/events-rounds.md, "Twoclass round"): one act coded as two events of different classes, a request and the
/// act it asks for. Sentences from fresh articles (the Guardian, 25 July 2022 and 31 March 2022; Fox News, 3 February 2022;
/// Polish press, 17 April 2024), and a past act told after a request, which stays an act of its own.
/// </summary>
public sealed class EventTwoclassPipelineTests
{
    private static IReadOnlyList<Event> Analyze(string text, DateOnly published)
        => Analyzer.EventsOfText(text, published);

    [Fact]
    public void A_withdrawal_a_resolution_demands_is_the_request_only()
    {
        var events = Analyze("Moscow was encouraged when the UN general assembly voted on a resolution condemning Russia for its "
            + "“aggression” and demanding a withdrawal from Ukraine, and 17 African nations abstained – almost half all abstentions – "
            + "and one voted against.\n", new DateOnly(2022, 7, 25));
        Assert.Contains(events, e => e.Class == EventClasses.Request);
        Assert.DoesNotContain(events, e => e.Class == EventClasses.Retreat);
    }

    [Fact]
    public void Sanctions_called_for_are_the_request_only()
    {
        var events = Analyze("He called for Russia to pay “the highest price” and for allies to impose even tougher sanctions, such as "
            + "blocking Russian vessels from foreign ports and boycotting the country’s oil.\n", new DateOnly(2022, 3, 31));
        Assert.Contains(events, e => e.Class == EventClasses.Request);
        Assert.DoesNotContain(events, e => e.Class == EventClasses.Sanction);
    }

    [Fact]
    public void Troops_a_letter_demands_approval_for_are_the_request_only()
    {
        var events = Analyze("Rep. Andy Biggs, R-Ariz., founder and co-chair of the bipartisan War Powers Caucus, sent a letter to "
            + "Biden Thursday demanding that he seek congressional approval before taking any offensive military action relating to "
            + "Russian aggression toward Ukraine, including sending troops into Ukraine.\n", new DateOnly(2022, 2, 3));
        Assert.Contains(events, e => e.Class == EventClasses.Request);
        Assert.DoesNotContain(events, e => e.Class == EventClasses.Mobilize);
    }

    [Fact]
    public void A_withdrawal_asked_of_another_leader_is_the_request_only()
    {
        var events = Analyze("\"That's why I asked President XI to put pressure on Russia, so that Putin finally stop his crazy "
            + "campaign, withdraw his troops and ended this terrible war\" - wrote the German Chancellor on Platform X.\n",
            new DateOnly(2024, 4, 17));
        Assert.DoesNotContain(events, e => e.Class == EventClasses.Retreat);
    }

    [Fact]
    public void A_past_act_after_a_request_stays_an_act_of_its_own()
    {
        var events = Analyze("Zelensky urged the West to send more weapons, and Russian troops shelled Kharkiv on Monday.\n",
            new DateOnly(2022, 4, 1));
        Assert.Contains(events, e => e.Class == EventClasses.Request);
        Assert.Contains(events, e => e.Class == EventClasses.Assault);
    }
}
