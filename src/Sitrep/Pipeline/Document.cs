namespace Sitrep.Pipeline;

/// <summary>
/// One article and everything the stages found in it. Annotations hold offsets into
/// <see cref="Text"/> (UTF-16 code units, end exclusive), never copies of it.
/// </summary>
public sealed class Document
{
    public Document(string id, string text, DateOnly? published)
    {
        Id = id;
        Text = text;
        Published = published;
    }

    public string Id { get; }

    public string Text { get; }

    /// <summary>Publication date, the anchor for relative time expressions.</summary>
    public DateOnly? Published { get; }

    public List<Token> Tokens { get; } = [];

    public List<Sentence> Sentences { get; } = [];

    public List<EntityMention> Entities { get; } = [];

    public List<TimeExpression> Times { get; } = [];

    public List<Figure> Figures { get; } = [];

    public List<Quote> Quotes { get; } = [];

    public List<Attribution> Attributions { get; } = [];

    public List<PlaceMention> Places { get; } = [];

    public List<Event> Events { get; } = [];

    /// <summary>Problems a stage reported on this document without failing it.</summary>
    public List<string> Warnings { get; } = [];

    public ReadOnlySpan<char> Slice(Span span) => Text.AsSpan(span.Start, span.Length);

    public string TextOf(Span span) => Text.Substring(span.Start, span.Length);

    /// <summary>Index of the sentence holding <paramref name="offset"/>, or -1.</summary>
    public int SentenceIndexAt(int offset)
    {
        int lo = 0, hi = Sentences.Count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            var s = Sentences[mid].Span;
            if (offset < s.Start)
            {
                hi = mid - 1;
            }
            else if (offset >= s.End)
            {
                lo = mid + 1;
            }
            else
            {
                return mid;
            }
        }

        return -1;
    }
}
