using Sitrep.Pipeline;

namespace Sitrep.Events;

public sealed class EventOptions
{
    /// <summary>The lexicons to code with (default: the shipped ones in <c>Events/Data/</c>).</summary>
    public EventLexicon Lexicon { get; init; } = EventLexicon.Default;

    /// <summary>Merge mentions of one event across sentences of a document (same class, place and date; or "this assault").</summary>
    public bool MergeWithinDocument { get; init; } = true;

    /// <summary>Sentences longer than this many tokens are skipped: boilerplate lists and run-on scrapes, not reports.</summary>
    public int MaxSentenceTokens { get; init; } = 200;
}

/// <summary>
/// Codes events from one analyzed document: triggers from a curated lexicon, factuality filter,
/// actors and targets from the actor list, place, date, figures, weapons, source and certainty
/// from the upstream annotations (with small fallbacks of its own when those are missing).
/// </summary>
public sealed class EventStage(EventOptions options) : IStage
{
    private readonly EventOptions _options = options;

    public EventStage()
        : this(new EventOptions())
    {
    }

    public string Name => "events";

    public void Process(Document document, CancellationToken cancellationToken)
    {
        document.Events.Clear();
        var coder = new EventCoder(document, _options);
        coder.Run(cancellationToken);
    }
}

public static class EventExtensions
{
    public static PipelineBuilder UseEvents(this PipelineBuilder builder, EventOptions? options = null)
        => builder.Use(new EventStage(options ?? new EventOptions()));
}
