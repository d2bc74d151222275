using Sitrep.Pipeline;

namespace Sitrep.Quotes;

/// <summary>
/// Direct and reported speech with speaker, cue and content, and source attributions and hedges
/// (docs/quotes.md). Needs tokens and sentences; uses named entities when a recognizer ran before it.
/// </summary>
public sealed class QuoteStage : IStage
{
    private readonly CueModel? _cueModel;

    /// <summary>The stage with the shipped learned cue detector.</summary>
    public QuoteStage()
        : this(CueModel.Shared)
    {
    }

    /// <summary>The stage with <paramref name="cueModel"/> as its learned cue detector; null for rules and lexicon only.</summary>
    public QuoteStage(CueModel? cueModel) => _cueModel = cueModel;

    public string Name => "quotes";

    public void Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.Quotes.Clear();
        document.Attributions.Clear();
        new QuoteFinder(document, _cueModel).Run(cancellationToken);
    }
}

public static class QuotesExtensions
{
    public static PipelineBuilder UseQuotes(this PipelineBuilder builder) => builder.Use(new QuoteStage());
}
