using System.Collections.Frozen;
using Sitrep.Pipeline;

namespace Sitrep.Events;

/// <summary>
/// The military-acts round (issue 6, docs/events-rounds.md): troop movements, withdrawals and arrests and their readings. Troops
/// named by a participle that describes where they stand ("the troops gathered around Ukraine") are a state, not a movement;
/// a movement, withdrawal or arrest in an infinitive after a reported cause or order ("prompted embassies to withdraw staff",
/// "issued an order to arrest him") is reported as caused, not as a purpose.
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

            if (doc.Tokens[i].Pos is not ("DT" or "CD" or "JJ" or "PRP$" or "NNP" or "NNPS"))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>How many words a cause or an order may stand before the "to" of the act it causes ("prompted Western embassies
    /// in Kyiv to withdraw").</summary>
    private const int CauseReach = 6;

    /// <summary>Verbs and nouns that report an act as caused or ordered, not intended.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Causatives = Words(
        "prompted", "forced", "compelled", "obliged", "ordered", "instructed", "order", "orders");

    /// <summary>Words across which a cause does not reach its infinitive: clause openers and punctuation.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CauseBreaks = Words(
        ",", ";", ":", "—", "–", "(", ")", "that", "which", "who", "and", "but", "or", "if", "to");

    /// <summary>
    /// "Fears of invasion have prompted Western embassies to withdraw some personnel", "Russian troops were forced to
    /// retreat", "the court issued an order to arrest him": a troop movement, withdrawal or arrest in an infinitive governed
    /// by a cause or an order is reported when the cause or order is itself factual (past, not negated, not under a modal);
    /// "would force Russia to withdraw" and "plans to order troops to withdraw" stay unreported.
    /// </summary>
    private bool IsCausedAct(Sentence sentence, int t, bool asVerb, TriggerSense sense, bool question)
    {
        if (!asVerb || sense.Class is not (EventClasses.Retreat or EventClasses.Coerce or EventClasses.Mobilize))
        {
            return false;
        }

        int to = BeforeAdverbs(sentence, t, 2);

        if (to <= sentence.FirstToken || !Word(to).Equals("to", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        for (int i = to - 1; i >= sentence.FirstToken && i >= to - CauseReach; i--)
        {
            var w = Word(i);
            if (Causatives.Contains(w))
            {
                // "issued an order to": the noun after a determiner; "ordered", "prompted": a verb.
                bool noun = w.StartsWith("order", StringComparison.OrdinalIgnoreCase) && !w.Equals("ordered", StringComparison.OrdinalIgnoreCase);
                // "in order to send": a purpose, not an order.
                if (noun && i > sentence.FirstToken && Word(i - 1).Equals("in", StringComparison.OrdinalIgnoreCase))
                {
                    return false;
                }

                return Factuality.IsFactual(doc, sentence, i, asVerb: !noun, question);
            }

            if (CauseBreaks.Contains(w) || doc.Tokens[i].Kind == TokenKind.Punctuation)
            {
                return false;
            }
        }

        return false;
    }
}
