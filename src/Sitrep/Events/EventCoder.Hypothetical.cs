using System.Collections.Frozen;
using Sitrep.Pipeline;

namespace Sitrep.Events;

/// <summary>
/// An act held by a conditional opened inside its sentence ("the West fears that, if Russia decided to invade, it would stage a
/// provocation"): the condition and its consequence alike are no act of the past. A sentence that opens with "If" is skipped
/// whole by <see cref="IsConditional"/>; this reads the "if" or "unless" that comes later, past any distance and past commas,
/// up to a word that opens a clause of its own kind (docs/events-rounds.md, "Hypothetical round").
/// </summary>
internal sealed partial class EventCoder
{
    /// <summary>Words that end the reach of a conditional to their left: a contrast or a new clause that asserts on its own
    /// ("if Germany proceeds alone, but ... Scholz still refused", "if Ukraine loses, as he urged Congress").</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ConditionalBounds = Words(
        "but", "amid", "as", "while", "whereas", "although", "though", "yet", "because", "since", ";", ":", "—", "–", "(", ")");

    /// <summary>Words after "if" that make it elliptical, not a condition: "dozens, if not hundreds, of strikes", "if anything",
    /// "if ever", "if at all", "if only", "if so".</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> EllipticalAfterIf = Words(
        "not", "any", "anything", "ever", "at", "only", "so", "possible", "true", "confirmed");

    /// <summary>"if" or "unless", in any case: the words that open a condition.</summary>
    private static bool IsIfWord(ReadOnlySpan<char> w)
        => w.Equals("if", StringComparison.OrdinalIgnoreCase) || w.Equals("unless", StringComparison.OrdinalIgnoreCase);

    /// <summary>An "if" or "unless" before the trigger at <paramref name="t"/>, inside the sentence, with no contrast or new
    /// asserting clause between them: the trigger is in the condition or in its consequence.</summary>
    private bool InConditionalClause(Sentence sentence, int t)
    {
        for (int i = t - 1; i > sentence.FirstToken; i--)
        {
            var w = Word(i);
            if (ConditionalBounds.Contains(w))
            {
                return false;
            }

            if (!IsIfWord(w))
            {
                continue;
            }

            // i < t, so the word after "if" is in the sentence.
            return !EllipticalAfterIf.Contains(Word(i + 1));
        }

        return false;
    }
}
