using Sitrep.Entities;
using Sitrep.Pipeline;

namespace Sitrep.Events;

/// <summary>
/// Trains <see cref="EventModel"/> on the gold file's development articles: each event the rule coder proposes is a
/// positive when the evaluation's pairing (<see cref="EventEvaluation.Pair"/>) gives it a gold event of its class, else a
/// negative. A binary averaged perceptron; the keep threshold is chosen by an inner cross-validation over the training
/// articles (the one that maximizes class+date+place F1 of their out-of-fold decisions) and folded into the bias.
/// Deterministic: articles in gold-file order, a seeded shuffle, weights written in key order.
/// </summary>
public static class EventTrainer
{
    /// <summary>Features whose averaged weight stays below this are dropped from the saved model.</summary>
    public const float PruneBelow = 1e-3f;

    /// <summary>Training settings. The defaults are what the shipped model was trained with.</summary>
    public sealed record Settings(int Epochs = 10, int Seed = 1, int InnerFolds = 4, bool StrictLabels = false, double L2 = 0);

    /// <summary>One analyzed gold article: its rule events, their features and labels.</summary>
    public sealed class Prepared
    {
        internal Prepared(string file, string portion, IReadOnlyList<GoldEvent> gold, IReadOnlyList<Event> events, ulong[][] features, bool[] labels, bool[] strictLabels)
        {
            StrictLabels = strictLabels;
            File = file;
            Portion = portion;
            Gold = gold;
            Events = events;
            Features = features;
            Labels = labels;
        }

        public string File { get; }

        public string Portion { get; }

        public IReadOnlyList<GoldEvent> Gold { get; }

        /// <summary>What the rule coder proposed, in text order.</summary>
        public IReadOnlyList<Event> Events { get; }

        internal ulong[][] Features { get; }

        /// <summary>Per event: true when the evaluation pairs it with a gold event of its class.</summary>
        public bool[] Labels { get; }

        /// <summary>Per event: true when the evaluation pairs it with a gold event of its class, date and place.</summary>
        public bool[] StrictLabels { get; }
    }

    /// <summary>The cross-validated comparison of <see cref="CrossValidate"/>: the rules alone and rules + filter, same articles.</summary>
    public sealed record CrossValidation(
        IReadOnlyList<(IReadOnlyList<GoldEvent> Gold, IReadOnlyList<Event> Predicted, string Portion)> Rules,
        IReadOnlyList<(IReadOnlyList<GoldEvent> Gold, IReadOnlyList<Event> Predicted, string Portion)> Filtered);

    /// <summary>Labels the rule events of <paramref name="analyzed"/> (analyzed with the rules alone) against its gold rows.</summary>
    public static Prepared Prepare(Document analyzed, IReadOnlyList<GoldEvent> gold)
    {
        ArgumentNullException.ThrowIfNull(analyzed);
        ArgumentNullException.ThrowIfNull(gold);
        if (gold.Count == 0)
        {
            throw new ArgumentException("an article needs at least one gold row (NONE for an article without events)", nameof(gold));
        }

        var events = analyzed.Events.ToArray();
        var (goldOf, strict) = EventEvaluation.Pair(gold, events);
        var context = new EventContext(analyzed, events);
        var features = new ulong[events.Length][];
        var labels = new bool[events.Length];
        Span<ulong> f = stackalloc ulong[EventModel.MaxFeatures];
        for (int i = 0; i < events.Length; i++)
        {
            int n = EventModel.Features(context, i, f);
            features[i] = f[..n].ToArray();
            labels[i] = goldOf[i] >= 0;
        }

        return new Prepared(analyzed.Id, gold[0].Portion, gold, events, features, labels, strict);
    }

    /// <summary>Trains on <paramref name="train"/> with a threshold chosen by inner cross-validation over its articles.</summary>
    public static EventModel Train(IReadOnlyList<Prepared> train, Settings settings, Action<string>? log = null)
    {
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(settings);
        float threshold = ChooseThreshold(train, settings, log);
        return Fit(train, settings, threshold);
    }

    /// <summary>
    /// <paramref name="folds"/>-fold cross-validation over articles: each fold is decided by a model trained (threshold
    /// included) on the other folds' articles only. Returns, per article, the rule events and the kept ones.
    /// </summary>
    public static CrossValidation CrossValidate(IReadOnlyList<Prepared> docs, int folds, Settings settings)
    {
        ArgumentNullException.ThrowIfNull(docs);
        ArgumentNullException.ThrowIfNull(settings);
        var fold = Folds(docs.Count, folds, settings.Seed);
        var kept = new IReadOnlyList<Event>[docs.Count];
        for (int k = 0; k < folds; k++)
        {
            var train = new List<Prepared>();
            for (int d = 0; d < docs.Count; d++)
            {
                if (fold[d] != k)
                {
                    train.Add(docs[d]);
                }
            }

            var model = Train(train, settings);
            for (int d = 0; d < docs.Count; d++)
            {
                if (fold[d] == k)
                {
                    kept[d] = Decide(model, docs[d]);
                }
            }
        }

        var rules = new List<(IReadOnlyList<GoldEvent>, IReadOnlyList<Event>, string)>(docs.Count);
        var filtered = new List<(IReadOnlyList<GoldEvent>, IReadOnlyList<Event>, string)>(docs.Count);
        for (int d = 0; d < docs.Count; d++)
        {
            rules.Add((docs[d].Gold, docs[d].Events, docs[d].Portion));
            filtered.Add((docs[d].Gold, kept[d], docs[d].Portion));
        }

        return new CrossValidation(rules, filtered);
    }

    /// <summary>The events of a prepared article that <paramref name="model"/> keeps.</summary>
    public static IReadOnlyList<Event> Decide(EventModel model, Prepared doc)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(doc);
        var kept = new List<Event>(doc.Events.Count);
        Span<float> scores = stackalloc float[EventModel.Labels.Length];
        for (int i = 0; i < doc.Events.Count; i++)
        {
            model.Model.Score(doc.Features[i], scores);
            if (scores[EventModel.Keep] - scores[EventModel.Drop] > 0)
            {
                kept.Add(doc.Events[i]);
            }
        }

        return kept;
    }

    /// <summary>Article → fold: a seeded shuffle of the article order dealt round-robin.</summary>
    internal static int[] Folds(int count, int folds, int seed)
    {
        if (folds < 2 || folds > count)
        {
            throw new ArgumentOutOfRangeException(nameof(folds), $"folds must be between 2 and the article count ({count})");
        }

        var order = new int[count];
        for (int i = 0; i < count; i++)
        {
            order[i] = i;
        }

        new Random(seed).Shuffle(order);
        var fold = new int[count];
        for (int i = 0; i < count; i++)
        {
            fold[order[i]] = i % folds;
        }

        return fold;
    }

    /// <summary>
    /// The keep threshold: out-of-fold margins of the training events (inner folds), then the cut between two sorted margins
    /// (or below all of them: keep everything, the rules alone) that gives the best class+date+place F1 over the training
    /// articles; ties go to the lower cut, which keeps more of the rules' output.
    /// </summary>
    private static float ChooseThreshold(IReadOnlyList<Prepared> train, Settings settings, Action<string>? log)
    {
        int inner = Math.Min(settings.InnerFolds, train.Count);
        var fold = Folds(train.Count, inner, settings.Seed + 1);
        var margins = new float[train.Count][];
        Span<float> scores = stackalloc float[EventModel.Labels.Length];
        for (int k = 0; k < inner; k++)
        {
            var part = new List<Prepared>();
            for (int d = 0; d < train.Count; d++)
            {
                if (fold[d] != k)
                {
                    part.Add(train[d]);
                }
            }

            var model = Fit(part, settings, 0f);
            for (int d = 0; d < train.Count; d++)
            {
                if (fold[d] != k)
                {
                    continue;
                }

                margins[d] = new float[train[d].Events.Count];
                for (int i = 0; i < margins[d].Length; i++)
                {
                    model.Model.Score(train[d].Features[i], scores);
                    margins[d][i] = scores[EventModel.Keep] - scores[EventModel.Drop];
                }
            }
        }

        var all = new List<float>();
        foreach (var m in margins)
        {
            all.AddRange(m);
        }

        all.Sort();
        var cuts = new List<float> { float.NegativeInfinity };
        for (int i = 0; i + 1 < all.Count; i++)
        {
            if (all[i] < all[i + 1])
            {
                cuts.Add((all[i] + all[i + 1]) / 2);
            }
        }

        float best = float.NegativeInfinity;
        double bestF1 = -1;
        var pairs = new (IReadOnlyList<GoldEvent>, IReadOnlyList<Event>)[train.Count];
        foreach (float cut in cuts)
        {
            for (int d = 0; d < train.Count; d++)
            {
                var kept = new List<Event>();
                for (int i = 0; i < margins[d].Length; i++)
                {
                    if (margins[d][i] > cut)
                    {
                        kept.Add(train[d].Events[i]);
                    }
                }

                pairs[d] = (train[d].Gold, kept);
            }

            double f1 = EventEvaluation.Evaluate(pairs).Strict.F1;
            if (f1 > bestF1 + 1e-9)
            {
                bestF1 = f1;
                best = cut;
            }
        }

        log?.Invoke($"events threshold {best:F3}: inner cross-validated class+date+place F1 {bestF1:F2} over {train.Count} training articles");

        // Below every margin means keep everything; a finite bias shift a little under the lowest margin does the same.
        return float.IsNegativeInfinity(best) ? (all.Count > 0 ? all[0] - 1f : -1f) : best;
    }

    public static int[] FoldsOf(int count, int folds, int seed) => Folds(count, folds, seed);

    public static Func<Prepared, int, float> TrainRaw(IReadOnlyList<Prepared> train, Settings settings)
    {
        var model = Fit(train, settings, 0f);
        return (d, e) =>
        {
            Span<float> scores = stackalloc float[2];
            model.Model.Score(d.Features[e], scores);
            return scores[1] - scores[0];
        };
    }

    /// <summary>The averaged binary perceptron, with <paramref name="threshold"/> subtracted from the bias weight.</summary>
    private static EventModel Fit(IReadOnlyList<Prepared> train, Settings settings, float threshold)
        => settings.L2 > 0 ? FitLogistic(train, settings, threshold) : FitPerceptron(train, settings, threshold);

    private static EventModel FitLogistic(IReadOnlyList<Prepared> train, Settings settings, float threshold)
    {
        var w = new Dictionary<ulong, double>();
        var grad = new Dictionary<ulong, double>();
        int count = 0;
        foreach (var d in train) { count += d.Events.Count; }
        for (int it = 0; it < 300; it++)
        {
            grad.Clear();
            foreach (var d in train)
            {
                for (int i = 0; i < d.Events.Count; i++)
                {
                    double z = 0;
                    foreach (ulong k in d.Features[i]) { z += w.GetValueOrDefault(k); }
                    double y = (settings.StrictLabels ? d.StrictLabels[i] : d.Labels[i]) ? 1 : 0;
                    double g = (1 / (1 + Math.Exp(-z))) - y;
                    foreach (ulong k in d.Features[i]) { grad[k] = grad.GetValueOrDefault(k) + g; }
                }
            }

            foreach (var (k, g) in grad)
            {
                double wk = w.GetValueOrDefault(k);
                double reg = k == EventModel.Bias ? 0 : settings.L2 * wk;
                w[k] = wk - (0.5 * ((g / count) + reg));
            }
        }

        var keys = w.Keys.ToList();
        if (!w.ContainsKey(EventModel.Bias)) { keys.Add(EventModel.Bias); }
        keys.Sort();
        var weights = new float[keys.Count * 2];
        for (int i = 0; i < keys.Count; i++)
        {
            weights[(i * 2) + 1] = (float)(Half)(float)(w.GetValueOrDefault(keys[i]) - (keys[i] == EventModel.Bias ? threshold : 0));
        }

        return new EventModel(new LinearModel(EventModel.Kind, EventModel.FeatureVersion, EventModel.Labels, [.. keys], weights, null, ClusterTable.Empty));
    }

    private static EventModel FitPerceptron(IReadOnlyList<Prepared> train, Settings settings, float threshold)
    {
        var items = new List<(int Doc, int Event)>();
        for (int d = 0; d < train.Count; d++)
        {
            for (int i = 0; i < train[d].Events.Count; i++)
            {
                items.Add((d, i));
            }
        }

        var order = items.ToArray();
        var w = new Dictionary<ulong, double>();
        var u = new Dictionary<ulong, double>();
        var rng = new Random(settings.Seed);
        long c = 1;
        for (int epoch = 0; epoch < settings.Epochs; epoch++)
        {
            rng.Shuffle(order);
            foreach (var (d, i) in order)
            {
                var f = train[d].Features[i];
                double margin = 0;
                foreach (ulong key in f)
                {
                    margin += w.GetValueOrDefault(key);
                }

                int y = (settings.StrictLabels ? train[d].StrictLabels[i] : train[d].Labels[i]) ? 1 : -1;
                if (y * margin <= 0)
                {
                    foreach (ulong key in f)
                    {
                        w[key] = w.GetValueOrDefault(key) + y;
                        u[key] = u.GetValueOrDefault(key) + (c * y);
                    }
                }

                c++;
            }
        }

        var keys = new List<ulong>();
        foreach (var (key, weight) in w)
        {
            double average = weight - (u[key] / c) - (key == EventModel.Bias ? threshold : 0);
            if (Math.Abs(average) >= PruneBelow || key == EventModel.Bias)
            {
                keys.Add(key);
            }
        }

        if (!w.ContainsKey(EventModel.Bias))
        {
            keys.Add(EventModel.Bias);
        }

        keys.Sort();
        var weights = new float[keys.Count * EventModel.Labels.Length];
        for (int i = 0; i < keys.Count; i++)
        {
            ulong key = keys[i];
            double average = w.GetValueOrDefault(key) - (u.GetValueOrDefault(key) / c) - (key == EventModel.Bias ? threshold : 0);
            weights[(i * EventModel.Labels.Length) + EventModel.Keep] = (float)(Half)(float)average;
        }

        return new EventModel(new LinearModel(EventModel.Kind, EventModel.FeatureVersion, EventModel.Labels, [.. keys], weights, null, ClusterTable.Empty));
    }
}
