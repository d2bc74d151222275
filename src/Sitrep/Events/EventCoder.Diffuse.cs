using System.Collections.Frozen;
using Sitrep.Pipeline;

namespace Sitrep.Events;

/// <summary>
/// Blame with no one to blame it on (the accuse2 round, docs/events-rounds.md): an accusation told in the passive with no agent
/// ("They have been condemned internationally", "Russian forces are accused of massacring civilians", "companies criticized
/// for their attitude") names a diffuse reaction or a standing charge, not an act of a party; with "by" it stays ("were
/// widely condemned by conservatives").
/// </summary>
internal sealed partial class EventCoder
{
    /// <summary>Adverbs that may stand between the auxiliary and the participle ("was extremely criticized").</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PassiveAdverbs = Words(
        "also", "widely", "extremely", "strongly", "sharply", "heavily", "harshly", "often", "frequently", "repeatedly",
        "internationally", "publicly", "later", "already", "long", "now", "not", "even", "roundly", "broadly", "largely");

    /// <summary>How far after the participle a "by" may name the agent.</summary>
    private const int AgentReach = 12;

    /// <summary>
    /// An ACCUSE verb as a past participle after a passive auxiliary (be, get; adverbs between), with no "by" within the next
    /// twelve words of its sentence and no verb of saying before it. A participle right after a common noun ("companies criticized
    /// for") is dropped earlier by <see cref="CodeSentence"/>'s participle rule.
    /// </summary>
    private bool IsAgentlessCharge(Sentence sentence, int t, string eventClass)
    {
        // "The court said the activist had been charged": the speaker reports the charge it made.
        if (eventClass != EventClasses.Accuse || doc.Tokens[t].Pos is not "VBN" || AfterReportingVerb(sentence, t))
        {
            return false;
        }

        int i = t - 1;
        while (i >= sentence.FirstToken && PassiveAdverbs.Contains(Word(i)))
        {
            i--;
        }

        if (i < sentence.FirstToken || !PassiveAux.Contains(Word(i)))
        {
            return false;
        }

        int end = Math.Min(sentence.EndToken, t + 1 + AgentReach);
        for (int j = t + 1; j < end; j++)
        {
            if (Word(j).Equals("by", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }
}
