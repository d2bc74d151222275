using System.Collections.Frozen;
using Sitrep.Pipeline;

namespace Sitrep.Events;

/// <summary>
/// Acts the coder missed on fresh text (docs/events-rounds.md, "Recall round"). A pledge of aid is itself the act the news reports: "Germany
/// pledged to supply Kyiv with a third Patriot battery", "announced plans in April to supply", "promised that France would give
/// Ukraine six artillery systems". The factuality check reads "pledged", "promised", "plans" or the modal as intention and skips
/// the aid verb; here a past verb of commitment or announcement, itself told as fact, governing the aid verb reports the aid.
/// </summary>
internal sealed partial class EventCoder
{
    /// <summary>Past verbs of commitment whose infinitive complement is aid given by the commitment itself.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AidCommitments = Words(
        "pledged", "promised", "vowed", "committed", "undertook", "agreed");

    /// <summary>Verbs announcing a plan, before "plans to": "announced plans to supply".</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PlanAnnouncers = Words(
        "announced", "unveiled", "confirmed");

    /// <summary>How many words may stand between "plans" and "to" ("announced plans in April to supply") and between the verb of
    /// commitment and the modal of its that-clause ("promised that France would give").</summary>
    private const int PledgeReach = 4;

    /// <summary>An aid verb in "to" + verb right after a past verb of commitment ("pledged to supply"; only adverbs may stand
    /// between), after "announced plans" and at most <see cref="PledgeReach"/> words ("announced plans in April to supply"), or
    /// under will/would in the that-clause of a past verb of commitment or announcement, with a subject of at most
    /// <see cref="PledgeReach"/> words between ("announced on Wednesday that his country will provide Ukraine with missiles",
    /// "promised that France would give Ukraine six artillery systems"), where the verb of commitment is itself factual (not
    /// negated, not under a modal: "would pledge to send" stays a hypothesis).</summary>
    private bool IsPledgedAid(Sentence sentence, int t, bool asVerb, TriggerSense sense, bool question)
    {
        if (!asVerb || sense.Class != EventClasses.Aid)
        {
            return false;
        }

        int before = BeforeAdverbs(sentence, t, 2);

        if (before <= sentence.FirstToken)
        {
            return false;
        }

        int commit = Word(before).Equals("to", StringComparison.OrdinalIgnoreCase) ? CommitmentBeforeTo(sentence, before)
            : Word(before) is "will" or "would" or "'ll" or "’ll" ? CommitmentBeforeModal(sentence, before)
            : -1;
        return commit >= 0 && Factuality.IsFactual(doc, sentence, commit, asVerb: true, question);
    }

    /// <summary>The verb of commitment governing the "to" at <paramref name="to"/>, or -1.</summary>
    private int CommitmentBeforeTo(Sentence sentence, int to)
    {
        int commit = to - 1;
        if (commit < sentence.FirstToken)
        {
            return -1;
        }

        // "was committed to supplying", "is committed to send": a stance, not a pledge.
        if (AidCommitments.Contains(Word(commit)))
        {
            return commit - 1 >= sentence.FirstToken && Factuality.IsBe(Word(commit - 1)) ? -1 : commit;
        }

        for (int i = to - 1; i >= sentence.FirstToken && i >= to - 1 - PledgeReach; i--)
        {
            if (doc.Tokens[i].Kind == TokenKind.Punctuation)
            {
                return -1;
            }

            if (Word(i).Equals("plans", StringComparison.OrdinalIgnoreCase))
            {
                return i - 1 >= sentence.FirstToken && PlanAnnouncers.Contains(Word(i - 1)) ? i - 1 : -1;
            }
        }

        return -1;
    }

    /// <summary>The past verb of commitment or announcement whose that-clause holds the modal at <paramref name="modal"/>, with
    /// a short subject between and no punctuation, or -1.</summary>
    private int CommitmentBeforeModal(Sentence sentence, int modal)
    {
        for (int i = modal - 1; i >= sentence.FirstToken && i >= modal - 2 - PledgeReach; i--)
        {
            var w = Word(i);
            if (doc.Tokens[i].Kind == TokenKind.Punctuation)
            {
                return -1;
            }

            if (AidCommitments.Contains(w) || PlanAnnouncers.Contains(w))
            {
                return i;
            }
        }

        return -1;
    }
}

/// <summary>
/// Ground taken told as a noun (docs/events-rounds.md, "Recall round"): "Russian forces made marginal territorial gains around Bakhmut",
/// "last month made further gains in three locations". The lexicon's `gain` sense needs a verb of making (made, achieved, scored)
/// in its clause; here that verb must stand right before the noun, with at most three modifiers between, and must itself be told
/// as fact: "has not made significant territorial gains" (the negation lies past the noun's own two-word reach), "acknowledge other
/// land gains it has made" (the verb after the noun) and "has been able to make modest gains" are no gain.
/// </summary>
internal sealed partial class EventCoder
{
    /// <summary>How many modifiers may stand between the verb of making and "gains".</summary>
    private const int GainModifierReach = 3;

    /// <summary>True when the trigger is the `gain` noun without a factual verb of making (its cue, `@gainverb`) right before it.</summary>
    private bool IsUnmadeGain(Sentence sentence, int t, TriggerSense sense, bool question)
    {
        if (sense.Lemma != "gain" || sense.Cue is not { } cue)
        {
            return false;
        }

        var gainVerbs = cue.GetAlternateLookup<ReadOnlySpan<char>>();
        for (int i = t - 1; i >= sentence.FirstToken && i >= t - 1 - GainModifierReach; i--)
        {
            var w = Word(i);
            if (gainVerbs.Contains(w))
            {
                return !Factuality.IsFactual(doc, sentence, i, asVerb: true, question);
            }

            if (doc.Tokens[i].Kind == TokenKind.Punctuation)
            {
                return true;
            }
        }

        return true;
    }
}
