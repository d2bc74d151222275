using Sitrep.Pipeline;

namespace Sitrep.Fusion;

/// <summary>One source's figure for one quantity (killed, injured): the value and how the text qualified it.</summary>
public sealed record FigureValue(double Value, string Qualifier, double? Low = null, double? High = null)
{
    /// <summary>Tolerance of "about N": a value within ±20% of N agrees with it.</summary>
    public const double ApproxTolerance = 0.2;

    public static FigureValue? From(Figure? f) => f is null ? null : new FigureValue(f.Value, f.Qualifier, f.Low, f.High);

    /// <summary>
    /// The interval of true values the report admits: exact N = [N, N]; at least / more than N =
    /// [N, ∞) (more than: open, treated as closed, a named approximation); at most / less than N =
    /// [0, N]; about N = [0.8N, 1.2N]; a range = [low, high].
    /// </summary>
    public (double Low, double High) Admits()
    {
        return Qualifier switch
        {
            Qualifiers.AtLeast or Qualifiers.MoreThan => (Low ?? Value, double.PositiveInfinity),
            Qualifiers.AtMost or Qualifiers.LessThan => (0, High ?? Value),
            Qualifiers.Approx => (Math.Floor(Value * (1 - ApproxTolerance)), Math.Ceiling(Value * (1 + ApproxTolerance))),
            Qualifiers.Range => (Low ?? Value, High ?? Value),
            _ => (Value, Value),
        };
    }
}

/// <summary>A quantity reconciled across the sources of one event.</summary>
public sealed record ReconciledFigure(double Low, double High, bool Contradiction, int Sources);

/// <summary>
/// Reconciles the sources' figures for one event. The range is the lowest and highest number any
/// source states (a range's own bounds included). Sources contradict each other when no single
/// number satisfies all of them: "10" vs "7" contradict; "at least 7" vs "10" do not; "about 10"
/// vs "11" do not; "7" vs "about 10" do (7 is outside 8..12).
/// </summary>
public static class FigureReconciler
{
    public static ReconciledFigure? Reconcile(IEnumerable<FigureValue?> values)
    {
        double low = double.PositiveInfinity, high = double.NegativeInfinity;
        double admitLow = double.NegativeInfinity, admitHigh = double.PositiveInfinity;
        int n = 0;
        foreach (var v in values)
        {
            if (v is null)
            {
                continue;
            }

            n++;
            low = Math.Min(low, v.Low ?? v.Value);
            high = Math.Max(high, v.High ?? v.Value);
            var (a, b) = v.Admits();
            admitLow = Math.Max(admitLow, a);
            admitHigh = Math.Min(admitHigh, b);
        }

        return n == 0 ? null : new ReconciledFigure(low, high, admitLow > admitHigh, n);
    }
}
