using Sitrep.Pipeline;

namespace Sitrep.Events;

/// <summary>
/// The date a pronoun-opened sentence carries from the sentence before it (dates3 round, docs/events.md). "The ministry said on
/// Thursday that it had struck a depot. It said its forces also shot down 20 drones": Thursday is when the ministry spoke, so an
/// act of force told in the next sentence is no more dated by it than an act told in the same sentence (the report-time rule).
/// </summary>
internal sealed partial class EventCoder
{
    /// <summary>The previous sentence's stated date, read from its end; for an act of force, not a time on a verb of saying.</summary>
    private EventDate? CarriedDate(Sentence previous, bool force)
    {
        int anchor = previous.EndToken > previous.FirstToken ? doc.Tokens[previous.EndToken - 1].Start : previous.Span.End;
        return StatedDate(previous, anchor, force);
    }
}
