using System.Collections.Frozen;
using System.Globalization;
using System.Reflection;
using Sitrep.Places;

namespace Sitrep.Events;

/// <summary>One meaning of a trigger lemma: the class and mode it codes, and what must accompany it.</summary>
public sealed record TriggerSense(string Lemma, string Class, string? Mode, string? Particle, string? CueName, string? AcledCode, int Order)
{
    /// <summary>Words one of which must follow the trigger in its sentence, or null when the trigger stands alone.</summary>
    public FrozenSet<string>? Cue { get; init; }

    /// <summary>An adjective row (pos <c>A</c>, "grateful"): its one form reports an act even where the tagger tags it JJ.</summary>
    public bool Adjective { get; init; }
}

/// <summary>A surface form of a trigger and the sense it realizes, as a verb form, a noun form, or both.</summary>
public readonly record struct TriggerForm(TriggerSense Sense, bool AsVerb, bool AsNoun);

/// <summary>A multi-token phrase that normalizes to an actor (<c>the biden administration</c> → United States, government).</summary>
public sealed record ActorPhrase(string[] Tokens, string Name, string Kind)
{
    /// <summary>A one-word surname row ("lavrov"), also matched through its transliteration key.</summary>
    public bool Person { get; init; }
}

/// <summary>A demonym ("north korean") and the country it names.</summary>
public sealed record Demonym(string[] Tokens, string Name, string? Country);

/// <summary>
/// A person row reached through the transliteration key of its surname, with the keys of the first names the list
/// gives that surname ("volodymyr zelensky"): another first name before a respelling is another person ("Olena Zelenska").
/// </summary>
public sealed record RespelledPerson(ActorPhrase Row, string[] FirstNames);

public readonly record struct WeaponWord(string Mode, string Name);

/// <summary>
/// The curated lexicons of the event coder, read from the embedded data files in <c>Events/Data/</c>:
/// triggers keyed by lemma (expanded to their inflected forms), the actor list, and weapon words.
/// Lookups take spans and are case-insensitive; nothing allocates per token.
/// </summary>
public sealed class EventLexicon
{
    private static readonly Lazy<EventLexicon> DefaultLexicon = new(() => Load(
        ReadResource("triggers.tsv"), ReadResource("actors.tsv"), ReadResource("weapons.tsv")));

    private EventLexicon(
        FrozenDictionary<string, TriggerForm[]> triggers,
        FrozenSet<string> blame,
        FrozenDictionary<string, ActorPhrase[]> actors,
        FrozenDictionary<string, Demonym[]> demonyms,
        FrozenDictionary<string, string> heads,
        FrozenDictionary<string, string> adversaries,
        FrozenDictionary<string, WeaponWord> weapons)
    {
        Triggers = triggers.GetAlternateLookup<ReadOnlySpan<char>>();
        Blame = blame.GetAlternateLookup<ReadOnlySpan<char>>();
        Actors = actors.GetAlternateLookup<ReadOnlySpan<char>>();
        Demonyms = demonyms.GetAlternateLookup<ReadOnlySpan<char>>();
        Heads = heads.GetAlternateLookup<ReadOnlySpan<char>>();
        Adversaries = adversaries;
        Weapons = weapons.GetAlternateLookup<ReadOnlySpan<char>>();
        var countries = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var list in demonyms.Values)
        {
            foreach (var d in list)
            {
                if (d.Country is not null)
                {
                    countries.TryAdd(d.Country, d.Name);
                }
            }
        }

        _countries = countries.ToFrozenDictionary(StringComparer.Ordinal);
        var personKeys = BuildPersonKeys(actors);
        PersonKeys = personKeys.GetAlternateLookup<ReadOnlySpan<char>>();
        _nearPersonKeys = [.. personKeys.Where(kv => kv.Key.Length >= MinNearPersonKeyLength).Select(kv => (kv.Key, kv.Value))];
        TriggerFormCount = triggers.Count;
    }

    /// <summary>The lexicons shipped with Sitrep.</summary>
    public static EventLexicon Default => DefaultLexicon.Value;

    public FrozenDictionary<string, TriggerForm[]>.AlternateLookup<ReadOnlySpan<char>> Triggers { get; }

    /// <summary>
    /// The cue set <c>@insult</c>: words that judge conduct as wrong ("immoral", "lies", "propaganda"). After "call" or
    /// "brand" they make an insult; in reported speech, the speaker's accusation.
    /// </summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Blame { get; }

    /// <summary>Actor phrases by their first token, longest first.</summary>
    public FrozenDictionary<string, ActorPhrase[]>.AlternateLookup<ReadOnlySpan<char>> Actors { get; }

    /// <summary>
    /// Person rows by the <see cref="TransliterationKey"/> (English reading) of their surname, for respellings the
    /// exact lookup misses (Polish "Ławrow", "Zacharowa", "Łukaszenka"). Keys shorter than
    /// <see cref="MinShortPersonKeyLength"/> and keys two actors share are left out; keys shorter than
    /// <see cref="MinPersonKeyLength"/> are matched inside PER entities only.
    /// </summary>
    public FrozenDictionary<string, RespelledPerson>.AlternateLookup<ReadOnlySpan<char>> PersonKeys { get; }

    /// <summary>
    /// Shortest transliteration key matched to a person anywhere: shorter keys ("Vučić", "Kułeba") collide with ordinary
    /// names, and are matched only inside a PER entity, not as a sentence's first word.
    /// </summary>
    public const int MinPersonKeyLength = 6;

    /// <summary>
    /// Shortest person key kept at all: a three-letter skeleton is a common syllable's ("Shah" and "Sochi" share
    /// Shoigu's, "dad" is Duda's), so Duda and Szojgu are matched only as the list spells them.
    /// </summary>
    public const int MinShortPersonKeyLength = 4;

    /// <summary>Shortest person key a garbled spelling one edit away may reach ("Zelnski", "Zelanski" for Zelensky).</summary>
    public const int MinNearPersonKeyLength = 7;

    private readonly (string Key, RespelledPerson Person)[] _nearPersonKeys;

    /// <summary>
    /// The one person whose key of at least <see cref="MinNearPersonKeyLength"/> is one edit (a letter or vowel mark
    /// dropped, added or changed, not the first) from <paramref name="key"/>; false when none or more than one is.
    /// </summary>
    public bool TryGetPersonNear(ReadOnlySpan<char> key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out RespelledPerson? person)
    {
        person = null;
        foreach (var (k, p) in _nearPersonKeys)
        {
            if (IsOneEdit(key, k))
            {
                if (person is not null && person.Row.Name != p.Row.Name)
                {
                    person = null;
                    return false;
                }

                person = p;
            }
        }

        return person is not null;
    }

    /// <summary>The two keys differ by exactly one letter dropped, added or changed after the first.</summary>
    private static bool IsOneEdit(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.Length < b.Length)
        {
            return IsOneEdit(b, a);
        }

        if (a.Length - b.Length > 1)
        {
            return false;
        }

        // The edit may not touch the first letter: garbles drop or change letters inside a name, while another initial
        // is another name ("Ardahan" is no Erdogan, "Bilińska" no Zelensky), as Soundex keeps the initial.
        int i = a.CommonPrefixLength(b);
        if (i == 0 || i == a.Length)
        {
            return false;
        }

        return a.Length == b.Length ? a[(i + 1)..].SequenceEqual(b[(i + 1)..]) : a[(i + 1)..].SequenceEqual(b[i..]);
    }

    /// <summary>Demonyms by their first token, longest first.</summary>
    public FrozenDictionary<string, Demonym[]>.AlternateLookup<ReadOnlySpan<char>> Demonyms { get; }

    /// <summary>Head nouns after a demonym and the actor kind they make ("troops" → military).</summary>
    public FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Heads { get; }

    /// <summary>For each side of a listed war, the other side.</summary>
    public FrozenDictionary<string, string> Adversaries { get; }

    public FrozenDictionary<string, WeaponWord>.AlternateLookup<ReadOnlySpan<char>> Weapons { get; }

    public int TriggerFormCount { get; }

    private readonly FrozenDictionary<string, string> _countries;

    /// <summary>The actor name of a country by its ISO 3166 alpha-2 code ("UA" → Ukraine), or null.</summary>
    public string? CountryName(string iso2) => _countries.TryGetValue(iso2, out var name) ? name : null;

    public static EventLexicon Load(string triggersTsv, string actorsTsv, string weaponsTsv)
    {
        var (triggers, cues) = ParseTriggers(triggersTsv);
        if (!cues.TryGetValue(BlameCueSet, out var blame))
        {
            throw new FormatException($"triggers.tsv: the cue set '@{BlameCueSet}' is missing");
        }

        var (actors, demonyms, heads, adversaries) = ParseActors(actorsTsv);
        var weapons = ParseWeapons(weaponsTsv);
        return new EventLexicon(triggers, blame, actors, demonyms, heads, adversaries, weapons);
    }

    /// <summary>An embedded data file of the events stage (<c>Events/Data</c>), as text.</summary>
    internal static string ReadResource(string name)
    {
        var assembly = typeof(EventLexicon).GetTypeInfo().Assembly;
        using var stream = assembly.GetManifestResourceStream("Sitrep.Events." + name)
            ?? throw new InvalidOperationException($"embedded resource Sitrep.Events.{name} is missing");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>The data rows of a tab-separated file with their line numbers: blank lines and # comments skipped.</summary>
    internal static IEnumerable<(int Line, string[] Cols)> Rows(string tsv, string file)
    {
        int n = 0;
        foreach (var raw in tsv.Split('\n'))
        {
            n++;
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var cols = line.Split('\t');
            if (cols.Length < 2)
            {
                throw new FormatException($"{file} line {n}: expected tab-separated columns");
            }

            yield return (n, cols);
        }
    }

    private const string BlameCueSet = "insult";

    private static (FrozenDictionary<string, TriggerForm[]> Forms, Dictionary<string, FrozenSet<string>> Cues) ParseTriggers(string tsv)
    {
        var cues = new Dictionary<string, FrozenSet<string>>(StringComparer.Ordinal);
        var forms = new Dictionary<string, List<TriggerForm>>(StringComparer.OrdinalIgnoreCase);
        int order = 0;
        foreach (var (line, cols) in Rows(tsv, "triggers.tsv"))
        {
            if (cols[0].StartsWith('@'))
            {
                cues[cols[0][1..]] = cols[1].Split(' ', StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
                continue;
            }

            if (cols.Length < 7)
            {
                throw new FormatException($"triggers.tsv line {line}: expected 7 columns, found {cols.Length}");
            }

            var lemmaParts = cols[0].Split(' ', 2);
            var head = lemmaParts[0];
            string? particle = lemmaParts.Length > 1 ? lemmaParts[1] : null;
            var pos = cols[1];
            FrozenSet<string>? cue = null;
            if (cols[4] != "-" && !cues.TryGetValue(cols[4], out cue))
            {
                throw new FormatException($"triggers.tsv line {line}: unknown cue set '{cols[4]}'");
            }

            bool adjective = pos == "A";
            var sense = new TriggerSense(cols[0], cols[2], Dash(cols[3]), particle, Dash(cols[4]), Dash(cols[5]), order++) { Cue = cue, Adjective = adjective };
            bool verb = pos.Contains('V', StringComparison.Ordinal);
            // An adjective is read as a nominal trigger (it heads no verb phrase) with its base form only: it has no plural.
            bool noun = adjective || pos.Contains('N', StringComparison.Ordinal);
            var verbForms = verb ? VerbForms(head) : [];
            var nounForms = adjective ? [head] : noun ? NounForms(head) : [];
            var extras = cols[6] == "-" ? [] : cols[6].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            foreach (var f in verbForms.Concat(nounForms).Concat(extras).Distinct(StringComparer.OrdinalIgnoreCase))
            {
                bool asVerb = verb && (verbForms.Contains(f, StringComparer.OrdinalIgnoreCase) || (extras.Contains(f, StringComparer.OrdinalIgnoreCase) && !noun));
                bool asNoun = noun && (nounForms.Contains(f, StringComparer.OrdinalIgnoreCase) || (extras.Contains(f, StringComparer.OrdinalIgnoreCase) && !verb));
                if (!forms.TryGetValue(f, out var list))
                {
                    forms[f] = list = [];
                }

                list.Add(new TriggerForm(sense, asVerb || (!asNoun && verb), asNoun));
            }
        }

        return (forms.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.OrdinalIgnoreCase), cues);
    }

    private static string? Dash(string s) => s == "-" ? null : s;

    /// <summary>Regular verb inflections; over-generation ("striked") is harmless since such forms never occur.</summary>
    internal static string[] VerbForms(string lemma)
    {
        var forms = new List<string> { lemma };
        if (lemma.EndsWith('e'))
        {
            forms.Add(lemma + "s");
            forms.Add(lemma + "d");
            forms.Add(lemma[..^1] + "ing");
        }
        else if (lemma.Length > 2 && lemma[^1] == 'y' && !IsVowel(lemma[^2]))
        {
            forms.Add(lemma[..^1] + "ies");
            forms.Add(lemma[..^1] + "ied");
            forms.Add(lemma + "ing");
        }
        else
        {
            forms.Add(EndsWithSibilant(lemma) ? lemma + "es" : lemma + "s");
            forms.Add(lemma + "ed");
            forms.Add(lemma + "ing");
            if (lemma.Length >= 3 && !IsVowel(lemma[^1]) && IsVowel(lemma[^2]) && !IsVowel(lemma[^3]) && lemma[^1] is not ('w' or 'x' or 'y'))
            {
                // CVC doubling (ban → banned); the undoubled form is kept too (visit → visited).
                forms.Add(lemma + lemma[^1] + "ed");
                forms.Add(lemma + lemma[^1] + "ing");
            }
        }

        return [.. forms];
    }

    internal static string[] NounForms(string lemma)
    {
        if (lemma.Length > 2 && lemma[^1] == 'y' && !IsVowel(lemma[^2]))
        {
            return [lemma, lemma[..^1] + "ies"];
        }

        return [lemma, EndsWithSibilant(lemma) ? lemma + "es" : lemma + "s"];
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    private static bool EndsWithSibilant(string s)
        => s.EndsWith('s') || s.EndsWith('x') || s.EndsWith('z') || s.EndsWith("sh", StringComparison.Ordinal) || s.EndsWith("ch", StringComparison.Ordinal);

    private static (FrozenDictionary<string, ActorPhrase[]>, FrozenDictionary<string, Demonym[]>, FrozenDictionary<string, string>, FrozenDictionary<string, string>) ParseActors(string tsv)
    {
        var actors = new Dictionary<string, List<ActorPhrase>>(StringComparer.OrdinalIgnoreCase);
        var demonyms = new Dictionary<string, List<Demonym>>(StringComparer.OrdinalIgnoreCase);
        var heads = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var adversaries = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (line, cols) in Rows(tsv, "actors.tsv"))
        {
            switch (cols[0])
            {
                case "name" when cols.Length >= 4:
                    {
                        var tokens = cols[1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
                        Add(actors, tokens[0], new ActorPhrase(tokens, cols[2], cols[3]) { Person = tokens.Length == 1 && cols.Length >= 5 && cols[4] == "person" });
                        break;
                    }

                case "demonym" when cols.Length >= 4:
                    {
                        var tokens = cols[1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
                        Add(demonyms, tokens[0], new Demonym(tokens, cols[2], Dash(cols[3])));
                        break;
                    }

                case "head" when cols.Length >= 3:
                    heads[cols[1]] = cols[2];
                    break;
                case "dyad" when cols.Length >= 3:
                    adversaries[cols[1]] = cols[2];
                    adversaries[cols[2]] = cols[1];
                    break;
                default:
                    throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"actors.tsv line {line}: unknown row '{cols[0]}' or too few columns"));
            }
        }

        return (
            actors.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.OrderByDescending(p => p.Tokens.Length).ToArray(), StringComparer.OrdinalIgnoreCase),
            demonyms.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.OrderByDescending(p => p.Tokens.Length).ToArray(), StringComparer.OrdinalIgnoreCase),
            heads.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase),
            adversaries.ToFrozenDictionary(StringComparer.Ordinal));
    }

    private static FrozenDictionary<string, RespelledPerson> BuildPersonKeys(FrozenDictionary<string, ActorPhrase[]> actors)
    {
        var keys = new Dictionary<string, ActorPhrase?>(StringComparer.Ordinal);
        Span<char> key = stackalloc char[TransliterationKey.MaxLength];
        foreach (var list in actors.Values)
        {
            foreach (var p in list)
            {
                int n = p.Person ? TransliterationKey.Of(p.Tokens[0], key, polish: false) : 0;
                if (n < MinShortPersonKeyLength)
                {
                    continue;
                }

                var k = key[..n].ToString();
                keys[k] = keys.TryGetValue(k, out var other) && (other is null || other.Name != p.Name) ? null : p;
            }
        }

        var firstNames = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var list in actors.Values)
        {
            foreach (var p in list)
            {
                if (p.Tokens.Length == 2)
                {
                    var k = key[..TransliterationKey.Of(p.Tokens[1], key, polish: false)].ToString();
                    if (keys.TryGetValue(k, out var row) && row is not null && row.Name == p.Name)
                    {
                        Add(firstNames, k, key[..TransliterationKey.Of(p.Tokens[0], key, polish: false)].ToString());
                    }
                }
            }
        }

        var unique = new Dictionary<string, RespelledPerson>(StringComparer.Ordinal);
        foreach (var (k, p) in keys)
        {
            if (p is not null)
            {
                unique[k] = new RespelledPerson(p, firstNames.TryGetValue(k, out var names) ? [.. names.Distinct(StringComparer.Ordinal)] : []);
            }
        }

        return unique.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static void Add<T>(Dictionary<string, List<T>> map, string key, T value)
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }

        list.Add(value);
    }

    private static FrozenDictionary<string, WeaponWord> ParseWeapons(string tsv)
    {
        var map = new Dictionary<string, WeaponWord>(StringComparer.OrdinalIgnoreCase);
        foreach (var (line, cols) in Rows(tsv, "weapons.tsv"))
        {
            if (cols.Length < 3)
            {
                throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"weapons.tsv line {line}: expected 3 columns"));
            }

            map[cols[0]] = new WeaponWord(cols[1], cols[2]);
        }

        return map.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}
