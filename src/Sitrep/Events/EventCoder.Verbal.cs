using System.Collections.Frozen;
using Sitrep.Pipeline;

namespace Sitrep.Events;

/// <summary>
/// Statement and exchange words that name no act of a party (the falseverbal and verbal2 rounds, docs/events-rounds.md): an agreement
/// named but not made, a question put rather than a request, a permission with no party permitted, a meeting or sanction that
/// may come, aid asked for. Found on unlabelled articles, by what the clause says of the act (whether it is concluded, what its complement is, who its addressee is), not by sentences read.
/// </summary>
internal sealed partial class EventCoder
{
    /// <summary>
    /// Whether a trigger of a statement or exchange class names no act. Called once per trigger from <see cref="CodeSentence"/>,
    /// after the actor mentions of the sentence are found.
    /// </summary>
    private bool IsVerbalWordWithoutAct(Sentence sentence, int t, bool asVerb, TriggerSense sense)
    {
        if (sense.Class == EventClasses.Agree && !asVerb)
        {
            return !IsAgreementConcluded(sentence, t);
        }

        if (sense.Lemma == "ask" && asVerb)
        {
            return IsQuestionPut(sentence, t);
        }

        if (sense.Class == EventClasses.Support && sense.Mode == "authorization" && asVerb
            && (Word(t).StartsWith("allow", StringComparison.OrdinalIgnoreCase) || Word(t).StartsWith("permit", StringComparison.OrdinalIgnoreCase)))
        {
            return IsPermissionWithoutParty(sentence, t);
        }

        if (sense.Class == EventClasses.Sanction && IsUnderLaterCondition(sentence, t))
        {
            return true;
        }

        if (sense.Class == EventClasses.Request && !asVerb && IsRequestAnswered(sentence, t))
        {
            return true;
        }

        return sense.Class == EventClasses.Aid && !asVerb && IsAidAskedFor(sentence, t);
    }

    /// <summary>
    /// "has developed sanctions packages for Russian elites and their family members if Moscow invades Ukraine": sanctions whose
    /// clause goes on to a condition (if, unless) are prepared for a case that has not come; a sanction imposed is told without one.
    /// The clause runs to the next comma, semicolon, colon or full stop.
    /// </summary>
    private bool IsUnderLaterCondition(Sentence sentence, int t)
    {
        for (int i = t + 1; i < sentence.EndToken; i++)
        {
            if (IsClauseStop(i))
            {
                return false;
            }

            var w = Word(i);
            if (w.Equals("unless", StringComparison.OrdinalIgnoreCase)
                || (w.Equals("if", StringComparison.OrdinalIgnoreCase) && !EmbedsQuestion.Contains(Word(i - 1))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Words after which "if" opens an embedded question, not a condition: "must decide if they want to return".</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> EmbedsQuestion = Words(
        "decide", "decides", "decided", "deciding", "know", "knows", "knew", "see", "sees", "saw", "ask", "asks", "asked", "asking",
        "wonder", "wonders", "wondered", "unclear", "clear", "check", "checks", "determine", "determines", "consider", "considers",
        "even", "as");

    /// <summary>Verbs that make an agreement: it is signed, reached, struck, concluded, accepted.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ConcludingVerbs = Words(
        "sign", "signs", "signed", "signing", "reach", "reaches", "reached", "reaching", "conclude", "concludes", "concluded",
        "concluding", "strike", "strikes", "struck", "striking", "seal", "seals", "sealed", "sealing", "clinch", "clinched",
        "finalize", "finalized", "finalise", "finalised", "ink", "inked", "broker", "brokered", "hammered", "agree", "agreed",
        "agrees", "approve", "approved", "approves", "ratify", "ratified", "ratifies", "accept", "accepted", "accepts", "announce",
        "announced", "announces", "endorsed", "adopted", "resulted", "produced", "secured", "renewed", "extended");

    /// <summary>How far before an agreement noun its concluding verb may stand ("signed a new bilateral security agreement").</summary>
    private const int ConcludedBefore = 8;

    /// <summary>How far after an agreement noun a passive concluding verb may stand ("an agreement was finally reached").</summary>
    private const int ConcludedAfter = 5;

    /// <summary>
    /// "signed a cooperation agreement", "a deal was reached on Friday", "agreed a deal": an agreement noun reports an agreement
    /// made only when its clause tells the making. Without a concluding verb it names one in force, proposed, rejected or left
    /// ("pulling out of a crucial grain deal", "under the Minsk Agreement", "offering to discuss a new agreement", "a great deal
    /// rests on"), which PLOVER's AGREE does not code. The window stops at clause punctuation.
    /// </summary>
    private bool IsAgreementConcluded(Sentence sentence, int t)
    {
        for (int i = t - 1; i >= sentence.FirstToken && i >= t - ConcludedBefore; i--)
        {
            if (IsClauseStop(i))
            {
                break;
            }

            if (ConcludingVerbs.Contains(Word(i)))
            {
                return true;
            }
        }

        for (int i = t + 1; i < sentence.EndToken && i <= t + ConcludedAfter; i++)
        {
            if (IsClauseStop(i))
            {
                break;
            }

            if (ConcludingVerbs.Contains(Word(i)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Punctuation that ends the clause of a word: a comma, a semicolon, a colon, a dash, a full stop.</summary>
    private bool IsClauseStop(int i)
        => doc.Tokens[i].Kind == TokenKind.Punctuation && Word(i) is "," or ";" or ":" or "." or "–" or "—" or "!" or "?";

    /// <summary>Words that make what is asked a question: "asked Zelensky about", "asking Ukrainians the question", "asked whether".</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> QuestionWords = Words(
        "about", "question", "questions", "whether", "if", "why", "how", "what", "when", "where", "who", "which");

    /// <summary>How far after "ask" the word that makes it a question may stand ("asked the Ukrainian president about").</summary>
    private const int QuestionReach = 6;

    /// <summary>
    /// "Amanpour also asked Zelensky about the use of intelligence", "KIIS has been asking Ukrainians the question", "the committee
    /// asked leading questions": ask whose complement is a question (about, a question noun, a wh-word, whether or if) before any
    /// "to" or "for" puts a question; a request asks someone to do something or asks for it.
    /// </summary>
    private bool IsQuestionPut(Sentence sentence, int t)
    {
        for (int i = t + 1; i < sentence.EndToken && i <= t + QuestionReach; i++)
        {
            var w = Word(i);
            if (w.Equals("to", StringComparison.OrdinalIgnoreCase) || w.Equals("for", StringComparison.OrdinalIgnoreCase) || IsClauseStop(i))
            {
                return false;
            }

            if (QuestionWords.Contains(w))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Reflexive pronouns: "allowed himself to assess" is no permission given to another party.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ReflexivePronouns = Words([.. PersonalReflexives, "itself"]);

    /// <summary>How far after allow or permit the permitted party or the weapon's use may stand ("allowed Ukraine's armed forces to").</summary>
    private const int PermittedReach = 6;

    /// <summary>
    /// PLOVER's authorization is a decision that lets an ally act: "allowed Ukraine to strike", "permitted the use of ATACMS".
    /// Allow or permit with a reflexive object ("allowed himself to assess"), with no object before "to" in the active voice ("the
    /// balloon that he allowed to drift"), or whose object names neither a party nor a use of weapons before its "to" or "for"
    /// ("allowed safe spaces for students to question it") lets nobody act in the war.
    /// </summary>
    private bool IsPermissionWithoutParty(Sentence sentence, int t)
    {
        if (t + 1 >= sentence.EndToken)
        {
            return false;
        }

        var next = Word(t + 1);
        if (ReflexivePronouns.Contains(next))
        {
            return true;
        }

        // "Ukraine was allowed to use", "Kyiv has been permitted to strike": the permitted party is the passive's subject.
        if (t > sentence.FirstToken && (PassiveAux.Contains(Word(t - 1)) || (t - 2 >= sentence.FirstToken && PassiveAux.Contains(Word(t - 2)))))
        {
            return false;
        }

        for (int i = t + 1; i < sentence.EndToken && i <= t + PermittedReach; i++)
        {
            var w = Word(i);
            if (w.Equals("use", StringComparison.OrdinalIgnoreCase) || _lexicon.Weapons.ContainsKey(w) || MentionAt(i) is not null)
            {
                return false;
            }

            if (w.Equals("to", StringComparison.OrdinalIgnoreCase) || w.Equals("for", StringComparison.OrdinalIgnoreCase) || IsClauseStop(i))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Nouns that name the war or a crisis; a country after one names what the war is fought against, not a venue.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> WarTopicNouns = Words(
        "war", "invasion", "aggression", "assault", "attack", "offensive", "conflict", "crisis", "operation");

    /// <summary>How far before a country's preposition the war noun may stand ("war of aggression against Ukraine").</summary>
    private const int WarTopicReach = 4;

    /// <summary>
    /// "At this week's summit, Putin is working against the backdrop of the Ukraine war", "not attending the summit - have
    /// expressed grave concerns about Russia's war of aggression on Ukraine": a country that the war is waged on (after a war noun
    /// and on, of, to, against or in) or that names the war ("the Ukraine war") is the topic of a meeting's sentence, not where the
    /// meeting took place. For meetings, agreements, authorizations and cooperation, the classes whose place is kept.
    /// </summary>
    private bool IsWarTopicPlace(Sentence sentence, PlaceMention p, string eventClass)
    {
        if (eventClass is not (EventClasses.Consult or EventClasses.Agree or EventClasses.Support or EventClasses.Cooperate)
            || p.Level != PlaceLevels.Country)
        {
            return false;
        }

        int first = TokenAt(sentence, p.Span.Start);
        int last = TokenAt(sentence, p.Span.End - 1);
        if (last + 1 < sentence.EndToken && WarTopicNouns.Contains(Word(last + 1)))
        {
            return true;
        }

        int prep = first - 1;
        if (prep > sentence.FirstToken && Word(prep).Equals("the", StringComparison.OrdinalIgnoreCase))
        {
            prep--;
        }

        if (prep <= sentence.FirstToken || Word(prep) is not ("on" or "of" or "to" or "against" or "in"))
        {
            return false;
        }

        // "the war in Ukraine": "in" names the war's country only right after the war noun; "a summit in Ukraine" is a venue.
        int reach = Word(prep) is "in" ? 1 : WarTopicReach;
        for (int i = prep - 1; i >= sentence.FirstToken && i >= prep - reach; i--)
        {
            if (WarTopicNouns.Contains(Word(i)))
            {
                return true;
            }

            if (doc.Tokens[i].Kind != TokenKind.Word)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Words before an aid noun by which the aid is asked for or proposed, not given ("requested $8.5bn in economic aid").</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AidAskingWords = Words(
        "request", "requests", "requested", "requesting", "ask", "asks", "asked", "asking", "seek", "seeks", "seeking", "sought",
        "propose", "proposes", "proposed", "proposing", "proposal", "urge", "urges", "urged", "urging", "demand", "demands",
        "demanded", "demanding", "appeal", "appealed", "appeals");

    /// <summary>How far before an aid noun a word of asking may stand in its clause ("requesting another aid package").</summary>
    private const int AidAskingReach = 6;

    /// <summary>
    /// "requested $8.5bn in economic aid to Kyiv", "has been requesting another aid package": an aid noun that is the object of a
    /// request or proposal in its clause (no punctuation between) names aid asked for, not aid given; the request is its own event.
    /// </summary>
    private bool IsAidAskedFor(Sentence sentence, int t)
    {
        for (int i = t - 1; i >= sentence.FirstToken && i >= t - AidAskingReach; i--)
        {
            if (doc.Tokens[i].Kind == TokenKind.Punctuation)
            {
                return false;
            }

            if (AidAskingWords.Contains(Word(i)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How far after a request's trigger, in tokens, an act asked for may stand ("demanding that he seek congressional
    /// approval before taking any offensive military action relating to Russian aggression toward Ukraine, including sending
    /// troops").</summary>
    private const int RequestContentReach = 20;

    /// <summary>Words that end a request's complement: a clause of time, reason or contrast, or a relative clause, tells an act
    /// of its own ("urged the West to send weapons as Russian forces shelled Kharkiv"); "that" may open the complement itself
    /// ("demanding that he seek").</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ComplementBreaks = Words(
        [.. Factuality.SubordinateBreaks, "since"]);

    /// <summary>
    /// One act told as two events of different classes (the twoclass round): a draft of an act class whose trigger stands in the
    /// complement of a request of the same sentence, after it, within <see cref="RequestContentReach"/> tokens, with no break of
    /// the complement and no past finite verb between ("demanding a withdrawal from Ukraine", "called for allies to impose even
    /// tougher sanctions", "inviting the Russian president to attend a summit"), is what the request asks for: the request is
    /// the event. <see cref="IsAidAskedFor"/> does the same for an aid noun right after a word of asking or proposing, before any
    /// request is coded. A statement (ACCUSE, REJECT, THREATEN) after a request is the speaker's own further act ("urged the U.S.
    /// to continue to support Ukraine ..., and he accused Putin"), not content.
    /// </summary>
    private bool IsRequestContent(Sentence sentence, Draft draft, List<Draft> requests)
    {
        if (draft.Class is EventClasses.Request or EventClasses.Accuse or EventClasses.Reject or EventClasses.Threaten)
        {
            return false;
        }

        foreach (var request in requests)
        {
            if (draft.Trigger.Start >= request.Trigger.End && AsksFor(sentence, request.Trigger, draft.Trigger))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="act"/> lies in the complement of the request whose trigger is <paramref name="request"/>.</summary>
    private bool AsksFor(Sentence sentence, Span request, Span act)
    {
        int n = 0;
        for (int i = TokenAt(sentence, request.End - 1) + 1; i < sentence.EndToken; i++)
        {
            var token = doc.Tokens[i];

            // "called for talks and Russia withdrew its troops": a past finite trigger is told as done; "the last supplemental
            // request approved by Congress": a participle right after a request noun tells what was done with the request.
            if (token.Start >= act.Start)
            {
                return token.Pos is not "VBD" && !(n == 0 && token.Pos is "VBN");
            }

            if (++n > RequestContentReach || ComplementBreaks.Contains(Word(i)) || token.Pos is "VBD")
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>How far before a request noun the word answering it may stand, determiners and modifiers between.</summary>
    private const int AnsweringReach = 5;

    /// <summary>Words that answer, ignore or meet a request, or set it aside: the request is named, the answer told.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AnsweringWords = Words(
        "respond", "responds", "responded", "responding", "response", "responses", "reply", "replies", "replied", "replying",
        "answer", "answers", "answered", "answering", "ignore", "ignores", "ignored", "ignoring", "accede", "accedes", "acceded",
        "acceding", "heed", "heeds", "heeded", "heeding", "comply", "complies", "complied", "complying", "fulfil", "fulfill",
        "fulfils", "fulfills", "fulfilled", "fulfilling", "despite");

    /// <summary>
    /// "delivered their written responses to Russian security demands", "has ignored Secretary of State John Kerry's appeals",
    /// "turned down the request", "despite our requests": a request noun that is the object of an answer, of its neglect or of a
    /// rejection names a request made before; the answer or the rejection is what the sentence reports, not a request made.
    /// </summary>
    private bool IsRequestAnswered(Sentence sentence, int t)
    {
        for (int i = t - 1; i >= sentence.FirstToken && i >= t - AnsweringReach; i--)
        {
            var w = Word(i);
            if (AnsweringWords.Contains(w))
            {
                return true;
            }

            if (_lexicon.Triggers.TryGetValue(w, out var forms))
            {
                foreach (var f in forms)
                {
                    if (f.AsVerb && f.Sense.Class == EventClasses.Reject && (doc.Tokens[i].Pos is not { } pos || pos.StartsWith("VB", StringComparison.Ordinal)))
                    {
                        return true;
                    }
                }

                return false;
            }

            if (w.Equals("down", StringComparison.OrdinalIgnoreCase) && i > sentence.FirstToken && Word(i - 1).StartsWith("turn", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            // Only determiners, particles, possessives and modifiers may stand between ("to a formal request from", "Kerry's").
            bool between = Determiners.Contains(w) || StatementParticles.Contains(w) || w is "with"
                || (doc.Tokens[i].Kind == TokenKind.Word && doc.Tokens[i].Pos is null or "JJ" or "NN" or "NNS" or "NNP" or "NNPS" or "PRP$" or "POS" or "CD" or "RP");
            if (!between || VerbContext.Contains(w))
            {
                return false;
            }
        }

        return false;
    }
}
