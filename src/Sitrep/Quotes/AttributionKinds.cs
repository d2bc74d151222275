namespace Sitrep.Quotes;

/// <summary>
/// The few kinds of <see cref="Pipeline.Attribution"/> the quote stage produces (docs/quotes.md). They feed
/// event certainty: according_to and reports make an event reported, hedge and claim make it claimed,
/// denial makes it denied, unverified marks it as not established.
/// </summary>
public static class AttributionKinds
{
    /// <summary>"according to Ukrainian officials": the source is named.</summary>
    public const string AccordingTo = "according_to";

    /// <summary>"reports suggest", "media reports indicate": unnamed reports are the source.</summary>
    public const string Reports = "reports";

    /// <summary>"reportedly", "allegedly", "purportedly": no source.</summary>
    public const string Hedge = "hedge";

    /// <summary>"X claimed", "it is alleged": an assertion not established.</summary>
    public const string Claim = "claim";

    /// <summary>"X denied": the source says the content is false.</summary>
    public const string Denial = "denial";

    /// <summary>"could not be independently verified".</summary>
    public const string Unverified = "unverified";
}
