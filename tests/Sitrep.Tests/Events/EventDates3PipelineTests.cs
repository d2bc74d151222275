using Sitrep.Events;
using Sitrep.Pipeline;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Events;

/// <summary>
/// The date and place readings of the dates3 round (docs/events-rounds.md, "Dates3 round"), each on a sentence of its own, through
/// the real default pipeline.
/// </summary>
public sealed class EventDates3PipelineTests
{
    // A Friday: "on Thursday" is the day before.
    private static readonly DateOnly Published = new(2024, 5, 10);

    [Fact]
    public void A_country_a_meeting_was_about_is_not_where_it_met()
    {
        var consult = Assert.Single(Analyzer.EventsOfSentence(
            "The two foreign ministers held talks on Thursday about the rising tension around Moldova.", Published),
            e => e.Class == EventClasses.Consult);
        Assert.Null(consult.Place);
    }

    [Fact]
    public void A_country_after_in_is_where_the_meeting_took_place()
    {
        var consult = Assert.Single(Analyzer.EventsOfSentence(
            "The two foreign ministers held talks in Moldova on Thursday.", Published),
            e => e.Class == EventClasses.Consult);
        Assert.Equal("MD", consult.Place?.Country);
    }

    [Fact]
    public void A_country_visited_is_where_the_visit_took_place()
    {
        var consult = Assert.Single(Analyzer.EventsOfSentence(
            "A delegation of Japanese lawmakers visited Moldova on Thursday.", Published),
            e => e.Class == EventClasses.Consult);
        Assert.Equal("MD", consult.Place?.Country);
    }

    [Fact]
    public void A_country_in_a_list_after_in_locates_the_meeting()
    {
        // Tanzania, nearest the meeting, follows "and": only "In" before the list's first country makes it a place.
        var consult = Assert.Single(Analyzer.EventsOfSentence(
            "In Kenya and Tanzania, the envoy held meetings on Thursday.", Published),
            e => e.Class == EventClasses.Consult);
        Assert.Equal("TZ", consult.Place?.Country);
    }

    [Fact]
    public void A_country_in_a_title_after_of_is_a_party_of_the_call_not_its_place()
    {
        // The country names who was called, not where the call was; as a party it keeps telling one call from the next when
        // mentions merge (calls round).
        var consult = Assert.Single(Analyzer.EventsOfSentence(
            "On Thursday the chancellor had a phone conversation with the President of Kenya.", Published),
            e => e.Class == EventClasses.Consult);
        Assert.Null(consult.Place);
        Assert.Contains(consult.Targets, t => t.Name == "Kenya");
    }

    [Fact]
    public void An_attack_told_after_a_pronoun_does_not_take_the_previous_sentence_time_of_saying()
    {
        var events = Analyzer.EventsOfText(
            "Update\nThe regional governor said on Thursday that repairs to the grid would take weeks.\n"
            + "He said Russian drones had struck a substation near Sumy.\n", Published);
        var assault = Assert.Single(events, e => e.Class == EventClasses.Assault);
        Assert.Equal("2024-05-10", assault.Date?.Value);
        Assert.True(assault.Date?.FromPublished);
    }

    [Fact]
    public void A_statement_told_after_a_pronoun_keeps_the_previous_sentence_day_of_saying()
    {
        var events = Analyzer.EventsOfText(
            "Update\nThe foreign minister said on Thursday that the talks had stalled.\n"
            + "She accused Moscow of sabotaging the grain corridor.\n", Published);
        var accuse = Assert.Single(events, e => e.Class == EventClasses.Accuse);
        Assert.Equal("2024-05-09", accuse.Date?.Value);
    }

    [Fact]
    public void An_attack_told_after_a_pronoun_keeps_a_day_the_previous_sentence_gave_an_act()
    {
        const string text = "Update\nRussian forces shelled the outskirts of Kherson on Thursday, the governor said.\n"
            + "They also struck a hospital with a glide bomb.\n";
        int second = text.IndexOf("They also", StringComparison.Ordinal);
        var strike = Assert.Single(Analyzer.EventsOfText(text, Published),
            e => e.Class == EventClasses.Assault && e.Evidence.Start >= second);
        Assert.Equal("2024-05-09", strike.Date?.Value);
    }
}
