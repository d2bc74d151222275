using System.Buffers;
using System.Collections.Frozen;
using Sitrep.Entities;
using Sitrep.Pipeline;

namespace Sitrep.Events;

/// <summary>What the event coder knows of one sentence when it asks the sentence model (docs/events.md, "Learned sentence proposer").</summary>
internal readonly ref struct SentenceInput
{
    public required Document Doc { get; init; }

    public required int Index { get; init; }

    public required EventLexicon Lexicon { get; init; }

    /// <summary>Bit <c>i</c> set: the rules drafted an event of class <c>EventClasses.All[i]</c> in this sentence.</summary>
    public required ulong RuleClasses { get; init; }

    /// <summary>
    /// The pairs the coder asks the model about: proposed classes with no rule draft in the sentence. A lexicon trigger the rules
    /// set aside does not exclude its class: cross-validation scored that exclusion lower (docs/events.md).
    /// </summary>
    public ulong Asked => EventSentenceModel.ProposedClasses & ~RuleClasses;

    /// <summary>Bit <c>i</c> set: the rules drafted an event of that class in an earlier sentence of the document.</summary>
    public required ulong EarlierRuleClasses { get; init; }

    public required ReadOnlySpan<EntityMention> Entities { get; init; }

    public required ReadOnlySpan<TimeExpression> Times { get; init; }

    public required ReadOnlySpan<PlaceMention> Places { get; init; }

    public required ReadOnlySpan<Quote> Quotes { get; init; }

    public required ReadOnlySpan<Attribution> Attributions { get; init; }
}

/// <summary>The coder's view of a sentence scorer: the shipped model, or a recorder of features while training.</summary>
internal interface IEventSentenceScorer
{
    /// <summary>Writes one margin per class of <see cref="EventClasses.All"/>; positive proposes the class. False: propose nothing.</summary>
    bool Score(in SentenceInput input, Span<float> margins);
}

/// <summary>
/// The learned event-sentence proposer: one averaged-perceptron score per event class for a sentence, over hashed
/// features of its words, verbs, trigger-lexicon hits, the rules' own drafts, speech and quotes, modality, entities,
/// dates, places and position. The coder adds an event of a class the model scores above zero when the rules coded
/// none of that class in the sentence; the decision threshold chosen in training is folded into the bias row.
/// </summary>
public sealed class EventSentenceModel : IEventSentenceScorer
{
    /// <summary>Model kind in the file header.</summary>
    public const string Kind = "evsent";

    /// <summary>Version of the feature templates below; a model trained with other templates is refused.</summary>
    public const int FeatureVersion = 1;

    /// <summary>The embedded model file (src/Sitrep/Models/evsent.bin).</summary>
    public const string FileName = "evsent.bin";

    internal static readonly string[] Labels = [.. EventClasses.All];

    internal static readonly FrozenDictionary<string, int> ClassIndex = Labels.Select((c, i) => (c, i)).ToFrozenDictionary(x => x.c, x => x.i, StringComparer.Ordinal);

    /// <summary>
    /// Classes the model proposes (bit i: <c>Labels[i]</c>): statements and decisions, which the trigger lexicon misses most
    /// ("has blasted Russia's war", "spoke out against") and which take the publication date and no place.
    /// </summary>
    internal static readonly ulong ProposedClasses = MaskOf(EventClasses.Accuse, EventClasses.Request, EventClasses.Reject, EventClasses.Support, EventClasses.Threaten);

    /// <summary>The key of the bias feature, whose row also carries the decision threshold.</summary>
    internal static readonly ulong BiasKey = FeatureHash.Feature(0, 1);

    private static readonly Lazy<EventSentenceModel> Embedded = new(
        () => new EventSentenceModel(LinearModel.LoadEmbedded(FileName, Kind, FeatureVersion)), LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Modals = Words(
        "would", "could", "may", "might", "will", "should", "can", "must", "shall", "'ll");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Negations = Words(
        "not", "n't", "never", "no", "without", "nor");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Auxiliaries = Words(
        "has", "have", "had", "is", "are", "was", "were", "be", "been", "being", "do", "does", "did", "'s", "am");

    internal EventSentenceModel(LinearModel model)
    {
        if (model.LabelCount != Labels.Length)
        {
            throw new ModelFormatException($"{Kind} model: expected {Labels.Length} labels, found {model.LabelCount}");
        }

        for (int i = 0; i < Labels.Length; i++)
        {
            if (model.Labels[i] != Labels[i])
            {
                throw new ModelFormatException($"{Kind} model: label {i} is '{model.Labels[i]}', expected '{Labels[i]}'");
            }
        }

        Model = model;
    }

    /// <summary>The shipped model, loaded once on first use.</summary>
    public static EventSentenceModel Shared => Embedded.Value;

    /// <summary>Loads a model file (for tests and retraining).</summary>
    public static EventSentenceModel Load(string path) => new(LinearModel.Load(path, Kind, FeatureVersion));

    public int FeatureCount => Model.FeatureCount;

    /// <summary>One score per event class (<see cref="EventClasses.All"/>).</summary>
    public int ClassCount => Model.LabelCount;

    internal LinearModel Model { get; }

    /// <summary>Writes the model file (versioned, checksummed; byte-identical for the same weights).</summary>
    public void Save(string path) => Model.Save(path);

    /// <summary>The same weights with <paramref name="threshold"/> subtracted from every class's bias: margins above it become positive.</summary>
    internal EventSentenceModel WithThreshold(float threshold)
    {
        Span<float> add = stackalloc float[Labels.Length];
        add.Fill(-threshold);
        return new EventSentenceModel(Model.WithRowAdded(BiasKey, add));
    }

    bool IEventSentenceScorer.Score(in SentenceInput input, Span<float> margins)
    {
        var sentence = input.Doc.Sentences[input.Index];
        var buffer = ArrayPool<ulong>.Shared.Rent(MaxFeatures(sentence));
        try
        {
            int n = Features(input, buffer);
            Model.Score(buffer.AsSpan(0, n), margins);
        }
        finally
        {
            ArrayPool<ulong>.Shared.Return(buffer);
        }

        return true;
    }

    /// <summary>Upper bound on the feature count of <paramref name="sentence"/>.</summary>
    internal static int MaxFeatures(Sentence sentence) => (8 * sentence.TokenCount) + 96;

    /// <summary>Writes the features of the sentence into <paramref name="f"/> (at least <see cref="MaxFeatures"/> long); returns their count.</summary>
    internal static int Features(in SentenceInput input, Span<ulong> f)
    {
        var doc = input.Doc;
        var sentence = doc.Sentences[input.Index];
        var tokens = doc.Tokens;
        int n = 0;
        f[n++] = BiasKey;
        f[n++] = FeatureHash.Feature(1, (ulong)PositionBucket(input.Index));
        f[n++] = FeatureHash.Feature(2, (ulong)Math.Min(sentence.TokenCount / 10, 5));

        ulong prev = FeatureHash.Begin;
        int mainVerbs = 0;
        bool modal = false, negated = false, question = false;
        for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            var token = tokens[t];
            var word = doc.Slice(token.Span);
            if (token.Kind == TokenKind.Punctuation)
            {
                question |= word is "?";
                continue;
            }

            ulong w = FeatureHash.OfLower(word);
            f[n++] = FeatureHash.Feature(3, w);
            prev = w;
            if (Modals.Contains(word))
            {
                modal = true;
                f[n++] = FeatureHash.Feature(5, w);
            }

            if (Negations.Contains(word))
            {
                negated = true;
            }

            if (token.Pos is { } pos && pos.StartsWith("VB", StringComparison.Ordinal) && !Auxiliaries.Contains(word))
            {
                ulong stem = FeatureHash.OfLower(word.Length > 5 ? word[..5] : word);
                f[n++] = FeatureHash.Feature(6, stem, FeatureHash.Of(pos));

                // The first two full verbs carry the sentence's act ("has blasted", "spoke out against"): their stem and next word.
                if (mainVerbs < 2)
                {
                    mainVerbs++;
                    ulong next = t + 1 < sentence.EndToken ? FeatureHash.OfLower(doc.Slice(tokens[t + 1].Span)) : FeatureHash.End;
                    f[n++] = FeatureHash.Feature(7, stem);
                    f[n++] = FeatureHash.Feature(8, stem, next);
                }
            }

            if (input.Lexicon.Triggers.TryGetValue(word, out var forms))
            {
                ulong coarse = token.Pos is { Length: > 0 } p ? p[0] : '-';
                for (int k = 0; k < forms.Length && k < 3; k++)
                {
                    f[n++] = FeatureHash.Feature(9, FeatureHash.Of(forms[k].Sense.Class), coarse);
                }
            }
        }

        f[n++] = FeatureHash.Feature(10, (modal ? 1UL : 0) | (negated ? 2UL : 0) | (question ? 4UL : 0));
        for (int c = 0; c < Labels.Length; c++)
        {
            ulong bit = 1UL << c;
            if ((input.RuleClasses & bit) != 0)
            {
                f[n++] = FeatureHash.Feature(11, (ulong)c);
            }

            if ((input.EarlierRuleClasses & bit) != 0)
            {
                f[n++] = FeatureHash.Feature(12, (ulong)c);
            }
        }

        // The subject's type: the first entity before the first verb.
        int firstVerb = sentence.EndToken;
        for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            if (tokens[t].Pos is { } pos && pos.StartsWith("VB", StringComparison.Ordinal))
            {
                firstVerb = t;
                break;
            }
        }

        int verbStart = firstVerb < sentence.EndToken ? tokens[firstVerb].Start : sentence.Span.End;
        bool subject = false;
        int entities = 0;
        foreach (var e in input.Entities)
        {
            if (e.Span.End > sentence.Span.End || entities++ >= 8)
            {
                break;
            }

            f[n++] = FeatureHash.Feature(13, FeatureHash.Of(e.Type));
            if (!subject && e.Span.End <= verbStart)
            {
                subject = true;
                f[n++] = FeatureHash.Feature(14, FeatureHash.Of(e.Type));
            }
        }

        bool dated = false;
        foreach (var time in input.Times)
        {
            if (time.Span.Start < sentence.Span.End && time.Type is "DATE" or "TIME" && !dated)
            {
                dated = true;
                f[n++] = FeatureHash.Feature(15, FeatureHash.Of(time.Type));
            }
        }

        int places = 0;
        foreach (var place in input.Places)
        {
            if (place.Span.Start < sentence.Span.End && places++ < 4)
            {
                f[n++] = FeatureHash.Feature(16, FeatureHash.Of(place.Level));
            }
        }

        int quotes = 0;
        foreach (var quote in input.Quotes)
        {
            if (quote.Content.Start >= sentence.Span.End || quotes++ >= 4)
            {
                continue;
            }

            f[n++] = FeatureHash.Feature(17, FeatureHash.Of(quote.Kind));
            if (quote.Cue is { } cue && cue.End <= doc.Text.Length)
            {
                f[n++] = FeatureHash.Feature(18, FeatureHash.OfLower(doc.Slice(cue)));
            }
        }

        int attributions = 0;
        foreach (var a in input.Attributions)
        {
            if (a.Span.Start < sentence.Span.End && attributions++ < 4)
            {
                f[n++] = FeatureHash.Feature(19, FeatureHash.Of(a.Kind));
            }
        }

        return n;
    }

    private static ulong MaskOf(params string[] classes)
    {
        ulong mask = 0;
        foreach (var c in classes)
        {
            mask |= 1UL << Array.IndexOf(Labels, c);
        }

        return mask;
    }

    private static int PositionBucket(int sentence) => sentence switch
    {
        0 => 0,
        1 => 1,
        2 => 2,
        < 6 => 3,
        < 11 => 4,
        < 21 => 5,
        _ => 6,
    };

    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Words(params string[] words)
        => words.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
}
