using Sitrep.Events;
using Sitrep.Pipeline;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Events;

/// <summary>
/// The date and place readings of the battle round (docs/events-rounds.md, "Battle round"), each on a sentence of its own, through
/// the real default pipeline.
/// </summary>
public sealed class EventBattlePipelineTests
{
    private static readonly DateOnly Published = new(2024, 5, 10);

    private static IReadOnlyList<Event> Events(string text)
        => Analyzer.EventsOfSentence(text, Published);

    [Fact]
    public void A_place_naming_where_the_source_is_does_not_locate_the_attack()
    {
        var assault = Assert.Single(Events("Artillery shelled a fuel depot on Tuesday, according to analysts citing satellite images from Germany."),
            e => e.Class == EventClasses.Assault);
        Assert.NotEqual("DE", assault.Place?.Country);
    }

    [Fact]
    public void A_counteroffensive_in_the_south_of_the_country_is_placed_in_that_country()
    {
        var events = Analyzer.Pipeline.Analyze("sentence",
            "Officials in Ukraine gave a briefing.\nUkrainian troops have launched a counteroffensive in the south of the country.\n", Published).Events;
        var fight = Assert.Single(events, e => e.Class == EventClasses.Fight);
        Assert.Equal("UA", fight.Place?.Country);
        Assert.Equal(PlaceLevels.Country, fight.Place?.Level);
    }

    [Fact]
    public void An_interception_with_no_place_happens_over_the_defenders_country()
    {
        var fight = Assert.Single(Events("Poland's air defences shot down two drones on Tuesday."),
            e => e.Class == EventClasses.Fight);
        Assert.Equal("PL", fight.Place?.Country);
    }

    [Fact]
    public void An_overnight_strike_is_dated_on_the_publication_day()
    {
        // Published on a Monday: "on Monday ... overnight" is read by the time stage as the night before, Sunday night.
        var assault = Assert.Single(Analyzer.EventsOfSentence(
            "Officials said on Monday that a fuel depot in Belgorod burned overnight after a drone attack.", new DateOnly(2024, 5, 13)),
            e => e.Class == EventClasses.Assault);
        Assert.Equal("2024-05-13", assault.Date?.Value);
        Assert.False(assault.Date?.FromPublished);
    }

    [Fact]
    public void An_attack_with_no_place_by_a_party_of_the_war_lands_in_the_adversarys_country()
    {
        var events = Analyzer.Pipeline.Analyze("sentence",
            "Leaders discussed Ukraine at a summit.\nGrain silos were destroyed by Russian bombardment on Monday.\n", Published).Events;
        var assault = Assert.Single(events, e => e.Class == EventClasses.Assault);
        Assert.Equal("UA", assault.Place?.Country);
    }
}
