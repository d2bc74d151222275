using System.Collections.Frozen;
using Sitrep.Pipeline;

namespace Sitrep.Events;

/// <summary>
/// The support round (issue 6, docs/events-rounds.md): thanks are SUPPORT of the party thanked only when that party is a partner, not
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
        "you", "everyone", "everybody", "all", "those", "yourself", "yourselves", "himself", "herself", "themselves", "us");

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
        ["has", "have", "had", "having", .. Factuality.BeButAm]);

    /// <summary>
    /// Whether a "back" trigger is not a party backing another once: only the past finite "backed" with an object counts
    /// ("Guterres backed an investigation", "the House duly backed it"); "back" is mostly an adverb ("back in February"), "backs"
    /// a standing stance ("Biden strongly backs Nato"), "has backed ... throughout the invasion" a position held, "backed by" and
    /// "-backed" a description, "backed off" a movement. Called once per trigger from <see cref="CodeSentence"/>.
    /// </summary>
    private bool IsBackingWithoutAct(Sentence sentence, int t, TriggerSense sense)
    {
        if (sense.Class != EventClasses.Support || sense.Lemma != "back")
        {
            return false;
        }

        // "back" is a verb-only row, so the trigger is a verb (TryChoose passes no JJ for it).
        if (!Word(t).Equals("backed", StringComparison.OrdinalIgnoreCase) || doc.Tokens[t].Pos is "VBN"
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

    /// <summary>Lemmas of gratitude the partner check reads: the verb, the noun and the adjective.</summary>
    private static readonly FrozenSet<string> GratitudeLemmas = FrozenSet.ToFrozenSet(["thank", "gratitude", "grateful"], StringComparer.Ordinal);

    /// <summary>Common nouns that name partners as a group: "I thank all the states that supported Ukraine", "grateful to our partners".</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PartnerNouns = Words(
        "partner", "partners", "ally", "allies", "friends", "states", "countries", "nations", "governments");

    /// <summary>Words after "all" that make it an audience ("I thank all those who", "all of you", "all who fight").</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AudienceAfterAll = Words("those", "who", "of", "you", "our");

    /// <summary>
    /// Whether a word of gratitude (thank, gratitude, grateful) thanks no partner: "thanks to", an audience ("Thank you",
    /// "I thank everyone who", "all those"), or neither a party other than the speaker's own named among its objects (an actor
    /// mention or a noun of partners: "grateful to Japan", "thank all the states that") nor a reason of backing after its "for"
    /// ("for his support", "for providing"). Called once per
    /// trigger from <see cref="CodeSentence"/>, after the actor mentions of the sentence are found.
    /// </summary>
    private bool IsThanksToNoPartner(Sentence sentence, int t, TriggerSense sense)
    {
        if (sense.Class != EventClasses.Support || !GratitudeLemmas.Contains(sense.Lemma))
        {
            return false;
        }

        bool thank = sense.Lemma == "thank";
        if (t + 1 >= sentence.EndToken)
        {
            return true;
        }

        int first = t + 1;
        if (Word(first).Equals("to", StringComparison.OrdinalIgnoreCase))
        {
            // "thanks to the weather" is a cause; "grateful to Japan", "gratitude to the states" name the party thanked.
            if (thank)
            {
                return true;
            }

            first++;
        }

        if (first >= sentence.EndToken || IsAudience(sentence, first))
        {
            return true;
        }

        var speaker = SpeakerBefore(t);
        int forAt = -1;
        bool partnerNamed = false;
        for (int i = first; i < sentence.EndToken && i <= t + ThankedReach; i++)
        {
            var w = Word(i);
            if (w.Equals("for", StringComparison.OrdinalIgnoreCase))
            {
                forAt = i;
                break;
            }

            if (IsClauseStop(i))
            {
                break;
            }

            if (MentionAt(i) is { } m)
            {
                if (speaker is not null && m.Actor.Name == speaker.Value.Actor.Name)
                {
                    // "Putin thanked the citizens of Russia": the speaker's own people.
                    return true;
                }

                partnerNamed |= IsPartnerOf(m) || IsPeopleOfNamedPlace(sentence, m);
            }
            else if (PartnerNouns.Contains(w))
            {
                partnerNamed = true;
            }
        }

        return !partnerNamed && (forAt < 0 || !BackingFollows(sentence, forAt));
    }

    /// <summary>"Thank you", "I thank everyone who", "all those who": an audience; "all the states that" is a group of partners.</summary>
    private bool IsAudience(Sentence sentence, int i)
    {
        var w = Word(i);
        if (!AudienceWords.Contains(w))
        {
            return false;
        }

        return !w.Equals("all", StringComparison.OrdinalIgnoreCase) || i + 1 >= sentence.EndToken || AudienceAfterAll.Contains(Word(i + 1));
    }

    /// <summary>
    /// A party thanked other than the speaker's own actor (which <see cref="IsThanksToNoPartner"/> turns away before it asks) is a
    /// partner when it is not armed forces (whom one thanks as one's own), not
    /// people at large ("the hospital staff", "residents": the actor list's civilians), and
    /// not a person the actor list does not place in a state: "Maia Sandu thanked Ms Gavrilita" may thank her own minister, so
    /// such a person counts only with a reason of backing after "for".
    /// </summary>
    private static bool IsPartnerOf(ActorMention mention)
        => mention.Actor.Kind is not ("military" or "civilians" or ActorMentions.PersonKind);

    /// <summary>
    /// "thanked the people of Ireland": people at large followed by "of" and a name are that nation, a partner unless the name is
    /// the speaker's own ("the citizens of Russia", which the own-side check reads when the loop reaches it).
    /// </summary>
    private bool IsPeopleOfNamedPlace(Sentence sentence, ActorMention mention)
        => mention.Actor.Kind == "civilians" && mention.EndToken + 1 < sentence.EndToken
            && Word(mention.EndToken).Equals("of", StringComparison.OrdinalIgnoreCase)
            && IsCapitalizedWord(mention.EndToken + 1);

    /// <summary>The nearest actor mention of the sentence (the mentions are the sentence's) that ends before the trigger: who
    /// thanks ("Zelensky thanked ...").</summary>
    private ActorMention? SpeakerBefore(int t)
    {
        ActorMention? speaker = null;
        foreach (var m in _mentions)
        {
            if (m.EndToken <= t)
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
