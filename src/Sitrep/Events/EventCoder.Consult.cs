using System.Collections.Frozen;
using Sitrep.Pipeline;

namespace Sitrep.Events;

/// <summary>
/// The consult2 round (issue 6, docs/events-rounds.md): a call is a consultation between parties only when a party is on the other end.
/// "Biden, during a call with Ukrainian President Volodymyr Zelenskyy", "Lavrov and Blinken spoke by phone" are calls of two
/// parties; "Peskov said during a regular call with journalists", "the official told reporters during a phone call" are press
/// briefings, like a press conference, and "a call with other world leaders" names no party the sentence can place. A meeting of
/// a leader with his own government or command ("Putin chaired a national security meeting", "a meeting of the Staff", "a meeting
/// with Generals Zaluzhnyi and Syrskyi") is the running of one party, not a consultation between parties. Two leaders who talked
/// ("Modi talked to Vladimir Putin on the margins of the summit", "Biden spoke with President Macron") consulted; talking to the
/// press, a broadcaster or a private person ("spoke to the BBC", "spoke to Mr Hrekov") is no consultation of parties.
/// </summary>
internal sealed partial class EventCoder
{
    /// <summary>How far before a call word a word of the press may stand ("told reporters during a phone call").</summary>
    private const int PressBeforeReach = 4;

    /// <summary>How far after a call word (or after its "with") the press or the other party may stand.</summary>
    private const int CallPartyReach = 5;

    /// <summary>The press as the other end of a call: a briefing, not a consultation.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PressWords = Words(
        "reporters", "reporter", "journalists", "journalist", "press", "media", "correspondents", "correspondent", "newsmen",
        "editors", "bloggers");

    /// <summary>An audience addressed rather than a party consulted: "spoke to students", "talked to voters", "spoke to parliament";
    /// the quote stage's addressed audiences and words that name one only after a determiner ("spoke to the nation").</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AudienceNouns = Words(
        [.. Quotes.Words.Audiences, "audience", "crowd", "people", "nation", "workers"]);

    /// <summary>
    /// Whether a CONSULT trigger is no consultation between parties: a call with the press or with nobody named, a party's own
    /// internal meeting, a talk to an audience, or a meeting described rather than told. The one check <see cref="CodeSentence"/> calls per trigger.
    /// </summary>
    private bool IsConsultOfNoParties(Sentence sentence, int t, TriggerSense sense)
        => sense.Class == EventClasses.Consult
            && (IsCallWithoutParty(sentence, t, sense) || IsInternalMeeting(sentence, t, sense) || IsTalkWithoutParty(sentence, t, sense)
                || IsTravelWithoutPlace(sentence, t, sense) || IsTalkAsSpeech(sentence, t, sense) || IsGenericPlural(sentence, t) || IsContactClauseEncounter(sentence, t)
                || IsMeetingDescribed(sentence, t) || IsSpeechToGathering(sentence, t, sense));

    /// <summary>
    /// "the conviction of every Ukrainian I met", "People we meet who are displaced": a meeting verb whose subject "I", "we" or
    /// "you" follows a noun with no relative word between is a contact (zero) relative clause that describes the person met; the
    /// writer's or speaker's encounters are not a consultation of parties.
    /// </summary>
    private bool IsContactClauseEncounter(Sentence sentence, int t)
    {
        if (t - 2 < sentence.FirstToken || doc.Tokens[t].Pos is not { } tag || !tag.StartsWith("VB", StringComparison.Ordinal))
        {
            return false;
        }

        var subject = Word(t - 1);
        return (subject is "I" || subject.Equals("we", StringComparison.OrdinalIgnoreCase) || subject.Equals("you", StringComparison.OrdinalIgnoreCase))
            && doc.Tokens[t - 2].Pos is "NN" or "NNS" or "NNP" or "NNPS";
    }

    /// <summary>How many words may stand between the described meeting noun and its verb ("The visit to Ukraine by the Japanese
    /// leader follows"), a comma- or dash-bounded insertion not counted.</summary>
    private const int DescribedVerbReach = 8;

    /// <summary>Verbs that relate a meeting named as the subject to something else rather than tell it: "The meeting follows
    /// Biden's signing", "The visit ... comes as tensions ...", "The dual visits ... underscore deep divisions".</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> RelatingVerbs = Words(
        "follows", "followed", "follow", "comes", "came", "come", "underscores", "underscored", "underscore", "underlines",
        "underlined", "underline", "marks", "marked", "mark", "highlights", "highlighted", "highlight", "signals", "signalled",
        "signaled", "reflects", "reflected", "reflect");

    /// <summary>
    /// "The meeting, which Chinese state media described as 'warm and friendly', was the leaders' first face-to-face since ...",
    /// "Wednesday's phone call of politicians was the second official since ...", "The meeting follows Biden's signing of ...",
    /// "This is the first meeting of both leaders since ...": a meeting noun that is the sentence's subject with a definite
    /// determiner or a possessive, whose verb is "be" with a noun phrase or a verb that relates it to something else, or a meeting
    /// noun named after "This/It is the" as what the subject is, describes a meeting the text has told: when an earlier sentence
    /// has a CONSULT draft, the description is no telling of its own. "The meeting was held in Geneva", "The talks took place on
    /// Monday" tell the act and stay.
    /// </summary>
    private bool IsMeetingDescribed(Sentence sentence, int t)
    {
        if (doc.Tokens[t].Pos is not ("NN" or "NNS"))
        {
            return false;
        }

        int first = sentence.FirstToken;

        // "This is the first meeting ...", "It was the first official visit of such level": the meeting as what the subject is.
        if (first + 3 <= t && IsDescribingPronoun(first) && IsCopula(first + 1)
            && Word(first + 2).Equals("the", StringComparison.OrdinalIgnoreCase))
        {
            return AllModifiers(first + 3, t, out _) && HasToldMeeting();
        }

        if (!AllModifiers(first + 1, t, out bool possessive)
            || !(RetellingDeterminers.Contains(Word(first)) || possessive || ActorMentions.IsPossessive(Word(first))))
        {
            // The subject is the noun phrase that begins the sentence, with a definite determiner or a possessive ("Kishida's trip").
            return false;
        }

        return DescribingVerbAfter(sentence, t) && HasToldMeeting();
    }

    /// <summary>Whether an earlier sentence has a CONSULT draft: the meeting a description refers to is told there. "Those talks
    /// came to nothing" after "hold secret talks with British ministers", which is not coded, is the only telling left.</summary>
    private bool HasToldMeeting()
    {
        foreach (var d in _drafts)
        {
            if (d.Class == EventClasses.Consult)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"This", "That" or "It" at the start of a sentence, the subject a description may have.</summary>
    private bool IsDescribingPronoun(int i)
    {
        var w = Word(i);
        return w.Equals("this", StringComparison.OrdinalIgnoreCase) || w.Equals("that", StringComparison.OrdinalIgnoreCase)
            || w.Equals("it", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Every token from <paramref name="from"/> to <paramref name="to"/> (exclusive) modifies a noun: an adjective, a
    /// noun, a name, a participle, a number, "such" or a possessive; <paramref name="possessive"/>: one of them is a possessive.</summary>
    private bool AllModifiers(int from, int to, out bool possessive)
    {
        possessive = false;
        for (int i = from; i < to; i++)
        {
            if (ActorMentions.IsPossessive(Word(i)))
            {
                possessive = true;
            }
            else if (!IsNounModifierTag(i) && doc.Tokens[i].Pos is not "PDT" && !Word(i).Equals("such", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Token <paramref name="i"/> is tagged as a word that may stand before a noun it modifies: an adjective, a noun, a
    /// name, a participle, a number or the possessive ending.</summary>
    private bool IsNounModifierTag(int i)
        => doc.Tokens[i].Pos is "JJ" or "JJS" or "NN" or "NNS" or "NNP" or "NNPS" or "VBN" or "CD" or "POS";

    /// <summary>A finite "be" (<see cref="Factuality.ThirdPersonBe"/>).</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FiniteBe = Words(Factuality.ThirdPersonBe);

    private bool IsCopula(int i) => FiniteBe.Contains(Word(i));

    /// <summary>
    /// The first verb after the subject noun at <paramref name="t"/> (past its prepositional phrase and any insertion between commas
    /// or dashes) is "be" followed by a determiner, a possessive or an adjective ("was the second", "is a sign", "is the flagship
    /// event"), or a relating verb ("follows", "comes").
    /// </summary>
    private bool DescribingVerbAfter(Sentence sentence, int t)
    {
        int words = 0;
        for (int i = t + 1; i < sentence.EndToken; i++)
        {
            var w = Word(i);
            if (w is "," or "–" or "—" or "-" or "(")
            {
                // An insertion: skip to its closing mark ("The meeting, which ... described as ..., was").
                var close = w is "(" ? ")" : w;
                int j = i + 1;
                while (j < sentence.EndToken && !(Word(j).SequenceEqual(close) || (close is "–" or "—" && Word(j) is "–" or "—")))
                {
                    j++;
                }

                if (j >= sentence.EndToken)
                {
                    return false;
                }

                i = j;
                continue;
            }

            if (RelatingVerbs.Contains(w))
            {
                return true;
            }

            if (IsCopula(i))
            {
                return i + 1 < sentence.EndToken && (doc.Tokens[i + 1].Pos is "DT" or "JJ" or "JJS" or "PRP$" or "CD"
                    || (i + 2 < sentence.EndToken && ActorMentions.IsPossessive(Word(i + 2))));
            }

            if (IsVerbTag(i) || ++words > DescribedVerbReach)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Words of a speech that a gathering is the audience or the setting of: "remarks to the conference", "addressed the
    /// summit", "speaking at the forum", "made the statement during a solemn meeting".</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SpeechWords = Words(
        "remarks", "speech", "address", "addressed", "addresses", "addressing", "statement", "spoke", "speaking", "speaks");

    /// <summary>
    /// "Mr Moore told the conference in Colorado", "Truss told a meeting organised by the Inter-Parliamentary Alliance on China",
    /// "In earlier remarks to the conference, Zelensky posed a question", "Kaczyński said at a meeting with the inhabitants of
    /// Sochaczew": a gathering (meeting, summit, conference, forum) that is the audience of a statement (the object of a verb that
    /// takes an addressee, "told", "addressed", or after "to" that follows a cue or a word of speech) or its setting (after their
    /// "at" or "during") is where the statement was made,
    /// not a consultation told, when no party is named with it: no actor in its modifiers ("the NATO summit") and none, nor a
    /// title, after its "of", "with" or "between" ("addressed a meeting of foreign ministers of G7 nations", "said during a
    /// virtual meeting with the leaders of key NATO countries"). A gathering named by a capitalized name ("addressed the Moscow
    /// Conference on International Security") is a conference of parties in its own right and stays. After "at", only "meeting"
    /// reaches this check: <see cref="IsTopicMention"/> has already dropped a summit, a conference or a forum after "at", named
    /// or with a party or not ("said at the Munich Security Conference").
    /// </summary>
    private bool IsSpeechToGathering(Sentence sentence, int t, TriggerSense sense)
    {
        if (sense.Lemma is not ("meeting" or "summit" or "conference" or "forum") || IsCapitalizedWord(t))
        {
            return false;
        }

        // The gathering's phrase: determiners and modifiers before it, none of them a party.
        int head = t - 1;
        while (head >= sentence.FirstToken && !Word(head).Equals("of", StringComparison.OrdinalIgnoreCase)
            && !Quotes.Words.AddresseeVerbs.Contains(Word(head)) && !SpeechWords.Contains(Word(head))
            && (Determiners.Contains(Word(head)) || ActorMentions.IsPossessive(Word(head))
                || IsNounModifierTag(head) || doc.Tokens[head].Pos is "PRP$"))
        {
            if (MentionAt(head) is not null)
            {
                return false;
            }

            head--;
        }

        if (head < sentence.FirstToken)
        {
            return false;
        }

        // The audience: the object of a verb that takes an addressee ("told the conference", "addressed the summit"); "said the
        // meeting was seen as a step" has the meeting as the subject of what was said. The setting: after "to", "at" or "during"
        // that follow a cue or a word of speech.
        var governor = Word(head);
        bool speech = Quotes.Words.AddresseeVerbs.Contains(governor) || SpeechWords.Contains(governor)
            || ((governor.Equals("to", StringComparison.OrdinalIgnoreCase) || governor.Equals("at", StringComparison.OrdinalIgnoreCase)
                    || governor.Equals("during", StringComparison.OrdinalIgnoreCase))
                && head > sentence.FirstToken && IsSpeechWordAt(sentence, head - 1));
        if (!speech)
        {
            return false;
        }

        int link = t + 1;
        if (link >= sentence.EndToken || !(Word(link).Equals("of", StringComparison.OrdinalIgnoreCase)
                || Word(link).Equals("with", StringComparison.OrdinalIgnoreCase) || Word(link).Equals("between", StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        for (int i = link + 1; i < sentence.EndToken && i <= link + CallPartyReach; i++)
        {
            if (doc.Tokens[i].Kind == TokenKind.Punctuation || AudienceNouns.Contains(Word(i)))
            {
                break;
            }

            if (MentionAt(i) is { ModifierOnly: false } || TitleWords.Contains(Word(i)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A word of speech at token <paramref name="i"/>: the cue of a quote the quote stage found ("told", "said") or one of
    /// <see cref="SpeechWords"/>.</summary>
    private bool IsSpeechWordAt(Sentence sentence, int i)
    {
        if (SpeechWords.Contains(Word(i)))
        {
            return true;
        }

        int start = doc.Tokens[i].Start;
        foreach (var q in QuotesAround(sentence))
        {
            if (q.Cue is { } cue && cue.Start == start)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Plural nouns that name one round of negotiation as readily as many ("held talks in Minsk on Tuesday").</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NegotiationPlurals = Words(
        "talks", "negotiations", "consultations");

    /// <summary>
    /// "I said this at summits and forums", "regular meetings with the families of the deceased", "eavesdropping on telephone
    /// conversations": a bare plural meeting noun (no determiner, possessive, number or name before its modifiers) names a kind
    /// of meeting, not one that took place, unless the sentence gives a date or a place below a country ("On Tuesday in Vilnius,
    /// meetings of the first day of the NATO summit were held") or a party follows it ("meetings with Blinken").
    /// </summary>
    private bool IsGenericPlural(Sentence sentence, int t)
    {
        if (doc.Tokens[t].Pos is not "NNS" || NegotiationPlurals.Contains(Word(t)))
        {
            return false;
        }

        int i = t - 1;
        while (i >= sentence.FirstToken && doc.Tokens[i].Kind == TokenKind.Word && doc.Tokens[i].Pos is "JJ" or "NN" or "NNS" or "VBN" or "CC"
            && !char.IsUpper(Word(i)[0]) && !Determiners.Contains(Word(i)))
        {
            i--;
        }

        if (i >= sentence.FirstToken && (Determiners.Contains(Word(i)) || doc.Tokens[i].Kind == TokenKind.Number || doc.Tokens[i].Pos is "CD" or "PRP$" or "NNP" or "NNPS"
            || (IsCapitalizedWord(i) && i > sentence.FirstToken)))
        {
            return false;
        }

        for (int j = t + 1; j < sentence.EndToken && j <= t + CallPartyReach; j++)
        {
            if (MentionAt(j) is { ModifierOnly: false })
            {
                return false;
            }
        }

        return !IsAnchored(sentence.Span);
    }

    /// <summary>How far after the singular noun "talk" its "with" or "between" may stand ("a long talk on Tuesday with").</summary>
    private const int TalkPartnerReach = 4;

    /// <summary>
    /// "all the talk about the strategic necessity", "Trump's talk of an Apple boycott", "war talk": the singular noun "talk" is
    /// speech about something; negotiations are "talks", and a talk of two parties names its partner with "with" or "between".
    /// </summary>
    private bool IsTalkAsSpeech(Sentence sentence, int t, TriggerSense sense)
    {
        if (sense.Lemma != "talk" || !Word(t).Equals("talk", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        return !FollowedBy(t, sentence.EndToken, "with", TalkPartnerReach) && !FollowedBy(t, sentence.EndToken, "between", TalkPartnerReach);
    }

    /// <summary>
    /// Whether "travel to" (CONSULT) is no visit: a visit goes to a place, so the word after "to" (or after a "the" there) must
    /// begin a place the place stage found ("Lavrov traveled to Ethiopia, Uganda ...", "traveled to Warsaw to rally support").
    /// "interested in traveling to see the destruction" and "travels to 112 countries" name none. Called once per trigger from
    /// <see cref="CodeSentence"/>.
    /// </summary>
    private bool IsTravelWithoutPlace(Sentence sentence, int t, TriggerSense sense)
    {
        if (sense.Lemma != "travel to")
        {
            return false;
        }

        // TryChoose chose the lemma only with its particle within reach, so a "to" is found.
        int next = ParticleAt(sentence, t, sense.Particle!) + 1;
        if (next < sentence.EndToken && Word(next).Equals("the", StringComparison.OrdinalIgnoreCase))
        {
            next++;
        }

        if (next >= sentence.EndToken)
        {
            return true;
        }

        return !StartsPlace(next);
    }

    /// <summary>How far after "to" or "with" the party talked to may stand ("talked to Chinese President Xi Jinping").</summary>
    private const int TalkPartyReach = 4;

    /// <summary>
    /// Whether "talk to/with" or "speak to/with" (CONSULT) names no party on the other side: the first actor mention after its
    /// particle must be a state, a government, an alliance, or a person the document ties to a state or names with a title
    /// ("President Macron"), and a title word alone counts ("spoke with his Polish counterpart"). The press, broadcasters, private
    /// persons and people at large are not parties of a consultation. Called once per trigger from <see cref="CodeSentence"/>.
    /// </summary>
    private bool IsTalkWithoutParty(Sentence sentence, int t, TriggerSense sense)
    {
        if (sense.Lemma is not ("talk to" or "talk with" or "speak to" or "speak with"))
        {
            return false;
        }

        // TryChoose chose the lemma only with its particle within reach, so it is found.
        int particle = ParticleAt(sentence, t, sense.Particle!);
        int end = particle + 1;
        while (end < sentence.EndToken && end <= particle + TalkPartyReach && doc.Tokens[end].Kind != TokenKind.Punctuation)
        {
            if (PressWords.Contains(Word(end)) || AudienceNouns.Contains(Word(end)))
            {
                // "Speaking to Polish media", "speaking to students at the Australian National University": an audience.
                return true;
            }

            end++;
        }

        for (int i = particle + 1; i < end; i++)
        {
            if (MentionAt(i) is { ModifierOnly: false } m)
            {
                return !IsTalkParty(m, particle);
            }

            var w = Word(i);
            if ((char.IsUpper(w[0]) && TitleWords.Contains(w)) || w is "counterpart" or "counterparts")
            {
                // "spoke with President Macron", "spoke with his Polish counterpart": a titled person, whatever the actor list
                // knows of the name.
                return false;
            }
        }

        return true;
    }

    /// <summary>A state, government or alliance, or a person tied to a state or titled, right after the particle.</summary>
    private bool IsTalkParty(ActorMention m, int particle)
    {
        if (m.Actor.Kind is "state" or "government" or "alliance")
        {
            return true;
        }

        if (m.Actor.Kind != ActorMentions.PersonKind)
        {
            return false;
        }

        if (_personStates.ContainsKey(m.Actor.Name))
        {
            return true;
        }

        for (int i = m.FirstToken - 1; i > particle; i--)
        {
            if (TitleWords.Contains(Word(i)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How many words after "of" or "with" the body met may stand ("with the highest command", "of the Staff").</summary>
    private const int InternalBodyReach = 3;

    /// <summary>A party's own bodies of government and command: a meeting of or with them is internal.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> InternalBodies = Words(
        "cabinet", "staff", "stavka", "generals", "commanders", "command");

    /// <summary>Councils that are a party's own when "national" or a possessive comes before them ("Russia's security council").</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> OwnCouncilWords = Words(
        "security", "defence", "defense");

    /// <summary>
    /// Whether a meeting (CONSULT "meeting", "meet") is one party's internal meeting: a body of its own government or command right
    /// before the noun ("a national security meeting", "the Staff meeting", "a defence council meeting") or within a few words
    /// after its "of" or "with" ("a meeting of the Staff", "a meeting with several Cabinet members", "met with Generals Zaluzhnyi
    /// and Syrskyi", "a meeting of Russia's security council"). A council of the United Nations is not one party's, so only a
    /// national or possessive council counts. Called once per trigger from <see cref="CodeSentence"/>.
    /// </summary>
    private bool IsInternalMeeting(Sentence sentence, int t, TriggerSense sense)
    {
        if (sense.Lemma is not ("meeting" or "meet"))
        {
            return false;
        }

        int first = sentence.FirstToken;
        if (t - 1 >= first && (InternalBodies.Contains(Word(t - 1)) || IsOwnCouncil(first, t - 1)))
        {
            return true;
        }

        // "a national security meeting", "a defence council meeting": a security council before the noun stays open, as "the UN
        // Security Council meeting" is one of many parties.
        if (t - 2 >= first && ((Word(t - 2).Equals("national", StringComparison.OrdinalIgnoreCase)
                && Word(t - 1).Equals("security", StringComparison.OrdinalIgnoreCase))
            || ((Word(t - 2).Equals("defence", StringComparison.OrdinalIgnoreCase) || Word(t - 2).Equals("defense", StringComparison.OrdinalIgnoreCase))
                && Word(t - 1).Equals("council", StringComparison.OrdinalIgnoreCase))))
        {
            return true;
        }

        int link = t + 1;
        if (link < sentence.EndToken && Word(link).Equals("privately", StringComparison.OrdinalIgnoreCase))
        {
            link++;
        }

        if (link >= sentence.EndToken || !(Word(link).Equals("of", StringComparison.OrdinalIgnoreCase)
                || Word(link).Equals("with", StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        for (int i = link + 1; i < sentence.EndToken && i <= link + InternalBodyReach + 1; i++)
        {
            if (doc.Tokens[i].Kind == TokenKind.Punctuation && !ActorMentions.IsPossessive(Word(i)))
            {
                return false;
            }

            if ((i <= link + InternalBodyReach && InternalBodies.Contains(Word(i))) || IsOwnCouncil(first, i))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"council" at <paramref name="c"/> after security/defence and "national" or a possessive: one state's own council.</summary>
    private bool IsOwnCouncil(int first, int c)
    {
        if (c - 2 < first || !Word(c).Equals("council", StringComparison.OrdinalIgnoreCase) || !OwnCouncilWords.Contains(Word(c - 1)))
        {
            return false;
        }

        var before = Word(c - 2);
        return before.Equals("national", StringComparison.OrdinalIgnoreCase) || ActorMentions.IsPossessive(before);
    }

    /// <summary>
    /// Whether a call trigger (CONSULT "phone call", "call with", "spoke by phone", ...) is no consultation of parties: the press
    /// stands next to it (a briefing), or, for "call with", nothing after its "with" names a party (a capitalized name or a
    /// title noun). Called once per trigger from <see cref="CodeSentence"/>.
    /// </summary>
    private bool IsCallWithoutParty(Sentence sentence, int t, TriggerSense sense)
    {
        if (!IsCall(sense))
        {
            return false;
        }

        if (PressNear(sentence, t))
        {
            return true;
        }

        if (sense.Lemma != "call with")
        {
            return false;
        }

        // TryChoose chose "call with" only with its "with" within reach.
        int with = ParticleAt(sentence, t, "with");
        for (int i = with + 1; i < sentence.EndToken && i <= with + CallPartyReach; i++)
        {
            if (doc.Tokens[i].Kind == TokenKind.Punctuation)
            {
                break;
            }

            if (IsCapitalizedWord(i) || TitleWords.Contains(Word(i)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A call of the trigger lexicon, a talk at a distance: a row cued by the phone set ("speak by", "talk over") or a two-word
    /// lemma with the word "call" ("phone call", "call with"), so that a new such row in triggers.tsv needs no change here. The
    /// caller has checked the class (CONSULT), which leaves out "call for" and "call on".
    /// </summary>
    private static bool IsCall(TriggerSense sense)
        => sense.CueName == PhoneCueSet || sense.Particle == "call" || sense.Lemma.StartsWith("call ", StringComparison.Ordinal);

    /// <summary>The cue set of triggers.tsv that makes a verb of talking a call ("speak by phone").</summary>
    private const string PhoneCueSet = "phone";

    /// <summary>A word of the press within a few words before the trigger or after it, in its clause.</summary>
    private bool PressNear(Sentence sentence, int t)
        => PressFrom(t - 1, Math.Max(sentence.FirstToken, t - PressBeforeReach), -1)
            || PressFrom(t + 1, Math.Min(sentence.EndToken - 1, t + 1 + CallPartyReach), 1);

    /// <summary>A word of the press from token <paramref name="from"/> to <paramref name="last"/> (inclusive) in the direction
    /// <paramref name="step"/>, stopping at punctuation.</summary>
    private bool PressFrom(int from, int last, int step)
    {
        for (int i = from; step < 0 ? i >= last : i <= last; i += step)
        {
            if (doc.Tokens[i].Kind == TokenKind.Punctuation)
            {
                break;
            }

            if (PressWords.Contains(Word(i)))
            {
                return true;
            }
        }

        return false;
    }
}
