using System.Collections.Frozen;
using Sitrep.Pipeline;

namespace Sitrep.Text;

/// <summary>
/// Splits a token sequence into sentences: at terminal punctuation (with closing quotes and
/// brackets kept in the sentence), at paragraph breaks and bullets, but not after titles
/// ("Gen.", "Nov.") or initials, and not after "U.S." unless a sentence-like word follows.
/// </summary>
public static class SentenceSplitter
{
    /// <summary>Words that start sentences often and proper names seldom, used after an ambiguous abbreviation.</summary>
    private static readonly FrozenSet<string> SentenceStarters = FrozenSet.ToFrozenSet(
    [
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "This", "That", "These", "Those", "There",
        "In", "On", "At", "But", "And", "However", "Meanwhile", "Its", "His", "Her", "Their", "Our", "As", "If",
        "When", "While", "After", "Before", "Since", "Some", "Many", "Most", "According", "Earlier", "Later",
    ], StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> StarterLookup =
        SentenceStarters.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// How far back the quotes before a glued quote are counted (its paragraph, at most this many characters), so that text
    /// with no line breaks and many glued quotes stays linear.
    /// </summary>
    private const int QuoteParityReach = 4000;

    /// <summary>Lines this long or shorter without final punctuation are headlines or list items: their own sentence.</summary>
    private const int ShortLine = 60;

    public static void Split(string text, List<Token> tokens, List<Sentence> output)
    {
        int first = 0;
        for (int t = 0; t < tokens.Count; t++)
        {
            if (t + 1 < tokens.Count && BreakBetween(text, tokens, t))
            {
                Add(tokens, first, t + 1, output);
                first = t + 1;
                continue;
            }

            if (!IsTerminal(text, tokens[t]))
            {
                continue;
            }

            // Keep closing quotes and brackets with the sentence they close.
            int last = t;
            while (last + 1 < tokens.Count && IsCloser(text, tokens[last + 1]) && tokens[last + 1].Start == tokens[last].End
                && !OpensGluedQuote(text, tokens, last + 1))
            {
                last++;
            }

            if (last + 1 >= tokens.Count)
            {
                t = last;
                break;
            }

            if (EndsSentence(text, tokens, t, last))
            {
                Add(tokens, first, last + 1, output);
                first = last + 1;
            }

            t = last;
        }

        if (first < tokens.Count)
        {
            Add(tokens, first, tokens.Count, output);
        }
    }

    private static void Add(List<Token> tokens, int first, int end, List<Sentence> output)
        => output.Add(new Sentence(new Span(tokens[first].Start, tokens[end - 1].End), first, end));

    private static bool IsTerminal(string text, Token token)
    {
        var s = text.AsSpan(token.Start, token.Length);
        if (s.Length == 1)
        {
            return s[0] is '.' or '!' or '?';
        }

        if (s is "...")
        {
            return true;
        }

        // An abbreviation token ("U.S.") may end a sentence; judged by what follows.
        return s[^1] == '.' && token.Kind == TokenKind.Word;
    }

    private static bool IsCloser(string text, Token token)
        => token.Length == 1 && text[token.Start] is '"' or '”' or '’' or '\'' or ')' or ']' or '»';

    private static bool EndsSentence(string text, List<Token> tokens, int terminal, int last)
    {
        var next = tokens[last + 1];
        var nextText = text.AsSpan(next.Start, next.Length);
        var term = tokens[terminal];
        var termText = text.AsSpan(term.Start, term.Length);
        bool gap = next.Start > tokens[last].End;
        if (!gap)
        {
            return IsGluedSentenceEnd(text, tokens, terminal, last);
        }

        char n0 = nextText[0];
        bool nextStartsSentence = char.IsUpper(n0) || char.IsDigit(n0) || n0 is '"' or '“' or '‘' or '\'' or '(' or '[' or '•' or '-' or '—';
        if (termText.Length > 1 && termText[^1] == '.')
        {
            // Abbreviation: titles never end a sentence; initialisms only before a sentence-like word or a paragraph break.
            var bare = termText[..^1];
            if (Tokenizer.TitleLookup.Contains(bare) || bare.Length == 1)
            {
                return false;
            }

            return HasNewline(text, tokens[last].End, next.Start) || StarterLookup.Contains(nextText) || n0 is '"' or '“';
        }

        return nextStartsSentence || HasNewline(text, tokens[last].End, next.Start);
    }

    /// <summary>
    /// A full stop, "?" or "!" glued between a word and a capitalized word ("the talks ended.The next round",
    /// "wants all of Belarus."He accused", "of Belarus.- We do not", a dash opening a quotation): machine-translated text
    /// drops the space, the sentence still ends. Not after a single letter (an initial: "J.Smith"), nor a title the tokenizer
    /// kept ("Gen.Zaluzhnyi"), nor another abbreviation unless a sentence-like word follows.
    /// </summary>
    private static bool IsGluedSentenceEnd(string text, List<Token> tokens, int terminal, int last)
    {
        var term = tokens[terminal];
        if (term.Length != 1 || text[term.Start] is not ('.' or '?' or '!') || terminal == 0)
        {
            return false;
        }

        // After a closing quote or bracket the stop ends the sentence whatever the quote or aside held: "a new division".In
        // the speech; "(...).The next".
        var word = tokens[terminal - 1];
        bool closed = IsCloser(text, word) && word.End == term.Start;
        if (!closed && (word.Kind is not (TokenKind.Word or TokenKind.Number) || word.Length < 2 || word.End != term.Start
            || !char.IsLetterOrDigit(text[word.End - 1])))
        {
            return false;
        }

        int n = last + 1;
        if (IsOpeningQuote(text, tokens[n]) && n + 1 < tokens.Count && tokens[n + 1].Start == tokens[n].End)
        {
            n++;
        }
        else if (tokens[n].Length == 1 && text[tokens[n].Start] is '-' or '–' or '—' && n + 1 < tokens.Count && tokens[n + 1].Start > tokens[n].End)
        {
            // A dash that opens a quotation, as translations set dialogue: "of Belarus.- We do not accept the war - he said".
            n++;
        }

        var next = tokens[n];
        if (next.Kind != TokenKind.Word || !char.IsUpper(text[next.Start]))
        {
            return false;
        }

        if (closed)
        {
            return true;
        }

        // A title glued to a capital keeps its period in the tokenizer ("Gen.Zaluzhnyi" is one token), so no title reaches here.
        var bare = text.AsSpan(word.Start, word.Length);
        return !Tokenizer.AbbreviationLookup.Contains(bare) || StarterLookup.Contains(text.AsSpan(next.Start, next.Length));
    }

    private static bool IsOpeningQuote(string text, Token token)
        => token.Length == 1 && text[token.Start] is '"' or '“' or '\'' or '‘';

    /// <summary>
    /// A straight double quote glued on both sides after a stop ("Boris Johnson."I am still calling") closes or opens a
    /// quotation; an even number of quotes before it in its paragraph means it opens the next sentence's.
    /// </summary>
    private static bool OpensGluedQuote(string text, List<Token> tokens, int q)
    {
        var quote = tokens[q];
        if (text[quote.Start] != '"' || quote.Length != 1 || q + 1 >= tokens.Count || tokens[q + 1].Start != quote.End
            || !char.IsLetter(text[tokens[q + 1].Start]))
        {
            return false;
        }

        int from = Math.Max(0, quote.Start - QuoteParityReach);
        int paragraph = text.AsSpan(from, quote.Start - from).LastIndexOf('\n') + 1 + from;
        return text.AsSpan(paragraph, quote.Start - paragraph).Count('"') % 2 == 0;
    }

    private static bool HasNewline(string text, int from, int to) => text.AsSpan(from, to - from).Contains('\n');

    /// <summary>A line break between tokens t and t+1 that ends a sentence without punctuation.</summary>
    private static bool BreakBetween(string text, List<Token> tokens, int t)
    {
        int from = tokens[t].End;
        int to = tokens[t + 1].Start;
        int newlines = 0;
        for (int i = from; i < to; i++)
        {
            if (text[i] == '\n')
            {
                newlines++;
            }
        }

        if (newlines == 0)
        {
            return false;
        }

        if (newlines >= 2)
        {
            return true;
        }

        char next = text[tokens[t + 1].Start];
        if (next is '•' or '*' or '·' or '–' or '—' || (next == '-' && tokens[t + 1].Length == 1))
        {
            return true;
        }

        // A short line without final punctuation is a headline, dateline or list item.
        int lineStart = text.LastIndexOf('\n', Math.Max(0, from - 1));
        bool shortLine = from - (lineStart + 1) <= ShortLine && (char.IsUpper(next) || char.IsDigit(next));
        return shortLine || IsTerminal(text, tokens[t]) || IsCloser(text, tokens[t]);
    }
}
