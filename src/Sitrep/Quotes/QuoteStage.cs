using Sitrep.Pipeline;

namespace Sitrep.Quotes;

/// <summary>
/// Direct and reported speech with speaker, cue and content, and source attributions and hedges
/// (docs/quotes.md). Needs tokens and sentences; uses named entities when a recognizer ran before it.
/// </summary>
public sealed class QuoteStage : IStage
{
    public string Name => "quotes";

    public void Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.Quotes.Clear();
        document.Attributions.Clear();
        new QuoteFinder(document).Run(cancellationToken);
    }
}

public static class QuotesExtensions
{
    public static PipelineBuilder UseQuotes(this PipelineBuilder builder) => builder.Use(new QuoteStage());
}
