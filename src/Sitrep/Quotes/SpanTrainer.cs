using Sitrep.Entities;
using Sitrep.Pipeline;

namespace Sitrep.Quotes;

/// <summary>
/// Trains <see cref="SpanModel"/> on PolNeAR: one instance per gold attribution with a cue, the window being the
/// sentence of the cue's head token (its last verb, else its first word), each token labelled SOURCE or CONTENT when
/// it lies in the gold source or content, else O. Structured perceptron with the constrained decoder; deterministic
/// (documents in name order, instances shuffled with a seeded generator, weights written in key order).
/// </summary>
public static class SpanTrainer
{
    /// <summary>Features whose averaged weights all stay below this are dropped from the saved model.</summary>
    public const float PruneBelow = 4f;

    /// <summary>One labelled window: the cue head token, the window bounds and a gold label per window token.</summary>
    internal readonly record struct Instance(int Cue, int First, int End, byte[] Labels);

    /// <summary>One analyzed text ready for training: its span context and its instances.</summary>
    public sealed class Prepared
    {
        internal Prepared(SpanContext context, Instance[] instances, Document doc, IReadOnlyList<GoldAttribution> gold)
        {
            Context = context;
            Instances = instances;
            Doc = doc;
            Gold = gold;
        }

        internal SpanContext Context { get; }

        internal Instance[] Instances { get; }

        internal Document Doc { get; }

        internal IReadOnlyList<GoldAttribution> Gold { get; }
    }

    /// <summary>Builds the instances of <paramref name="doc"/> from its text as analyzed (tokens, sentences, tags, entities).</summary>
    public static Prepared Prepare(PolnearDocument doc, Document analyzed)
    {
        ArgumentNullException.ThrowIfNull(doc);
        ArgumentNullException.ThrowIfNull(analyzed);
        var context = new SpanContext(analyzed, new CueContext(analyzed, QuoteFinder.RegionsOf(analyzed)));
        var tokens = analyzed.Tokens;
        var instances = new List<Instance>();
        var gold = new List<GoldAttribution>();
        foreach (var a in doc.Attributions)
        {
            int cue = HeadOf(analyzed, a.Cue);
            if (cue < 0)
            {
                continue;
            }

            var (first, end) = SpanModel.Window(context.Cue, cue);
            var labels = new byte[end - first];
            for (int t = first; t < end; t++)
            {
                if (t == cue || tokens[t].Kind is not (TokenKind.Word or TokenKind.Number))
                {
                    continue;
                }

                labels[t - first] = Inside(tokens[t], a.Content) ? SpanModel.Content : Inside(tokens[t], a.Source) ? SpanModel.Source : SpanModel.Outside;
            }

            // Punctuation inside a span takes the span's label, so that spans stay contiguous.
            for (int i = 1; i + 1 < labels.Length; i++)
            {
                if (labels[i] == SpanModel.Outside && first + i != cue && tokens[first + i].Kind is not (TokenKind.Word or TokenKind.Number)
                    && labels[i - 1] != SpanModel.Outside && labels[i - 1] == labels[i + 1])
                {
                    labels[i] = labels[i - 1];
                }
            }

            instances.Add(new Instance(cue, first, end, labels));
            gold.Add(a);
        }

        return new Prepared(context, [.. instances], analyzed, gold);
    }

    /// <summary>The head token of a cue: its last token tagged as a verb, else its first word; -1 when it covers no word.</summary>
    internal static int HeadOf(Document doc, IReadOnlyList<Span> cue)
    {
        int firstWord = -1, lastVerb = -1;
        var tokens = doc.Tokens;
        foreach (var s in cue)
        {
            for (int t = TokenSearch.FirstEndingAfter(tokens, s.Start); t < tokens.Count && tokens[t].Start < s.End; t++)
            {
                if (tokens[t].Kind != TokenKind.Word)
                {
                    continue;
                }

                if (firstWord < 0 || t < firstWord)
                {
                    firstWord = t;
                }

                if (tokens[t].Pos is { } pos && pos.StartsWith("VB", StringComparison.Ordinal) && t > lastVerb)
                {
                    lastVerb = t;
                }
            }
        }

        return lastVerb >= 0 ? lastVerb : firstWord;
    }

    private static bool Inside(Token token, IReadOnlyList<Span> spans)
    {
        foreach (var s in spans)
        {
            if (token.Start < s.End && token.End > s.Start)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Trains for <paramref name="epochs"/> epochs and returns the averaged model of the last one. When <paramref name="dev"/>
    /// is given, the share of dev attributions whose source and content the model gets right from the gold cue is logged
    /// after each epoch (for reading only: it chooses nothing).
    /// </summary>
    public static SpanModel Train(IReadOnlyList<Prepared> train, IReadOnlyList<Prepared>? dev, int epochs, int seed, Action<string> log)
    {
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(log);
        if (epochs < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(epochs), "epochs must be at least 1");
        }

        var items = new List<(int Doc, int Instance)>();
        for (int d = 0; d < train.Count; d++)
        {
            for (int i = 0; i < train[d].Instances.Length; i++)
            {
                items.Add((d, i));
            }
        }

        var order = items.ToArray();
        const int labelCount = 3;
        var trainer = new PerceptronTrainer(labelCount, transitions: true);
        var rng = new Random(seed);
        var buffers = new SpanBuffers();
        var features = new List<ulong[]>();
        var guess = new byte[64];
        SpanModel? model = null;
        for (int epoch = 1; epoch <= epochs; epoch++)
        {
            rng.Shuffle(order);
            int tokenErrors = 0, tokens = 0;
            foreach (var (d, i) in order)
            {
                var doc = train[d];
                var inst = doc.Instances[i];
                int n = inst.End - inst.First;
                if (guess.Length < n)
                {
                    guess = new byte[Math.Max(n, guess.Length * 2)];
                }

                var between = buffers.Between(n);
                SpanModel.Between(doc.Context, inst.Cue, inst.First, inst.End, between);
                var emissions = buffers.Emissions(n * labelCount);
                while (features.Count < n)
                {
                    features.Add(new ulong[SpanModel.MaxFeatures + 1]);
                }

                for (int k = 0; k < n; k++)
                {
                    var row = features[k];
                    int count = SpanModel.Features(doc.Context, inst.Cue, inst.First + k, between[k], row.AsSpan(1));
                    row[0] = (ulong)count;
                    trainer.Score(row.AsSpan(1, count), emissions.Slice(k * labelCount, labelCount));
                }

                SpanModel.Decode(emissions, trainer.CurrentTransitions, n, inst.Cue - inst.First, guess, buffers);
                bool wrong = false;
                for (int k = 0; k < n; k++)
                {
                    if (guess[k] != inst.Labels[k])
                    {
                        wrong = true;
                        tokenErrors++;
                        var row = features[k].AsSpan(1, (int)features[k][0]);
                        trainer.Update(row, inst.Labels[k], 1f);
                        trainer.Update(row, guess[k], -1f);
                    }
                }

                if (wrong)
                {
                    for (int k = 0; k < n; k++)
                    {
                        int goldPrev = k == 0 ? labelCount : inst.Labels[k - 1];
                        int guessPrev = k == 0 ? labelCount : guess[k - 1];
                        if (goldPrev != guessPrev || inst.Labels[k] != guess[k])
                        {
                            trainer.UpdateTransition(goldPrev, inst.Labels[k], 1f);
                            trainer.UpdateTransition(guessPrev, guess[k], -1f);
                        }
                    }
                }

                tokens += n;
                trainer.Tick();
            }

            model = new SpanModel(trainer.Average(SpanModel.Kind, SpanModel.FeatureVersion, SpanModel.Labels, ClusterTable.Empty, PruneBelow));
            var line = $"span epoch {epoch}: train token errors {100.0 * tokenErrors / Math.Max(1, tokens):F2}%, features {model.FeatureCount}";
            if (dev is not null)
            {
                var (content, both, total) = Evaluate(model, dev);
                line += $", dev from gold cues: content {100.0 * content / Math.Max(1, total):F2}%, source+content {100.0 * both / Math.Max(1, total):F2}% of {total}";
            }

            log(line);
        }

        return model!;
    }

    /// <summary>
    /// Of the attributions with a cue in <paramref name="docs"/>, how many get a matching content, and a matching source
    /// and content (the definitions of <see cref="AttributionEvaluation"/>), when labelled from their gold cue.
    /// </summary>
    public static (int Content, int SourceContent, int Total) Evaluate(SpanModel model, IReadOnlyList<Prepared> docs)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(docs);
        var buffers = new SpanBuffers();
        int content = 0, both = 0, total = 0;
        foreach (var doc in docs)
        {
            var tokens = doc.Doc.Tokens;
            for (int i = 0; i < doc.Instances.Length; i++)
            {
                var inst = doc.Instances[i];
                var labels = new byte[inst.End - inst.First];
                model.Label(doc.Context, inst.Cue, inst.First, inst.End, labels, buffers);
                var (source, text) = SpansOf(tokens, inst.First, labels);
                var q = new Quote(source, tokens[inst.Cue].Span, text ?? tokens[inst.Cue].Span, QuoteKinds.Indirect);
                var scoreDoc = new Document(doc.Doc.Id, doc.Doc.Text, doc.Doc.Published);
                scoreDoc.Tokens.AddRange(tokens);
                if (text is not null)
                {
                    scoreDoc.Quotes.Add(q);
                }

                var s = AttributionEvaluation.ScoreDocument(scoreDoc, [doc.Gold[i]]);
                content += s.Content.TruePositives;
                both += s.SourceContent.TruePositives;
                total++;
            }
        }

        return (content, both, total);
    }

    /// <summary>
    /// Why the labeller's spans miss, from the gold cue, for the attributions of <paramref name="docs"/> (docs/quotes.md):
    /// content absent, on the wrong side of the cue, too long (holds half the gold but is mostly other words), too short
    /// (mostly gold but under half of it), otherwise mismatched; or, with the content right, the source missing, spurious
    /// (the gold has none) or other words.
    /// </summary>
    public static string Breakdown(SpanModel model, IReadOnlyList<Prepared> docs)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(docs);
        var buffers = new SpanBuffers();
        int total = 0, right = 0, absent = 0, side = 0, tooLong = 0, tooShort = 0, other = 0, sourceMissing = 0, sourceSpurious = 0, sourceWrong = 0;
        foreach (var doc in docs)
        {
            var tokens = doc.Doc.Tokens;
            for (int i = 0; i < doc.Instances.Length; i++)
            {
                var inst = doc.Instances[i];
                var gold = doc.Gold[i];
                var labels = new byte[inst.End - inst.First];
                model.Label(doc.Context, inst.Cue, inst.First, inst.End, labels, buffers);
                var (source, content) = SpansOf(tokens, inst.First, labels);
                total++;
                var goldContent = WordTokens(tokens, gold.Content);
                var goldSource = WordTokens(tokens, gold.Source);
                var predContent = content is { } c ? WordTokens(tokens, [c]) : [];
                var predSource = source is { } s ? WordTokens(tokens, [s]) : [];
                int shared = Shared(goldContent, predContent);
                bool coversGold = shared >= AttributionEvaluation.MinContentOverlap * goldContent.Count;
                bool coversPred = shared >= AttributionEvaluation.MinContentOverlap * predContent.Count;
                if (predContent.Count == 0)
                {
                    absent++;
                }
                else if (goldContent.Count > 0 && shared == 0 && (predContent[0] < inst.Cue) != (goldContent[0] < inst.Cue))
                {
                    side++;
                }
                else if (!coversPred && coversGold)
                {
                    tooLong++;
                }
                else if (coversPred && !coversGold)
                {
                    tooShort++;
                }
                else if (!coversPred || !coversGold || goldContent.Count == 0)
                {
                    other++;
                }
                else if (goldSource.Count == 0 ? predSource.Count == 0 : Shared(goldSource, predSource) > 0)
                {
                    right++;
                }
                else if (goldSource.Count == 0)
                {
                    sourceSpurious++;
                }
                else if (predSource.Count == 0)
                {
                    sourceMissing++;
                }
                else
                {
                    sourceWrong++;
                }
            }
        }

        return $"from gold cues, {total} attributions: right {right}; content absent {absent}, wrong side {side}, too long {tooLong}, too short {tooShort}, "
            + $"other {other}; content right but source missing {sourceMissing}, spurious {sourceSpurious}, wrong {sourceWrong}";
    }

    private static List<int> WordTokens(List<Token> tokens, IReadOnlyList<Span> spans)
    {
        var result = new List<int>();
        for (int t = 0; t < tokens.Count; t++)
        {
            if (tokens[t].Kind is (TokenKind.Word or TokenKind.Number) && Inside(tokens[t], spans))
            {
                result.Add(t);
            }
        }

        return result;
    }

    private static int Shared(List<int> a, List<int> b)
    {
        int n = 0;
        foreach (int x in a)
        {
            n += b.BinarySearch(x) >= 0 ? 1 : 0;
        }

        return n;
    }

    /// <summary>The source span and the content cover (first to last content token) of a labelled window, null when absent.</summary>
    internal static (Span? Source, Span? Content) SpansOf(List<Token> tokens, int first, ReadOnlySpan<byte> labels)
    {
        int s0 = -1, s1 = -1, c0 = -1, c1 = -1;
        for (int i = 0; i < labels.Length; i++)
        {
            if (labels[i] == SpanModel.Source)
            {
                s0 = s0 < 0 ? i : s0;
                s1 = i;
            }
            else if (labels[i] == SpanModel.Content)
            {
                c0 = c0 < 0 ? i : c0;
                c1 = i;
            }
        }

        Span? source = s0 < 0 ? null : new Span(tokens[first + s0].Start, tokens[first + s1].End);
        Span? content = c0 < 0 ? null : new Span(tokens[first + c0].Start, tokens[first + c1].End);
        return (source, content);
    }
}
