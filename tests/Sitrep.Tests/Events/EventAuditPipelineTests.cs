using Sitrep.Events;
using Sitrep.Pipeline;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Events;

/// <summary>
/// The date and place rules of the audit round (docs/events-rounds.md, "Dates and places audited on fresh articles"), each on a
/// sentence of its own, through the real default pipeline.
/// </summary>
public sealed class EventAuditPipelineTests
{
    private static readonly DateOnly Published = new(2024, 5, 10);

    private static IReadOnlyList<Event> Events(string text)
        => Analyzer.EventsOfSentence(text, Published);

    [Fact]
    public void A_deadline_not_yet_passed_does_not_date_the_request()
    {
        var request = Assert.Single(Events("The minister called on the parliament to pass the bill before the end of the year."),
            e => e.Class == EventClasses.Request);
        Assert.Equal("2024-05-10", request.Date?.Value);
        Assert.True(request.Date?.FromPublished);
    }

    [Fact]
    public void A_place_after_with_is_a_party_of_the_talks_not_their_place()
    {
        var consult = Assert.Single(Events("Hungarian diplomats held talks with Georgia on energy supplies."),
            e => e.Class == EventClasses.Consult);
        Assert.Null(consult.Place);
    }

    [Fact]
    public void A_country_acting_in_another_clause_does_not_locate_the_attack()
    {
        var assault = Assert.Single(Events("Drones struck a power plant overnight, and officials said Belarus condemned the strikes."),
            e => e.Class == EventClasses.Assault);
        Assert.NotEqual("BY", assault.Place?.Country);
    }
}
