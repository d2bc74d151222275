using Sitrep.Entities;
using Sitrep.Evaluation;
using Sitrep.Pipeline;

namespace Sitrep.Quotes;

/// <summary>
/// Trains <see cref="AttributionScorer"/> (docs/quotes.md). Its candidates must look as they will at run time, where the
/// cue and span models have never seen the text: so train is cut into folds (documents in name order, document i in fold
/// i mod <c>folds</c>), the two models are trained on the other folds, and the held-out fold's candidates are collected and
/// labelled by whether they match a gold attribution on source+content. Deterministic: the same data and seed give a
/// byte-identical file.
/// </summary>
public static class ScorerTrainer
{
    /// <summary>Features whose averaged weights all stay below this are dropped from the saved model.</summary>
    public const float PruneBelow = 0.05f;

    /// <summary>Folds of the cross-fitting.</summary>
    public const int Folds = 5;

    /// <summary>One candidate: its features and whether it matches a gold attribution.</summary>
    internal readonly record struct Candidate(ulong[] Features, bool Keep);

    /// <summary>One held-out text: its gold count, the source+content score of the stage without the scorer, and its candidates.</summary>
    public sealed class Collected
    {
        internal Collected(int gold, Score plain, Candidate[] candidates)
        {
            Gold = gold;
            Plain = plain;
            Candidates = candidates;
        }

        internal int Gold { get; }

        internal Score Plain { get; }

        internal Candidate[] Candidates { get; }
    }

    /// <summary>
    /// Collects the candidates of every train text with cue and span models trained without its fold; the models are
    /// trained as <see cref="CueTrainer.Train"/> and <see cref="SpanTrainer.Train"/> train the shipped ones.
    /// </summary>
    public static Collected[] CrossFit(
        IReadOnlyList<PolnearDocument> docs,
        IReadOnlyList<CueTrainer.Prepared> cues,
        IReadOnlyList<SpanTrainer.Prepared> spans,
        int cueEpochs,
        int spanEpochs,
        int seed,
        Action<string> log)
    {
        ArgumentNullException.ThrowIfNull(docs);
        ArgumentNullException.ThrowIfNull(cues);
        ArgumentNullException.ThrowIfNull(spans);
        ArgumentNullException.ThrowIfNull(log);
        var collected = new Collected[docs.Count];
        for (int fold = 0; fold < Folds; fold++)
        {
            var cueTrain = new List<CueTrainer.Prepared>();
            var spanTrain = new List<SpanTrainer.Prepared>();
            var held = new List<int>();
            for (int i = 0; i < docs.Count; i++)
            {
                if (i % Folds == fold)
                {
                    held.Add(i);
                }
                else
                {
                    cueTrain.Add(cues[i]);
                    spanTrain.Add(spans[i]);
                }
            }

            var cueModel = CueTrainer.Train(cueTrain, null, cueEpochs, seed, _ => { });
            var spanModel = SpanTrainer.Train(spanTrain, null, spanEpochs, seed, _ => { });
            Parallel.ForEach(held, i => collected[i] = Collect(docs[i], spans[i].Doc, cueModel, spanModel));
            Score plain = default;
            int candidates = 0, keep = 0;
            foreach (int i in held)
            {
                plain += collected[i].Plain;
                candidates += collected[i].Candidates.Length;
                foreach (var c in collected[i].Candidates)
                {
                    keep += c.Keep ? 1 : 0;
                }
            }

            log($"scorer fold {fold + 1}/{Folds}: {held.Count} held-out texts, source+content without scorer {plain}, {candidates} vetted candidates ({keep} right)");
        }

        return collected;
    }

    /// <summary>The candidates of one analyzed text (the quote stage in collecting mode), labelled against its gold.</summary>
    private static Collected Collect(PolnearDocument gold, Document analyzed, CueModel cueModel, SpanModel spanModel)
    {
        analyzed.Quotes.Clear();
        analyzed.Attributions.Clear();
        new QuoteFinder(analyzed, cueModel, spanModel).Run(CancellationToken.None);
        var plain = AttributionEvaluation.ScoreDocument(analyzed, gold.Attributions).SourceContent;

        var features = QuoteFinder.Candidates(analyzed, cueModel, spanModel);
        var score = AttributionEvaluation.ScoreDocument(analyzed, gold.Attributions);
        var candidates = new Candidate[features.Count];
        for (int p = 0; p < features.Count; p++)
        {
            candidates[p] = new Candidate(features[p], score.PredictedMatched[p]);
        }

        analyzed.Quotes.Clear();
        analyzed.Attributions.Clear();
        return new Collected(gold.Attributions.Count, plain, candidates);
    }

    /// <summary>Trains the scorer on the candidates of <paramref name="texts"/> and returns the averaged model of the last epoch.</summary>
    public static AttributionScorer Train(IReadOnlyList<Collected> texts, int epochs, int seed)
    {
        ArgumentNullException.ThrowIfNull(texts);
        if (epochs < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(epochs), "epochs must be at least 1");
        }

        var items = new List<Candidate>();
        foreach (var t in texts)
        {
            items.AddRange(t.Candidates);
        }

        var order = items.ToArray();
        var trainer = new PerceptronTrainer(AttributionScorer.Labels.Length, transitions: false);
        var rng = new Random(seed);
        Span<float> scores = stackalloc float[AttributionScorer.Labels.Length];
        for (int epoch = 1; epoch <= epochs; epoch++)
        {
            rng.Shuffle(order);
            foreach (var c in order)
            {
                trainer.Score(c.Features, scores);
                int guess = scores[AttributionScorer.Keep] > scores[AttributionScorer.Drop] ? AttributionScorer.Keep : AttributionScorer.Drop;
                int truth = c.Keep ? AttributionScorer.Keep : AttributionScorer.Drop;
                if (guess != truth)
                {
                    trainer.Update(c.Features, truth, 1f);
                    trainer.Update(c.Features, guess, -1f);
                }

                trainer.Tick();
            }
        }

        return new AttributionScorer(trainer.Average(AttributionScorer.Kind, AttributionScorer.FeatureVersion, AttributionScorer.Labels, ClusterTable.Empty, PruneBelow));
    }

    /// <summary>
    /// Source+content of <paramref name="texts"/> when the scorer keeps the vetted candidates at or above <paramref name="threshold"/>
    /// (an approximation: the matches were paired with every candidate present).
    /// </summary>
    public static Score Evaluate(AttributionScorer scorer, IReadOnlyList<Collected> texts, float threshold)
    {
        ArgumentNullException.ThrowIfNull(scorer);
        ArgumentNullException.ThrowIfNull(texts);
        Score total = default;
        foreach (var t in texts)
        {
            int tp = 0, predicted = 0;
            foreach (var c in t.Candidates)
            {
                if (scorer.Margin(c.Features) >= threshold)
                {
                    predicted++;
                    tp += c.Keep ? 1 : 0;
                }
            }

            total += new Score(tp, predicted, t.Gold);
        }

        return total;
    }

    /// <summary>The stage without the scorer on <paramref name="texts"/> (source+content).</summary>
    public static Score Plain(IReadOnlyList<Collected> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        Score total = default;
        foreach (var t in texts)
        {
            total += t.Plain;
        }

        return total;
    }
}
