using System.Globalization;
using System.Text.RegularExpressions;
using Sitrep.Entities;
using Sitrep.Evaluation;
using Sitrep.Pipeline;

namespace Sitrep.Events;

/// <summary>Rules alone and rules with the sentence model, scored on the same articles.</summary>
public sealed record EventSentenceComparison(string Portion, EventEvalResult Rules, EventEvalResult WithModel);

/// <summary>
/// Trains <see cref="EventSentenceModel"/> on the hand-labelled gold events: a (sentence, class) pair is positive when a
/// gold row of that class has its evidence in the sentence (first mentions only: retellings are negatives by the
/// guidelines); every other pair of the article's sentences is negative. The decision threshold is chosen by an inner
/// k-fold over the training articles only, on the event score (class+date+place F1) of the whole coder. Deterministic:
/// articles in name order, a seeded shuffle, weights written in key order.
/// </summary>
public static partial class EventSentenceTrainer
{
    private const int RegexTimeoutMs = 200;

    /// <summary>Features whose averaged weights all stay below this are dropped from the saved model.</summary>
    public const float PruneBelow = 0.01f;

    /// <summary>Step size of the first epoch (it shrinks as 1 / (1 + epoch / 2)).</summary>
    public const float LearningRate = 0.02f;

    /// <summary>L2 decay per step on the rows an example touches.</summary>
    public const float L2 = 1e-3f;

    /// <summary>Folds of the inner cross-validation that chooses the threshold.</summary>
    public const int InnerFolds = 3;

    /// <summary>Candidate thresholds: the margin of the k-th best held-out proposal, pooled over the inner folds (0: none).</summary>
    private static readonly int[] ThresholdRanks = [0, 2, 4, 6, 8, 10, 13, 16, 20, 25, 30, 40, 50, 65, 80, 100, 130, 160, 200, 250, 320];

    /// <summary>Portions never trained or cross-validated on: the held-out test portions (blind-3, blind-4, ... blind-N with N >= 3).</summary>
    public static bool IsHeldOut(string portion)
        => HeldOutPortion().Match(portion) is { Success: true } m && int.Parse(m.Groups[1].ValueSpan, CultureInfo.InvariantCulture) >= 3;

    [GeneratedRegex(@"^blind-(\d{1,6})$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexTimeoutMs)]
    private static partial Regex HeldOutPortion();

    /// <summary>One gold article analyzed by the upstream stages, with the features and labels of its sentences.</summary>
    public sealed class Article
    {
        internal Article(Document doc, IReadOnlyList<GoldEvent> gold, List<Item> items)
        {
            Doc = doc;
            Gold = gold;
            Items = items;
        }

        public Document Doc { get; }

        public IReadOnlyList<GoldEvent> Gold { get; }

        public string Portion => Gold[0].Portion;

        internal List<Item> Items { get; }
    }

    /// <summary>A weight row during training: the weights, their running sum over the averaged steps, and the step of its last change.</summary>
    private sealed class Row(int labels, int stamp)
    {
        public float[] W { get; } = new float[labels];

        public double[] Sum { get; } = new double[labels];

        public int Stamp { get; set; } = stamp;

        public void Accumulate(int step)
        {
            int held = step - Stamp;
            if (held > 0)
            {
                for (int c = 0; c < W.Length; c++)
                {
                    Sum[c] += (double)W[c] * held;
                }
            }

            Stamp = step;
        }
    }

    internal sealed record Item(int Sentence, ulong[] Features, ulong Asked, ulong Labels);

    /// <summary>Records the features the coder computes for each sentence; proposes nothing. One document at a time.</summary>
    private sealed class Recorder : IEventSentenceScorer
    {
        public List<Item> Items { get; } = [];

        public bool Score(in SentenceInput input, Span<float> margins)
        {
            var buffer = new ulong[EventSentenceModel.MaxFeatures(input.Doc.Sentences[input.Index])];
            int n = EventSentenceModel.Features(input, buffer);
            Items.Add(new Item(input.Index, buffer[..n], input.Asked, 0));
            return false;
        }
    }

    /// <summary>
    /// Prepares one article: <paramref name="analyzed"/> has been through the stages before events; its gold rows must
    /// all name it. The rule coder runs once to give the features their rule drafts.
    /// </summary>
    public static Article Prepare(Document analyzed, IReadOnlyList<GoldEvent> gold)
    {
        ArgumentNullException.ThrowIfNull(analyzed);
        ArgumentNullException.ThrowIfNull(gold);
        if (gold.Count == 0)
        {
            throw new ArgumentException("an article needs at least one gold row (NONE for an article without events)", nameof(gold));
        }

        var recorder = new Recorder();
        analyzed.Events.Clear();
        new EventStage(new EventOptions { SentenceScorer = recorder }).Process(analyzed, CancellationToken.None);
        analyzed.Events.Clear();
        var labels = new ulong[analyzed.Sentences.Count];
        foreach (var g in gold)
        {
            if (g.Class == GoldEvent.NoEvent || !EventSentenceModel.ClassIndex.TryGetValue(g.Class, out int c))
            {
                continue;
            }

            int best = -1, bestOverlap = 0;
            for (int s = 0; s < analyzed.Sentences.Count; s++)
            {
                var span = analyzed.Sentences[s].Span;
                int overlap = Math.Min(span.End, g.Evidence.End) - Math.Max(span.Start, g.Evidence.Start);
                if (overlap > bestOverlap)
                {
                    best = s;
                    bestOverlap = overlap;
                }
            }

            if (best >= 0)
            {
                labels[best] |= 1UL << c;
            }
        }

        var items = new List<Item>(recorder.Items.Count);
        foreach (var item in recorder.Items)
        {
            items.Add(item with { Labels = labels[item.Sentence] });
        }

        return new Article(analyzed, gold, items);
    }

    /// <summary>Trains on <paramref name="train"/> and chooses the threshold by an inner cross-validation over the same articles.</summary>
    public static EventSentenceModel Train(IReadOnlyList<Article> train, int epochs, int seed, Action<string> log)
    {
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(log);
        var raw = TrainRaw(train, epochs, seed);
        float threshold = ChooseThreshold(train, epochs, seed, log);
        return raw.WithThreshold(threshold);
    }

    /// <summary>
    /// Logistic regression per class by stochastic gradient descent with L2 decay on the touched rows, averaged over the
    /// last epoch's steps: the margin is the log-odds that the sentence reports a first mention of the class.
    /// </summary>
    internal static EventSentenceModel TrainRaw(IReadOnlyList<Article> train, int epochs, int seed)
    {
        if (epochs < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(epochs), "epochs must be at least 1");
        }

        var order = new List<(int Article, int Item)>();
        for (int a = 0; a < train.Count; a++)
        {
            for (int i = 0; i < train[a].Items.Count; i++)
            {
                order.Add((a, i));
            }
        }

        var items = order.ToArray();
        int labels = EventSentenceModel.Labels.Length;
        var rows = new Dictionary<ulong, Row>();
        var rng = new Random(seed);
        Span<float> z = stackalloc float[labels];
        Span<float> g = stackalloc float[labels];
        int step = 0, averageFrom = 0;
        for (int epoch = 1; epoch <= epochs; epoch++)
        {
            rng.Shuffle(items);
            float rate = LearningRate / (1 + (0.5f * (epoch - 1)));
            if (epoch == epochs)
            {
                averageFrom = step;
                foreach (var row in rows.Values)
                {
                    row.Stamp = step;
                    Array.Clear(row.Sum);
                }
            }

            foreach (var (a, i) in items)
            {
                var item = train[a].Items[i];
                z.Clear();
                foreach (ulong f in item.Features)
                {
                    if (rows.TryGetValue(f, out var row))
                    {
                        for (int c = 0; c < labels; c++)
                        {
                            z[c] += row.W[c];
                        }
                    }
                }

                for (int c = 0; c < labels; c++)
                {
                    // Only the decision the coder asks for: a proposed class the rules did not code in this sentence.
                    ulong bit = 1UL << c;
                    bool asked = (item.Asked & bit) != 0;
                    float y = (item.Labels & bit) != 0 ? 1f : 0f;
                    g[c] = asked ? rate * (y - (1f / (1f + MathF.Exp(-z[c])))) : 0f;
                }

                foreach (ulong f in item.Features)
                {
                    if (!rows.TryGetValue(f, out var row))
                    {
                        row = new Row(labels, step);
                        rows[f] = row;
                    }

                    // The weights held since the row last changed count once per step in the average (lazy averaging).
                    row.Accumulate(step);
                    for (int c = 0; c < labels; c++)
                    {
                        row.W[c] += g[c] - (rate * L2 * row.W[c]);
                    }
                }

                step++;
            }
        }

        int span = Math.Max(1, step - averageFrom);
        var keys = new List<ulong>(rows.Count);
        foreach (var (key, row) in rows)
        {
            row.Accumulate(step);
            double max = 0;
            for (int c = 0; c < labels; c++)
            {
                max = Math.Max(max, Math.Abs(row.Sum[c] / span));
            }

            if (max >= PruneBelow || key == EventSentenceModel.BiasKey)
            {
                keys.Add(key);
            }
        }

        keys.Sort();
        var flat = new float[keys.Count * labels];
        for (int r = 0; r < keys.Count; r++)
        {
            var sum = rows[keys[r]].Sum;
            for (int c = 0; c < labels; c++)
            {
                flat[(r * labels) + c] = (float)(Half)(float)(sum[c] / span);
            }
        }

        return new EventSentenceModel(new LinearModel(EventSentenceModel.Kind, EventSentenceModel.FeatureVersion, EventSentenceModel.Labels, [.. keys], flat, null, ClusterTable.Empty));
    }

    /// <summary>
    /// The threshold that maximizes class+date+place F1 of the whole coder over the held-out parts of an inner k-fold of
    /// <paramref name="train"/>; ties go to the higher threshold (fewer proposals).
    /// </summary>
    internal static float ChooseThreshold(IReadOnlyList<Article> train, int epochs, int seed, Action<string> log)
    {
        var models = new EventSentenceModel[InnerFolds];
        var margins = new List<float>();
        var ranked = new List<(float Margin, bool Gold)>();
        Span<float> scores = stackalloc float[EventSentenceModel.Labels.Length];
        for (int k = 0; k < InnerFolds; k++)
        {
            var (inner, held) = Split(train, InnerFolds, k);
            models[k] = TrainRaw(inner, epochs, seed);
            foreach (var article in held)
            {
                foreach (var item in article.Items)
                {
                    models[k].Model.Score(item.Features, scores);
                    for (int c = 0; c < scores.Length; c++)
                    {
                        if ((item.Asked & (1UL << c)) != 0)
                        {
                            margins.Add(scores[c]);
                            ranked.Add((scores[c], (item.Labels & (1UL << c)) != 0));
                        }
                    }
                }
            }
        }

        margins.Sort((x, y) => y.CompareTo(x));
        ranked.Sort((x, y) => y.Margin.CompareTo(x.Margin));
        int hits = 0, total = 0;
        foreach (var r in ranked)
        {
            total += r.Gold ? 1 : 0;
        }

        for (int i = 0; i < ranked.Count && i < 400; i++)
        {
            hits += ranked[i].Gold ? 1 : 0;
            if (i + 1 is 10 or 25 or 50 or 100 or 200 or 400)
            {
                log($"  held-out (sentence, class) pairs the rules did not code: {hits} of the top {i + 1} are gold ({total} gold in all), margin {ranked[i].Margin:F2}");
            }
        }

        float none = (margins.Count > 0 ? margins[0] : 0) + 1;
        float best = none;
        double bestF1 = -1;
        foreach (int rank in ThresholdRanks)
        {
            float threshold = rank == 0 ? none : margins[Math.Min(rank, margins.Count) - 1] - 1e-3f;
            var strict = default(Score);
            for (int k = 0; k < InnerFolds; k++)
            {
                var (_, held) = Split(train, InnerFolds, k);
                strict += Evaluate(held, models[k].WithThreshold(threshold)).Strict;
            }

            log($"  threshold {threshold:F2} (rank {rank}): inner class+date+place {strict}");
            if (strict.F1 > bestF1 + 1e-9)
            {
                bestF1 = strict.F1;
                best = threshold;
            }

            if (rank > margins.Count)
            {
                break;
            }
        }

        log($"  chosen threshold {best:F2} (inner class+date+place F1 {bestF1:F2})");
        return best;
    }

    /// <summary>Articles of fold <paramref name="k"/> (every <paramref name="folds"/>-th in the given order) held out, the rest kept.</summary>
    internal static (List<Article> Train, List<Article> Held) Split(IReadOnlyList<Article> articles, int folds, int k)
    {
        var train = new List<Article>();
        var held = new List<Article>();
        for (int i = 0; i < articles.Count; i++)
        {
            (i % folds == k ? held : train).Add(articles[i]);
        }

        return (train, held);
    }

    /// <summary>Codes the articles with the rules and <paramref name="model"/> (null: rules alone) and scores them against their gold rows.</summary>
    public static EventEvalResult Evaluate(IReadOnlyList<Article> articles, EventSentenceModel? model)
        => EventEvaluation.Evaluate(Code(articles, model));

    private static List<(IReadOnlyList<GoldEvent>, IReadOnlyList<Event>)> Code(IReadOnlyList<Article> articles, EventSentenceModel? model)
    {
        var stage = new EventStage(new EventOptions { UseSentenceModel = false, SentenceScorer = model });
        var pairs = new List<(IReadOnlyList<GoldEvent>, IReadOnlyList<Event>)>(articles.Count);
        foreach (var article in articles)
        {
            stage.Process(article.Doc, CancellationToken.None);
            pairs.Add((article.Gold, [.. article.Doc.Events]));
            article.Doc.Events.Clear();
        }

        return pairs;
    }

    /// <summary>
    /// k-fold cross-validation by article: each fold is coded by the rules alone and by the rules with a model trained (and
    /// its threshold chosen) on the other folds only. Returns the whole set first, then each portion.
    /// </summary>
    public static List<EventSentenceComparison> CrossValidate(IReadOnlyList<Article> articles, int folds, int epochs, int seed, Action<string> log)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(log);
        if (folds < 2 || folds > articles.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(folds), $"folds must be between 2 and the article count ({articles.Count})");
        }

        var rules = new List<(IReadOnlyList<GoldEvent>, IReadOnlyList<Event>)>();
        var withModel = new List<(IReadOnlyList<GoldEvent>, IReadOnlyList<Event>)>();
        for (int k = 0; k < folds; k++)
        {
            var (train, held) = Split(articles, folds, k);
            log($"fold {k + 1}/{folds}: training on {train.Count} articles, testing on {held.Count}");
            var model = Train(train, epochs, seed, log);
            var r = Code(held, null);
            var m = Code(held, model);
            log($"fold {k + 1}: rules {EventEvaluation.Evaluate(r).Strict}, with model {EventEvaluation.Evaluate(m).Strict}");
            rules.AddRange(r);
            withModel.AddRange(m);
        }

        var result = new List<EventSentenceComparison>
        {
            new("all", EventEvaluation.Evaluate(rules), EventEvaluation.Evaluate(withModel)),
        };
        var portions = new List<string>();
        foreach (var (gold, _) in rules)
        {
            if (!portions.Contains(gold[0].Portion))
            {
                portions.Add(gold[0].Portion);
            }
        }

        foreach (var portion in portions)
        {
            var r = new List<(IReadOnlyList<GoldEvent>, IReadOnlyList<Event>)>();
            var m = new List<(IReadOnlyList<GoldEvent>, IReadOnlyList<Event>)>();
            for (int i = 0; i < rules.Count; i++)
            {
                if (rules[i].Item1[0].Portion == portion)
                {
                    r.Add(rules[i]);
                    m.Add(withModel[i]);
                }
            }

            result.Add(new(portion, EventEvaluation.Evaluate(r), EventEvaluation.Evaluate(m)));
        }

        return result;
    }
}
