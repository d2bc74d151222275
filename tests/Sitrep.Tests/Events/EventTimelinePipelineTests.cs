using Sitrep.Events;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Events;

/// <summary>
/// The lead-day rule of the timeline round (docs/events-rounds.md, "Timeline round"): statements and meetings a report tells after a
/// lead that dates its occasion take that day. Sentences from unlabelled articles and WikiEvents, through the real default pipeline.
/// </summary>
public sealed class EventTimelinePipelineTests
{
    [Fact]
    public void A_statement_told_after_a_dated_lead_takes_the_lead_day()
    {
        // Published on a Sunday; the talks and the remarks were on the Saturday.
        var events = Analyzer.EventsOfText(
            "United States Secretary of State Antony Blinken said on Saturday he had discussed Russian aggression in Ukraine "
            + "during more than five hours of talks with Chinese Foreign Minister Wang Yi.\n\n"
            + "Wang also said Washington should cancel additional tariffs imposed on China as soon as possible and cease "
            + "unilateral sanctions on Chinese companies.\n", new DateOnly(2022, 7, 10));
        var request = Assert.Single(events, e => e.Class == EventClasses.Request);
        Assert.Equal("2022-07-09", request.Date?.Value);
        Assert.False(request.Date?.FromPublished);
    }

    [Fact]
    public void A_condemnation_told_after_a_lead_dated_on_its_verb_takes_the_lead_day()
    {
        var events = Analyzer.EventsOfText(
            "Russia on Wednesday vetoed a United Nations resolution that proposed a ban on the use of nuclear weapons in outer space.\n\n"
            + "The US ambassador also condemned China’s abstention, saying Beijing “has shown that it would rather defend Russia as "
            + "its junior partner, than safeguard the global nonproliferation regime.”\n", new DateOnly(2024, 4, 25));
        var accuse = Assert.Single(events, e => e.Class == EventClasses.Accuse);
        Assert.Equal("2024-04-24", accuse.Date?.Value);
    }

    [Fact]
    public void A_lead_with_no_verb_in_the_past_dates_nothing_after_it()
    {
        // WikiEvents scenario_en_62: the Sunday is the vote's, still to come; the denial is the day's news.
        var events = Analyzer.EventsOfText(
            "Government opponents are begging Venezuelans to sit out a vote on Sunday for what they see as a puppet congress "
            + "and the last step toward dictatorship in this South American country.\n\n"
            + "Guevara denied reports that a deal had been offered to suspend the vote.\n", new DateOnly(2020, 1, 1));
        var reject = Assert.Single(events, e => e.Class == EventClasses.Reject);
        Assert.True(reject.Date?.FromPublished);
    }

    [Fact]
    public void A_lead_day_after_a_word_of_sequence_dates_the_other_occasion()
    {
        // "after Friday's missile and drone attacks": the Friday is the attacks', not the report's.
        var events = Analyzer.EventsOfText(
            "It was a quiet weekend in the capital after Friday’s missile and drone attacks across the country, which failed "
            + "to have any major effect on Ukraine’s energy infrastructure.\n\n"
            + "Wang also said Washington should cancel additional tariffs imposed on China as soon as possible and cease "
            + "unilateral sanctions on Chinese companies.\n", new DateOnly(2023, 2, 13));
        var request = Assert.Single(events, e => e.Class == EventClasses.Request);
        Assert.True(request.Date?.FromPublished);
    }

    [Fact]
    public void A_statement_with_a_time_of_its_own_keeps_its_reading()
    {
        var events = Analyzer.EventsOfText(
            "United States Secretary of State Antony Blinken said on Saturday he had discussed Russian aggression in Ukraine "
            + "during more than five hours of talks with Chinese Foreign Minister Wang Yi.\n\n"
            + "The Biden administration has been requesting another aid package, with growing urgency, since last August.\n",
            new DateOnly(2022, 7, 10));
        Assert.DoesNotContain(events, e => e.Date?.Value == "2022-07-09" && e.Class == EventClasses.Request);
    }
}
