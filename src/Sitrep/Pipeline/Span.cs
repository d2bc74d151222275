namespace Sitrep.Pipeline;

/// <summary>A half-open range [Start, End) of UTF-16 code units in a document's text.</summary>
public readonly record struct Span(int Start, int End)
{
    public int Length => End - Start;

    public bool IsEmpty => End <= Start;

    public bool Contains(int offset) => offset >= Start && offset < End;

    public bool Contains(Span other) => other.Start >= Start && other.End <= End;

    public bool Overlaps(Span other) => other.Start < End && Start < other.End;

    public static Span Cover(Span a, Span b) => new(Math.Min(a.Start, b.Start), Math.Max(a.End, b.End));

    public override string ToString() => $"[{Start},{End})";
}
