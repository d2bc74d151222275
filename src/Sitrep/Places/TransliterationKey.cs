using System.Runtime.CompilerServices;

namespace Sitrep.Places;

/// <summary>
/// A phonetic skeleton of a place name that different romanizations of one Cyrillic name share: Polish
/// ("Awdijiwka", "Siewierodonieck", "Lisiczańsk", "Swatów"), English from Ukrainian ("Avdiivka", "Sievierodonetsk",
/// "Lysychansk", "Svatove") and from Russian ("Avdeevka", "Severodonetsk"). Consonants fall into the classes that
/// the spellings confuse (sh/sz/ś/s, zh/ż/z, ch/cz/ć/ts/c, kh/h/g and Polish ch, w/v), each run of vowels becomes
/// one marker, back (a o u ó) or front (e i y j), by its first letter, a word's last vowel run is dropped (endings:
/// -e/-o/-a, Polish case endings -u/-a/-ie), and letters doubled by a class collapse ("zhzh" → "z").
/// An approximation with no morphology: consonant changes of Polish declension ("Awdijiwce") are not undone.
/// </summary>
public static class TransliterationKey
{
    /// <summary>Longest text keyed, in characters; longer text gets no key.</summary>
    public const int MaxLength = 64;

    /// <summary>
    /// Writes the key of <paramref name="text"/> (a name or a run of words, any case, diacritics allowed) to
    /// <paramref name="destination"/> (at least <see cref="MaxLength"/> characters) and returns its length, 0 when the
    /// text is too long or has no letters. <paramref name="polish"/> reads "ch" as /x/ and "rz" as r (Polish
    /// orthography); otherwise "ch" is /tʃ/ (English).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int Of(ReadOnlySpan<char> text, Span<char> destination, bool polish)
    {
        if (text.Length > MaxLength || destination.Length < MaxLength)
        {
            return 0;
        }

        // Pass 1: lower case, Polish and Czech letters to markers (ž, š, č), other diacritics folded, one space between words.
        Span<char> letters = stackalloc char[MaxLength];
        int count = 0;
        foreach (char raw in text)
        {
            char c = char.ToLowerInvariant(raw);
            char f = c switch
            {
                'ł' => 'l',
                'ń' => 'n',
                'ó' or 'ą' => 'o',
                'ę' => 'e',
                'ś' or 'š' => 'š',
                'ż' or 'ź' or 'ž' => 'ž',
                'ć' or 'č' => 'č',
                _ => NameKey.FoldChar(c),
            };
            if (f == '\uFFFF')
            {
                continue;
            }

            if (f == '\0')
            {
                if (count > 0 && letters[count - 1] != ' ')
                {
                    letters[count++] = ' ';
                }

                continue;
            }

            letters[count++] = f;
        }

        if (count > 0 && letters[count - 1] == ' ')
        {
            count--;
        }

        // Pass 2: classes, vowel runs, collapsed doubles, dropped final vowels.
        int n = 0;
        for (int i = 0; i < count; i++)
        {
            char c = letters[i];
            char next = i + 1 < count ? letters[i + 1] : '\0';
            char k;
            switch (c)
            {
                case 'a' or 'o' or 'u':
                    k = 'a';
                    break;
                case 'e' or 'i' or 'y' or 'j':
                    k = 'e';
                    break;
                case 'k' when next == 'h':
                case 'g' when next == 'h':
                case 'z' when next == 'h':
                case 's' when next is 'h' or 'z':
                    k = c is 'k' or 'g' ? 'h' : c;
                    i++;
                    break;
                case 'g' or 'h':
                    k = 'h';
                    break;
                case 'q':
                    k = 'k';
                    break;
                case 'c' when next == 'z':
                    k = 'c';
                    i++;
                    break;
                case 'c' when next == 'h':
                    k = polish ? 'h' : 'c';
                    i++;
                    break;
                case 't' when next is 's' or 'z':
                    k = 'c';
                    i++;
                    break;
                case 'r' when polish && next == 'z':
                    // Polish "rz" in a Ukrainian or Russian name stands for r ("Krzemieńczuk", "Żytomierz").
                    k = 'r';
                    i++;
                    break;
                case 'č':
                    k = 'c';
                    break;
                case 'š':
                    k = 's';
                    break;
                case 'ž':
                    k = 'z';
                    break;
                case 'w':
                    k = 'v';
                    break;
                case ' ':
                    n = DropFinalVowel(destination, n);
                    if (n > 0)
                    {
                        destination[n++] = ' ';
                    }

                    continue;
                default:
                    k = c;
                    break;
            }

            if (n > 0 && (destination[n - 1] == k || (IsVowelMark(k) && IsVowelMark(destination[n - 1]))))
            {
                continue;
            }

            destination[n++] = k;
        }

        return DropFinalVowel(destination, n);
    }

    private static bool IsVowelMark(char c) => c is 'a' or 'e';

    private static int DropFinalVowel(Span<char> key, int n)
        => n > 1 && IsVowelMark(key[n - 1]) && key[n - 2] != ' ' ? n - 1 : n;
}
