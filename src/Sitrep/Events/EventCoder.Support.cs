using System.Collections.Frozen;
using Sitrep.Pipeline;

namespace Sitrep.Events;

/// <summary>
/// The support round (issue 6, docs/events.md): thanks are SUPPORT of the party thanked only when that party is a partner, not
/// the speaker's own side or an audience. "Putin thanked the Chinese leader for his balanced approach", "He thanked Germany for
/// providing a Patriot battery" back a partner; "Thank you for being with us", "thanked the Ukrainian military", "thanks to the
/// weather" are courtesy, praise of one's own people, or no thanks at all.
/// </summary>
internal sealed partial class EventCoder
{
    /// <summary>How far after "thank" its object and its "for" may reach ("thanked the European leaders for their commitment").</summary>
    private const int ThankedReach = 8;

    /// <summary>How far after "for" a word of backing may stand, within its first phrase.</summary>
    private const int ThanksReasonReach = 5;

    /// <summary>Objects of "thank" that are an audience or everybody, never one partner: "Thank you", "I thank everyone who".</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AudienceWords = Words(
        "you", "everyone", "everybody", "all", "those", "yourself", "yourselves", "himself", "herself", "themselves");

    /// <summary>What a partner is thanked for: backing, aid, a shared effort ("for his support", "for providing", "for their commitment").</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> BackingWords = Words(
        "support", "supporting", "supported", "help", "helping", "helped", "assistance", "assisting", "aid", "backing", "solidarity",
        "commitment", "cooperation", "contribution", "contributions", "providing", "supplying", "sending", "delivering", "weapons",
        "funding", "hospitality", "hosting", "sanctions", "leadership", "position", "stance", "approach", "decision");

    /// <summary>Particles and prepositions after "backed" that make it a movement or a passive: "backed off", "backed by Moscow".</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> BackParticles = Words(
        "off", "down", "away", "out", "up", "by", "into", "onto", "from", "to", "toward", "towards", "home");

    /// <summary>Auxiliaries before "backed" that make it a perfect or a passive: "has backed ... throughout", "was backed".</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> BackAuxiliaries = Words(
        "has", "have", "had", "having", "was", "were", "is", "are", "be", "been", "being");

    /// <summary>
    /// Whether a "back" trigger is not a party backing another once: only the past finite "backed" with an object counts
    /// ("Guterres backed an investigation", "the House duly backed it"); "back" is mostly an adverb ("back in February"), "backs"
    /// a standing stance ("Biden strongly backs Nato"), "has backed ... throughout the invasion" a position held, "backed by" and
    /// "-backed" a description, "backed off" a movement. Called once per trigger from <see cref="CodeSentence"/>.
    /// </summary>
    private bool IsBackingWithoutAct(Sentence sentence, int t, bool asVerb, TriggerSense sense)
    {
        if (sense.Class != EventClasses.Support || sense.Lemma != "back")
        {
            return false;
        }

        if (!asVerb || !Word(t).Equals("backed", StringComparison.OrdinalIgnoreCase) || doc.Tokens[t].Pos is "VBN" or "JJ"
            || t + 1 >= sentence.EndToken || BackParticles.Contains(Word(t + 1)) || doc.Tokens[t + 1].Kind == TokenKind.Punctuation)
        {
            return true;
        }

        for (int i = t - 1; i >= sentence.FirstToken && i >= t - 2; i--)
        {
            if (BackAuxiliaries.Contains(Word(i)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a "thank" trigger thanks no partner: "thanks to", an audience ("Thank you"), or neither a party other than the
    /// speaker's own named among its objects nor a reason of backing after its "for". Called once per trigger from
    /// <see cref="CodeSentence"/>, after the actor mentions of the sentence are found.
    /// </summary>
    private bool IsThanksToNoPartner(Sentence sentence, int t, bool asVerb, TriggerSense sense)
    {
        if (sense.Class != EventClasses.Support || sense.Lemma != "thank")
        {
            return false;
        }

        if (!asVerb || t + 1 >= sentence.EndToken)
        {
            return true;
        }

        var next = Word(t + 1);
        if (next.Equals("to", StringComparison.OrdinalIgnoreCase) || AudienceWords.Contains(next))
        {
            return true;
        }

        var speaker = SpeakerBefore(sentence, t);
        int forAt = -1;
        bool partnerNamed = false;
        for (int i = t + 1; i < sentence.EndToken && i <= t + ThankedReach; i++)
        {
            if (Word(i).Equals("for", StringComparison.OrdinalIgnoreCase))
            {
                forAt = i;
                break;
            }

            if (IsClauseStop(i))
            {
                break;
            }

            if (MentionAt(i) is { } m && IsPartnerOf(m, speaker))
            {
                partnerNamed = true;
            }
            else if (MentionAt(i) is { } own && speaker is not null && own.Actor.Name == speaker.Value.Actor.Name)
            {
                // "Putin thanked the citizens of Russia": the speaker's own people.
                return true;
            }
        }

        return !partnerNamed && (forAt < 0 || !BackingFollows(sentence, forAt));
    }

    /// <summary>
    /// A party thanked is a partner when it is not the speaker's own actor, not armed forces (whom one thanks as one's own), and
    /// not a person the actor list does not place in a state: "Maia Sandu thanked Ms Gavrilita" may thank her own minister, so
    /// such a person counts only with a reason of backing after "for".
    /// </summary>
    private static bool IsPartnerOf(ActorMention mention, ActorMention? speaker)
        => mention.Actor.Kind is not ("military" or ActorMentions.PersonKind)
            && (speaker is null || mention.Actor.Name != speaker.Value.Actor.Name);

    /// <summary>The nearest actor mention that ends before the trigger: who thanks ("Zelensky thanked ...").</summary>
    private ActorMention? SpeakerBefore(Sentence sentence, int t)
    {
        ActorMention? speaker = null;
        foreach (var m in _mentions)
        {
            if (m.EndToken <= t && m.FirstToken >= sentence.FirstToken)
            {
                speaker = m;
            }
        }

        return speaker;
    }

    /// <summary>The actor mention that covers a token, if any.</summary>
    private ActorMention? MentionAt(int i)
    {
        foreach (var m in _mentions)
        {
            if (m.FirstToken <= i && i < m.EndToken)
            {
                return m;
            }
        }

        return null;
    }

    /// <summary>A word of backing in the first phrase after "for", before "and" or punctuation ("for his support", "for providing").</summary>
    private bool BackingFollows(Sentence sentence, int forAt)
    {
        for (int i = forAt + 1; i < sentence.EndToken && i <= forAt + ThanksReasonReach; i++)
        {
            var w = Word(i);
            if (BackingWords.Contains(w))
            {
                return true;
            }

            if (w.Equals("and", StringComparison.OrdinalIgnoreCase) || (doc.Tokens[i].Kind == TokenKind.Punctuation && w is not ("\"" or "“" or "”")))
            {
                return false;
            }
        }

        return false;
    }
}
