using System.Collections.Frozen;

namespace Sitrep.Quotes;

/// <summary>What a cue verb says about the reported content, for event certainty later.</summary>
public enum CueClass : byte
{
    /// <summary>Plain reporting: said, told, noted, added, wrote.</summary>
    Speech,

    /// <summary>An assertion the source stands behind but that is not established: claimed, alleged.</summary>
    Claim,

    /// <summary>The source says the content is false: denied, rejected.</summary>
    Denial,

    /// <summary>Belief or expectation rather than speech: believes, thinks, expects. Only taken with a clause after it.</summary>
    Cognition,
}

/// <summary>
/// The curated lexicon of cue verbs, every inflection listed (said, says, saying, say), case-insensitive.
/// Built once; looked up per token through a span lookup that does not allocate.
/// </summary>
public static class CueLexicon
{
    /// <summary>Irregular verbs: lemma and its other forms.</summary>
    private static readonly (string Lemma, CueClass Class, string[] Forms)[] Irregular =
    [
        ("say", CueClass.Speech, ["says", "said", "saying"]),
        ("tell", CueClass.Speech, ["tells", "told", "telling"]),
        ("write", CueClass.Speech, ["writes", "wrote", "writing", "written"]),
        ("think", CueClass.Cognition, ["thinks", "thought"]),
        ("admit", CueClass.Speech, ["admits", "admitted", "admitting"]),
        ("deny", CueClass.Denial, ["denies", "denied", "denying"]),
        ("reply", CueClass.Speech, ["replies", "replied", "replying"]),
        ("testify", CueClass.Speech, ["testifies", "testified", "testifying"]),
        ("signal", CueClass.Speech, ["signals", "signaled", "signalled", "signaling", "signalling"]),
        ("foresee", CueClass.Cognition, ["foresees", "foresaw"]),
        ("find", CueClass.Cognition, ["finds", "found", "finding"]),
        ("show", CueClass.Cognition, ["shows", "showed", "shown", "showing"]),
        ("echo", CueClass.Speech, ["echoes", "echoed", "echoing"]),
        ("speak", CueClass.Speech, ["spoke", "speaking"]),
        ("rail", CueClass.Speech, ["railed", "railing"]),
        ("slam", CueClass.Speech, ["slammed", "slamming"]),
    ];

    /// <summary>Regular verbs (inflections generated): speech cues.</summary>
    private static readonly string[] SpeechVerbs =
    [
        "remark", "note", "add", "state", "warn", "caution", "emphasize", "emphasise", "stress", "insist", "announce",
        "confirm", "urge", "highlight", "acknowledge", "report", "tweet", "post", "explain", "argue", "suggest",
        "indicate", "characterize", "characterise", "declare", "assert", "explain", "observe", "mention",
        "reveal", "disclose", "predict", "promise", "pledge", "vow", "concede", "recall", "respond", "retort", "tell",
        "complain", "contend", "describe", "estimate", "underline", "underscore", "reiterate", "repeat", "affirm",
        "conclude", "comment", "announce", "inform", "assure", "remind", "forecast",
        "demand", "caution", "reckon", "maintain", "counter", "quip", "joke", "boast", "lament", "acknowledge",
        "threaten", "advise", "recommend", "propose", "accuse", "criticize", "criticise",
        "praise", "blame", "declare", "proclaim", "specify", "clarify", "elaborate", "confide", "murmur",
        "shout", "yell", "exclaim", "whisper", "hint", "speculate", "surmise", "call", "ask", "cite",
        "endorse", "defend", "denounce", "condemn", "decry", "blast", "mock", "question", "challenge", "express",
        "refer", "talk", "discuss", "unveil", "tout", "point", "recount", "assert", "voice", "stress",
    ];

    private static readonly string[] ClaimVerbs = ["claim", "allege", "purport"];

    private static readonly string[] DenialVerbs = ["reject", "dispute", "dismiss", "refute", "rebut"];

    private static readonly string[] CognitionVerbs =
    [
        "believe", "expect", "fear", "hope", "worry", "feel", "doubt", "suspect", "assume", "figure", "guess",
        "acknowledge", "agree", "understand", "conclude", "realize", "realise", "know",
    ];

    /// <summary>Lowercase cue forms that need a doubled consonant (admitted is listed with the irregulars).</summary>
    private static readonly FrozenDictionary<string, string> Doubling = new Dictionary<string, string>
    {
        ["quip"] = "quipp",
        ["rebut"] = "rebutt",
        ["signal"] = "signall",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// Lemmas whose bare form (I say, they warn) is taken as a cue; the others are nouns too often
    /// ("a report", "the post", "a promise") to be cues without an inflection.
    /// </summary>
    private static readonly FrozenSet<string> BareAllowed = FrozenSet.ToFrozenSet(
    [
        "say", "tell", "think", "believe", "argue", "insist", "warn", "claim", "deny", "add", "explain", "suggest",
        "expect", "allege", "acknowledge", "admit", "agree", "stress", "emphasize", "emphasise", "contend", "assert",
        "predict", "reject", "dispute", "indicate", "write", "testify", "urge", "confirm", "announce", "concede",
        "worry", "understand", "realize", "realise", "know", "suspect", "assume", "reckon", "maintain", "recall",
        "describe", "accuse", "criticize", "criticise", "insist", "conclude", "reveal", "disclose", "affirm",
        "reiterate", "underline", "underscore", "mention", "observe", "complain", "propose", "recommend", "advise",
        "find", "show", "ask", "call",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>Inflected forms that are far more often plural nouns than verbs ("the states", "his remarks").</summary>
    private static readonly string[] NounForms =
    [
        "states", "remarks", "comments", "pledges", "promises", "vows", "forecasts", "estimates", "posts", "tweets",
        "signals", "proposes", "echoes", "findings", "showing", "finding", "estimating", "posting", "questions",
        "points", "talks", "voices", "challenges", "blasts", "mocks", "voice", "point", "talk", "question",
        "challenge", "blast", "mock", "tout", "touts", "express", "refer", "refers", "discusses", "discussing",
    ];

    public static FrozenDictionary<string, CueClass> Forms { get; } = Build();

    private static readonly FrozenDictionary<string, CueClass>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        Forms.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The class of <paramref name="word"/> when it is a cue form (any case).</summary>
    public static bool TryGet(ReadOnlySpan<char> word, out CueClass cueClass) => Lookup.TryGetValue(word, out cueClass);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> BareLookup =
        BareAllowed.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether <paramref name="word"/> is the bare form of a cue verb (say, think, warn).</summary>
    public static bool IsBareForm(ReadOnlySpan<char> word) => BareLookup.Contains(word);

    /// <summary>Least share of a learned word's occurrences that are gold cue uses in PolNeAR train.</summary>
    public const double LearnedMinRate = 0.5;

    /// <summary>Least number of gold cue uses in PolNeAR train for a learned word.</summary>
    public const int LearnedMinCount = 5;

    private const string LearnedResource = "Sitrep.Quotes.cues.tsv";

    /// <summary>
    /// Words learned from PolNeAR train (cues.tsv) that are cues often enough, beyond the curated forms; taken only
    /// with a verb tag (the lexicon's noun guards do not apply to them).
    /// </summary>
    public static FrozenSet<string> Learned { get; } = LoadLearned();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> LearnedLookup =
        Learned.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether <paramref name="word"/> is a learned cue word (any case).</summary>
    public static bool IsLearned(ReadOnlySpan<char> word) => LearnedLookup.Contains(word);

    private static FrozenSet<string> LoadLearned()
    {
        using var stream = typeof(CueLexicon).Assembly.GetManifestResourceStream(LearnedResource)
            ?? throw new InvalidOperationException($"embedded resource {LearnedResource} is missing");
        using var reader = new StreamReader(stream);
        var words = new List<string>();
        foreach (var c in CueLearner.Read(reader, "cues.tsv"))
        {
            if (c.CueCount >= LearnedMinCount && c.Rate >= LearnedMinRate && !Forms.ContainsKey(c.Word) && Array.IndexOf(NounForms, c.Word) < 0
                && !Words.QuoteOnlyCues.Contains(c.Word))
            {
                words.Add(c.Word);
            }
        }

        return words.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }

    private static FrozenDictionary<string, CueClass> Build()
    {
        var forms = new Dictionary<string, CueClass>(StringComparer.OrdinalIgnoreCase);
        foreach (var verb in CognitionVerbs)
        {
            AddRegular(forms, verb, CueClass.Cognition);
        }

        // Later classes win over Cognition where a verb is in both (acknowledge, conclude).
        foreach (var verb in SpeechVerbs)
        {
            AddRegular(forms, verb, CueClass.Speech);
        }

        foreach (var verb in ClaimVerbs)
        {
            AddRegular(forms, verb, CueClass.Claim);
        }

        foreach (var verb in DenialVerbs)
        {
            AddRegular(forms, verb, CueClass.Denial);
        }

        foreach (var (lemma, cls, others) in Irregular)
        {
            if (BareAllowed.Contains(lemma))
            {
                forms[lemma] = cls;
            }

            foreach (var f in others)
            {
                forms[f] = cls;
            }
        }

        foreach (var noun in NounForms)
        {
            forms.Remove(noun);
        }

        return forms.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    private static void AddRegular(Dictionary<string, CueClass> forms, string lemma, CueClass cls)
    {
        if (BareAllowed.Contains(lemma))
        {
            forms[lemma] = cls;
        }

        if (lemma.EndsWith('e'))
        {
            forms[lemma + "s"] = cls;
            forms[lemma + "d"] = cls;
            forms[lemma[..^1] + "ing"] = cls;
            return;
        }

        if (lemma.EndsWith('y') && lemma.Length > 2 && !"aeiou".Contains(lemma[^2], StringComparison.Ordinal))
        {
            forms[lemma[..^1] + "ies"] = cls;
            forms[lemma[..^1] + "ied"] = cls;
            forms[lemma + "ing"] = cls;
            return;
        }

        bool sibilant = lemma.EndsWith("ss", StringComparison.Ordinal) || lemma.EndsWith("sh", StringComparison.Ordinal)
            || lemma.EndsWith("ch", StringComparison.Ordinal) || lemma.EndsWith('x');
        forms[lemma + (sibilant ? "es" : "s")] = cls;
        var stem = Doubling.TryGetValue(lemma, out var doubled) ? doubled : lemma;
        forms[stem + "ed"] = cls;
        forms[stem + "ing"] = cls;
    }
}
