using System.Collections.Frozen;
using Sitrep.Pipeline;

namespace Sitrep.Events;

/// <summary>
/// Who may voice a statement (the events12 round, docs/events-rounds.md): an accusation, request, rejection or threat is an act of a
/// party to the events (a state, a government, an armed group, an official, an organisation), not of those who comment on them.
/// </summary>
internal sealed partial class EventCoder
{
    /// <summary>
    /// Nouns for people and outlets that report or comment on the war rather than take part in it. Their judgements and advice
    /// ("the journalist noted that the military should talk to the press") are commentary, not statements of a party.
    /// </summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CommentatorNouns = Words(
        "journalist", "journalists", "correspondent", "correspondents", "reporter", "reporters", "analyst", "analysts",
        "commentator", "commentators", "columnist", "columnists", "historian", "historians", "observer", "observers",
        "researcher", "researchers", "scholar", "scholars", "professor", "pundit", "pundits", "blogger", "bloggers",
        "newspaper", "outlet", "magazine", "tabloid", "broadcaster", "editorial", "expert", "experts");

    /// <summary>
    /// Nouns for a state of affairs, which no party is: as the subject right before a verb of demand or refusal they say what
    /// the circumstances call for ("The current situation demands that we reinforce ...", "liberty demands the marshaling of
    /// every resource"), not what a party asked (the false4 round, docs/events-rounds.md).
    /// </summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CircumstanceNouns = Words(
        "situation", "situations", "circumstances", "moment", "liberty", "reality");

    /// <summary>How many adverbs or auxiliaries may stand between a speaker noun and its verb ("the journalist also noted").</summary>
    private const int SpeakerGap = 3;

    /// <summary>How many sentences before a pronoun or title speaker are searched for another person it could mean.</summary>
    private const int SpeakerWindow = 3;

    /// <summary>The acts of force: attacks, clashes, deployments, withdrawals, arrests. Their time is not the time they were told
    /// (EventCoder.ReportTime.cs), and commentary names them without reporting them (EventCoder.FalseMilitary.cs).</summary>
    private static bool IsForceClass(string eventClass) => eventClass is EventClasses.Assault or EventClasses.Fight
        or EventClasses.Mobilize or EventClasses.Retreat or EventClasses.Coerce;

    /// <summary>The statement classes whose source actor must be a party.</summary>
    private static bool IsVoicedClass(string eventClass)
        => eventClass is EventClasses.Accuse or EventClasses.Request or EventClasses.Reject or EventClasses.Threaten;

    /// <summary>
    /// "The Romanian journalist also noted that the administrations should communicate", "said the analyst", "\"...,\" the
    /// historian said": a statement whose verb (the trigger, or the reporting verb of a reported statement) has a commentator
    /// noun as its subject, or which a quote of a commentator holds, is commentary on the war, not a party's act; one whose subject
    /// is a state of affairs ("The current situation demands that") is no party's act either.
    /// </summary>
    private bool IsCommentatorVoice(Sentence sentence, int verb, bool asVerb, string eventClass)
    {
        if (!IsVoicedClass(eventClass))
        {
            return false;
        }

        if (asVerb && (SubjectBefore(sentence, verb, CommentatorNouns) || CommentatorAfter(sentence, verb)))
        {
            return true;
        }

        // Also when the tagger reads the verb as a plural noun ("The current situation demands that ...").
        if (SubjectBefore(sentence, verb, CircumstanceNouns))
        {
            return true;
        }

        int at = doc.Tokens[verb].Start;
        foreach (var q in QuotesNear(at))
        {
            if (q.Content.Contains(at) && q.Speaker is { } speaker && EndsWithCommentator(speaker))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The subject noun right before the verb, past at most <see cref="SpeakerGap"/> adverbs or auxiliaries, is one of
    /// <paramref name="nouns"/>.</summary>
    private bool SubjectBefore(Sentence sentence, int verb, FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> nouns)
    {
        for (int i = verb - 1; i >= sentence.FirstToken && i >= verb - 1 - SpeakerGap; i--)
        {
            var w = Word(i);
            if (nouns.Contains(w))
            {
                return true;
            }

            if (!(doc.Tokens[i].Pos is "RB" or "MD" || Auxiliaries.Contains(w)))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Verbs of saying that take an inverted subject ("said the analyst"); "told reporters" names an addressee instead.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> InvertingVerbs = Words(
        "said", "says", "wrote", "writes", "added", "adds", "noted", "notes");

    /// <summary>
    /// "said the Romanian journalist": an inverted subject after a verb of saying, a determiner first and modifiers before its
    /// noun. Only after a verb of saying: after "accused" or "told" the noun phrase is an object or an addressee.
    /// </summary>
    private bool CommentatorAfter(Sentence sentence, int verb)
    {
        if (!InvertingVerbs.Contains(Word(verb)) || verb + 1 >= sentence.EndToken || doc.Tokens[verb + 1].Pos != "DT")
        {
            return false;
        }

        for (int i = verb + 2; i < sentence.EndToken && i <= verb + 1 + SpeakerGap; i++)
        {
            if (doc.Tokens[i].Kind != TokenKind.Word)
            {
                return false;
            }

            if (CommentatorNouns.Contains(Word(i)))
            {
                return true;
            }

            if (doc.Tokens[i].Pos is not ("JJ" or "NNP" or "NNPS" or "NN"))
            {
                return false;
            }
        }

        return false;
    }

    private bool EndsWithCommentator(Span speaker)
    {
        var text = doc.Slice(speaker).TrimEnd();
        int space = text.LastIndexOf(' ');
        return CommentatorNouns.Contains(space < 0 ? text : text[(space + 1)..]);
    }

    /// <summary>
    /// "The NATO head said the alliance must sustain its support", "Scholz said Germany must do more": a duty the speaker lays
    /// on its own party (every actor named in the modal's subject is an actor named before the reporting verb) is a commitment,
    /// not a request: PLOVER's REQUEST asks something of another actor.
    /// </summary>
    private bool IsOwnDuty(int reporting, int modal)
    {
        bool subject = false;
        foreach (var m in _mentions)
        {
            if (m.FirstToken > reporting && m.EndToken <= modal)
            {
                subject = true;
                if (!SpeaksFor(m.Actor.Name, reporting))
                {
                    return false;
                }
            }
        }

        return subject;
    }

    /// <summary>How far before the reporting verb the speaker's mention may end ("the NATO head said", "Germany's chancellor said").</summary>
    private const int SpeakerReach = 4;

    /// <summary>
    /// Whether the speaker, the actor mention nearest before the reporting verb and ending at most <see cref="SpeakerReach"/>
    /// words before it, names the actor.
    /// </summary>
    private bool SpeaksFor(string actor, int reporting)
    {
        ActorMention? nearest = null;
        foreach (var m in _mentions)
        {
            if (m.EndToken <= reporting && m.EndToken >= reporting - SpeakerReach && (nearest is null || m.EndToken > nearest.Value.EndToken))
            {
                nearest = m;
            }
        }

        return nearest is { } speaker && speaker.Actor.Name == actor;
    }

    /// <summary>Nouns that name the war or its kind; a word of blame before one is an epithet for the war.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> WarNouns = Words(
        "invasion", "war", "aggression", "occupation", "annexation");

    /// <summary>How many words a word of blame may stand before the war noun it qualifies ("illegal and immoral invasion").</summary>
    private const int EpithetReach = 3;

    /// <summary>
    /// "its illegal and immoral invasion of Ukraine", "Russia's criminal war": a word of blame that qualifies a noun naming the
    /// war, with only adjectives and "and" between, is a stock epithet for the war the whole article is about, not an accusation
    /// of a new act; an accusation names what the party did ("war crimes were committed", "it is a crime").
    /// </summary>
    private bool IsWarEpithet(Sentence sentence, int blame)
    {
        for (int i = blame + 1; i < sentence.EndToken && i <= blame + EpithetReach; i++)
        {
            var w = Word(i);
            if (WarNouns.Contains(w))
            {
                return true;
            }

            if (!(w is "and" || doc.Tokens[i].Pos is "JJ" or "VBN" || _lexicon.Blame.Contains(w)))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// Adverbs that put a statement before the article's news or make it a habit ("has previously warned", "has long asked").
    /// Adverbs of frequency ("has often criticized") are not here: <see cref="IsRepeated"/> drops the trigger before this check.
    /// </summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> StanceAdverbs = Words(
        "previously", "long", "consistently");

    /// <summary>
    /// "Biden has previously warned Russia against", "Moscow has long accused Kyiv of", "has consistently rejected": a
    /// statement verb right after an adverb of earlier or habitual saying tells the party's standing position, not a statement
    /// of the article's time. "repeatedly" is left out: the labels count "has repeatedly denied" as a denial reported now.
    /// </summary>
    private bool IsStandingStatement(Sentence sentence, int t, bool asVerb, string eventClass)
    {
        if (!asVerb || !IsVoicedClass(eventClass))
        {
            return false;
        }

        // "has so far refused", "Throughout the invasion, China has refused to condemn" (EventCoder.Verbal.cs).
        if (HasDurativePhrase(sentence, t))
        {
            return true;
        }

        if (t - 1 < sentence.FirstToken)
        {
            return false;
        }

        var w = Word(t - 1);
        if (!StanceAdverbs.Contains(w))
        {
            return false;
        }

        // "long" is an adverb of time only after an auxiliary ("has long accused"), not in "a long called-for ...".
        return !w.Equals("long", StringComparison.OrdinalIgnoreCase) || (t - 2 >= sentence.FirstToken && Auxiliaries.Contains(Word(t - 2)));
    }

    /// <summary>Units of a stretch of time that "for" + a number or article spans ("for a year and a half", "for two years").</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> LongUnits = Words(
        "year", "years", "months", "decade", "decades");

    /// <summary>How far after the trigger a durative phrase may close its clause ("has largely refused to exercise its leverage thus far").</summary>
    private const int DurativeReachAfter = 8;

    /// <summary>
    /// "China has so far refused to criticize the invasion", "Washington has refused to exercise its leverage thus far", "For a
    /// year and a half, Biden refused to send these", "Throughout the invasion, China has refused to condemn": a statement verb
    /// told over a stretch of time (so far, thus far, to date, throughout, for + years or months) sums up a position held, not
    /// one act of the article's time. Only the trigger's sentence up to a few words after it, not past a semicolon. "repeatedly" is
    /// left out, as in <see cref="IsStandingStatement"/>: the labels count "has repeatedly denied" as a denial reported now.
    /// </summary>
    private bool HasDurativePhrase(Sentence sentence, int t)
    {
        int end = Math.Min(sentence.EndToken, t + DurativeReachAfter + 1);
        for (int i = sentence.FirstToken; i < end; i++)
        {
            var w = Word(i);
            if (w is ";")
            {
                if (i > t)
                {
                    return false;
                }

                continue;
            }

            if (i + 1 < sentence.EndToken && Word(i + 1).Equals("far", StringComparison.OrdinalIgnoreCase)
                && (w.Equals("so", StringComparison.OrdinalIgnoreCase) || w.Equals("thus", StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }

            // "throughout" and "for" + a stretch count only before the verb: after it they may tell the accused act's span
            // ("accused Moscow of shelling the city for months").
            if ((w.Equals("throughout", StringComparison.OrdinalIgnoreCase) && i < t)
                || (w.Equals("to", StringComparison.OrdinalIgnoreCase) && i + 1 < sentence.EndToken && Word(i + 1).Equals("date", StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }

            if (i < t && w.Equals("for", StringComparison.OrdinalIgnoreCase))
            {
                for (int j = i + 1; j < sentence.EndToken && j <= i + 3; j++)
                {
                    if (LongUnits.Contains(Word(j)))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    /// <summary>
    /// "He accused her of financing the opposition", "\"...\", Peskov said": a statement whose sentence names no actor is voiced
    /// by the speaker of the quote that holds it (its trigger in the content or the cue). When the speaker is a named person, or a
    /// pronoun or a title the quote stage resolves to one, the statement takes the person's party (<see cref="StatementSource"/>):
    /// the actor list's ("Putin") or the state the article ties the person to ("Belarusian President Aleksandr Lukashenko").
    /// Left without one: a trigger in a relative clause ("a plan that called for"), which has its own subject; an act that a verb
    /// of another act takes as its object ("rejected the accusation"); a name that only modifies the speaker ("Putin apologists");
    /// and a pronoun or title resolved to a person not named in its sentence or the <see cref="SpeakerWindow"/> before, whose
    /// subject names another party ("the head of British diplomacy"), or near which another person, not of that party, is named:
    /// it could mean either.
    /// </summary>
    private void AddSpeakerParty(Draft draft, Sentence sentence)
    {
        if (draft.Actors.Count > 0 || !IsStatementClass(draft.Class) || InRelativeClause(sentence, TokenAt(sentence, draft.Trigger.Start)))
        {
            return;
        }

        if (SpeakerQuote(sentence, draft.Trigger) is not { } q || q.Speaker is not { } speaker)
        {
            return;
        }

        // "Russia's ambassador Anatoly Antonov rejected the accusation": what a verb of another act takes as its object is
        // another party's act.
        if (q.Cue is { } act && !act.Overlaps(draft.Trigger) && sentence.Span.Contains(act.Start)
            && IsVerbOfOtherClass(TokenAt(sentence, act.Start), draft.Class))
        {
            return;
        }

        if (q.SpeakerEntity is not { } person || !IsPerson(person)
            || (speaker.Contains(person) && doc.Slice(speaker).TrimEnd().Length != person.End - speaker.Start))
        {
            return;
        }

        TiedState(person);
        if (StatementSource(q) is not { } source)
        {
            return;
        }

        var party = source.Kind == ActorMentions.PersonKind ? _personStates[source.Name] : source;

        // The subject runs from the speaker to the cue: "The head of British diplomacy at a press conference also accused".
        var subject = q.Cue is { } verb && verb.Start > speaker.Start ? new Span(speaker.Start, verb.Start) : speaker;
        if (!speaker.Contains(person) && (NamesOtherParty(subject, party) || PersonParty(person)?.Name != party.Name
            || (!NamesParty(speaker, party) && (person.Start < WindowStart(speaker) || OtherPersonNear(person, speaker, party)))))
        {
            return;
        }

        draft.Actors.Add(party);
    }

    /// <summary>The quote stage's resolver, over this document's direct quotes, for pronoun actors (<see cref="AddPronounActor"/>).</summary>
    private Quotes.SpeakerResolver? _pronounResolver;

    /// <summary>
    /// "Then he asked Russia to increase gas supply", "It demands that Russia be seen as a threat": a verbal act with no actor whose
    /// subject is "he", "she" or "it" right before the verb (past auxiliaries and adverbs) takes the party of what the quote stage's
    /// resolver makes of the pronoun (<see cref="Quotes.SpeakerResolver"/>, as for a pronoun speaker). "he"/"she" is a person, whose
    /// party is the actor list's or the state the article ties the person to, with the speaker round's guards (named within
    /// <see cref="SpeakerWindow"/> sentences, no other person of another party near); "it" the salient organization or state of its
    /// own sentence or the one before, only when the actor list holds it as a party. "they" is left: on fresh text it was as often
    /// a group the article never names ("when they bombed the building") or two persons ("They discussed") as a party. Runs per
    /// draft without an actor, not per token.
    /// </summary>
    private void AddPronounActor(Draft draft, Sentence sentence)
    {
        if (draft.Actors.Count > 0)
        {
            return;
        }

        int t = TokenAt(sentence, draft.Trigger.Start);
        if (doc.Tokens[t].Pos is not { } pos || !pos.StartsWith("VB", StringComparison.Ordinal) || IsPassive(sentence, t) || InRelativeClause(sentence, t))
        {
            return;
        }

        int p = t - 1;
        while (p >= sentence.FirstToken && p >= t - 3 && (Auxiliaries.Contains(Word(p)) || doc.Tokens[p].Pos is "RB" or "MD"))
        {
            // "he was not invited to attend": the pronoun of a passive is its target.
            if (PassiveAux.Contains(Word(p)) && !Word(t).EndsWith("ing", StringComparison.OrdinalIgnoreCase))
            {
                return;
            }

            p--;
        }

        if (p < sentence.FirstToken || p == t)
        {
            return;
        }

        var w = Word(p);
        bool it = w.Equals("it", StringComparison.OrdinalIgnoreCase);
        if (!(it || w.Equals("he", StringComparison.OrdinalIgnoreCase) || w.Equals("she", StringComparison.OrdinalIgnoreCase)))
        {
            return;
        }

        var pronoun = new Span(doc.Tokens[p].Start, doc.Tokens[p].End);
        if (_pronounResolver is null)
        {
            var direct = new List<Span>();
            foreach (var q in doc.Quotes)
            {
                if (q.Kind == QuoteKinds.Direct)
                {
                    direct.Add(q.Content);
                }
            }

            _pronounResolver = new Quotes.SpeakerResolver(doc, direct);
        }

        var resolved = it ? _pronounResolver.ResolveIt(pronoun) : _pronounResolver.Resolve(pronoun, w, w, 1);
        if (resolved is not { } named)
        {
            return;
        }

        if (named.Start < WindowStart(pronoun))
        {
            return;
        }

        Actor? party;
        if (IsPerson(named))
        {
            party = PersonParty(named);
            if (party is null || OtherPersonNear(named, pronoun, party))
            {
                return;
            }
        }
        else
        {
            party = PartyIn(named, out bool listed);
            if (party is null || !listed || !IsPartyKind(party.Kind))
            {
                return;
            }
        }

        draft.Actors.Add(party with { Mention = null });
    }

    /// <summary>The quote that voices a trigger of the sentence: its speaker in the sentence, the trigger in its content or its cue.</summary>
    private Quote? SpeakerQuote(Sentence sentence, Span trigger)
    {
        foreach (var q in QuotesAround(sentence))
        {
            if (q.Speaker is { } speaker && sentence.Span.Contains(speaker)
                && (q.Content.Contains(trigger) || (q.Cue is { } cue && cue.Overlaps(trigger))))
            {
                return q;
            }
        }

        return null;
    }

    /// <summary>
    /// "British Foreign Secretary Liz Truss condemned ...": an official the article ties to a state by a title of office acts for
    /// it, so the actor is the state (the guideline: state bodies and spokespeople normalize to their state), its mention the
    /// person's name. A person with no such tie (an analyst, an opposition figure, a legislator) keeps the name.
    /// </summary>
    private void ActOfOffice(Draft draft)
    {
        for (int i = draft.Actors.Count - 1; i >= 0; i--)
        {
            var actor = draft.Actors[i];
            if (actor.Kind != ActorMentions.PersonKind)
            {
                continue;
            }

            if (!_personStates.TryGetValue(actor.Name, out var state))
            {
                if (actor.Mention is not { } mention || TiedState(mention) is not { } tied)
                {
                    continue;
                }

                state = tied;
            }

            if (ContainsParty(draft.Actors, state))
            {
                draft.Actors.RemoveAt(i);
            }
            else
            {
                draft.Actors[i] = state with { Mention = actor.Mention };
            }
        }
    }

    /// <summary>"The American leader": a title that itself names the party, as the person it resolves to has.</summary>
    private bool NamesParty(Span speaker, Actor party) => PartyIn(speaker, out bool listed) is { } named && listed && named.Name == party.Name;

    /// <summary>Whether a person's name (PER) spans exactly <paramref name="span"/>.</summary>
    private bool IsPerson(Span span)
    {
        foreach (var e in _entities.StartingIn(span))
        {
            if (e.Span == span && e.Type == EntityTypes.Person)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A person's party: the actor list's ("Putin" is Russia), else the state the article ties the person to.</summary>
    private Actor? PersonParty(Span person) => PartyIn(person, out bool listed) is { } actor && listed ? actor : TiedState(person);

    /// <summary>"which was rejected", "a plan that called for": a relative pronoun before the trigger, past auxiliaries.</summary>
    private bool InRelativeClause(Sentence sentence, int t)
    {
        for (int i = t - 1; i >= sentence.FirstToken && i >= t - 3; i--)
        {
            var w = Word(i);
            if (!Auxiliaries.Contains(w))
            {
                return RelativePronouns.Contains(w)
                    || (w.Equals("that", StringComparison.OrdinalIgnoreCase) && i == t - 1 && doc.Tokens[t].Pos is "VBD" or "VBZ" or "VBP");
            }
        }

        return false;
    }

    /// <summary>Where the <see cref="SpeakerWindow"/> sentences before a speaker's own begin.</summary>
    private int WindowStart(Span speaker) => doc.Sentences[Math.Max(0, doc.SentenceIndexAt(speaker.Start) - SpeakerWindow)].Span.Start;

    /// <summary>"The head of British diplomacy": a subject that names a party other than <paramref name="party"/>.</summary>
    private bool NamesOtherParty(Span subject, Actor party)
    {
        foreach (var m in SpeakerMentions(doc.SentenceIndexAt(subject.Start)))
        {
            if (subject.Overlaps(m.Span(doc)) && m.Actor.Name != party.Name)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a person other than <paramref name="person"/> and not of <paramref name="party"/> is named in the
    /// speaker's sentence or the <see cref="SpeakerWindow"/> sentences before it.</summary>
    private bool OtherPersonNear(Span person, Span speaker, Actor party)
    {
        string name = doc.TextOf(person);
        foreach (var e in _entities.StartingIn(new Span(WindowStart(speaker), speaker.Start)))
        {
            if (e.Type != EntityTypes.Person || e.Span == person)
            {
                continue;
            }

            string other = doc.TextOf(e.Span);
            if (other != name && !SameSurname(other, name) && PersonParty(e.Span)?.Name != party.Name)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The state the article ties a person to, by full name or surname. Earlier sentences that name the person are read for a
    /// title on demand: their mentions were found only where they coded an event.
    /// </summary>
    private Actor? TiedState(Span person)
    {
        string name = doc.TextOf(person);
        if (_personStates.TryGetValue(name, out var state))
        {
            return state;
        }

        int read = -1;
        foreach (var e in doc.Entities)
        {
            // The person's own sentence too: "The Estonian foreign minister, Margus Tsahkna, said on X: ..." ties the speaker of
            // the quote that follows.
            if (e.Span.Start > person.Start)
            {
                break;
            }

            if (e.Type != EntityTypes.Person || doc.TextOf(e.Span) is var other && other != name && !SameSurname(other, name))
            {
                continue;
            }

            int index = doc.SentenceIndexAt(e.Span.Start);
            if (index == read || index < 0)
            {
                continue;
            }

            read = index;
            NoteTitledPersons(SpeakerMentions(index));

            // "Beth Van Schaack, the US ambassador-at-large" ties "Van Schaack" too, the name as this mention gives it.
            if (_personStates.TryGetValue(name, out state) || _personStates.TryGetValue(other, out state))
            {
                _personStates.TryAdd(name, state);
                return state;
            }
        }

        return null;
    }
}
