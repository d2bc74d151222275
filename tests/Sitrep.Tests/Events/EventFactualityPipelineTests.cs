using Sitrep.Events;
using Sitrep.Pipeline;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Events;

/// <summary>
/// Whether a trigger reports a specific past act, through the real default pipeline (the rules read part-of-speech tags,
/// times and places). Each text opens with a neutral line, so the sentence under test is not the article's title.
/// </summary>
public sealed class EventFactualityPipelineTests
{
    private static readonly DateOnly Published = new(2024, 5, 10);

    private static IReadOnlyList<Event> Events(string sentence)
        => Analyzer.EventsOfSentence(sentence, Published);

    [Theory]
    [InlineData("The senator, who has opposed aid to Kyiv and criticised the government's handling of the war, spoke on Tuesday.")]
    [InlineData("The activists who call for sanctions are wrong.")]
    [InlineData("The programme also delivers more weapons to the army.")]
    [InlineData("The war will only end when the invading forces withdraw.")]
    [InlineData("For 100 days, Russia has been relentlessly shelling the city.")]
    [InlineData("He remains committed to doing what he can to help the troops.")]
    [InlineData("Ukraine is fighting for its independence.")]
    [InlineData("Protesters held banners calling on the government to resign.")]
    [InlineData("The museum showed a row of destroyed tanks.")]
    [InlineData("When asked about the talks, he declined to comment.")]
    [InlineData("Moldova said it had intercepted a plan to overthrow the government.")]
    [InlineData("The activist had been charged with discrediting the army.")]
    [InlineData("The minister visited wounded children in a hospital in Lviv.")]
    [InlineData("Under the cover of street protests, the group would try to seize power.")]
    public void Descriptions_habits_campaigns_and_stances_are_not_events(string sentence)
        => Assert.Empty(Events(sentence));

    [Fact]
    public void A_past_perfect_in_reported_speech_is_still_the_reported_act()
        => Assert.Contains(Events("The court said the activist had been charged with discrediting the army."), e => e.Class == EventClasses.Accuse);

    [Fact]
    public void A_meeting_told_right_after_a_visit_without_actor_or_place_is_the_visit_again()
    {
        var consult = Assert.Single(
            Events("Blinken's visit to Kyiv was meant to reassure allies. He announced new aid during a meeting with the Ukrainian leader."),
            e => e.Class == EventClasses.Consult);
        Assert.Equal("Kyiv", consult.Place?.Name);
    }

    [Fact]
    public void A_noun_in_an_opening_phrase_before_a_past_clause_still_reports_the_act()
        => Assert.Contains(Events("After the protests, the group seized the building."), e => e.Class == EventClasses.Protest);

    [Fact]
    public void A_restrictive_relative_clause_in_the_past_still_reports_the_act()
        => Assert.Contains(Events("Russia and Belarus were the only countries which rejected the resolution."), e => e.Class == EventClasses.Reject);

    [Fact]
    public void A_coup_in_a_relative_clause_under_a_modal_is_hypothetical()
    {
        var events = Events("Moldova accused Russia of plotting a coup that would involve saboteurs.");
        Assert.Contains(events, e => e.Class == EventClasses.Accuse);
        Assert.DoesNotContain(events, e => e.Class == EventClasses.Fight);
    }

    [Fact]
    public void A_time_inside_an_although_clause_dates_that_clause_only()
    {
        var events = Events("The ministry refused to comment, although the president last week called for calm.");
        Assert.True(events.Single(e => e.Class == EventClasses.Reject).Date!.FromPublished);
        Assert.Equal("2024-W18", events.Single(e => e.Class == EventClasses.Request).Date!.Value);
    }

    [Fact]
    public void Asking_an_ally_to_act_is_a_request()
        => Assert.Contains(Events("Kyiv asked Berlin to send more air defence systems."), e => e.Class == EventClasses.Request && e.Actors.Any(a => a.Name == "Ukraine"));

    [Fact]
    public void Hailing_a_decision_is_support()
        => Assert.Contains(Events("Ukraine's leader hailed the decision."), e => e.Class == EventClasses.Support);

    [Fact]
    public void A_counteroffensive_tagged_as_an_adjective_is_still_a_clash()
        => Assert.Contains(Events("Ukraine has launched a counteroffensive in the south."), e => e.Class == EventClasses.Fight);

    [Fact]
    public void A_capital_acting_as_a_government_is_not_the_place_of_an_event()
        => Assert.DoesNotContain(
            Events("Russia and Belarus held joint military drills, and Minsk is testing its readiness near the border."),
            e => e.Class == EventClasses.Mobilize && e.Place?.Name == "Minsk");

    [Fact]
    public void A_place_in_a_clause_of_another_occasion_is_not_the_attack_place()
    {
        var attack = Events("Russian missiles struck the region on Sunday as leaders began a summit in Munich.").Single(e => e.Class == EventClasses.Assault);
        Assert.NotEqual("Munich", attack.Place?.Name);
    }
}
