using Sitrep.Events;
using Sitrep.Pipeline;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Events;

/// <summary>
/// The reference article (published 2024-11-18) through the real default pipeline: every upstream stage as shipped,
/// then the event stage. Unlike <see cref="ReferenceArticleTests"/>, nothing is filled in by hand.
/// </summary>
public sealed class ReferenceArticlePipelineTests
{
    private static readonly Lazy<Document> Analyzed = new(Analyzer.Reference);

    private static Document Doc => Analyzed.Value;

    private static readonly Lazy<EventLookup> Lookup = new(() => new EventLookup(Doc));

    private static Event Single(string evidencePart, string eventClass) => Lookup.Value.Single(evidencePart, eventClass);

    private static string? SourceText(Event e) => Lookup.Value.SourceText(e);

    private static bool HasQuantity(Event e, double value) => EventLookup.HasQuantity(e, value);

    [Fact]
    public void The_US_approval_of_ATACMS_use_is_coded_with_the_United_States_as_actor()
    {
        var e = Single("has approved the use of long-range missiles", EventClasses.Support);
        Assert.Equal(EventModes.Authorization, e.Mode);
        Assert.Contains(e.Actors, a => a.Name == "United States");
        Assert.Contains(e.Targets, a => a.Name == "Ukraine");
    }

    [Fact]
    public void The_weekend_assault_is_a_reported_Russian_missile_assault_on_Ukraine()
    {
        var e = Single("largest coordinated assaults", EventClasses.Assault);
        Assert.Equal(EventModes.Missile, e.Mode);
        Assert.Equal(["Russia"], e.Actors.Select(a => a.Name));
        Assert.Equal(["Ukraine"], e.Targets.Select(a => a.Name));
        Assert.True(HasQuantity(e, 120) && HasQuantity(e, 90), string.Join(", ", e.Quantities.Select(q => q.Value)));
        Assert.True(HasQuantity(e, 10) || e.Killed?.Value >= 10 || e.Injured?.Value >= 10);
        Assert.Equal("Ukrainian officials", SourceText(e));
        Assert.Equal(Certainties.Reported, e.Certainty);
        Assert.Equal("2024-W46-WE", e.Date!.Value);
        Assert.False(e.Date.FromPublished);
    }

    [Fact]
    public void The_Sunday_evening_strikes_are_dated_and_placed_in_the_Sumy_region()
    {
        var e = Single("On Sunday evening, missile strikes continued", EventClasses.Assault);
        Assert.Equal("2024-11-17TEV", e.Date!.Value);
        Assert.Equal("Sumy Oblast", e.Place!.Name);
        Assert.Equal("UA", e.Place.Country);
    }

    [Fact]
    public void North_Korean_soldiers_in_Kursk_are_a_mobilization_by_North_Korea()
    {
        var e = Single("currently stationed in Kursk", EventClasses.Mobilize);
        Assert.Equal(["North Korea"], e.Actors.Select(a => a.Name));
        Assert.Equal("Kursk Oblast", e.Place!.Name);
        Assert.Equal("RU", e.Place.Country);
        Assert.True(HasQuantity(e, 11000));
        Assert.Equal("estimates", SourceText(e));
    }

    [Fact]
    public void US_military_assistance_is_aid_with_its_amount()
    {
        var e = Single("leading supplier of military assistance", EventClasses.Aid);
        Assert.Contains(e.Actors, a => a.Name == "United States");
        Assert.Contains(e.Quantities, q => q.Value == 55.5e9);
    }

    [Fact]
    public void No_assault_is_placed_in_the_United_States()
        => Assert.DoesNotContain(Doc.Events, e => e.Class == EventClasses.Assault && e.Place?.Country == "US");

    [Fact]
    public void Committing_money_is_not_a_mobilization()
        => Assert.DoesNotContain(Doc.Events, e => e.Class == EventClasses.Mobilize && Doc.TextOf(e.Evidence).Contains("$55.5 billion", StringComparison.Ordinal));
}
