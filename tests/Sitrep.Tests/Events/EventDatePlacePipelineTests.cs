using Sitrep.Events;
using Sitrep.Pipeline;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Events;

/// <summary>
/// The date and place readings of the dateplace round (docs/events-rounds.md, "Dateplace round"), each on a sentence of its own,
/// through the real default pipeline.
/// </summary>
public sealed class EventDatePlacePipelineTests
{
    // A Friday: "on Thursday" is the day before.
    private static readonly DateOnly Published = new(2024, 5, 10);

    [Fact]
    public void A_day_on_the_verb_of_saying_dates_the_report_not_the_capture_it_reports()
    {
        var fight = Assert.Single(Analyzer.EventsOfSentence(
            "Russian troops have captured the village of Ocheretyne in the Donetsk region, the general staff said on Thursday.", Published),
            e => e.Class == EventClasses.Fight);
        Assert.Equal("2024-05-10", fight.Date?.Value);
        Assert.True(fight.Date?.FromPublished);
    }

    [Fact]
    public void A_day_in_the_clause_of_the_attack_still_dates_it_before_a_comma_and_the_speaker()
    {
        var assault = Assert.Single(Analyzer.EventsOfSentence(
            "Russian drones struck an energy facility in Odesa on Thursday, said the regional governor.", Published),
            e => e.Class == EventClasses.Assault);
        Assert.Equal("2024-05-09", assault.Date?.Value);
    }

    [Fact]
    public void A_statement_keeps_the_day_it_was_made()
    {
        var accuse = Assert.Single(Analyzer.EventsOfSentence(
            "The foreign ministry said on Thursday that Moscow had broken the ceasefire and accused it of sabotage.", Published),
            e => e.Class == EventClasses.Accuse);
        Assert.Equal("2024-05-09", accuse.Date?.Value);
    }

    [Fact]
    public void An_attack_named_again_with_a_determiner_takes_the_place_told_just_before()
    {
        // Merging would join the two mentions and hide the second one's place; coded unmerged, each keeps its own.
        var doc = Analyzer.Pipeline.Analyze("sentence",
            "Update\nRussian missiles struck a power plant in Zaporizhzhia on Thursday.\n"
            + "The energy minister told reporters that the strikes had destroyed two transformers.\n", Published);
        new EventStage(new EventOptions { MergeWithinDocument = false }).Process(doc, CancellationToken.None);
        var assaults = doc.Events.Where(e => e.Class == EventClasses.Assault).ToList();
        Assert.Equal(2, assaults.Count);
        Assert.Equal(assaults[0].Place?.GeonamesId, assaults[1].Place?.GeonamesId);
        Assert.Equal(PlaceLevels.Populated, assaults[1].Place?.Level);
    }

    [Fact]
    public void An_arrest_with_no_place_happens_in_the_country_of_the_protest_told_just_before()
    {
        var events = Analyzer.EventsOfText(
            "Update\nThousands of people protested in Batumi, Georgia, on Tuesday against a new media law.\n"
            + "Police detained dozens of demonstrators outside parliament.\n", Published);
        var coerce = Assert.Single(events, e => e.Class == EventClasses.Coerce);
        Assert.Equal("GE", coerce.Place?.Country);
        Assert.Equal(PlaceLevels.Country, coerce.Place?.Level);
    }

    [Fact]
    public void A_country_named_in_no_act_before_is_not_the_place_of_a_later_arrest()
    {
        var events = Analyzer.EventsOfText(
            "Update\nGeorgia condemned the new sanctions on Tuesday.\n"
            + "Police detained dozens of demonstrators outside parliament.\n", Published);
        var coerce = Assert.Single(events, e => e.Class == EventClasses.Coerce);
        Assert.Null(coerce.Place);
    }
}
