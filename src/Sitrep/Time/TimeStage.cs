using Sitrep.Pipeline;

namespace Sitrep.Time;

/// <summary>
/// TIMEX3 recognition and normalization against the publication date (see docs/time.md). Needs tokens
/// and sentences (<c>UseText()</c>); uses part-of-speech tags for tense when a tagger ran before it.
/// </summary>
public sealed class TimeStage : IStage
{
    public string Name => "times";

    public void Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.Times.Clear();
        if (document.Tokens.Count == 0 || document.Sentences.Count == 0)
        {
            return;
        }

        // Without a publication date relative expressions are computed against a placeholder and then
        // reduced to PAST_REF / PRESENT_REF / FUTURE_REF by the recognizer.
        var anchor = document.Published ?? DateOnly.FromDateTime(DateTime.UtcNow);
        var recognizer = new TimeRecognizer(document, anchor);
        recognizer.Run(document.Times, document.Published is not null, cancellationToken);
    }
}

public static class TimeExtensions
{
    public static PipelineBuilder UseTimes(this PipelineBuilder builder) => builder.Use(new TimeStage());
}
