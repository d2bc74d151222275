using Sitrep.Pipeline;
using Sitrep.Text;

namespace Sitrep.Tests.Support;

/// <summary>Small builders for documents and spans.</summary>
public static class Some
{
    public static readonly DateOnly Published = new(2024, 11, 18);

    private static readonly SitrepPipeline TextOnly = new PipelineBuilder().UseText().Build();

    /// <summary>A document with tokens and sentences, ready for a later stage.</summary>
    public static Document Tokenized(string text, DateOnly? published = null)
        => TextOnly.Analyze("test", text, published ?? Published);

    public static Span SpanOf(string text, string part, int occurrence = 0)
    {
        int at = -1;
        for (int i = 0; i <= occurrence; i++)
        {
            at = text.IndexOf(part, at + 1, StringComparison.Ordinal);
            if (at < 0)
            {
                throw new ArgumentException($"'{part}' (occurrence {occurrence}) not in text");
            }
        }

        return new Span(at, at + part.Length);
    }

    public static string[] TokenTexts(Document doc) => doc.Tokens.Select(t => doc.Text[t.Start..t.End]).ToArray();
}
