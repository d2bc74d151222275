using System.Text.RegularExpressions;

namespace Sitrep.Entities;

/// <summary>A named weapon system: preferred name and category (weapons.tsv).</summary>
public sealed record WeaponEntry(string Canonical, string Category);

/// <summary>
/// Named weapon systems from the curated src/Sitrep/Entities/weapons.tsv (canonical name, category,
/// aliases), plus a pattern layer for model designations of known design bureaus and series
/// (Su-25, Ka-52, T-72, M777) that the list does not name.
/// </summary>
public sealed partial class WeaponLexicon
{
    private const int RegexTimeoutMs = 50;

    /// <summary>Designation prefixes the pattern layer accepts; anything else (COVID-19, G-7) is not a weapon.</summary>
    private static readonly HashSet<string> DesignationPrefixes = new(StringComparer.Ordinal)
    {
        "Su", "MiG", "Tu", "Ka", "Mi", "Il", "An", "Yak", "T", "BMP", "BMD", "BTR", "MT-LB", "Kh", "S", "F", "A", "B",
        "M", "AH", "UH", "CH", "MQ", "RQ", "AGM", "AIM", "BM", "KAB", "FAB", "ZSU", "Pantsir-S", "Tor-M", "Buk-M",
        "Mk", "OTR", "R", "P", "TOS", "EA", "E", "KC", "C", "Tochka-U", "Grad", "Uragan", "Smerch", "KN", "Hwasong",
    };

    private readonly PhraseLexicon<WeaponEntry> _phrases = new();

    public static WeaponLexicon Default { get; } = Load(Lexicons.Open("weapons.tsv"), "weapons.tsv");

    public int Count => _phrases.Count;

    public static WeaponLexicon Load(TextReader reader, string source)
    {
        var lexicon = new WeaponLexicon();
        int lineNo = 0;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNo++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var parts = line.Split('\t');
            if (parts.Length is < 2 or > 3 || parts[0].Length == 0 || parts[1].Length == 0)
            {
                throw new FormatException($"{source}:{lineNo}: expected 'canonical<TAB>category[<TAB>alias|alias...]'");
            }

            var entry = new WeaponEntry(parts[0], parts[1]);
            bool ok = lexicon._phrases.Add(parts[0], entry);
            if (parts.Length == 3)
            {
                foreach (var alias in parts[2].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    ok &= lexicon._phrases.Add(alias, entry);
                }
            }

            if (!ok)
            {
                throw new FormatException($"{source}:{lineNo}: a name has 1 to {PhraseLexicon<WeaponEntry>.MaxTokens} tokens");
            }
        }

        return lexicon;
    }

    internal int Match(ReadOnlySpan<ulong> tokens, ReadOnlySpan<ulong> singular, int start, out WeaponEntry? entry)
        => _phrases.Match(tokens, singular, start, out entry);

    /// <summary>A model designation such as "Su-25", "Ka-52s", "M777": the canonical form, or null.</summary>
    public static string? Designation(ReadOnlySpan<char> token)
    {
        if (token.Length is < 3 or > 16 || !char.IsUpper(token[0]))
        {
            return null;
        }

        foreach (var m in DesignationPattern().EnumerateMatches(token))
        {
            if (m.Index != 0 || m.Length != token.Length)
            {
                return null;
            }

            var text = token.ToString();
            var match = DesignationPattern().Match(text);
            string prefix = match.Groups["prefix"].Value;
            bool hyphen = match.Groups["hyphen"].Success;
            string number = match.Groups["number"].Value;
            if (!DesignationPrefixes.Contains(prefix))
            {
                return null;
            }

            // Without a hyphen only the US "M" series with three digits (M777, M142) is unambiguous enough.
            if (!hyphen && !(prefix == "M" && number.Length == 3))
            {
                return null;
            }

            // One letter and one digit ("A-1", "B-2") names roads and bombers alike: require two digits.
            if (prefix.Length == 1 && number.Length < 2)
            {
                return null;
            }

            return match.Groups["plural"].Success ? text[..^1] : text;
        }

        return null;
    }

    [GeneratedRegex(@"^(?<prefix>[A-Z][A-Za-z]{0,3}(?:-[A-Z]{1,2})?)(?<hyphen>-)?(?<number>\d{1,4})(?<suffix>[A-Z]{0,4}\d?)(?<plural>s)?$", RegexOptions.CultureInvariant, RegexTimeoutMs)]
    private static partial Regex DesignationPattern();
}

/// <summary>A demonym and the country it refers to (demonyms.tsv).</summary>
public sealed record DemonymEntry(string Demonym, string Country);

/// <summary>
/// Nationality words from the curated src/Sitrep/Entities/demonyms.tsv (demonym, country, optional
/// plural). CoNLL-2003 tags these MISC; the stage reports them as NORP with the country as canonical name.
/// </summary>
public sealed class Demonyms
{
    private readonly PhraseLexicon<DemonymEntry> _phrases = new();
    private readonly List<DemonymEntry> _entries = [];

    public static Demonyms Default { get; } = Load(Lexicons.Open("demonyms.tsv"), "demonyms.tsv");

    public IReadOnlyList<DemonymEntry> Entries => _entries;

    public static Demonyms Load(TextReader reader, string source)
    {
        var d = new Demonyms();
        int lineNo = 0;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNo++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var parts = line.Split('\t');
            if (parts.Length is < 2 or > 3 || parts[0].Length == 0 || parts[1].Length == 0)
            {
                throw new FormatException($"{source}:{lineNo}: expected 'demonym<TAB>country[<TAB>plural]'");
            }

            var entry = new DemonymEntry(parts[0], parts[1]);
            d._entries.Add(entry);
            bool ok = d._phrases.Add(parts[0], entry);
            if (parts.Length == 3 && parts[2].Length > 0)
            {
                ok &= d._phrases.Add(parts[2], entry);
            }

            if (!ok)
            {
                throw new FormatException($"{source}:{lineNo}: a demonym has 1 to {PhraseLexicon<DemonymEntry>.MaxTokens} tokens");
            }
        }

        return d;
    }

    internal int Match(ReadOnlySpan<ulong> tokens, ReadOnlySpan<ulong> none, int start, out DemonymEntry? entry)
        => _phrases.Match(tokens, none, start, out entry);
}
