using System.Buffers;
using System.Collections.Frozen;
using Sitrep.Pipeline;

namespace Sitrep.Text;

/// <summary>
/// Rule-based tokenizer for news English in Penn Treebank style: clitics split ("Ukraine ’s"),
/// abbreviations keep their period ("U.S.", "Gen."), numbers keep separators ("11,000", "55.5"),
/// hyphenated names stay whole ("F-16", "Shahed-136"), currency symbols and scale suffixes split
/// ("$", "55.5", "bn"). Works on spans; allocates only the output list.
/// </summary>
public static class Tokenizer
{
    private static readonly SearchValues<char> Apostrophes = SearchValues.Create("'’");

    private static readonly SearchValues<char> Dashes = SearchValues.Create("-‐‑");

    /// <summary>Abbreviations that keep their period (compared without it, case-sensitive).</summary>
    internal static readonly FrozenSet<string> Abbreviations = FrozenSet.ToFrozenSet(
    [
        "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Lt", "Col", "Maj", "Capt", "Cpt", "Sgt", "Cpl", "Pvt", "Adm",
        "Cmdr", "Brig", "Rep", "Sen", "Gov", "Pres", "Rev", "Hon", "St", "Mt", "Ft", "Jr", "Sr", "Sen", "Lt.Col",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun",
        "Inc", "Corp", "Ltd", "Co", "Bros", "Dept", "Univ", "Assn", "Gov't",
        "No", "Nos", "vs", "etc", "approx", "est", "al", "cf", "eg", "ie", "Ave", "Blvd", "Rd",
        "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Ky", "La",
        "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Tenn", "Tex",
        "Va", "Vt", "Wash", "Wis", "Wyo",
    ], StringComparer.Ordinal);

    /// <summary>Titles after which a period never ends a sentence.</summary>
    internal static readonly FrozenSet<string> Titles = FrozenSet.ToFrozenSet(
    [
        "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Lt", "Col", "Maj", "Capt", "Cpt", "Sgt", "Cpl", "Pvt", "Adm",
        "Cmdr", "Brig", "Rep", "Sen", "Gov", "Pres", "Rev", "Hon", "St", "Mt", "Ft", "No", "Nos", "vs",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    ], StringComparer.Ordinal);

    /// <summary>Letters that split off a number as their own token: "55.5bn" → "55.5" "bn".</summary>
    private static readonly FrozenSet<string> NumberSuffixes = FrozenSet.ToFrozenSet(
    [
        "bn", "b", "m", "mn", "mln", "k", "tn", "trn", "km", "kms", "m2", "km2", "kg", "t", "mm", "cm", "ft",
        "mi", "kph", "mph", "pct", "GW", "MW", "kW", "bln",
    ], StringComparer.OrdinalIgnoreCase);

    internal static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AbbreviationLookup =
        Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();

    internal static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TitleLookup =
        Titles.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SuffixLookup =
        NumberSuffixes.GetAlternateLookup<ReadOnlySpan<char>>();

    public static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>(text.Length / 5 + 4);
        Tokenize(text.AsSpan(), 0, tokens);
        return tokens;
    }

    /// <summary>Appends the tokens of <paramref name="text"/> to <paramref name="output"/>, offsets shifted by <paramref name="offset"/>.</summary>
    public static void Tokenize(ReadOnlySpan<char> text, int offset, List<Token> output)
    {
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c) || char.IsControl(c) || c == '\u200B' || c == '\uFEFF')
            {
                i++;
                continue;
            }

            int end = ScanChunk(text, i);
            EmitChunk(text, i, end, offset, output);
            i = end;
        }
    }

    /// <summary>A chunk is a maximal run of non-space characters.</summary>
    private static int ScanChunk(ReadOnlySpan<char> text, int start)
    {
        int i = start;
        while (i < text.Length && !char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }

    private static void EmitChunk(ReadOnlySpan<char> text, int start, int end, int offset, List<Token> output)
    {
        var chunk = text[start..end];
        if (LooksLikeUrlOrEmail(chunk))
        {
            int trimmed = end;
            while (trimmed > start && IsClosingPunctuation(text[trimmed - 1]))
            {
                trimmed--;
            }

            output.Add(new Token(offset + start, offset + trimmed, TokenKind.Symbol));
            for (int k = trimmed; k < end; k++)
            {
                output.Add(new Token(offset + k, offset + k + 1, TokenKind.Punctuation));
            }

            return;
        }

        int i = start;
        while (i < end)
        {
            char c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                i = EmitWord(text, i, end, offset, output);
                continue;
            }

            if (c == '.' && i + 2 < end && text[i + 1] == '.' && text[i + 2] == '.')
            {
                output.Add(new Token(offset + i, offset + i + 3, TokenKind.Punctuation));
                i += 3;
                continue;
            }

            if (c == '.' && i + 1 < end && char.IsAsciiDigit(text[i + 1]) && (i == start || !char.IsLetterOrDigit(text[i - 1])))
            {
                // ".5" is a number.
                i = EmitWord(text, i, end, offset, output);
                continue;
            }

            if (c == '-' && i + 1 < end && text[i + 1] == '-')
            {
                output.Add(new Token(offset + i, offset + i + 2, TokenKind.Punctuation));
                i += 2;
                continue;
            }

            var kind = char.IsPunctuation(c) ? TokenKind.Punctuation : TokenKind.Symbol;
            int len = char.IsHighSurrogate(c) && i + 1 < end ? 2 : 1;
            output.Add(new Token(offset + i, offset + i + len, kind));
            i += len;
        }
    }

    /// <summary>
    /// Emits a word starting at <paramref name="start"/> and returns where it ends. A word runs over
    /// letters and digits, joined by inner hyphens, periods of abbreviations and decimals, commas of
    /// thousands and apostrophes of names (O'Brien); clitics ('s, n't, 're) become their own tokens.
    /// </summary>
    private static int EmitWord(ReadOnlySpan<char> text, int start, int end, int offset, List<Token> output)
    {
        // A leading decimal point (".45") belongs to the number; consuming it guarantees progress.
        int i = text[start] == '.' ? start + 1 : start;
        bool sawLetter = false;
        bool sawDigit = false;
        while (i < end)
        {
            char c = text[i];
            if (char.IsLetterOrDigit(c) || char.IsSurrogate(c) || c == '\u00AD')
            {
                sawLetter |= char.IsLetter(c);
                sawDigit |= char.IsAsciiDigit(c);
                i++;
                continue;
            }

            bool nextAlnum = i + 1 < end && char.IsLetterOrDigit(text[i + 1]);
            if (Dashes.Contains(c) && nextAlnum && i > start)
            {
                i++;
                continue;
            }

            if ((c == '.' || c == ',') && nextAlnum && i > start && char.IsAsciiDigit(text[i - 1]) && char.IsAsciiDigit(text[i + 1]) && !sawLetter)
            {
                // 55.5 and 11,000; a comma only before exactly three digits.
                if (c == ',' && !IsThousandsGroup(text, i + 1, end))
                {
                    break;
                }

                i++;
                continue;
            }

            if (c == '.' && nextAlnum && char.IsLetter(text[i - 1]) && char.IsLetter(text[i + 1]) && IsInitialism(text, start, end))
            {
                i++;
                continue;
            }

            if (Apostrophes.Contains(c) && nextAlnum)
            {
                var rest = text[(i + 1)..end];
                int restLen = LetterRunLength(rest);
                var clitic = rest[..restLen];
                bool cliticEnds = restLen == rest.Length || !char.IsLetterOrDigit(rest[restLen]);
                bool negation = clitic.Equals("t", StringComparison.OrdinalIgnoreCase) && (text[i - 1] == 'n' || text[i - 1] == 'N');
                if (cliticEnds && (IsClitic(clitic) || negation))
                {
                    break;
                }

                if (i > start && char.IsLetter(text[i - 1]) && char.IsUpper(text[start]))
                {
                    // O'Brien, D'Alessandro.
                    i++;
                    continue;
                }

                break;
            }

            break;
        }

        // n't: "don't" → "do" "n't".
        if (i < end && Apostrophes.Contains(text[i]) && i - start >= 2 && (text[i - 1] == 'n' || text[i - 1] == 'N')
            && i + 1 < end && (text[i + 1] == 't' || text[i + 1] == 'T') && (i + 2 == end || !char.IsLetter(text[i + 2])))
        {
            output.Add(new Token(offset + start, offset + i - 1, TokenKind.Word));
            output.Add(new Token(offset + i - 1, offset + i + 2, TokenKind.Word));
            return i + 2;
        }

        // Abbreviation period: "U.S.", "Gen.", "Nov."
        if (i < end && text[i] == '.' && IsAbbreviation(text[start..i], text, i, end))
        {
            i++;
            output.Add(new Token(offset + start, offset + i, TokenKind.Word));
            return i;
        }

        var word = text[start..i];
        if (sawDigit && sawLetter && char.IsAsciiDigit(word[0]))
        {
            int digitsEnd = 0;
            while (digitsEnd < word.Length && (char.IsAsciiDigit(word[digitsEnd]) || word[digitsEnd] is '.' or ','))
            {
                digitsEnd++;
            }

            if (digitsEnd < word.Length && SuffixLookup.Contains(word[digitsEnd..]))
            {
                output.Add(new Token(offset + start, offset + start + digitsEnd, TokenKind.Number));
                output.Add(new Token(offset + start + digitsEnd, offset + i, TokenKind.Word));
                return i;
            }
        }

        var kind = sawDigit && !sawLetter ? TokenKind.Number : TokenKind.Word;
        output.Add(new Token(offset + start, offset + i, kind));

        // Clitic after the word: 's, 're, 've, 'll, 'd, 'm.
        if (i < end && Apostrophes.Contains(text[i]))
        {
            var rest = text[(i + 1)..end];
            int restLen = LetterRunLength(rest);
            if (restLen > 0 && IsClitic(rest[..restLen]))
            {
                output.Add(new Token(offset + i, offset + i + 1 + restLen, TokenKind.Word));
                return i + 1 + restLen;
            }

            if (restLen == 0 && i > start && (text[i - 1] == 's' || text[i - 1] == 'S'))
            {
                // Plural possessive: "soldiers'".
                output.Add(new Token(offset + i, offset + i + 1, TokenKind.Word));
                return i + 1;
            }
        }

        return i;
    }

    private static bool IsThousandsGroup(ReadOnlySpan<char> text, int digitsStart, int end)
    {
        int n = 0;
        while (digitsStart + n < end && char.IsAsciiDigit(text[digitsStart + n]))
        {
            n++;
        }

        return n == 3;
    }

    /// <summary>"U.S", "U.K", "e.g": single letters joined by periods.</summary>
    private static bool IsInitialism(ReadOnlySpan<char> text, int start, int end)
    {
        int i = start;
        while (i < end)
        {
            if (!char.IsLetter(text[i]))
            {
                return false;
            }

            if (i + 1 >= end || text[i + 1] != '.')
            {
                return i + 1 >= end || !char.IsLetter(text[i + 1]);
            }

            i += 2;
            if (i >= end || !char.IsLetter(text[i]))
            {
                return true;
            }
        }

        return true;
    }

    private static bool IsAbbreviation(ReadOnlySpan<char> word, ReadOnlySpan<char> text, int periodIndex, int end)
    {
        if (word.Length == 0)
        {
            return false;
        }

        if (word.Contains('.'))
        {
            // "U.S." keeps its final period, a time or decimal ("after 14.00.So it was") does not.
            return char.IsLetter(word[0]);
        }

        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            // Initials: "George W. Bush", "U. S.".
            return true;
        }

        if (periodIndex + 1 == end || !char.IsLetter(text[periodIndex + 1]))
        {
            return AbbreviationLookup.Contains(word);
        }

        // A title glued to the name it precedes keeps its period ("Gen.Zaluzhnyi", "St.Petersburg"), as it does spaced, so
        // the stop is not read as a sentence end glued to the next word.
        return char.IsUpper(text[periodIndex + 1]) && TitleLookup.Contains(word);
    }

    private static int LetterRunLength(ReadOnlySpan<char> s)
    {
        int n = 0;
        while (n < s.Length && char.IsLetter(s[n]))
        {
            n++;
        }

        return n;
    }

    private static bool IsClitic(ReadOnlySpan<char> s) =>
        s.Equals("s", StringComparison.OrdinalIgnoreCase) || s.Equals("re", StringComparison.OrdinalIgnoreCase)
        || s.Equals("ve", StringComparison.OrdinalIgnoreCase) || s.Equals("ll", StringComparison.OrdinalIgnoreCase)
        || s.Equals("d", StringComparison.OrdinalIgnoreCase) || s.Equals("m", StringComparison.OrdinalIgnoreCase);

    private static bool LooksLikeUrlOrEmail(ReadOnlySpan<char> chunk)
    {
        if (chunk.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || chunk.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || chunk.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        int at = chunk.IndexOf('@');
        return at > 0 && chunk[(at + 1)..].Contains('.') && char.IsLetterOrDigit(chunk[0]);
    }

    private static bool IsClosingPunctuation(char c) => c is '.' or ',' or ';' or ':' or ')' or '"' or '\'' or '’' or '”' or '!' or '?';
}
