using System.Collections.Frozen;
using Sitrep.Pipeline;

namespace Sitrep.Events;

/// <summary>
/// The military-acts round (issue 6, docs/events.md): troop movements, withdrawals and their readings. Here: troops named
/// by a participle that describes where they stand ("the troops gathered around Ukraine") are a state, not a movement.
/// </summary>
internal sealed partial class EventCoder
{
    /// <summary>Nouns of armed personnel that a participle right after them may describe ("troops deployed near the border").</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TroopNouns = Words(
        "troops", "soldiers", "forces", "units", "servicemen", "personnel", "fighters", "mercenaries", "contingents");

    /// <summary>Prepositions whose phrase modifies a noun ("the withdrawal of the troops"); not "as" ("as many as 190,000 troops
    /// massed") nor "after", which open clauses.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NounModifierPrepositions = Words(
        "of", "about", "for", "with", "from", "among", "by", "against");

    /// <summary>How many words a preposition may stand before the troop noun it governs ("of some of the troops").</summary>
    private const int TroopPhraseReach = 3;

    /// <summary>
    /// "the withdrawal of some of the troops gathered around Ukraine", "soldiers stationed in Belarus": a past participle of a
    /// troop movement right after a plural noun of troops is a reduced relative clause that says where the troops are; the
    /// movement itself is not reported there (a finite "Russia gathered 100,000 soldiers" is). The tagger often reads such a
    /// participle as a past tense; a troop noun inside a prepositional phrase cannot be its subject, so the form is a participle.
    /// </summary>
    private bool DescribesTroops(Sentence sentence, int t, bool asVerb, TriggerSense sense)
    {
        if (!asVerb || sense.Class != EventClasses.Mobilize || t <= sentence.FirstToken || !TroopNouns.Contains(Word(t - 1))
            || doc.Tokens[t].Pos is not ("VBN" or "VBD"))
        {
            return false;
        }

        if (doc.Tokens[t].Pos is "VBN")
        {
            return true;
        }

        for (int i = t - 2; i >= sentence.FirstToken && i >= t - 1 - TroopPhraseReach; i--)
        {
            if (NounModifierPrepositions.Contains(Word(i)))
            {
                return true;
            }

            if (doc.Tokens[i].Pos is not ({ } tag and ("DT" or "CD" or "JJ" or "PRP$" or "NNP" or "NNPS")))
            {
                return false;
            }
        }

        return false;
    }
}
