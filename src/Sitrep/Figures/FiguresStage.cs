using Sitrep.Pipeline;

namespace Sitrep.Figures;

/// <summary>Options of the figures stage.</summary>
public sealed class FiguresOptions
{
    /// <summary>
    /// Whether a qualifier before a coordination also qualifies the number after "and"
    /// ("around 120 missiles and 90 drones": 90 is approx too). On by default.
    /// </summary>
    public bool DistributeQualifiers { get; init; } = true;
}

/// <summary>
/// Every number phrase of a document as a <see cref="Figure"/>: value, bounds, qualifier, unit or
/// currency, the thing counted and, for casualty counts, the kind. Rule-based; see docs/figures.md.
/// </summary>
public sealed class FiguresStage(FiguresOptions options) : IStage
{
    private readonly FiguresOptions _options = options;

    public FiguresStage()
        : this(new FiguresOptions())
    {
    }

    public string Name => "figures";

    public void Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.Figures.Clear();
        var times = TimeSpans(document);
        var sentences = document.Sentences;
        for (int s = 0; s < sentences.Count; s++)
        {
            if ((s & 255) == 255)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            new FigureRecognizer(document, sentences[s], _options, times).Recognize(document.Figures);
        }
    }

    /// <summary>Time expression spans sorted by start, so each number is tested against them by binary search.</summary>
    private static Span[] TimeSpans(Document document)
    {
        if (document.Times.Count == 0)
        {
            return [];
        }

        var spans = new Span[document.Times.Count];
        for (int i = 0; i < spans.Length; i++)
        {
            spans[i] = document.Times[i].Span;
        }

        Array.Sort(spans, static (a, b) => a.Start.CompareTo(b.Start));
        return spans;
    }
}

public static class FiguresExtensions
{
    /// <summary>Adds the figures stage; needs tokens and sentences (<c>UseText()</c>), uses times when present.</summary>
    public static PipelineBuilder UseFigures(this PipelineBuilder builder, FiguresOptions? options = null)
        => builder.Use(new FiguresStage(options ?? new FiguresOptions()));
}
