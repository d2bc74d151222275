using System.Collections.Frozen;
using Sitrep.Pipeline;

namespace Sitrep.Events;

/// <summary>
/// A sentence that goes on with the previous one's speaker and occasion ("He added", "However, she denied"), read from its own
/// opening. Since the text stage splits sentences glued without a space after the full stop (docs/events.md, "Glue round"),
/// such a sentence no longer shares its glued neighbour's date; this continuity gives it back where the opening says so.
/// </summary>
internal sealed partial class EventCoder
{
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SubjectPronouns = Words("it", "he", "she", "they");

    /// <summary>Discourse connectives that go on with the same occasion: "However, he denied", "Then she added".</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ContinuingConnectives = Words(
        "however", "then", "also", "moreover", "furthermore", "additionally", "but", "and", "yet", "still");

    /// <summary>
    /// The sentence's subject is a personal pronoun at its start ("He said"), "This" before a verb ("This met with
    /// criticism", "This is the first visit"), or a pronoun right after a connective that goes on with the same occasion
    /// ("However, he denied media reports"): it continues the previous sentence's speaker and occasion.
    /// </summary>
    private bool OpensWithPronoun(Sentence sentence)
    {
        int first = sentence.FirstToken;
        if (sentence.TokenCount < 2)
        {
            return false;
        }

        if (Word(first) is "It" or "He" or "She" or "They")
        {
            return true;
        }

        if (Word(first) is "This" && doc.Tokens[first + 1].Pos is { } tag && tag.StartsWith("VB", StringComparison.Ordinal))
        {
            return true;
        }

        if (!ContinuingConnectives.Contains(Word(first)) || !char.IsUpper(doc.Text[doc.Tokens[first].Start]))
        {
            return false;
        }

        int next = first + 1;
        if (next < sentence.EndToken && Word(next) is ",")
        {
            next++;
        }

        return next + 1 < sentence.EndToken && SubjectPronouns.Contains(Word(next)) && char.IsLower(doc.Text[doc.Tokens[next].Start]);
    }
}
