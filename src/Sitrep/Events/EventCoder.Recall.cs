using System.Collections.Frozen;
using Sitrep.Pipeline;

namespace Sitrep.Events;

/// <summary>
/// Acts the coder missed on fresh text (docs/events.md, "Recall round"). A pledge of aid is itself the act the news reports: "Germany
/// pledged to supply Kyiv with a third Patriot battery", "the ministers agreed to provide further military support", "announced
/// plans to supply". The factuality check reads "pledged", "promised", "vowed" or "plans" before the infinitive as intention and
/// skips the aid verb; here a past verb of commitment right before "to" + the aid verb, itself told as fact, reports the aid.
/// </summary>
internal sealed partial class EventCoder
{
    /// <summary>Past verbs of commitment whose infinitive complement is aid given by the commitment itself.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AidCommitments = Words(
        "pledged", "promised", "vowed", "committed", "undertook", "agreed");

    /// <summary>Verbs announcing a plan, before "plans to": "announced plans to supply".</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PlanAnnouncers = Words(
        "announced", "unveiled", "confirmed");

    /// <summary>An aid verb in "to" + verb right after a past verb of commitment ("pledged to supply", "agreed to step up and
    /// provide" is not read: only adverbs may stand between), or after "announced plans to", where the verb of commitment is
    /// itself factual (not negated, not under a modal: "would pledge to send" stays a hypothesis).</summary>
    private bool IsPledgedAid(Sentence sentence, int t, bool asVerb, TriggerSense sense, bool question)
    {
        if (!asVerb || sense.Class != EventClasses.Aid)
        {
            return false;
        }

        int to = t - 1;
        while (to > sentence.FirstToken && to >= t - 2 && Word(to).EndsWith("ly", StringComparison.OrdinalIgnoreCase))
        {
            to--;
        }

        if (to <= sentence.FirstToken || !Word(to).Equals("to", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        int commit = to - 1;
        if (Word(commit).Equals("plans", StringComparison.OrdinalIgnoreCase) && commit - 1 >= sentence.FirstToken
            && PlanAnnouncers.Contains(Word(commit - 1)))
        {
            commit--;
        }
        else if (!AidCommitments.Contains(Word(commit)) || doc.Tokens[commit].Pos is "VBN" && commit - 1 >= sentence.FirstToken
            && Word(commit - 1) is "be" or "is" or "are" or "was" or "were" or "been")
        {
            // "was committed to supplying", "is committed to send": a stance, not a pledge.
            return false;
        }

        return Factuality.IsFactual(doc, sentence, commit, asVerb: true, question);
    }
}

/// <summary>
/// Ground taken told as a noun (docs/events.md, "Recall round"): "Russian forces made marginal territorial gains around Bakhmut",
/// "last month made further gains in three locations". The lexicon's `gain` sense needs a verb of making (made, achieved, scored)
/// in its clause; here that verb must stand right before the noun, with at most three modifiers between, and must itself be told
/// as fact: "has not made significant territorial gains" (the negation lies past the noun's own two-word reach), "acknowledge other
/// land gains it has made" (the verb after the noun) and "has been able to make modest gains" are no gain.
/// </summary>
internal sealed partial class EventCoder
{
    /// <summary>How many modifiers may stand between the verb of making and "gains".</summary>
    private const int GainModifierReach = 3;

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> GainVerbs = Words(
        "made", "make", "makes", "making", "achieved", "achieve", "achieves", "achieving", "scored", "score", "scores", "scoring");

    /// <summary>True when the trigger is the `gain` noun without a factual verb of making right before it.</summary>
    private bool IsUnmadeGain(Sentence sentence, int t, TriggerSense sense, bool question)
    {
        if (sense.Lemma != "gain")
        {
            return false;
        }

        for (int i = t - 1; i >= sentence.FirstToken && i >= t - 1 - GainModifierReach; i--)
        {
            var w = Word(i);
            if (GainVerbs.Contains(w))
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
