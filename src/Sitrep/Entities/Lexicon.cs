using Sitrep.Pipeline;
using System.Collections.Frozen;

namespace Sitrep.Entities;

/// <summary>A named weapon system: preferred name and category (weapons.tsv).</summary>
public sealed record WeaponEntry(string Canonical, string Category);

/// <summary>
/// Named weapon systems from the curated src/Sitrep/Entities/weapons.tsv (canonical name, category,
/// aliases), plus a pattern layer for model designations of known design bureaus and series
/// (Su-25, Ka-52, T-72, M777) that the list does not name.
/// </summary>
public sealed class WeaponLexicon
{
    /// <summary>Designation prefixes the pattern layer accepts; anything else (COVID-19, G-7) is not a weapon.</summary>
    private static readonly FrozenSet<string> DesignationPrefixes = FrozenSet.ToFrozenSet(
    [
        "Su", "MiG", "Mig", "Tu", "Ka", "Mi", "Il", "An", "Yak", "T", "BMP", "BMD", "BTR", "S", "F", "A", "B",
        "M", "AH", "UH", "CH", "MQ", "RQ", "AGM", "AIM", "BM", "KAB", "FAB", "ZSU", "Pantsir-S",
        "Mk", "OTR", "R", "P", "TOS", "EA", "E", "KC", "C", "Tor-M", "Buk-M", "KN", "Hwasong", "Kh",
    ], StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> DesignationPrefixLookup =
        DesignationPrefixes.GetAlternateLookup<ReadOnlySpan<char>>();

    private readonly PhraseLexicon<WeaponEntry> _phrases = new();

    public static WeaponLexicon Default { get; } = Load(Lexicons.Open("weapons.tsv"), "weapons.tsv");

    public int Count => _phrases.Count;

    public static WeaponLexicon Load(TextReader reader, string source)
    {
        var lexicon = new WeaponLexicon();
        foreach (var (lineNo, parts) in TabSeparated.Read(reader))
        {
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
    /// <remarks>
    /// Shape: a prefix of one to four letters starting upper-case (optionally "-" and one or two capitals, as in
    /// "Tor-M2"), an optional hyphen, one to four digits, up to four capitals and a digit ("T-90M", "Tu-22M3"), and
    /// an optional plural "s". Parsed by hand: a regex timeout under load must not fail a document.
    /// </remarks>
    public static string? Designation(ReadOnlySpan<char> token)
    {
        if (token.Length is < 3 or > 16 || !char.IsAsciiLetterUpper(token[0]))
        {
            return null;
        }

        bool plural = token[^1] == 's' && char.IsAsciiDigit(token[^2]);
        var body = plural ? token[..^1] : token;
        int i = 1;
        while (i < body.Length && i < 4 && char.IsAsciiLetter(body[i]))
        {
            i++;
        }

        if (i + 2 < body.Length && body[i] == '-' && char.IsAsciiLetterUpper(body[i + 1]))
        {
            int j = i + 1;
            while (j < body.Length && j - i <= 2 && char.IsAsciiLetterUpper(body[j]))
            {
                j++;
            }

            if (j < body.Length && char.IsAsciiDigit(body[j]))
            {
                i = j;
            }
        }

        var prefix = body[..i];
        bool hyphen = i < body.Length && body[i] == '-';
        if (hyphen)
        {
            i++;
        }

        int digitsStart = i;
        while (i < body.Length && char.IsAsciiDigit(body[i]))
        {
            i++;
        }

        int digits = i - digitsStart;
        if (digits is < 1 or > 4)
        {
            return null;
        }

        int letters = 0;
        while (i < body.Length && letters < 4 && char.IsAsciiLetterUpper(body[i]))
        {
            i++;
            letters++;
        }

        if (i < body.Length && char.IsAsciiDigit(body[i]))
        {
            i++;
        }

        if (i != body.Length || !DesignationPrefixLookup.Contains(prefix))
        {
            return null;
        }

        // Without a hyphen only the US "M" series with three digits (M777, M142) is unambiguous enough;
        // one letter and one digit ("A-1", "B-2") names roads and bombers alike.
        if ((!hyphen && !(prefix is "M" && digits == 3)) || (prefix.Length == 1 && digits < 2))
        {
            return null;
        }

        return body.ToString();
    }
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
        foreach (var (lineNo, parts) in TabSeparated.Read(reader))
        {
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
