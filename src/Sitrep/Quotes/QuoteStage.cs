using Sitrep.Pipeline;

namespace Sitrep.Quotes;

/// <summary>
/// Direct and reported speech with speaker, cue and content, and source attributions and hedges
/// (docs/quotes.md). Needs tokens and sentences; uses named entities when a recognizer ran before it.
/// </summary>
public sealed class QuoteStage : IStage
{
    private readonly CueModel? _cueModel;
    private readonly SpanModel? _spanModel;
    private readonly AttributionScorer? _scorer;

    /// <summary>The stage with the shipped learned cue detector, span labeller and attribution scorer.</summary>
    public QuoteStage()
        : this(CueModel.Shared, SpanModel.Shared, AttributionScorer.Shared)
    {
    }

    /// <summary>The stage with <paramref name="cueModel"/> as its learned cue detector; null for rules and lexicon only.</summary>
    public QuoteStage(CueModel? cueModel)
        : this(cueModel, null)
    {
    }

    /// <summary>
    /// The stage with <paramref name="cueModel"/> as its learned cue detector and <paramref name="spanModel"/> choosing the
    /// source and content of reported speech; null for the rules. No scorer: every candidate the rules give is kept.
    /// </summary>
    public QuoteStage(CueModel? cueModel, SpanModel? spanModel)
        : this(cueModel, spanModel, null)
    {
    }

    /// <summary>
    /// The stage with its learned cue detector, span labeller and <paramref name="scorer"/> vetting reported-speech candidates
    /// (null: every candidate the rules give is kept).
    /// </summary>
    public QuoteStage(CueModel? cueModel, SpanModel? spanModel, AttributionScorer? scorer)
    {
        _cueModel = cueModel;
        _spanModel = spanModel;
        _scorer = scorer;
    }

    public string Name => "quotes";

    public void Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.Quotes.Clear();
        document.Attributions.Clear();
        new QuoteFinder(document, _cueModel, _spanModel, _scorer).Run(cancellationToken);
    }
}

public static class QuotesExtensions
{
    public static PipelineBuilder UseQuotes(this PipelineBuilder builder) => builder.Use(new QuoteStage());
}
