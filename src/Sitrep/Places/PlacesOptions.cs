using Sitrep.Pipeline;

namespace Sitrep.Places;

/// <summary>Settings of <see cref="PlacesStage"/>.</summary>
public sealed class PlacesOptions
{
    /// <summary>The gazetteer to resolve against (default: the shipped one).</summary>
    public Gazetteer? Gazetteer { get; init; }

    /// <summary>
    /// A lone one-word town name with no support from context (its country named in the article, a
    /// preposition such as "in", a containing place, a NER LOC span) needs at least this population.
    /// </summary>
    public long MinLonePopulation { get; init; } = 100_000;

    /// <summary>The outlet's country (ISO2) for a document, the weakest tie-breaker; null when unknown.</summary>
    public Func<Document, string?>? OutletCountry { get; init; }
}
