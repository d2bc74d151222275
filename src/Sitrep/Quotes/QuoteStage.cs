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

    /// <summary>The stage with the shipped learned cue detector and span labeller.</summary>
    public QuoteStage()
        : this(CueModel.Shared, SpanModel.Shared)
    {
    }

    /// <summary>The stage with <paramref name="cueModel"/> as its learned cue detector; null for rules and lexicon only.</summary>
    public QuoteStage(CueModel? cueModel)
        : this(cueModel, null)
    {
    }

    /// <summary>
    /// The stage with <paramref name="cueModel"/> as its learned cue detector and <paramref name="spanModel"/> choosing the
    /// source and content of reported speech; null for the rules.
    /// </summary>
    public QuoteStage(CueModel? cueModel, SpanModel? spanModel)
    {
        _cueModel = cueModel;
        _spanModel = spanModel;
    }

    public string Name => "quotes";

    public void Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.Quotes.Clear();
        document.Attributions.Clear();
        new QuoteFinder(document, _cueModel, _spanModel).Run(cancellationToken);
    }
}

public static class QuotesExtensions
{
    public static PipelineBuilder UseQuotes(this PipelineBuilder builder) => builder.Use(new QuoteStage());
}
