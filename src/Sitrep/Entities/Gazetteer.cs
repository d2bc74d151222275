using Sitrep.Pipeline;
using Sitrep.Text;

namespace Sitrep.Entities;

/// <summary>
/// Phrase lists used as recognizer features (src/Sitrep/Entities/gazetteer.tsv: category, phrase).
/// A token inside a listed phrase gets the bit of the category and of its position (first or later token).
/// Matching compares folded token hashes, so it allocates nothing.
/// </summary>
internal sealed class Gazetteer
{
    public const int MaxPhraseTokens = 5;

    /// <summary>Categories, in bit order; a file naming another category is rejected.</summary>
    public static readonly string[] Categories = ["country", "city", "region", "demonym", "first", "org", "title"];

    private readonly Dictionary<ulong, int> _phrases = [];
    private readonly HashSet<ulong> _prefixes = [];

    /// <summary>gazetteer.tsv plus the countries and demonyms of demonyms.tsv.</summary>
    public static Gazetteer Default { get; } = CreateDefault();

    private static Gazetteer CreateDefault()
    {
        var g = Load(Lexicons.Open("gazetteer.tsv"), "gazetteer.tsv");
        foreach (var d in Demonyms.Default.Entries)
        {
            g.AddPhrase(Array.IndexOf(Categories, "demonym"), d.Demonym);
            g.AddPhrase(Array.IndexOf(Categories, "country"), d.Country);
        }

        return g;
    }

    public int Count => _phrases.Count;

    public static Gazetteer Load(TextReader reader, string source)
    {
        var g = new Gazetteer();
        foreach (var (lineNo, parts) in TabSeparated.Read(reader))
        {
            int cat = parts.Length == 2 ? Array.IndexOf(Categories, parts[0]) : -1;
            if (cat < 0)
            {
                throw new FormatException($"{source}:{lineNo}: expected 'category<TAB>phrase' with category one of {string.Join(", ", Categories)}");
            }

            if (!g.AddPhrase(cat, parts[1]))
            {
                throw new FormatException($"{source}:{lineNo}: a phrase has 1 to {MaxPhraseTokens} tokens");
            }
        }

        return g;
    }

    private bool AddPhrase(int category, string phrase)
    {
        var tokens = Tokenizer.Tokenize(phrase);
        if (tokens.Count is 0 or > MaxPhraseTokens)
        {
            return false;
        }

        ulong h = PhraseStart;
        for (int i = 0; i < tokens.Count; i++)
        {
            h = Extend(h, FeatureHash.OfLower(phrase.AsSpan(tokens[i].Start, tokens[i].Length)));
            if (i < tokens.Count - 1)
            {
                _prefixes.Add(h);
            }
        }

        _phrases[h] = _phrases.GetValueOrDefault(h) | (1 << category);
        return true;
    }

    private const ulong PhraseStart = 0x6A09E667F3BCC908UL;

    private static ulong Extend(ulong h, ulong token) => FeatureHash.Mix(h + (token * 0x9E3779B97F4A7C15UL));

    /// <summary>Sets <see cref="TokenAtoms.Gazetteer"/> on atoms[from..to): bit 2·category for a phrase's first token, 2·category+1 for the rest.</summary>
    public void Mark(Span<TokenAtoms> atoms)
    {
        for (int start = 0; start < atoms.Length; start++)
        {
            ulong h = PhraseStart;
            for (int k = 0; k < MaxPhraseTokens && start + k < atoms.Length; k++)
            {
                h = Extend(h, atoms[start + k].LowerRaw);
                if (_phrases.TryGetValue(h, out int cats))
                {
                    for (int c = 0; c < Categories.Length; c++)
                    {
                        if ((cats & (1 << c)) == 0)
                        {
                            continue;
                        }

                        atoms[start].Gazetteer |= 1 << (2 * c);
                        for (int j = 1; j <= k; j++)
                        {
                            atoms[start + j].Gazetteer |= 1 << ((2 * c) + 1);
                        }
                    }
                }

                if (!_prefixes.Contains(h))
                {
                    break;
                }
            }
        }
    }
}

/// <summary>Access to the curated data files embedded in the assembly as Sitrep.Entities.*.tsv.</summary>
internal static class Lexicons
{
    public static TextReader Open(string fileName)
    {
        string resource = "Sitrep.Entities." + fileName;
        var stream = typeof(Lexicons).Assembly.GetManifestResourceStream(resource)
            ?? throw new ModelFormatException($"embedded lexicon {resource} is missing from the Sitrep assembly");
        return new StreamReader(stream);
    }
}
