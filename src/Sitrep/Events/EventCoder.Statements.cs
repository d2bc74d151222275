using System.Collections.Frozen;
using Sitrep.Pipeline;

namespace Sitrep.Events;

/// <summary>
/// Statements coded by their content (the attributed-statements round, docs/events-rounds.md): an utterance the quote stage attributed
/// to a party, whose content rejects, accuses another party or lays a duty on one, is that party's REJECT, ACCUSE or REQUEST,
/// also when no trigger word of the class names the act ("The West is trying to unleash a conflict, Lukashenko said").
/// </summary>
internal sealed partial class EventCoder
{
    private static readonly TriggerSense StatedRejectSense = new("statement", EventClasses.Reject, null, null, null, null, int.MaxValue);

    private static readonly TriggerSense StatedAccuseSense = new("statement", EventClasses.Accuse, null, null, null, null, int.MaxValue);

    private static readonly TriggerSense StatedRequestSense = new("statement", EventClasses.Request, null, null, null, null, int.MaxValue);

    /// <summary>The quotes (by content start) and classes already coded from content: one act per class per utterance.</summary>
    private readonly HashSet<(int Quote, string Class)> _statementsCoded = [];

    private readonly List<ActorMention> _speakerMentions = [];

    /// <summary>The sentence whose actor mentions <see cref="_speakerMentions"/> holds, -1 before the first.</summary>
    private int _speakerMentionsSentence = -1;

    /// <summary>
    /// The actor mentions of sentence <paramref name="index"/>, for the speaker checks: found once per sentence, as the checks of
    /// one statement (its source, its subject, the persons near it) read the same sentence in turn.
    /// </summary>
    private List<ActorMention> SpeakerMentions(int index)
    {
        if (index != _speakerMentionsSentence)
        {
            var sentence = doc.Sentences[index];
            ActorMentions.Find(doc, sentence, _lexicon, _speakerMentions, _entities.StartingIn(sentence.Span));
            _speakerMentionsSentence = index;
        }

        return _speakerMentions;
    }

    /// <summary>Actor kinds that are parties: they can accuse, reject and demand (not civilians, not an unaffiliated person).</summary>
    private static bool IsPartyKind(string kind)
        => kind is "state" or "government" or "military" or "alliance" or "organization" or "armed-group";

    /// <summary>Words by which a statement calls a claim false or unfounded ("It's not true", "baseless accusations").</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FalsityWords = Words(
        "untrue", "baseless", "groundless", "unfounded", "nonsense", "absurd", "fabrication", "fabrications", "slander");

    /// <summary>Nouns after "no" that deny a claim's ground: "there is no evidence of the withdrawal". Not "right": "the Russians have no right to do this" accuses.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> GroundNouns = Words(
        "evidence", "proof", "grounds", "basis", "signs", "sign", "truth");

    /// <summary>Verbs of will or acceptance that, negated with the speaker's own side as subject, refuse or deny an intent.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> IntentVerbs = Words(
        "want", "wants", "plan", "plans", "planning", "intend", "intends", "going", "recognize", "recognise", "recognizes",
        "recognises", "accept", "accepts", "allow", "allows", "tolerate");

    /// <summary>Pronouns that open a clause of someone else's will between a negation and its verb ("do not believe you want").</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> OtherSubjects = Words("you", "he", "she", "they", "it");

    /// <summary>First-person subjects: the speaker's own side.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FirstPerson = Words("we", "i", "i'm", "we're");

    /// <summary>
    /// Verbs and nouns of a hostile act told of another party: "is trying to unleash a conflict", "is pushing Europe into a
    /// confrontation", "deliberately add oil to the fire", "insulted and demonized". Words of blame (<see cref="EventLexicon.Blame"/>)
    /// count too.
    /// </summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> HostileWords = Words(
        "provoke", "provokes", "provoked", "provoking", "unleash", "unleashes", "unleashed", "unleashing", "fuel", "fuels", "fueled",
        "fuelled", "incite", "incites", "incited", "inciting", "instigate", "instigated", "instigating", "sabotage", "sabotages",
        "sabotaged", "sabotaging", "undermine", "undermines", "undermined", "undermining", "destabilize", "destabilizes",
        "destabilized", "destabilise", "destabilises", "destabilised", "deceive", "deceives", "deceived", "manipulate",
        "manipulates", "manipulated", "manipulating", "interfere", "interferes", "interfered", "interfering", "meddle", "meddles",
        "meddled", "meddling", "fabricate", "fabricates", "fabricated", "fabricating", "falsify", "falsifies", "falsified",
        "distort", "distorts", "distorted", "distorting", "demonize", "demonizes", "demonized", "demonise", "demonised", "insult",
        "insults", "insulted", "humiliate", "humiliated", "goad", "goads", "goaded", "escalate", "escalates", "escalating",
        "lied", "lies", "lying", "plunder", "plundered", "terrorize", "terrorizes", "terrorise", "terrorises", "blackmails",
        "blackmailed", "blackmailing", "intimidate", "intimidates", "intimidated", "intimidating", "weaponize", "weaponizes",
        "weaponized", "weaponizing", "weaponise", "weaponises", "weaponised", "weaponising", "oil", "pushing", "pushes", "dragging",
        "drags", "dragged");

    /// <summary>Verbs of moving someone into something that are hostile only with "into": "is pushing Europe into a confrontation".</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> IntoVerbs = Words(
        "pushing", "pushes", "dragging", "drags", "dragged");

    /// <summary>
    /// Words of a planned act (the accuse3 round): a party said to plan, prepare, intend, want or seek an attack is accused of it
    /// ("Russia was planning attacks", "Ukraine was preparing a strike against Crimea", "Poland intends to invade"). Not "try"
    /// or "attempt": war digests tell a failed assault that way ("the enemy tried to storm the town").
    /// </summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> IntentWords = Words(
        "plan", "plans", "planned", "planning", "plot", "plots", "plotted", "plotting", "prepare", "prepares", "preparing",
        "intend", "intends", "intended", "intending", "want", "wants", "wanted", "seek", "seeks", "seeking", "aims", "aiming");

    /// <summary>
    /// The attacks a planned act names, within <see cref="IntentReach"/> words after the word of intent. Not "offensive" or
    /// "assault": a side preparing an offensive within the war is a military assessment ("the enemy is preparing an offensive"),
    /// not a charge.
    /// </summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PlannedAttackWords = Words(
        "attack", "attacks", "strike", "strikes", "invade", "invasion", "revenge");

    /// <summary>How many words after a word of intent its attack may stand ("is preparing to start an attack").</summary>
    private const int IntentReach = 4;

    /// <summary>How many words may open the content before its subject ("For example, the Ukrainian authorities").</summary>
    private const int SubjectReach = 5;

    /// <summary>How many words after the subject a hostile word or a modal may stand in its clause.</summary>
    private const int PredicateReach = 15;

    /// <summary>
    /// After the rules: for each utterance the quote stage attributed to a party and that overlaps the sentence, the act its
    /// content performs, when no rule coded an act of that class in the sentence.
    /// </summary>
    private void CodeStatements(Sentence sentence, int s, bool question, ref bool mentionsFound)
    {
        if (question || _quotes.Count == 0)
        {
            return;
        }

        foreach (var q in QuotesNear(Math.Max(sentence.Span.Start, sentence.Span.End - 1)))
        {
            if (!q.Content.Overlaps(sentence.Span))
            {
                continue;
            }

            int first = TokenIndex(sentence, Math.Max(q.Content.Start, sentence.Span.Start));
            int end = first;
            while (end < sentence.EndToken && doc.Tokens[end].End <= q.Content.End)
            {
                end++;
            }

            if (end - first < 2)
            {
                continue;
            }

            bool rejects = FindDraft(EventClasses.Reject) is null && !_statementsCoded.Contains((q.Content.Start, EventClasses.Reject));
            int reject = rejects ? RejectSignal(first, end) : -1;
            bool accuse = FindDraft(EventClasses.Accuse) is null && !_statementsCoded.Contains((q.Content.Start, EventClasses.Accuse));
            bool request = FindDraft(EventClasses.Request) is null && !_statementsCoded.Contains((q.Content.Start, EventClasses.Request));
            if (!rejects && !accuse && !request)
            {
                continue;
            }

            // The content's words decide before the speaker is resolved: most utterances hold no signal.
            int hostile = accuse ? FirstHostile(sentence, first, end) : -1;
            int modal = request ? FirstDemandModal(first, end) : -1;
            int refusal = rejects && reject < 0 ? OwnRefusalVerb(first, end) : -1;
            if (reject < 0 && refusal < 0 && hostile < 0 && modal < 0)
            {
                continue;
            }

            // The sentence's mentions first: they note the persons the sentence ties to a state ("Ukraine's President ..."),
            // which StatementSource reads.
            FindMentions(sentence, ref mentionsFound);
            if (StatementSource(q) is not { } source)
            {
                continue;
            }

            if (refusal >= 0 && OwnSideSubject(first, refusal, source))
            {
                reject = refusal;
            }

            if (reject >= 0)
            {
                AddStatement(sentence, s, q, StatedRejectSense, reject, source, null);
            }

            if (hostile >= 0 && OtherPartySubject(first, hostile, source) is { } accused)
            {
                AddStatement(sentence, s, q, StatedAccuseSense, hostile, source, accused);
            }

            if (modal >= 0 && OtherPartySubject(first, modal, source, adjacent: true) is { } addressed)
            {
                AddStatement(sentence, s, q, StatedRequestSense, modal, source, addressed);
            }
        }
    }

    private void AddStatement(Sentence sentence, int s, Quote q, TriggerSense sense, int trigger, Actor source, Actor? target)
    {
        _statementsCoded.Add((q.Content.Start, sense.Class));
        var draft = new Draft(sense.Class, s, sentence.Span)
        {
            Sense = sense,
            Trigger = doc.Tokens[trigger].Span,
            Stem = Stem(Word(trigger), sense.Lemma),
        };
        draft.Actors.Add(source);
        if (target is not null && target.Name != source.Name)
        {
            draft.Targets.Add(target);
        }

        _sentenceDrafts.Add(draft);
    }

    /// <summary>
    /// "It's not true", "baseless accusations", "there is no evidence of the withdrawal", "has no right to make such demands":
    /// the content calls a claim false or without ground.
    /// </summary>
    private int RejectSignal(int first, int end)
    {
        for (int i = first; i < end; i++)
        {
            var w = Word(i);
            if (FalsityWords.Contains(w))
            {
                return i;
            }

            if (i + 1 < end && w.Equals("not", StringComparison.OrdinalIgnoreCase) && Word(i + 1).Equals("true", StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }

            if (i + 1 < end && w.Equals("no", StringComparison.OrdinalIgnoreCase) && GroundNouns.Contains(Word(i + 1)))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// "Russia does not want war", "We do not and will never recognize the annexations", "Moscow is not going to attack anyone": a
    /// verb of will or acceptance negated up to four words before it (no punctuation between); the subject is checked once the
    /// speaker is known (<see cref="OwnSideSubject"/>).
    /// </summary>
    private int OwnRefusalVerb(int first, int end)
    {
        for (int i = first; i < end; i++)
        {
            if (!IntentVerbs.Contains(Word(i)))
            {
                continue;
            }

            for (int j = i - 1; j >= first && j >= i - 4 && doc.Tokens[j].Kind != TokenKind.Punctuation; j--)
            {
                var w = Word(j);

                // "I do not believe you want a war": the verb of will has a subject of its own after the negation; it is not
                // the speaker's side that is negated.
                if (OtherSubjects.Contains(w))
                {
                    break;
                }

                if (ExclusionNegations.Contains(w))
                {
                    return i;
                }
            }
        }

        return -1;
    }

    /// <summary>
    /// Whether the negated verb's subject is the speaker's own side: we or I, or a mention of the speaker's party, ending at most
    /// four words before the verb and opening its clause. A party refusing or denying for itself rejects; "Russia does not want
    /// peace", said by Kyiv, is an accusation, not a denial.
    /// </summary>
    private bool OwnSideSubject(int first, int verb, Actor source)
    {
        for (int j = verb - 1; j >= first && j >= verb - 6; j--)
        {
            if (FirstPerson.Contains(Word(j)))
            {
                return true;
            }
        }

        foreach (var m in _mentions)
        {
            if (m.EndToken <= verb && m.EndToken >= verb - 4 && m.FirstToken >= first && m.Preposition is null && SameSide(m.Actor, source))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first hostile word, word of blame or planned attack ("was planning attacks") in the content, outside a "no"/"not" phrase.</summary>
    private int FirstHostile(Sentence sentence, int first, int end)
    {
        for (int i = first; i < end; i++)
        {
            var w = Word(i);
            bool blame = _lexicon.Blame.Contains(w) && char.IsLower(w[0]) && !WarNames.Contains(w) && !IsWarEpithet(sentence, i);
            if (IntentWords.Contains(w) && PlannedAttack(i, end))
            {
                return i;
            }

            if (!blame && !HostileWords.Contains(w))
            {
                continue;
            }

            if (IntoVerbs.Contains(w) && !FollowedBy(i, end, "into", 5))
            {
                continue;
            }

            // "add oil to the fire": the idiom, not the commodity.
            if (w.Equals("oil", StringComparison.OrdinalIgnoreCase) && !FollowedBy(i, end, "fire", 4))
            {
                continue;
            }

            return i;
        }

        return -1;
    }

    /// <summary>An attack word within <see cref="IntentReach"/> words after the word of intent at i, in its clause.</summary>
    private bool PlannedAttack(int i, int end)
    {
        for (int j = i + 1; j < end && j <= i + IntentReach && doc.Tokens[j].Kind != TokenKind.Punctuation; j++)
        {
            if (PlannedAttackWords.Contains(Word(j)))
            {
                return true;
            }
        }

        return false;
    }

    private bool FollowedBy(int i, int end, string word, int reach)
    {
        for (int j = i + 1; j < end && j <= i + reach; j++)
        {
            if (Word(j).Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>must, should, need(s) to, has/have to followed by a base verb (not "not").</summary>
    private int FirstDemandModal(int first, int end)
    {
        for (int i = first; i < end - 1; i++)
        {
            var w = Word(i);
            int verb;
            if (w.Equals("must", StringComparison.OrdinalIgnoreCase) || w.Equals("should", StringComparison.OrdinalIgnoreCase))
            {
                verb = i + 1;
            }
            else if ((w is "has" or "have" or "need" or "needs") && Word(i + 1).Equals("to", StringComparison.OrdinalIgnoreCase))
            {
                verb = i + 2;
            }
            else
            {
                continue;
            }

            // "must be held accountable", "should be careful": a state or a passive judges; it asks no act of the party.
            if (verb >= end || Word(verb).Equals("not", StringComparison.OrdinalIgnoreCase) || Word(verb).Equals("be", StringComparison.OrdinalIgnoreCase)
                || doc.Tokens[verb].Kind != TokenKind.Word)
            {
                continue;
            }

            if (doc.Tokens[verb].Pos is { } tag ? tag == "VB" : char.IsLower(Word(verb)[0]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// The subject the predicate at <paramref name="predicate"/> is told of: the last actor mention before it, opening the
    /// content's clause (within <see cref="SubjectReach"/> words of its start or of a "that"), not after a preposition, at most
    /// <see cref="PredicateReach"/> words before the predicate with no negation, modal ("Beijing may undermine sanctions" is a fear, not a charge) or clause break between; it must name another
    /// party than the speaker's.
    /// </summary>
    private Actor? OtherPartySubject(int first, int predicate, Actor source, bool adjacent = false)
    {
        // A duty is laid on the phrase right before its modal; a hostile act is told of the clause's first party, not of a
        // party inside its object ("the Ukrainian authorities limited the use of the Russian language, insulted ...").
        ActorMention? subject = null;
        foreach (var m in _mentions)
        {
            if (m.FirstToken < first || m.EndToken > predicate)
            {
                continue;
            }

            if (adjacent || subject is null)
            {
                subject = m;
            }
        }

        // "Russia must end the war": a duty is laid on the phrase right before the modal; "between Nato and Russia, something we
        // must strive to prevent" lays none on Russia.
        if (subject is not { } subj || subj.Preposition is not null || predicate - subj.EndToken > (adjacent ? 1 : PredicateReach))
        {
            return null;
        }

        int opener = first;
        for (int i = subj.FirstToken - 1; i >= first; i--)
        {
            if (Word(i).Equals("that", StringComparison.OrdinalIgnoreCase) || Word(i) is ":" or ";" or "-" or "–" or "—")
            {
                opener = i + 1;
                break;
            }
        }

        if (subj.FirstToken - opener > SubjectReach)
        {
            return null;
        }

        // "there is no evidence that Ukraine is preparing an offensive", "not an issue of whether Russia wants to invade": the
        // content denies or doubts what its clause tells of the party.
        for (int i = first; i < subj.FirstToken; i++)
        {
            var w = Word(i);
            if (ExclusionNegations.Contains(w) || w.Equals("no", StringComparison.OrdinalIgnoreCase) || w.Equals("whether", StringComparison.OrdinalIgnoreCase)
                || w.Equals("if", StringComparison.OrdinalIgnoreCase) || FalsityWords.Contains(w))
            {
                return null;
            }
        }

        for (int i = subj.EndToken; i < predicate; i++)
        {
            var w = Word(i);
            if (ExclusionNegations.Contains(w) || w.Equals("if", StringComparison.OrdinalIgnoreCase)
                || w is ";" or ":" || Factuality.IsModal(w))
            {
                return null;
            }
        }

        return SameSide(subj.Actor, source) || subj.Actor.Kind == "civilians" ? null : subj.Actor;
    }

    /// <summary>One party: the same name, or a person the document ties to the other's state.</summary>
    private bool SameSide(Actor a, Actor b) => PartyName(a) == PartyName(b);

    /// <summary>Cues by which the writer tells what a party knows, not what it says ("The Kremlin knows many Russians don’t want ...").</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> KnowingCues = Words(
        "know", "knows", "knew", "realize", "realizes", "realized", "realise", "realises", "realised", "understand", "understands");

    /// <summary>
    /// The party that makes the utterance: the first actor of its speaker phrase (a listed actor before a person: "the spokesman
    /// of the Kremlin Dmitry Peskov" is Russia), else of the named mention the speaker resolves to; null when the speaker is a
    /// commentator, an outlet reporting ("Ukrinform reported"), a party the writer says knows something, or no party.
    /// </summary>
    private Actor? StatementSource(Quote q)
    {
        if (q.Speaker is not { } speaker || EndsWithCommentator(speaker)
            || (q.Cue is { } cue && (doc.Slice(cue).StartsWith("report", StringComparison.OrdinalIgnoreCase) || KnowingCues.Contains(doc.Slice(cue)))))
        {
            return null;
        }

        var actor = PartyIn(speaker, out bool listed);
        if (actor is null && q.SpeakerEntity is { } entity)
        {
            actor = PartyIn(entity, out listed);
        }

        if (actor is null)
        {
            return null;
        }

        // A person or organisation the actor list does not hold is a party only when the document ties the person to a state
        // ("Ukraine's President ..."): pollsters, firms and private people voice no party's statement.
        if ((listed && IsPartyKind(actor.Kind)) || _personStates.ContainsKey(actor.Name))
        {
            return actor;
        }

        return null;
    }

    /// <summary>
    /// The party a speaker phrase names: a listed actor first ("the Ministry of Foreign Affairs of Ukraine" is Ukraine, "the spokesman
    /// of the Kremlin Dmitry Peskov" Russia), else a person or an organisation the actor list does not hold.
    /// </summary>
    private Actor? PartyIn(Span span, out bool listed)
    {
        listed = false;
        int index = doc.SentenceIndexAt(span.Start);
        if (index < 0)
        {
            return null;
        }

        Actor? other = null;
        foreach (var m in SpeakerMentions(index))
        {
            if (!span.Overlaps(m.Span(doc)))
            {
                continue;
            }

            if (m.Actor.Kind != ActorMentions.PersonKind && IsListed(m))
            {
                listed = true;
                return m.Actor with { Mention = null };
            }

            other ??= m.Actor with { Mention = null };
        }

        return other;
    }

    /// <summary>Whether the mention is a phrase or demonym of the actor list, not a name the recognizer found ("KIIS", "Ned Price").</summary>
    private bool IsListed(ActorMention m)
    {
        if (m.ModifierOnly || m.Actor.Kind is not ("organization" or ActorMentions.PersonKind))
        {
            return true;
        }

        if (_lexicon.Actors.TryGetValue(Word(m.FirstToken), out var phrases))
        {
            foreach (var p in phrases)
            {
                if (p.Name == m.Actor.Name)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
