using System.Runtime.CompilerServices;

namespace Sitrep.Places;

/// <summary>
/// The lookup key of a place name: lower case, diacritics folded, apostrophes and periods dropped, other
/// separators collapsed to one space ("Kharkiv’s" is two tokens, "Zaporiz’ka" → "zaporizka", "U.S." → "us").
/// One definition for the gazetteer and the text, so that both sides always agree.
/// </summary>
public static class NameKey
{
    /// <summary>Folded lower-case form of U+0000..U+024F (Latin, Latin-1, Latin Extended-A/B); 0 = separator, '\uFFFF' = drop.</summary>
    private static readonly char[] Fold = BuildFold();

    public static string Of(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var buffer = name.Length <= 256 ? stackalloc char[name.Length] : new char[name.Length];
        int n = Append(name, buffer, 0);
        return new string(buffer[..n]);
    }

    /// <summary>
    /// Appends the key of <paramref name="text"/> to <paramref name="destination"/> at <paramref name="at"/>
    /// (a separating space first when <paramref name="at"/> &gt; 0 and the text yields characters); returns the new length.
    /// The destination needs room for at most <c>text.Length + 1</c> more characters.
    /// </summary>
    // Fully optimized from the first call: the gazetteer load runs it ~190,000 times within its first 100 ms,
    // before tiered compilation would promote it.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int Append(ReadOnlySpan<char> text, Span<char> destination, int at)
    {
        int start = at;
        bool pendingSpace = at > 0;
        bool wrote = false;
        foreach (char c in text)
        {
            char f = c < Fold.Length ? Fold[c] : FoldOther(c);
            if (f == '\uFFFF')
            {
                continue;
            }

            if (f == '\0')
            {
                pendingSpace = wrote || at > 0;
                continue;
            }

            if (pendingSpace && at > 0)
            {
                destination[at++] = ' ';
            }

            pendingSpace = false;
            destination[at++] = f;
            wrote = true;
        }

        return wrote ? at : start;
    }

    /// <summary>
    /// The folded form of one character as <see cref="Append"/> writes it: a lower-case base letter or digit,
    /// <c>'\0'</c> for a separator, <c>'\uFFFF'</c> for a character the key drops (apostrophes, periods).
    /// </summary>
    internal static char FoldChar(char c) => c < Fold.Length ? Fold[c] : FoldOther(c);

    private static char FoldOther(char c)
    {
        if (c is '’' or 'ʼ' or '‘' or 'ʻ' or '´' or '`' or '\u2018' or '\u02BC')
        {
            return '\uFFFF';
        }

        if (char.IsLetterOrDigit(c))
        {
            return char.ToLowerInvariant(c);
        }

        return '\0';
    }

    // The build runs with InvariantGlobalization, where string.Normalize cannot decompose; the Latin letters
    // with diacritics are folded from this table instead (base letter per code point, U+00C0..U+024F).
    private const string LatinBase =
        "AAAAAA\0CEEEEIIIIDNOOOOO\0OUUUUYT\0aaaaaa\0ceeeeiiiidnooooo\0ouuuuyty" // U+00C0
        + "AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIi\0\0JjKk\0LlLlLlL" // U+0100
        + "lLlNnNnNn\0\0\0OoOoOo\0\0RrRrRrSsSsSsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZz\0" // U+0140
        + "b\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0Oo\0\0\0\0\0\0\0\0\0\0\0\0\0Uu\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0" // U+0180
        + "\0\0\0\0\0\0\0\0\0\0\0\0\0AaIiOoUuUuUuUuUu\0AaAa\0\0\0\0GgKkOoOo\0\0j\0\0\0Gg\0\0NnAa\0\0\0\0" // U+01C0
        + "AaAaEeEeIiIiOoOoRrRrUuUuSsTt\0\0Hh\0\0\0\0\0\0AaEeOoOoOoOoYy\0\0\0\0\0\0\0\0\0\0\0\0" // U+0200
        + "\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0"; // U+0240

    private static char[] BuildFold()
    {
        var table = new char[0x250];
        for (int i = 0; i < table.Length; i++)
        {
            char c = (char)i;
            if (c is '\'' or '.' or '`')
            {
                table[i] = '\uFFFF';
            }
            else if (!char.IsLetterOrDigit(c))
            {
                table[i] = '\0';
            }
            else if (i >= 0xC0 && i - 0xC0 < LatinBase.Length && LatinBase[i - 0xC0] != '\0')
            {
                table[i] = char.ToLowerInvariant(LatinBase[i - 0xC0]);
            }
            else
            {
                table[i] = char.ToLowerInvariant(c);
            }
        }

        table['ß'] = 's';
        table['æ'] = 'a';
        table['Æ'] = 'a';
        table['œ'] = 'o';
        table['Œ'] = 'o';
        return table;
    }
}
