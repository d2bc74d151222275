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
public static class EventSentenceTrainer
{
    /// <summary>Features whose averaged weights all stay below this are dropped from the saved model.</summary>
    public const float PruneBelow = 0.05f;

    /// <summary>Folds of the inner cross-validation that chooses the threshold.</summary>
    public const int InnerFolds = 3;

    /// <summary>Candidate thresholds: the margin of the k-th best held-out proposal, pooled over the inner folds (0: none).</summary>
    private static readonly int[] ThresholdRanks = [0, 2, 4, 6, 8, 10, 13, 16, 20, 25, 30, 40, 50, 65, 80, 100, 130, 160];

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

    internal sealed record Item(int Sentence, ulong[] Features, ulong RuleClasses, ulong Labels);

    /// <summary>Records the features the coder computes for each sentence; proposes nothing. One document at a time.</summary>
    private sealed class Recorder : IEventSentenceScorer
    {
        public List<Item> Items { get; } = [];

        public bool Score(in SentenceInput input, Span<float> margins)
        {
            var buffer = new ulong[EventSentenceModel.MaxFeatures(input.Doc.Sentences[input.Index])];
            int n = EventSentenceModel.Features(input, buffer);
            Items.Add(new Item(input.Index, buffer[..n], input.RuleClasses, 0));
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

    /// <summary>The averaged perceptron of the last epoch, threshold zero: one binary decision per class and sentence.</summary>
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
        var trainer = new PerceptronTrainer(labels, transitions: false);
        var rng = new Random(seed);
        Span<float> scores = stackalloc float[labels];
        for (int epoch = 1; epoch <= epochs; epoch++)
        {
            rng.Shuffle(items);
            foreach (var (a, i) in items)
            {
                var item = train[a].Items[i];
                trainer.Score(item.Features, scores);
                for (int c = 0; c < labels; c++)
                {
                    bool truth = (item.Labels & (1UL << c)) != 0;
                    if (truth ? scores[c] <= 0 : scores[c] >= 0)
                    {
                        trainer.Update(item.Features, c, truth ? 1f : -1f);
                    }
                }

                trainer.Tick();
            }
        }

        return new EventSentenceModel(trainer.Average(EventSentenceModel.Kind, EventSentenceModel.FeatureVersion, EventSentenceModel.Labels, ClusterTable.Empty, PruneBelow));
    }

    /// <summary>
    /// The threshold that maximizes class+date+place F1 of the whole coder over the held-out parts of an inner k-fold of
    /// <paramref name="train"/>; ties go to the higher threshold (fewer proposals).
    /// </summary>
    internal static float ChooseThreshold(IReadOnlyList<Article> train, int epochs, int seed, Action<string> log)
    {
        var models = new EventSentenceModel[InnerFolds];
        var margins = new List<float>();
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
                        if ((item.RuleClasses & (1UL << c)) == 0 && scores[c] > 0)
                        {
                            margins.Add(scores[c]);
                        }
                    }
                }
            }
        }

        margins.Sort((x, y) => y.CompareTo(x));
        float none = (margins.Count > 0 ? margins[0] : 0) + 1;
        float best = none;
        double bestF1 = -1;
        foreach (int rank in ThresholdRanks)
        {
            float threshold = rank == 0 ? none : rank <= margins.Count ? margins[rank - 1] - 1e-3f : 0;
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
