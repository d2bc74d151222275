namespace Sitrep.Pipeline;

public enum TokenKind : byte
{
    Word,
    Number,
    Punctuation,
    Symbol,
}

/// <summary>A token: its bounds in the text and the tags the language stages gave it.</summary>
public struct Token
{
    public Token(int start, int end, TokenKind kind)
    {
        Start = start;
        End = end;
        Kind = kind;
    }

    public int Start { get; }

    public int End { get; }

    public TokenKind Kind { get; }

    /// <summary>Penn Treebank part-of-speech tag, once a tagger ran (interned, never per-token allocated).</summary>
    public string? Pos { get; set; }

    /// <summary>IOB2 chunk tag (B-NP, I-NP, O, ...), once a chunker ran.</summary>
    public string? Chunk { get; set; }

    public readonly Span Span => new(Start, End);

    public readonly int Length => End - Start;
}

/// <summary>Binary searches over a document's tokens (they are sorted by offset and do not overlap).</summary>
public static class TokenSearch
{
    /// <summary>Index of the first token that ends after <paramref name="offset"/> (the one holding it, or the next); the count when none.</summary>
    public static int FirstEndingAfter(List<Token> tokens, int offset)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        int lo = 0, hi = tokens.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (tokens[mid].End <= offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}

/// <summary>A sentence: a character span and the half-open token index range it covers.</summary>
public readonly record struct Sentence(Span Span, int FirstToken, int EndToken)
{
    public int TokenCount => EndToken - FirstToken;
}

public static class EntityTypes
{
    public const string Person = "PER";
    public const string Organization = "ORG";
    public const string Location = "LOC";
    public const string Misc = "MISC";
    public const string Weapon = "WEAPON";

    /// <summary>Nationalities, religious and political groups used as adjectives or collectives ("Russian", "Ukrainians").</summary>
    public const string Norp = "NORP";
}

public sealed record EntityMention(string Type, Span Span, double Confidence = 1.0)
{
    /// <summary>Canonical name where the recognizer knows one (a weapon lexicon's preferred name, a demonym's country).</summary>
    public string? Canonical { get; init; }
}

public static class TimexTypes
{
    public const string Date = "DATE";
    public const string Time = "TIME";
    public const string Duration = "DURATION";
    public const string Set = "SET";
}

/// <summary>A time expression with its TIMEX3 type and normalized value.</summary>
public sealed record TimeExpression(Span Span, string Type, string Value)
{
    /// <summary>Modifier such as APPROX, START, END, LESS_THAN (TIMEX3 <c>mod</c>).</summary>
    public string? Mod { get; init; }

    /// <summary>
    /// For a duration counted from a date the text gave ("two months later" after "March 3, 2024"), the calendar value
    /// it reaches ("2024-05"), as TIMEX3 anchors such durations; null otherwise.
    /// </summary>
    public string? Point { get; init; }
}

public static class Qualifiers
{
    public const string Exact = "exact";
    public const string Approx = "approx";
    public const string MoreThan = "more_than";
    public const string AtLeast = "at_least";
    public const string LessThan = "less_than";
    public const string AtMost = "at_most";
    public const string Range = "range";
}

/// <summary>A number phrase: value, bounds, qualifier, unit and the thing counted.</summary>
public sealed record Figure(Span Span, double Value, string Qualifier)
{
    public double? Low { get; init; }

    public double? High { get; init; }

    /// <summary>Unit or ISO 4217 currency: "USD", "percent", "km", ...</summary>
    public string? Unit { get; init; }

    /// <summary>The noun phrase counted ("North Korean soldiers").</summary>
    public Span? Object { get; init; }

    /// <summary>Casualty semantics: killed, injured, missing, captured, displaced.</summary>
    public string? Kind { get; init; }
}

public static class QuoteKinds
{
    public const string Direct = "direct";
    public const string Indirect = "indirect";
}

/// <summary>Direct or reported speech: who, the cue verb, and what was said.</summary>
public sealed record Quote(Span? Speaker, Span? Cue, Span Content, string Kind)
{
    /// <summary>The named mention the speaker resolves to, when the speaker is a pronoun or a description.</summary>
    public Span? SpeakerEntity { get; init; }
}

/// <summary>A source attribution or hedge ("according to Ukrainian officials", "reports suggest", "reportedly").</summary>
public sealed record Attribution(Span Span, Span? Source, string Kind)
{
    /// <summary>The stretch of text the attribution governs (its sentence or clause).</summary>
    public Span Scope { get; init; }
}

public static class PlaceLevels
{
    public const string Country = "country";
    public const string Admin1 = "admin1";
    public const string Admin2 = "admin2";
    public const string Populated = "populated_place";
}

/// <summary>A toponym resolved to a gazetteer feature.</summary>
public sealed record PlaceMention(Span Span, string Name, string Level, string Country)
{
    public long? GeonamesId { get; init; }

    public string? Admin1 { get; init; }

    public double Lat { get; init; }

    public double Lon { get; init; }

    /// <summary>ACLED-style geo-precision: 1 the place itself, 2 near it or part of a region, 3 only the region.</summary>
    public int Precision { get; init; } = 1;
}

public static class Certainties
{
    public const string Confirmed = "confirmed";
    public const string Reported = "reported";
    public const string Claimed = "claimed";
    public const string Denied = "denied";
}

/// <summary>A normalized participant: the documented actor name and its kind (state, military, government, armed group, civilians, ...).</summary>
public sealed record Actor(string Name, string Kind)
{
    public Span? Mention { get; init; }
}

public sealed record EventDate(string Value, string Precision, bool FromPublished)
{
    public Span? Mention { get; init; }
}

public sealed record AcledType(string EventType, string SubEventType);

/// <summary>A coded event with its participants, place, date, figures, source and evidence.</summary>
public sealed record Event(string Class, Span Evidence, string Certainty)
{
    public string? Mode { get; init; }

    public AcledType? Acled { get; init; }

    public IReadOnlyList<Actor> Actors { get; init; } = [];

    public IReadOnlyList<Actor> Targets { get; init; } = [];

    public PlaceMention? Place { get; init; }

    public EventDate? Date { get; init; }

    public Figure? Killed { get; init; }

    public Figure? Injured { get; init; }

    public IReadOnlyList<Figure> Quantities { get; init; } = [];

    public IReadOnlyList<string> Weapons { get; init; } = [];

    /// <summary>Who reports it ("Ukrainian officials"), when the text says.</summary>
    public Span? Source { get; init; }

    /// <summary>The trigger word or phrase ("approved", "strikes").</summary>
    public Span? Trigger { get; init; }

    /// <summary>
    /// Every sentence of the article that tells this event, in text order, the first being <see cref="Evidence"/>:
    /// retellings ("the strikes", "this assault", a tally of the same attack) merged into it. Empty when only one does.
    /// </summary>
    public IReadOnlyList<Span> Mentions { get; init; } = [];
}
