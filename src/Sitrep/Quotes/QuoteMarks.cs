namespace Sitrep.Quotes;

/// <summary>A stretch of text between double quotation marks: the offsets of its opening and closing marks.</summary>
internal readonly record struct QuotedRegion(int Open, int Close, int OpenLength = 1, int CloseLength = 1)
{
    /// <summary>The text inside the marks.</summary>
    public int ContentStart => Open + OpenLength;

    public int ContentEnd => Close;
}

/// <summary>
/// Pairs double quotation marks, curly (“ ”, « ») or straight ("), across the text. Single quotes (‘ ’) are
/// left inside the region as nested quotes: at the top level they are too often apostrophes to pair safely.
/// A quote left open at a paragraph's end continues when the next paragraph opens with a quotation mark
/// (the news convention for a quote of several paragraphs); otherwise the open mark is dropped.
/// </summary>
internal static class QuoteMarks
{
    /// <summary>Longest quotation accepted: guards against an unbalanced mark swallowing the rest of a long text.</summary>
    public const int MaxQuoteLength = 6000;

    public static void Find(string text, List<QuotedRegion> output)
    {
        int open = -1;
        int openLength = 1;
        bool breakSinceOpen = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];

            // Two apostrophes (or two backticks) stand for a straight double quote in some archives (''Yes,'' he said).
            int length = 1;
            if ((c == '\'' && i + 1 < text.Length && text[i + 1] == '\'') || (c == '`' && i + 1 < text.Length && text[i + 1] == '`'))
            {
                length = 2;
            }

            if (c == '\n')
            {
                breakSinceOpen |= open >= 0;
                continue;
            }

            if (open >= 0 && i - open > MaxQuoteLength)
            {
                open = -1;
            }

            bool straight = c == '"' || (length == 2 && c == '\'');
            bool opener = Words.IsOpeningDoubleQuote(c) || (straight && LooksLikeOpener(text, i, length)) || (length == 2 && c == '`');
            bool closer = Words.IsClosingDoubleQuote(c) || (straight && LooksLikeCloser(text, i, length));
            if (open >= 0 && breakSinceOpen && !char.IsWhiteSpace(c))
            {
                // First character of a new paragraph while a quote is open.
                breakSinceOpen = false;
                if (opener)
                {
                    // Continuation of a quote over several paragraphs: keep the first opening mark.
                    continue;
                }

                open = -1;
            }

            if (open >= 0 && closer)
            {
                output.Add(new QuotedRegion(open, i, openLength, length));
                open = -1;
                i += length - 1;
                continue;
            }

            if (opener)
            {
                // An opener while one is open (no closer between) restarts: the earlier mark was unbalanced.
                open = i;
                openLength = length;
                breakSinceOpen = false;
            }

            i += length - 1;
        }
    }

    private static bool LooksLikeOpener(string text, int i, int length)
    {
        bool before = i == 0 || char.IsWhiteSpace(text[i - 1]) || text[i - 1] is '(' or '[' or '—' or '–' or '-' or '/' or ':';
        bool after = i + length < text.Length && !char.IsWhiteSpace(text[i + length]);
        return before && after;
    }

    private static bool LooksLikeCloser(string text, int i, int length)
    {
        bool before = i > 0 && !char.IsWhiteSpace(text[i - 1]);
        bool after = i + length >= text.Length || char.IsWhiteSpace(text[i + length]) || char.IsPunctuation(text[i + length]);
        return before && after;
    }
}
