using Sitrep.Events;
using Sitrep.Pipeline;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Events;

/// <summary>
/// "The capital" as the place of an act (dateplace2 round, docs/events-rounds.md), each on a sentence of its own, through the real
/// default pipeline.
/// </summary>
public sealed class EventCapitalPipelineTests
{
    private static readonly DateOnly Published = new(2024, 5, 10);

    [Fact]
    public void A_strike_on_the_capital_named_by_a_demonym_happens_in_that_capital()
    {
        var assault = Assert.Single(Analyzer.EventsOfSentence(
            "Two drones struck a warehouse on the outskirts of the Lithuanian capital on Thursday.", Published),
            e => e.Class == EventClasses.Assault);
        Assert.Equal("LT", assault.Place?.Country);
        Assert.Equal(PlaceLevels.Populated, assault.Place?.Level);
        Assert.Equal("Vilnius", assault.Place?.Name);
    }

    [Fact]
    public void A_bare_capital_is_the_national_capital_the_article_named_before()
    {
        var events = Analyzer.EventsOfText(
            "Update\nThe mayor of Chisinau warned residents about the alerts on Tuesday.\n"
            + "Drones attacked an oil depot in the capital on Wednesday night.\n", Published);
        var assault = Assert.Single(events, e => e.Class == EventClasses.Assault);
        Assert.Equal("MD", assault.Place?.Country);
        Assert.Equal(PlaceLevels.Populated, assault.Place?.Level);
    }

    [Fact]
    public void Capital_as_a_noun_modifier_is_not_a_place()
    {
        var events = Analyzer.EventsOfText(
            "Update\nThe mayor of Chisinau warned residents about the alerts on Tuesday.\n"
            + "Drones attacked an oil depot of a firm listed on the capital markets on Wednesday night.\n", Published);
        var assault = Assert.Single(events, e => e.Class == EventClasses.Assault);
        Assert.NotEqual(PlaceLevels.Populated, assault.Place?.Level);
    }

    [Fact]
    public void Attacks_spread_across_the_country_do_not_take_the_capital_of_another_clause()
    {
        var events = Analyzer.EventsOfText(
            "Update\nThe mayor of Chisinau warned residents about the alerts on Tuesday.\n"
            + "Shops stayed open in the capital after Wednesday's drone attacks across the country.\n", Published);
        var assault = Assert.Single(events, e => e.Class == EventClasses.Assault);
        Assert.NotEqual(PlaceLevels.Populated, assault.Place?.Level);
    }
}
