using Sitrep.Events;
using Sitrep.Pipeline;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Output;

/// <summary>What the product brief says Sitrep must recover from the reference article, through the real default pipeline.</summary>
public class ReferenceArticleTests
{
    private static readonly Lazy<Document> Doc = new(Analyzer.Reference);

    private static Document D => Doc.Value;

    private static HashSet<string> EntityTexts(string type)
        => D.Entities.Where(e => e.Type == type).Select(e => D.TextOf(e.Span)).ToHashSet(StringComparer.Ordinal);

    [Fact]
    public void Finds_the_persons_organisation_and_weapons()
    {
        Assert.Superset(new HashSet<string> { "Joe Biden", "Volodymyr Zelensky", "Vladimir Putin", "Serhiy Kuzan" }, EntityTexts(EntityTypes.Person));
        Assert.Contains("NATO", EntityTexts(EntityTypes.Organization));
        Assert.Superset(new HashSet<string> { "ATACMS", "Storm Shadow" }, EntityTexts(EntityTypes.Weapon));
        Assert.Contains(D.Entities, e => e.Type == EntityTypes.Norp && e.Canonical == "North Korea");
    }

    [Theory]
    [InlineData("Ukraine", "UA", PlaceLevels.Country)]
    [InlineData("Russia", "RU", PlaceLevels.Country)]
    [InlineData("Kursk region", "RU", PlaceLevels.Admin1)]
    [InlineData("Donetsk region", "UA", PlaceLevels.Admin1)]
    [InlineData("Pokrovsk", "UA", PlaceLevels.Populated)]
    [InlineData("Sumy region", "UA", PlaceLevels.Admin1)]
    public void Resolves_the_places(string text, string country, string level)
    {
        var place = Assert.Single(D.Places.Where(p => D.TextOf(p.Span) == text).GroupBy(p => (p.Name, p.Country, p.Level)).Select(g => g.First()));
        Assert.Equal(country, place.Country);
        Assert.Equal(level, place.Level);
    }

    [Fact]
    public void Pokrovsk_is_the_donetsk_town_not_the_one_in_yakutia()
    {
        var pokrovsk = D.Places.Single(p => D.TextOf(p.Span) == "Pokrovsk");
        Assert.Equal("Donetsk Oblast", pokrovsk.Admin1);
        Assert.InRange(pokrovsk.Lon, 36.0, 38.5);
    }

    [Fact]
    public void Finds_zelenskys_quote_with_speaker_and_cue()
    {
        var quote = Assert.Single(D.Quotes, q => D.TextOf(q.Content) == "such things are not announced, missiles speak for themselves");
        Assert.Equal(QuoteKinds.Direct, quote.Kind);
        Assert.Equal("remarked", D.TextOf(quote.Cue!.Value));
        Assert.Contains("Zelensky", D.TextOf((quote.SpeakerEntity ?? quote.Speaker)!.Value), StringComparison.Ordinal);
    }

    [Fact]
    public void This_approval_is_a_retelling_of_bidens_approval_and_keeps_its_roles()
    {
        var approval = Assert.Single(D.Events, e => e.Class == EventClasses.Support && D.TextOf(e.Trigger!.Value) == "approved");
        Assert.Contains(approval.Mentions, m => D.TextOf(m).Contains("this approval arrives just in time", StringComparison.Ordinal));
        Assert.Equal(["United States"], approval.Actors.Select(a => a.Name));
        Assert.Equal(Certainties.Confirmed, approval.Certainty);
        Assert.DoesNotContain(D.Events, e => e.Class == EventClasses.Support && e.Place?.Name == "Kursk Oblast");
    }

    [Fact]
    public void He_noted_is_kuzan_not_biden_whose_decision_he_spoke_of()
    {
        var quote = Assert.Single(D.Quotes, q => q.Cue is { } c && D.TextOf(c) == "noted");
        Assert.Equal("He", D.TextOf(quote.Speaker!.Value));
        Assert.Equal("Serhiy Kuzan", D.TextOf(quote.SpeakerEntity!.Value));
    }

    [Theory]
    [InlineData("about 11,000", 11000, Qualifiers.Approx, "North Korean soldiers", null)]
    [InlineData("over 2,000", 2000, Qualifiers.MoreThan, null, null)]
    [InlineData("around 120", 120, Qualifiers.Approx, "missiles", null)]
    [InlineData("90", 90, null, "drones", null)]
    [InlineData("at least 10", 10, Qualifiers.AtLeast, "casualties", "casualties")]
    [InlineData("$55.5 billion", 55_500_000_000d, Qualifiers.Exact, null, null)]
    public void Finds_the_figures(string text, double value, string? qualifier, string? counted, string? kind)
    {
        var figure = Assert.Single(D.Figures, f => D.TextOf(f.Span) == text);
        Assert.Equal(value, figure.Value);
        if (qualifier is not null)
        {
            Assert.Equal(qualifier, figure.Qualifier);
        }

        if (counted is not null)
        {
            Assert.Equal(counted, D.TextOf(figure.Object!.Value));
        }

        Assert.Equal(kind, figure.Kind);
    }

    [Fact]
    public void The_aid_figure_is_in_us_dollars()
        => Assert.Equal("USD", D.Figures.Single(f => D.TextOf(f.Span) == "$55.5 billion").Unit);

    [Theory]
    [InlineData("last month", "2024-10")]
    [InlineData("October", "2024-10")]
    [InlineData("Sunday evening", "2024-11-17TEV")]
    [InlineData("January", "2025-01")]
    public void Normalizes_the_times_against_the_publication_date(string text, string value)
        => Assert.Contains(D.Times, t => D.TextOf(t.Span) == text && t.Value == value);
}
