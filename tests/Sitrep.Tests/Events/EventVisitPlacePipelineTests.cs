using Sitrep.Events;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Events;

/// <summary>
/// The place readings of the visitplace round (docs/events.md, "Visitplace round"), on sentences of fresh articles, through
/// the real default pipeline: "to" before a country locates a meeting only after a word of travel, and an agreement's or a
/// cooperation's countries are read as a meeting's are.
/// </summary>
public sealed class EventVisitPlacePipelineTests
{
    private static readonly DateOnly Published = new(2024, 5, 7);

    [Fact]
    public void A_country_goods_are_delivered_to_is_not_where_the_talks_were()
    {
        var consult = Assert.Single(Analyzer.EventsOfSentence(
            "“More effort is needed to curtail delivery of dual use goods to Russia that find their way to the battlefield,” von der "
            + "Leyen said after talks, adding that “this does affect EU-China relations”.", Published),
            e => e.Class == EventClasses.Consult);
        Assert.Null(consult.Place);
    }

    [Fact]
    public void A_country_drones_are_sold_to_is_not_where_the_meetings_were()
    {
        var consult = Assert.Single(Analyzer.EventsOfSentence(
            "Iran-watchers had predicted the sale of Iranian-made drones to Russia during the Tehran meetings last week.", Published),
            e => e.Class == EventClasses.Consult);
        Assert.NotEqual("RU", consult.Place?.Country);
    }

    [Fact]
    public void A_country_after_a_visit_to_is_where_the_visit_took_place()
    {
        var consult = Assert.Single(Analyzer.EventsOfSentence(
            "And during a visit to Ukraine last week, British Foreign Secretary David Cameron said that Ukraine could use "
            + "British-supplied weapons to strike targets inside Russia.", Published),
            e => e.Class == EventClasses.Consult);
        Assert.Equal("UA", consult.Place?.Country);
    }

    [Fact]
    public void A_country_a_deal_is_offered_to_is_not_where_the_deal_was_made()
    {
        var agree = Assert.Single(Analyzer.EventsOfSentence(
            "Sudan has also concluded a big deal offering Russia a port on Africa’s eastern coast for 25 years.", Published),
            e => e.Class == EventClasses.Agree);
        Assert.Null(agree.Place);
    }
}
