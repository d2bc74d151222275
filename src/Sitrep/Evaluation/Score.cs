namespace Sitrep.Evaluation;

/// <summary>Precision, recall and F1 from true positives, predictions and gold counts (conlleval's definition).</summary>
public readonly record struct Score(int TruePositives, int Predicted, int Gold)
{
    public double Precision => Predicted == 0 ? 0 : 100.0 * TruePositives / Predicted;

    public double Recall => Gold == 0 ? 0 : 100.0 * TruePositives / Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static Score operator +(Score a, Score b)
        => new(a.TruePositives + b.TruePositives, a.Predicted + b.Predicted, a.Gold + b.Gold);

    public override string ToString() => $"P {Precision:F2}  R {Recall:F2}  F1 {F1:F2}  (tp {TruePositives}, pred {Predicted}, gold {Gold})";
}

/// <summary>Accumulates <see cref="Score"/>s per label, plus the overall sum.</summary>
public sealed class ScoreTable
{
    private readonly SortedDictionary<string, Score> _byLabel = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, Score> ByLabel => _byLabel;

    public Score Overall { get; private set; }

    public void Add(string label, int truePositives, int predicted, int gold)
    {
        var s = new Score(truePositives, predicted, gold);
        _byLabel[label] = _byLabel.TryGetValue(label, out var old) ? old + s : s;
        Overall += s;
    }
}
