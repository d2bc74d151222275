using System.Collections.Frozen;
using Sitrep.Pipeline;

namespace Sitrep.Events;

/// <summary>
/// Readings of the exchange classes (meetings, sanctions, agreements, support, aid) that tell a standing state or a kind of
/// exchange apart from one act of the article's time (the events9 round, docs/events-rounds.md).
/// </summary>
internal sealed partial class EventCoder
{
    /// <summary>
    /// A meeting, sanctions or support word that names a standing state, negotiating in general or something else than an act:
    /// sanctions in force, talks as a stance, "welcome" as an adjective. Called once per trigger from <see cref="CodeSentence"/>.
    /// </summary>
    private bool IsStandingExchange(Sentence sentence, int t, bool asVerb, string eventClass) => eventClass switch
    {
        // "sanctions imposed after her attack" after "in connection with": the participle describes the sanctions in force.
        EventClasses.Sanction => IsSanctionCircumstance(sentence, t) || IsSanctionObjectOfStance(sentence, t) || IsStandingSanctionRegime(sentence, t)
            || (asVerb && t > sentence.FirstToken && Word(t - 1).Equals("sanctions", StringComparison.OrdinalIgnoreCase)
                && (IsSanctionCircumstance(sentence, t - 1) || IsSanctionObjectOfStance(sentence, t - 1))),
        EventClasses.Consult => !asVerb && (IsNegotiationInGeneral(sentence, t) || IsObjectOfStatement(sentence, t)),
        EventClasses.Support => asVerb && IsSupportWordInOtherSense(sentence, t),
        _ => false,
    };

    /// <summary>How far left of a sanctions word a preposition of circumstance may stand ("despite the Kremlin being sanctioned").</summary>
    private const int CircumstanceReach = 5;

    /// <summary>Prepositions that make what follows the circumstance of another clause, not an act of its own.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CircumstanceWords = Words(
        "despite", "amid", "amidst", "under", "notwithstanding");

    /// <summary>"because of", "in spite of", "in the face of", "as a result of": the word before "of".</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CircumstanceOfHeads = Words(
        "because", "spite", "face", "result", "consequence");

    /// <summary>"due to", "owing to", "thanks to": the word before "to".</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CircumstanceToHeads = Words(
        "due", "owing", "thanks");

    /// <summary>Words that make the sanctions new ones: then the phrase may report the act ("amid new sanctions announced Monday").</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NewnessWords = Words(
        "new", "fresh", "latest", "further", "additional", "package", "packages", "round", "wave", "more");

    /// <summary>
    /// "Despite the Kremlin being sanctioned over its invasion", "in connection with sanctions imposed after her attack",
    /// "not because of sanctions": sanctions governed by a preposition of circumstance (despite, amid, under, because of, due
    /// to, in connection with, ...) with only a noun phrase between are the regime in force, the setting of another clause,
    /// not an act of the article's time; new sanctions ("amid new sanctions") are left to the other rules.
    /// </summary>
    private bool IsSanctionCircumstance(Sentence sentence, int t)
        => GovernedFromLeft(sentence, t, CircumstanceReach, CircumstanceWords, static (coder, sentence, i) => coder.SanctionPhraseStep(sentence, i));

    /// <summary>One word left of sanctions: a head with of/to/with governs them; only their own noun phrase goes on.</summary>
    private bool? SanctionPhraseStep(Sentence sentence, int i)
    {
        var w = Word(i);
        if (i > sentence.FirstToken)
        {
            var head = Word(i - 1);
            if ((w.Equals("of", StringComparison.OrdinalIgnoreCase) && CircumstanceOfHeads.Contains(head))
                || (w.Equals("to", StringComparison.OrdinalIgnoreCase) && CircumstanceToHeads.Contains(head))
                || (w.Equals("with", StringComparison.OrdinalIgnoreCase) && head.Equals("connection", StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        // Only the noun phrase of the sanctions (and "being" of a passive gerund) may stand between: no verb, no clause
        // break, no word that makes them new.
        var token = doc.Tokens[i];
        bool nounPhrase = token.Kind is TokenKind.Word or TokenKind.Number || ActorMentions.IsPossessive(w) || w is "-" or "‐";
        bool verb = token.Pos is { } tag && tag.StartsWith("VB", StringComparison.Ordinal) && !w.Equals("being", StringComparison.OrdinalIgnoreCase);
        return !nounPhrase || verb || NewnessWords.Contains(w) || _lexicon.Triggers.ContainsKey(w) ? false : null;
    }

    /// <summary>Verbs of a stance toward sanctions in force: criticizing, opposing or evading them is not sanctioning.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> StanceOnSanctions = Words(
        "criticize", "criticizes", "criticized", "criticizing", "criticise", "criticises", "criticised", "criticising", "condemn",
        "condemns", "condemned", "condemning", "oppose", "opposes", "opposed", "opposing", "reject", "rejects", "rejected",
        "rejecting", "evade", "evades", "evaded", "evading", "circumvent", "circumvents", "circumvented", "circumventing",
        "bypass", "bypasses", "bypassed", "bypassing", "dodge", "dodged", "dodging", "blamed", "blames", "blame", "blaming");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> RefusalWords = Words(
        "refuse", "refuses", "refused", "refusing", "declined", "declines", "decline", "declining");

    /// <summary>
    /// "Orban criticized the EU sanctions", "refuses to join the sanctions imposed on this country": sanctions as the object of a
    /// verb of stance toward them (criticize, condemn, oppose, reject, evade, circumvent; join after refuse or decline), with
    /// only their noun phrase between, are the regime in force that the stance is about; the stance is the act.
    /// </summary>
    private bool IsSanctionObjectOfStance(Sentence sentence, int t)
    {
        for (int i = t - 1; i >= sentence.FirstToken && i >= t - CircumstanceReach; i--)
        {
            var w = Word(i);
            if (StanceOnSanctions.Contains(w))
            {
                return true;
            }

            // "refuses to join the sanctions": joining refused is no sanction either.
            if (w.StartsWith("join", StringComparison.OrdinalIgnoreCase) && w.Length <= 7 && i - 2 >= sentence.FirstToken
                && Word(i - 1).Equals("to", StringComparison.OrdinalIgnoreCase) && RefusalWords.Contains(Word(i - 2)))
            {
                return true;
            }

            var token = doc.Tokens[i];
            bool nounPhrase = token.Kind is TokenKind.Word or TokenKind.Number || ActorMentions.IsPossessive(w) || w is "-" or "‐";
            bool verb = token.Pos is { } tag && tag.StartsWith("VB", StringComparison.Ordinal);
            if (!nounPhrase || verb || NewnessWords.Contains(w) || _lexicon.Triggers.ContainsKey(w))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Copulas before "welcome" as an adjective: "be" but "am", and remain and feel.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CopulaForms = Words(
        [.. Factuality.BeButAm, .. RemainForms, "feel", "feels", "felt"]);

    /// <summary>
    /// Things that permit only as a consequence of what they are ("This law already allows Russian intelligence services to
    /// ...", "ammunition deliveries are allowing Russia to preserve ...", "The House bill authorizes $ 600.7 million"): as the
    /// subject of allow, permit or authorize they tell what a text or a supply makes possible, not a party's decision (the
    /// false4 round, docs/events-rounds.md).
    /// </summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> InstrumentNouns = Words(
        "law", "laws", "bill", "bills", "legislation", "deliveries", "supplies", "shipments");

    /// <summary>
    /// "Russian tourists are still welcome in Egypt": "welcome" after a copula (an adverb between at most) is an adjective.
    /// "What allows us to hit a wider range", "he activated a cell phone, allowing authorities to identify him": allow or permit
    /// with "what" as its subject, or as a participle after a comma, tells a consequence, not a decision to permit an ally;
    /// so does allow, permit or authorize with a law, a bill or a supply as its subject (<see cref="InstrumentNouns"/>).
    /// </summary>
    private bool IsSupportWordInOtherSense(Sentence sentence, int t)
    {
        if (t == sentence.FirstToken)
        {
            return false;
        }

        var word = Word(t);
        var before = Word(t - 1);
        if (word.Equals("welcome", StringComparison.OrdinalIgnoreCase))
        {
            return CopulaForms.Contains(before)
                || (t - 2 >= sentence.FirstToken && CopulaForms.Contains(Word(t - 2)) && before.EndsWith("ly", StringComparison.OrdinalIgnoreCase))
                || (t - 2 >= sentence.FirstToken && CopulaForms.Contains(Word(t - 2)) && before is "still" or "always" or "very" or "not" or "also");
        }

        bool permits = word.StartsWith("allow", StringComparison.OrdinalIgnoreCase) || word.StartsWith("permit", StringComparison.OrdinalIgnoreCase);
        if (permits && (before.Equals("what", StringComparison.OrdinalIgnoreCase)
            || (before is "," && word.EndsWith("ing", StringComparison.OrdinalIgnoreCase))))
        {
            return true;
        }

        return (permits || word.StartsWith("authori", StringComparison.OrdinalIgnoreCase)) && SubjectBefore(sentence, t, InstrumentNouns);
    }

    /// <summary>Words that tell sanctions in force: "the current sanctions", "Currently imposed on Russia, sanctions concern".</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> StandingWords = Words(
        "current", "currently", "existing", "existent", "ongoing", "standing", "remaining", "still");

    /// <summary>Nouns after a sanctions word that name the regime: "these sanction regimes are analyzed".</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> RegimeNouns = Words(
        "regime", "regimes", "policy", "policies", "list", "lists");

    /// <summary>
    /// "Currently imposed on Russia, sanctions concern restrictions on raw materials", "the existing sanctions", "These sanction
    /// regimes are constantly analyzed": sanctions told as current, existing or ongoing (up to two words before), or a sanctions
    /// word heading "regime" or "policy", name the regime in force, not a new act.
    /// </summary>
    private bool IsStandingSanctionRegime(Sentence sentence, int t)
    {
        for (int i = t - 1; i >= sentence.FirstToken && i >= t - 2; i--)
        {
            if (StandingWords.Contains(Word(i)))
            {
                return true;
            }

            if (doc.Tokens[i].Kind != TokenKind.Word)
            {
                break;
            }
        }

        return t + 1 < sentence.EndToken && RegimeNouns.Contains(Word(t + 1));
    }

    /// <summary>Particles a verb of statement takes before its object: "withdrew from talks", "called for talks".</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> StatementParticles = Words("from", "for", "to", "out");

    /// <summary>
    /// "the United States withdrew from talks with Moscow", "called for negotiations", "Ukraine rejected negotiations": a meeting
    /// noun that is the object of a verb of another act (a request, a rejection, a sanction, an accusation, a threat), with only
    /// a particle, determiners and modifiers between, is what that act is about; the act is the event, not a meeting.
    /// </summary>
    private bool IsObjectOfStatement(Sentence sentence, int t)
    {
        for (int i = t - 1; i >= sentence.FirstToken && i >= t - 4; i--)
        {
            var w = Word(i);
            if (_lexicon.Triggers.TryGetValue(w, out var forms))
            {
                if (doc.Tokens[i].Pos is { } tag && !tag.StartsWith("VB", StringComparison.Ordinal))
                {
                    return false;
                }

                foreach (var f in forms)
                {
                    if (f.AsVerb && f.Sense.Class is EventClasses.Request or EventClasses.Reject or EventClasses.Sanction
                        or EventClasses.Accuse or EventClasses.Threaten)
                    {
                        return true;
                    }
                }

                return false;
            }

            bool between = Determiners.Contains(w) || StatementParticles.Contains(w)
                || (doc.Tokens[i].Kind == TokenKind.Word && doc.Tokens[i].Pos is null or "JJ" or "NN" or "NNS" or "NNP" or "DT" or "PRP$" or "RP" or "IN");
            if (!between || VerbContext.Contains(w))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Plural nouns of negotiating that name negotiations in general when bare ("open to peace talks").</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NegotiationNouns = Words(
        "talks", "negotiations", "conversations", "consultations");

    /// <summary>Words of readiness or stance before to/for/of + negotiations: a position, not a meeting.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> StanceHeads = Words(
        "open", "ready", "willing", "prepared", "committed", "commitment", "readiness", "willingness", "supporter",
        "supporters", "proponent", "advocate", "door", "path", "room", "chance", "chances", "openness");

    /// <summary>Finite copulas after "talks" as a subject: third-person "be", remain and seem.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Copulas = Words(
        [.. Factuality.ThirdPersonBe, .. RemainForms, .. SeemForms]);

    /// <summary>
    /// "was still open to peace talks with Mr Putin", "not willing to sacrifice basic principles during negotiations", "Talks
    /// with Beijing are difficult": bare plural talks or negotiations (no determiner, owner, number or measure) after a word
    /// of readiness or stance, after "during" with nothing after them, or opening a clause as the subject of a copula, name
    /// negotiating in general, not a meeting that took place. "gathered in Paris on Wednesday for talks", "held talks" and "a
    /// round of talks" are left as they are.
    /// </summary>
    private bool IsNegotiationInGeneral(Sentence sentence, int t)
    {
        if (!NegotiationNouns.Contains(Word(t)))
        {
            return false;
        }

        // Walk left over lower-case modifiers ("peace", "direct", "diplomatic"): a determiner, owner or number makes the talks
        // particular ones.
        int i = t - 1;
        while (i >= sentence.FirstToken && t - i <= 2 && doc.Tokens[i].Kind == TokenKind.Word && char.IsLower(Word(i)[0])
            && !Determiners.Contains(Word(i)) && !NounContext.Contains(Word(i)) && !LocationPrepositions.Contains(Word(i))
            && !HoldingWords.Contains(Word(i)) && Word(i) is not "to")
        {
            i--;
        }

        if (i < sentence.FirstToken || IsOpeningPunctuation(Word(i)))
        {
            return IsCopulaSubject(sentence, t);
        }

        var before = Word(i);
        if (before is "to" or "for" or "of" && i > sentence.FirstToken && StanceHeads.Contains(Word(i - 1)))
        {
            return true;
        }

        if (before.Equals("during", StringComparison.OrdinalIgnoreCase))
        {
            // "during negotiations." with nothing after: no parties, no date, no place of a meeting.
            return t + 1 >= sentence.EndToken || doc.Tokens[t + 1].Kind == TokenKind.Punctuation;
        }

        return false;
    }

    /// <summary>Words a clause may open with before a bare subject ("- Talks with Beijing are difficult").</summary>
    private static bool IsOpeningPunctuation(ReadOnlySpan<char> w) => w is "-" or "–" or "—" or "\"" or "“" or ":" or ";";

    /// <summary>Verbs of holding a meeting: "held talks" reports one.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> HoldingWords = Words(
        "held", "hold", "holds", "holding", "hosted", "host", "hosts", "began", "begin", "begins", "started", "start", "resumed",
        "resume", "opened", "conducted", "conduct", "launched", "attended", "joined", "entered", "round", "rounds");

    private bool IsCopulaSubject(Sentence sentence, int t)
    {
        for (int i = t + 1; i < sentence.EndToken && i <= t + 6; i++)
        {
            if (doc.Tokens[i].Kind == TokenKind.Punctuation)
            {
                return false;
            }

            if (Copulas.Contains(Word(i)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "had a telephone conversation with Putin ... After a telephone conversation with the Chinese leader, the Kremlin's message
    /// appeared", "met on Saturday with Kasparov ... \"Meeting with the chess grandmaster ...\"", "presented its summary of the
    /// conversation": a meeting named by a noun with no date of its own, after a meeting told within <see cref="RetellingReach"/>
    /// sentences, is that meeting retold when their places nest, whatever actors its sentence gives: the actors a meeting noun
    /// picks up are mostly the topic, a source ("CNN says") or a garbled name, and a second meeting of the article is told with a
    /// date or a place of its own. Tried after every other merge rule (<see cref="FindMergeTarget"/>).
    /// </summary>
    private Draft? MeetingRetold(List<Draft> kept, Draft later)
    {
        if (later.Class != EventClasses.Consult || later.Date is { FromPublished: false } || !IsNominalMention(later))
        {
            return null;
        }

        for (int i = kept.Count - 1; i >= 0; i--)
        {
            var e = kept[i];
            if (e.Class != EventClasses.Consult)
            {
                continue;
            }

            // The nearest earlier meeting only: an older one is not retold past it. "A conversation with the President of Pakistan"
            // after a conversation with British Prime Minister Rishi Sunak is another call: its titled party is none of the earlier
            // meeting's named parties.
            return later.Sentence - e.LastSentence <= RetellingReach && PlacesNest(e.Place, later.Place) && !OtherTitledParty(e, later)
                ? e : null;
        }

        return null;
    }

    /// <summary>
    /// A meeting or call with a titled party (<see cref="AddTitledParty"/>) that is none of the earlier meeting's parties: "A
    /// conversation with the President of Pakistan" after a conversation with Rishi Sunak, a conversation with the United States
    /// Chairman of the Joint Chiefs after a staff meeting of the same day that names no party. A conflict for every merge rule but
    /// those of demonstrative, definite and possessive retellings, which join what they name.
    /// </summary>
    private bool OtherTitledParty(Draft e, Draft later)
        => later.TitledParty is { } party && !HasParty(e.Targets, party) && !HasParty(e.Actors, party);

    /// <summary>The draft's trigger is a noun ("meeting", "a visit to Belgrade"), not a verb ("met", "visited").</summary>
    private bool IsNominalMention(Draft draft)
    {
        if (draft.Definite || draft.Possessive || draft.InPhrase || draft.Plural)
        {
            return true;
        }

        var sentence = doc.Sentences[draft.Sentence];
        int t = TokenAt(sentence, draft.Trigger.Start);
        if (doc.Tokens[t].Pos is { } tag)
        {
            return tag.StartsWith("NN", StringComparison.Ordinal);
        }

        // Without tags: a form that no verb of the lexicon has ("meeting" after a determiner is told as definite above).
        var w = Word(t);
        return !w.EndsWith("ed", StringComparison.OrdinalIgnoreCase) && !w.Equals("met", StringComparison.OrdinalIgnoreCase)
            && !w.EndsWith("ing", StringComparison.OrdinalIgnoreCase) && !w.EndsWith("es", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// "gathered in Paris on Wednesday for talks": a preposition of purpose or setting between a preposition of topic and a
    /// trigger heads a phrase of its own, so the first one ("on Wednesday") does not govern the trigger
    /// (<see cref="IsTopicMention"/>). "to" and "with" stay inside a topic ("on the lack of alternatives to talks", "adaptation
    /// to sanctions").
    /// </summary>
    private static bool IsPrepositionBetween(ReadOnlySpan<char> w)
        => w.Equals("for", StringComparison.OrdinalIgnoreCase) || w.Equals("in", StringComparison.OrdinalIgnoreCase)
            || w.Equals("at", StringComparison.OrdinalIgnoreCase) || w.Equals("into", StringComparison.OrdinalIgnoreCase);

    /// <summary>An exclusion announced for a coming occasion ("will not invite"): its date is the announcement's.</summary>
    private static readonly TriggerSense AnnouncedExclusionSense = new("exclude", EventClasses.Sanction, null, null, null, null, int.MaxValue);

    /// <summary>An exclusion told in the past ("was not invited").</summary>
    private static readonly TriggerSense ExclusionSense = new("exclude", EventClasses.Sanction, null, null, null, null, int.MaxValue);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ExclusionNegations = Words("not", "n't", "n’t", "never");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PastAuxiliaries = Words(
        "was", "were", "did", "had", "has", "have");

    /// <summary>
    /// "France will not invite Russian President Vladimir Putin to commemorate the anniversary", "Putin will not be invited to the
    /// 80th anniversary ..., event organizers say", "Russia will not be invited at this stage of the talks": excluding a party
    /// from an occasion is a sanction (PLOVER SANCTION: a boycott or exclusion), told by a negated invite with "will" (announced
    /// now, for a coming occasion) or a past auxiliary; not "would not invite" (a condition), not "is not invited to NATO" (a
    /// standing state), not "the reason behind not inviting Putin" (a retelling, no auxiliary).
    /// </summary>
    private bool FindExclusion(Sentence sentence, out int invite, out bool announced)
    {
        invite = -1;
        announced = false;
        for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            var w = Word(i);
            if (!w.StartsWith("invit", StringComparison.OrdinalIgnoreCase) || w.StartsWith("invitation", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            bool negated = false, future = false, past = false;
            for (int j = i - 1; j >= sentence.FirstToken && j >= i - 4; j--)
            {
                var v = Word(j);
                negated |= ExclusionNegations.Contains(v);
                future |= v.Equals("will", StringComparison.OrdinalIgnoreCase) || v.Equals("wo", StringComparison.OrdinalIgnoreCase);
                past |= PastAuxiliaries.Contains(v);
                if (doc.Tokens[j].Kind == TokenKind.Punctuation)
                {
                    break;
                }
            }

            if (negated && (future || past))
            {
                invite = i;
                announced = future;
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The date of an exclusion announced for a coming occasion: the calendar date stated before the trigger ("confirmed ... on
    /// Tuesday, that France will not invite"); a date after it names the occasion ("to the 80th anniversary ... in June"), so
    /// without one before it the announcement takes the publication date.
    /// </summary>
    private EventDate? AnnouncementDate(Sentence sentence, int trigger)
    {
        TimeExpression? best = null;
        foreach (var time in _times.StartingIn(sentence.Span))
        {
            if (sentence.Span.Contains(time.Span) && time.Span.End <= trigger && time.Type is TimexTypes.Date or TimexTypes.Time
                && EventDates.Precision(time.Value) is not null)
            {
                best = time;
            }
        }

        if (best is not null)
        {
            return new EventDate(best.Value, EventDates.Precision(best.Value)!, FromPublished: false) { Mention = best.Span };
        }

        return doc.Published is { } published ? new EventDate(Iso(published), EventDates.Day, FromPublished: true) : null;
    }
}
