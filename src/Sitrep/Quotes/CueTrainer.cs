using Sitrep.Entities;
using Sitrep.Evaluation;
using Sitrep.Pipeline;

namespace Sitrep.Quotes;

/// <summary>
/// Trains <see cref="CueModel"/> on PolNeAR: the head word of each gold cue (its last verb, else its first word, as
/// <see cref="SpanTrainer.HeadOf"/>) is a positive, the other words of a cue are left out, every other word token is a negative. Deterministic: documents are analyzed in name order, token order is shuffled with a seeded
/// generator and the weights are written in key order, so the same data and seed give a byte-identical file.
/// </summary>
public static class CueTrainer
{
    /// <summary>Features whose averaged weights all stay below this are dropped from the saved model.</summary>
    public const float PruneBelow = 0.5f;

    /// <summary>One analyzed text ready for training: its cue context and gold label per token (-1 for non-words and the non-head words of a cue).</summary>
    public sealed class Prepared
    {
        internal Prepared(CueContext context, sbyte[] labels)
        {
            Context = context;
            Labels = labels;
        }

        internal CueContext Context { get; }

        internal sbyte[] Labels { get; }
    }

    /// <summary>Labels the tokens of <paramref name="doc"/> as analyzed (tokens, sentences, tags).</summary>
    public static Prepared Prepare(PolnearDocument doc, Document analyzed)
    {
        ArgumentNullException.ThrowIfNull(doc);
        ArgumentNullException.ThrowIfNull(analyzed);
        var inCue = new bool[doc.Text.Length + 1];
        foreach (var a in doc.Attributions)
        {
            foreach (var s in a.Cue)
            {
                for (int i = Math.Max(0, s.Start); i < Math.Min(s.End, doc.Text.Length); i++)
                {
                    inCue[i] = true;
                }
            }
        }

        // The stage asks the model about cue heads only, so the other words of a multi-word cue ("has", "also",
        // "reporters" of "has also told reporters") are left out of training rather than taught as cues.
        var tokens = analyzed.Tokens;
        var labels = new sbyte[tokens.Count];
        for (int t = 0; t < tokens.Count; t++)
        {
            bool cue = false;
            for (int i = tokens[t].Start; i < tokens[t].End && !cue; i++)
            {
                cue = inCue[i];
            }

            labels[t] = tokens[t].Kind != TokenKind.Word || cue ? (sbyte)-1 : (sbyte)CueModel.Outside;
        }

        foreach (var a in doc.Attributions)
        {
            int head = SpanTrainer.HeadOf(analyzed, a.Cue);
            if (head >= 0)
            {
                labels[head] = CueModel.Cue;
            }
        }

        return new Prepared(new CueContext(analyzed, QuoteFinder.RegionsOf(analyzed)), labels);
    }

    /// <summary>
    /// Trains for <paramref name="epochs"/> epochs and returns the averaged model of the last one. When <paramref name="dev"/>
    /// is given, the cue-head P/R/F1 on it is logged after each epoch (for reading only: it chooses nothing).
    /// </summary>
    public static CueModel Train(IReadOnlyList<Prepared> train, IReadOnlyList<Prepared>? dev, int epochs, int seed, Action<string> log)
    {
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(log);
        if (epochs < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(epochs), "epochs must be at least 1");
        }

        var order = new List<(int Doc, int Token)>();
        for (int d = 0; d < train.Count; d++)
        {
            var labels = train[d].Labels;
            for (int t = 0; t < labels.Length; t++)
            {
                if (labels[t] >= 0)
                {
                    order.Add((d, t));
                }
            }
        }

        var items = order.ToArray();
        var trainer = new PerceptronTrainer(CueModel.Labels.Length, transitions: false);
        var rng = new Random(seed);
        Span<ulong> f = stackalloc ulong[CueModel.MaxFeatures];
        Span<float> scores = stackalloc float[CueModel.Labels.Length];
        CueModel? model = null;
        for (int epoch = 1; epoch <= epochs; epoch++)
        {
            rng.Shuffle(items);
            int errors = 0;
            foreach (var (d, t) in items)
            {
                var doc = train[d];
                int n = CueModel.Features(doc.Context, t, f);
                trainer.Score(f[..n], scores);
                int guess = scores[CueModel.Cue] > scores[CueModel.Outside] ? CueModel.Cue : CueModel.Outside;
                int truth = doc.Labels[t];
                if (guess != truth)
                {
                    trainer.Update(f[..n], truth, 1f);
                    trainer.Update(f[..n], guess, -1f);
                    errors++;
                }

                trainer.Tick();
            }

            model = new CueModel(trainer.Average(CueModel.Kind, CueModel.FeatureVersion, CueModel.Labels, ClusterTable.Empty, PruneBelow));
            var line = $"cue epoch {epoch}: train errors {100.0 * errors / Math.Max(1, items.Length):F2}%, features {model.FeatureCount}";
            if (dev is not null)
            {
                var s = Evaluate(model, dev);
                line += $", dev cue heads P {s.Precision:F2} R {s.Recall:F2} F1 {s.F1:F2}";
            }

            log(line);
        }

        return model!;
    }

    /// <summary>Cue-head detection score of <paramref name="model"/> on prepared texts (a positive margin on a gold cue head is right).</summary>
    public static Score Evaluate(CueModel model, IReadOnlyList<Prepared> docs)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(docs);
        Score score = default;
        foreach (var doc in docs)
        {
            int tp = 0, predicted = 0, gold = 0;
            for (int t = 0; t < doc.Labels.Length; t++)
            {
                if (doc.Labels[t] < 0)
                {
                    continue;
                }

                bool guess = model.Margin(doc.Context, t) > 0;
                bool truth = doc.Labels[t] == CueModel.Cue;
                tp += guess && truth ? 1 : 0;
                predicted += guess ? 1 : 0;
                gold += truth ? 1 : 0;
            }

            score += new Score(tp, predicted, gold);
        }

        return score;
    }
}
