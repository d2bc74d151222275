using System.Collections.Frozen;
using System.Globalization;
using Sitrep.Pipeline;

namespace Sitrep.Events;

/// <summary>An event being built from one sentence, later perhaps merged with mentions of it in other sentences.</summary>
internal sealed class Draft(string eventClass, int sentence, Span evidence)
{
    public string Class { get; } = eventClass;

    public int Sentence { get; } = sentence;

    public Span Evidence { get; } = evidence;

    public TriggerSense? Sense { get; set; }

    public Span Trigger { get; set; }

    public string Stem { get; set; } = "";

    public bool Anaphoric { get; set; }

    /// <summary>"the attack": a definite nominal trigger, a retelling when an earlier event of its class is near.</summary>
    public bool Definite { get; set; }

    /// <summary>"his meeting with Wong", "Macron's talks": a nominal trigger owned by a possessive, told as known like a definite one.</summary>
    public bool Possessive { get; set; }

    /// <summary>"after the visit", "a summary of the conversation": a definite nominal heading a prepositional phrase names an event
    /// as a point of reference; the places of its sentence belong to the clause that governs the phrase.</summary>
    public bool InPhrase { get; set; }

    /// <summary>"a string of attacks", "strikes across Ukraine": a plural noun sums up several acts.</summary>
    public bool Plural { get; set; }

    public string? Mode { get; set; }

    public List<Actor> Actors { get; } = [];

    public List<Actor> Targets { get; } = [];

    public List<Span> ActorSpans { get; } = [];

    /// <summary>The country of an official's title after a meeting's "with" ("a conversation with the President of Pakistan").</summary>
    public Actor? TitledParty { get; set; }

    public PlaceMention? Place { get; set; }

    public EventDate? Date { get; set; }

    public Figure? Killed { get; set; }

    public Figure? Injured { get; set; }

    public List<Figure> Quantities { get; } = [];

    public List<string> Weapons { get; } = [];

    public Span? Source { get; set; }

    public int SourceScore { get; set; }

    public string Certainty { get; set; } = Certainties.Confirmed;

    /// <summary>The evidence sentences of the mentions merged into this one, its own first.</summary>
    public List<Span> Mentions { get; } = [evidence];

    /// <summary>The sentence of the latest mention merged in: how far back a chain of retellings was last told.</summary>
    public int LastSentence { get; set; } = sentence;

    /// <summary>The country of the acts told just before, the last fallback for a place (EventCoder.NarrativeCountry.cs).</summary>
    public PlaceMention? NarrativeCountry { get; set; }
}

/// <summary>The work of <see cref="EventStage"/> on one document.</summary>
internal sealed partial class EventCoder(Document doc, EventOptions options)
{
    /// <summary>How many sentences back "this assault" may refer.</summary>
    private const int AnaphoraReach = 2;

    /// <summary>How many sentences back a repeated trigger stem ("approval" after "approved") may merge.</summary>
    private const int StemReach = 8;

    private const int StemLength = 5;

    /// <summary>How many sentences back a mention with neither place nor date is taken as a retelling of an event of its class.</summary>
    private const int RetellingReach = 12;

    /// <summary>How many sentences back an attack with no actor, place or date ("she heard a massive explosion") is a detail of the last one.</summary>
    private const int BareReach = 3;

    /// <summary>How many words either side of a trigger its sense's cue word may be ("send ... troops", "hit ... with missiles").</summary>
    private const int CueReach = 20;

    /// <summary>How far after a reporting verb a demand's modal may stand ("said that the visit and permission to stay in the
    /// European Union should be withdrawn").</summary>
    private const int DemandReach = 12;

    /// <summary>How far "against" may follow "warn": an object stands between ("warns the United States against").</summary>
    private const int ObjectParticleReach = 5;

    /// <summary>
    /// An event the text dates this many calendar years or more before publication is background ("in 2014 Russia seized
    /// Crimea", "invaded Finland in 1939", a photo caption from 2018), not news of the article.
    /// </summary>
    private const int BackgroundYears = 2;

    /// <summary>One document a party issues, whose content told by an -ing participle is the party's statement ("a resolution
    /// condemning Russia", "a joint statement calling on the west"); in the singular, as numerous resolutions are a habit.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PartyDocuments = Words(
        "resolution", "statement", "declaration", "communique", "communiqué", "letter", "motion", "decree");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NounContext = Words(
        "the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "'s", "’s", "of", "for",
        "in", "after", "following", "during", "amid", "new", "recent", "latest", "further", "more", "massive", "major",
        "large", "largest", "coordinated", "deadly", "fresh", "overnight", "several", "many", "multiple", "repeated",
        "heavy", "intense", "such", "any", "no", "first", "last", "another", "other", "two", "three", "series",
        "retaliatory", "successful", "unexpected", "failed", "continued", "ongoing", "full-scale", "by", "with", "and",
        "or", "against", "on");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> VerbContext = Words(
        ["has", "have", "had", .. Factuality.BeButAm, "did", "does", "do", "also", "reportedly",
        "then", "they", "it", "he", "she", "we", "who", "which", "allegedly", "repeatedly", "successfully", "again",
        "subsequently", "later", "got", "get"]);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PassiveAux = Words(
        [.. Factuality.BeButAm, "got", "get", "gets"]);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ActorBoundary = Words(
        "that", "which", "who", ";", ":", "—", "–", "whom", "while", "whereas", "but", "because", "although");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> LocationPrepositions = Words(
        "in", "near", "at", "around", "from", "across", "over", "inside", "within", "throughout", "during", "since",
        "among", "between", "through", "outside", "beyond", "after", "before", "like", "than");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Anaphors = Words(
        "this", "that", "these", "those", "same");

    /// <summary>Possessive pronouns before which an -ing form is a noun, whatever its tag ("their standing with the party's base");
    /// not "her" (also an object: "saw her leaving") nor "'s" (also "is": "It's providing").</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PossessivePronouns = Words(
        "his", "its", "their", "our", "my", "your");

    /// <summary>An -ing form tagged VBG right after a possessive: a gerund used as a noun, not a verb ("undermines their standing with").</summary>
    private bool IsPossessedGerund(Sentence sentence, int t, string pos) =>
        pos == "VBG" && t > sentence.FirstToken && PossessivePronouns.Contains(Word(t - 1));

    /// <summary>Words before which a verb form cannot be a verb ("new supplies", "artillery shells").</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Determiners = Words(
        "the", "a", "an", "this", "these", "those", "its", "their", "his", "her", "our", "'s", "’s", "of", "new", "recent",
        "latest", "further", "more", "most", "several", "many", "multiple", "heavy", "such", "any", "no", "another", "other",
        "all", "some", "few");

    /// <summary>Nouns a nominal trigger can modify: then it names a kind of weapon or unit ("battle tank", "attack drones").</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ModifiedNouns = Words(
        "tank", "tanks", "vehicle", "vehicles", "helicopter", "helicopters", "aircraft", "rifle", "rifles", "group", "groups",
        "brigade", "brigades", "unit", "units", "force", "forces", "jet", "jets", "plane", "planes", "submarine", "boat", "boats",
        "capability", "capabilities", "power", "zone", "plan", "plans", "readiness", "experience");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AirNext = Words(
        "strike", "strikes", "raid", "raids", "attack", "attacks", "bombing", "bombings", "bomb", "bombs", "assault");

    /// <summary>Longest quote searched back from a trigger for the content holding it.</summary>
    /// <summary>Nouns after a country name that make it a modifier ("U.K. officials", "US forces").</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> InstitutionNouns = Words(
        "officials", "official", "forces", "troops", "soldiers", "military", "army", "government", "ministry", "president",
        "intelligence", "authorities", "defence", "defense", "diplomats", "embassy", "lawmakers", "leaders", "media",
        "spokesman", "spokeswoman", "side", "officers", "navy", "administration", "envoy", "ambassador", "citizens",
        "policy", "aid", "assistance", "support", "weapons", "decision", "sanctions");

    private const int MaxQuoteLength = 4000;

    private readonly EventLexicon _lexicon = options.Lexicon;
    private readonly SpanIndex<PlaceMention> _places = new(doc.Places, p => p.Span);
    private readonly SpanIndex<TimeExpression> _times = new(doc.Times, t => t.Span);
    private readonly SpanIndex<Figure> _figures = new(doc.Figures, f => f.Span);
    private readonly SpanIndex<EntityMention> _entities = new(doc.Entities, e => e.Span);
    private readonly SpanIndex<Attribution> _attributions = new(doc.Attributions, a => a.Span);
    private readonly SpanIndex<Quote> _quotes = new(doc.Quotes, q => q.Content);
    private readonly List<ActorMention> _mentions = [];
    private readonly List<Draft> _drafts = [];
    private readonly List<Draft> _sentenceDrafts = [];

    /// <summary>Persons the document introduces with their state's title ("The Latvian foreign minister, Edgars Rinkevics"), by
    /// full name and by surname: the state they act for, so that a retelling naming the state is the same party.</summary>
    private readonly Dictionary<string, Actor> _personStates = new(StringComparer.Ordinal);

    /// <summary>Title words that may stand between a state's mention and a person's name ("Chinese leader Xi Jinping"); in lower
    /// case after a call's "with", they name its other party ("a call with his US counterpart").</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TitleWords = Words(
        "president", "minister", "prime", "foreign", "defence", "defense", "affairs", "leader", "chancellor", "secretary", "state",
        "ambassador", "envoy", "spokesman", "spokeswoman", "spokesperson", "deputy", "vice", "first", "lady", "premier", "chief",
        "head", "commander", "general", "king", "queen", "counterpart", "counterparts", "diplomacy", "'s", "’s");

    /// <summary>Words before a state's title that say the person holds none of its offices ("former", "then US speaker").
    /// An opposition leader ("Labor opposition leader") ties nobody through the portfolio rule: "opposition" + "leader" is no office.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FormerWords = Words(
        "former", "ex", "then", "late");

    /// <summary>How many words a title may take between a state and a person ("Germany's deputy foreign minister,").</summary>
    private const int MaxTitleTokens = 5;

    /// <summary>The actor mentions of the sentence, found once per sentence and only when a draft needs them.</summary>
    private void FindMentions(Sentence sentence, ref bool found)
    {
        if (!found)
        {
            ActorMentions.Find(doc, sentence, _lexicon, _mentions, _entities.StartingIn(sentence.Span));
            NoteTitledPersons(_mentions);
            found = true;
        }
    }

    /// <summary>
    /// A draft an act of reported speech makes (a demand, an accusation): its trigger is the word that gives the act its
    /// class, its roles come from the reporting verb's clause.
    /// </summary>
    private void AddReportedDraft(Sentence sentence, int s, TriggerSense sense, int trigger, int reporting, ref bool mentionsFound)
    {
        if (IsCommentatorVoice(sentence, reporting, asVerb: true, sense.Class))
        {
            return;
        }

        FindMentions(sentence, ref mentionsFound);
        var draft = new Draft(sense.Class, s, sentence.Span)
        {
            Sense = sense,
            Trigger = doc.Tokens[trigger].Span,
            Stem = Stem(Word(trigger), sense.Lemma),
        };
        AssignRoles(draft, sentence, reporting, asVerb: true);
        _sentenceDrafts.Add(draft);
    }

    /// <summary>
    /// "The Latvian foreign minister, Edgars Rinkevics", "Ukraine's President Volodymyr Zelensky", "Chinese leader Xi Jinping": a
    /// state's (or an alliance's or organisation's) mention followed, through title words or one comma, by a person's name ties the
    /// person to it; so does the title after the name ("Beth Van Schaack, the US ambassador-at-large"). Before the name, one word
    /// of a portfolio may stand before an office ("White House press secretary", "Ukraine's Culture Minister"); after it, the
    /// title is title words only ("Oleksandr Tkachenko, Ukraine's culture minister" ties nobody). A former holder is not tied
    /// ("Former U.S. President Bill Clinton"), nor an opposition leader ("Russian opposition leader": no portfolio before "leader").
    /// </summary>
    private void NoteTitledPersons(List<ActorMention> mentions)
    {
        for (int i = 0; i < mentions.Count; i++)
        {
            var person = mentions[i];
            if (person.Actor.Kind != ActorMentions.PersonKind)
            {
                continue;
            }

            if (i > 0 && TitleBetween(mentions[i - 1], person.FirstToken))
            {
                Tie(person, mentions[i - 1]);
            }
            else if (i + 1 < mentions.Count && AppositiveTitle(person, mentions[i + 1]))
            {
                Tie(person, mentions[i + 1]);
            }
        }
    }

    /// <summary>Whether a state's mention and the person's name at <paramref name="end"/> have only a title between them:
    /// "Chinese leader", "the Russian president,", "Ukraine's prosecutor general" (one comma may end it).</summary>
    private bool TitleBetween(ActorMention state, int end)
    {
        if (!CanTitle(state) || end - state.EndToken > MaxTitleTokens)
        {
            return false;
        }

        bool portfolio = false;
        for (int k = state.EndToken; k < end; k++)
        {
            var w = Word(k);
            if ((w is "," && k == end - 1 && k > state.EndToken) || IsTitleWord(w))
            {
                continue;
            }

            // "press secretary", "Culture Minister", "secretary of state": one noun of a portfolio, or "of", before an office
            // that is not a leader's (not "the Saudi backed president").
            if (portfolio || k + 1 >= end || !IsTitleWord(Word(k + 1)) || Word(k + 1) is "leader" or "'s" or "’s" or ","
                || !(doc.Tokens[k].Pos is "NN" or "NNS" or "NNP" || w is "of") || FormerWords.Contains(w))
            {
                return false;
            }

            portfolio = true;
        }

        return true;
    }

    /// <summary>Whether a mention can give a person a title of its office: a state, its government or military, an alliance or a
    /// listed organisation, not after a preposition other than "of" ("Ukrainian Ambassador to the U.S. Oksana Markarova": a state
    /// after "to" is where the person serves, not whom for), and not after a word of a former holder.</summary>
    private bool CanTitle(ActorMention state)
        => (state.Actor.Kind is "state" or "government" or "military" or "alliance" || (state.Actor.Kind is "organization" && IsListed(state)))
            && state.Preposition is null or "of" && !(state.FirstToken > 0 && FormerWords.Contains(Word(state.FirstToken - 1)));

    /// <summary>"Sergei Lavrov, Russia's foreign minister", "Beth Van Schaack, the US ambassador-at-large for ...": a comma, an
    /// optional article, a state and a title of office after the name.</summary>
    private bool AppositiveTitle(ActorMention person, ActorMention state)
    {
        int k = person.EndToken;
        if (k >= doc.Tokens.Count || Word(k) is not ",")
        {
            return false;
        }

        k++;
        if (k < state.FirstToken && Word(k).Equals("the", StringComparison.OrdinalIgnoreCase))
        {
            k++;
        }

        if (k != state.FirstToken)
        {
            return false;
        }

        // The title runs to the first word that is not one, and holds an office, not only a possessive ("ambassador-at-large": its head).
        int end = state.EndToken;
        bool office = false;
        while (end < doc.Tokens.Count && end - state.EndToken < MaxTitleTokens && IsTitleWord(Word(end)))
        {
            office |= Word(end) is not ("'s" or "’s");
            end++;
        }

        // "met Biden, Ukrainian President Zelensky": a title followed by a name is that name's.
        return office && (end >= doc.Tokens.Count || !IsCapitalizedWord(end)) && CanTitle(state);
    }

    private static bool IsTitleWord(ReadOnlySpan<char> w)
    {
        int dash = w.IndexOf('-');
        return TitleWords.Contains(dash > 0 ? w[..dash] : w);
    }

    private void Tie(ActorMention person, ActorMention state)
    {
        string name = person.Actor.Name;
        var party = state.Actor with { Mention = null };
        _personStates[name] = party;
        int space = name.LastIndexOf(' ');
        if (space > 0 && space < name.Length - 1)
        {
            _personStates.TryAdd(name[(space + 1)..], party);
        }
    }

    /// <summary>An actor's party: a person's state when the document ties them to one, else the actor's own name.</summary>
    private string PartyName(Actor actor)
        => actor.Kind == ActorMentions.PersonKind && _personStates.TryGetValue(actor.Name, out var state) ? state.Name : actor.Name;

    /// <summary>The same party: <see cref="ContainsParty"/>, or a person and the state the document ties them to.</summary>
    private bool HasParty(List<Actor> list, Actor actor)
    {
        if (ContainsParty(list, actor))
        {
            return true;
        }

        string own = PartyName(actor);
        foreach (var a in list)
        {
            if (own == PartyName(a))
            {
                return true;
            }
        }

        return false;
    }

    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Words(params string[] words)
        => words.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    public void Run(CancellationToken cancellationToken)
    {
        for (int s = 0; s < doc.Sentences.Count; s++)
        {
            if ((s & 63) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            CodeSentence(s);
        }

        CarryRetoldPlaces(_drafts);
        NarrowMeetingCountries(_drafts);
        CarryMeetingPlace(_drafts);
        var events = options.MergeWithinDocument ? Merge(_drafts) : _drafts;
        FindNarrativeCountries(events);
        CarryLeadDay(events);
        foreach (var d in events)
        {
            doc.Events.Add(ToEvent(d));
        }
    }

    private ReadOnlySpan<char> Word(int t) => doc.Slice(doc.Tokens[t].Span);

    private void CodeSentence(int s)
    {
        var sentence = doc.Sentences[s];
        if (sentence.TokenCount == 0 || sentence.TokenCount > options.MaxSentenceTokens)
        {
            return;
        }

        // "BIDEN ADMIN DEVELOPED SANCTIONS PACKAGES": a line in capitals is a headline or a link to another story, not this
        // article's report; "Munich Safety Conference": a subheading that only names a topic; "If Russia attacks Ukraine, it
        // probably begins with bombing": condition and consequence alike.
        if (IsHeadline(sentence) || IsTopicLabel(sentence) || IsConditional(sentence))
        {
            return;
        }

        bool question = Word(sentence.EndToken - 1) is "?";
        bool mentionsFound = false;
        _sentenceDrafts.Clear();
        for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            var token = doc.Tokens[t];
            if (token.Kind != TokenKind.Word || !_lexicon.Triggers.TryGetValue(Word(t), out var forms))
            {
                continue;
            }

            // "U.S.-supplied", "Russian-occupied": an adjective compound, not an event.
            if (token.Start > 0 && doc.Text[token.Start - 1] is '-' or '‐')
            {
                continue;
            }

            if (!TryChoose(sentence, t, forms, out var form))
            {
                continue;
            }

            bool asVerb = IsVerbal(sentence, t, form);
            // "prompted embassies to withdraw staff": an act caused or ordered is reported with its cause (EventCoder.Military.cs).
            // "Shortly before Russia's February 24 invasion": an invasion with a date of its own is an act of that date, not the
            // time anchor of its clause (the onset2 round).
            bool ownDate = !asVerb && IsOnsetNoun(form.Sense) && NamesOwnDate(sentence, t);
            bool factual = Factuality.IsFactual(doc, sentence, t, asVerb, question, ownDate) || IsCausedAct(sentence, t, asVerb, form.Sense, question)
                || IsPledgedAid(sentence, t, asVerb, form.Sense, question);
            if (!factual || (!asVerb && ModifiesNoun(sentence, t, form.Sense)) || IsOpinion(sentence, t, form)
                || IsUnmadeGain(sentence, t, form.Sense, question))
            {
                continue;
            }

            // "it would try to create some provocation if Russia decided to invade": a condition opened inside the sentence
            // holds the act (EventCoder.Hypothetical.cs).
            if (InConditionalClause(sentence, t))
            {
                continue;
            }

            // "without either launching an attack", "Ukraine's chances for retaking territory": an act governed by a word that
            // makes it one not done or only possible (EventCoder.Mood.cs).
            if (InUnrealizedMood(sentence, t, asVerb))
            {
                continue;
            }

            FindMentions(sentence, ref mentionsFound);

            // "such attacks", "following Russian attacks", "the sites of their attacks": a kind of act, not one act.
            if (!asVerb && form.Sense.Class is EventClasses.Assault or EventClasses.Fight && IsGeneric(sentence, t))
            {
                continue;
            }

            // "talks about Russia's attack on Ukraine", "the parallels between Russia's attack on Finland and ...": a singular
            // attack or aggression owned by a state and aimed at a country, with no date or place below a country in the
            // sentence, names a war, as "Russia's invasion of Ukraine" does; it reports no new act.
            if (!asVerb && form.Sense.Class is EventClasses.Assault or EventClasses.Fight && NamesWar(sentence, t))
            {
                continue;
            }

            // "an assault on Ukraine's sovereignty", "an attack on the fundamental principles of international order": an attack
            // on an idea is a figure of speech, not violence.
            if (!asVerb && form.Sense.Class is EventClasses.Assault or EventClasses.Fight && AimsAtAbstraction(sentence, t))
            {
                continue;
            }

            // "Bombing affects my nerves": an -ing form opening the sentence as the subject of a present verb speaks of a kind of
            // act ("Invading Ukraine will prove to be a self-inflicted wound", under a modal, is hypothetical: Factuality).
            if (IsGenericGerundSubject(sentence, t))
            {
                continue;
            }

            // "Moscow had an answer for any country that threatened it", "those who backed the invasion", "Those whose fathers
            // were killed": an act told in a relative clause on a generic head (those, anyone, a noun after any or every) says
            // what such a party does or did, not one act; "for every murder perpetrated", "any invading force": a quantified act.
            if (HasGenericHead(sentence, t) || IsQuantifiedByAny(sentence, t))
            {
                continue;
            }

            // "which still threatens Ukraine's independence", "Putin is threatening Moldova's security": a threat in the
            // present describes a stance; a threat as an act is told in the past ("Russia threatened to strike").
            if (asVerb && form.Sense.Class == EventClasses.Threaten && !IsPastForm(t))
            {
                continue;
            }

            // "after the start of the Russian invasion", "from the beginning of the invasion": the onset of the war named as a point
            // in time is a background anchor, as "since the invasion" is.
            if (!asVerb && IsOnsetNoun(form.Sense) && AfterOnsetNoun(sentence, t))
            {
                continue;
            }

            if (!asVerb && form.Sense.Class is EventClasses.Assault or EventClasses.Fight && IsNamePart(sentence, t))
            {
                continue;
            }

            if (asVerb && form.Sense.Class == EventClasses.Agree && AgreesToAct(sentence, t))
            {
                continue;
            }

            // "in advance" is an idiom; "argued against sending weapons" is opposition to the act.
            if (IsIdiomOrOpposed(sentence, t))
            {
                continue;
            }

            // "she heard a massive explosion": a detail of a witness's account, not an event of its own.
            if (!asVerb && form.Sense.Class == EventClasses.Assault && IsPerceived(sentence, t))
            {
                continue;
            }

            // "Shoigu kills children.", "how the West destroys peace": a material act told in the simple present inside a direct
            // quote is rhetoric about a habit, unless the quote says when or where. Past acts a quoted official reports stay when
            // the quote says when or where or gives a figure (below).
            if (asVerb && form.Sense.Class is EventClasses.Assault or EventClasses.Fight or EventClasses.Mobilize or EventClasses.Coerce or EventClasses.Retreat or EventClasses.Aid
                && IsSimplePresent(t) && (IsUnanchoredQuote(sentence, token.Span) || (s > 0 && !IsAnchored(sentence.Span))))
            {
                continue;
            }

            // "By submitting your email, you agree to our Terms of Service": a verb in the simple present whose subject is "you",
            // outside any quote, speaks to the reader; it tells no party's act.
            if (asVerb && t > sentence.FirstToken && Word(t - 1).Equals("you", StringComparison.OrdinalIgnoreCase) && IsSimplePresent(t)
                && !InQuote(token.Span) && !InQuoteMarks(sentence, t))
            {
                continue;
            }

            // "People were killed for them," the leader said: an attack or clash a direct quote tells with no time, no place below a
            // country and no figure in its sentence is rhetoric, whatever the tense; a quoted report of a strike names one of them.
            if (form.Sense.Class is EventClasses.Assault or EventClasses.Fight && _figures.StartingIn(sentence.Span).Length == 0 && IsUnanchoredQuote(sentence, token.Span))
            {
                continue;
            }

            // "to see how “the West destroys peace”", "a mixture of dead and wounded", "the anniversary of the battle for Stalingrad":
            // an attack or clash named, not reported as violence of the article (EventCoder.Violence.cs).
            if (form.Sense.Class is EventClasses.Assault or EventClasses.Fight && IsNamedNotReported(sentence, t, asVerb))
            {
                continue;
            }

            // "we fought and won a Cold War", "war crimes committed by Russian soldiers", "strike and air defence missiles": an act of
            // force named in commentary or a past narrative, or a word of force in another sense (EventCoder.FalseMilitary.cs).
            if (IsForceNamedNotReported(s, t, asVerb, form.Sense))
            {
                continue;
            }

            // "despite the fighting", "six months after Russia invaded the country": the war or a campaign named as the
            // circumstance or time of another clause, with no date, place or figure of its own (EventCoder.Background.cs).
            if (IsWarBackground(sentence, t, asVerb, form.Sense))
            {
                continue;
            }

            // "struck a bellicose tone", "a barrage of unprecedented Western sanctions": a trigger word in a collocation that
            // gives it another sense in general English (EventCoder.Senses.cs, Data/senses.tsv).
            if (InAnotherSense(sentence, t, form.Sense))
            {
                continue;
            }

            // "the troops gathered around Ukraine": a participle describing troops says where they stand (EventCoder.Military.cs).
            if (DescribesTroops(sentence, t, asVerb, form.Sense))
            {
                continue;
            }

            // "accused Ukraine of attacking targets": the act is the accusation's content, coded as the accusation only.
            if (form.Sense.Class is EventClasses.Assault or EventClasses.Fight && IsAccusationContent(sentence, t))
            {
                continue;
            }

            // "Trump, who has opposed US support for Kyiv and criticised the administration", "cluster bombs, which have a record
            // of killing civilians": a relative clause that says neither when nor where describes a participant; it does
            // not report an act of the article.
            if (InUnanchoredRelativeClause(sentence, t))
            {
                continue;
            }

            // "For 100 days, Russia has been continually bombarding ...": an act going on over a stated period is a campaign told
            // as a whole, not one event.
            if (asVerb && form.Sense.Class is EventClasses.Assault or EventClasses.Fight && IsCampaign(sentence, t))
            {
                continue;
            }

            // "has condemned Russian aggression several times", "troops engage in routine exercises", "negotiated settlements are
            // often morally unsatisfying": an act told as repeated over an open period is a habit, not one event, and one told
            // as usual is a general truth.
            if (IsRepeated(sentence, t))
            {
                continue;
            }

            // "Ukraine is fighting for its sovereignty": an attack or clash in the present progressive with no date and no place
            // below a country describes the war going on, not one event of it.
            if (asVerb && form.Sense.Class is EventClasses.Assault or EventClasses.Fight && IsPresentProgressive(sentence, t) && !IsAnchored(sentence.Span))
            {
                continue;
            }

            // "banners calling on the nation to resist", "drills agreed to by Moscow": a participle right after a common noun
            // describes the noun; a statement or agreement told that way is not reported as an act. A party's document is the
            // exception: "passed a resolution demanding Russia end its occupation", "signed a joint statement calling on the
            // west": what the document does is its issuer's act (the dropped round).
            if (asVerb && form.Sense.Class is EventClasses.Request or EventClasses.Accuse or EventClasses.Reject or EventClasses.Agree
                    or EventClasses.Support or EventClasses.Consult or EventClasses.Threaten
                && doc.Tokens[t].Pos is "VBG" or "VBN" && t > sentence.FirstToken && doc.Tokens[t - 1].Pos is "NN" or "NNS"
                && !(doc.Tokens[t].Pos is "VBG" && PartyDocuments.Contains(Word(t - 1))))
            {
                continue;
            }

            // "The sanctions imposed by the collective West did not break our economies", "refrain from joining sanctions imposed on
            // Russia": sanctions described by a participle, in a sentence that gives no date, are a standing state named, not
            // an act reported.
            if (form.Sense.Class == EventClasses.Sanction && IsDescribedByParticiple(sentence, t, asVerb) && !IsAnchored(sentence.Span))
            {
                continue;
            }

            // "doesn't comply with the Minsk agreements", "We comply with our agreements with Russia": agreements in the plural, in a
            // sentence that gives no date, are ones in force, named; an agreement made is told in the singular or by a verb.
            if (!asVerb && form.Sense.Class == EventClasses.Agree && IsPluralNoun(Word(t), form.Sense.Lemma) && !IsAnchored(sentence.Span))
            {
                continue;
            }

            // "the transport of destroyed Russian tanks", "visited wounded children": a participle after a preposition, a
            // determiner or a main verb and before a noun phrase is an adjective; it names a state, not an act.
            if (asVerb && doc.Tokens[t].Pos is "VBN" or "VBD" && t > sentence.FirstToken && t + 1 < sentence.EndToken
                && (doc.Tokens[t - 1].Pos is "IN" or "DT" || (doc.Tokens[t - 1].Pos is { } prevTag && prevTag.StartsWith("VB", StringComparison.Ordinal) && !Auxiliaries.Contains(Word(t - 1))))
                && doc.Tokens[t + 1].Pos is { } nextTag
                && (nextTag.StartsWith("NN", StringComparison.Ordinal) || nextTag.StartsWith("JJ", StringComparison.Ordinal)))
            {
                continue;
            }

            // "a proposal Zelenskyy has refused if it does not include ...": an act under a condition that follows it is a stance.
            if (asVerb && FollowedByCondition(sentence, t))
            {
                continue;
            }

            // "Moskalyov had been charged with discrediting the army": the past perfect outside reported speech and without a date
            // tells the background of the article's news, not the news.
            if (asVerb && IsPastPerfect(sentence, t) && !IsDated(sentence.Span) && !AfterReportingVerb(sentence, t))
            {
                continue;
            }

            // "he remains committed to doing what he can": a participle after a linking verb and before "to" + verb is a stance.
            if (asVerb && IsPredicativeParticiple(sentence, t))
            {
                continue;
            }

            // "When asked if a diplomatic solution would ...", "he was asked whether": a question put to a speaker, not a request.
            // "Asked to expand on this point, the foreign secretary said", "Mularczyk, asked in May by the daily ..., replied": a
            // passive participle with no "be", opening the sentence or set off by a comma, tells what an interviewer put to the
            // speaker of the main clause.
            if (form.Sense.Lemma == "ask" && (IsReducedPassiveAsk(sentence, t) || (t > sentence.FirstToken && (Word(t - 1).Equals("when", StringComparison.OrdinalIgnoreCase)
                || Word(t - 1).Equals("if", StringComparison.OrdinalIgnoreCase) || (Word(t).EndsWith("ed", StringComparison.OrdinalIgnoreCase) && IsPassive(sentence, t))))))
            {
                continue;
            }

            // "Moskalyov pleaded not guilty": a plea in court answers a charge; it asks nothing of anyone.
            if (form.Sense.Lemma == "plead" && IsCourtPlea(sentence, t))
            {
                continue;
            }

            // "a news conference" is not diplomacy.
            if (!asVerb && form.Sense.Class == EventClasses.Consult && t > sentence.FirstToken && Word(t - 1) is "news" or "press")
            {
                continue;
            }

            // "a battle of wills", "the fight against corruption": a nominal clash with no party and no place is a figure of speech.
            if (!asVerb && form.Sense.Class == EventClasses.Fight && _mentions.Count == 0 && !HasPlace(sentence))
            {
                continue;
            }

            // "91 rescuers have been killed since the invasion", "killing 1,000 troops every day": a tally or a habit, not one event.
            if (form.Sense.Lemma is "kill" or "killing" or "injure" or "wound" && IsTallyOrHabit(sentence, t))
            {
                continue;
            }

            // "since February 2023, 20 generals were killed", "Russia has launched 1,000 drones so far": a count over a
            // running period sums up many acts; it is not one event.
            if (form.Sense.Class is EventClasses.Assault or EventClasses.Fight && IsTally(sentence))
            {
                continue;
            }

            // "the costs of sanctions", "afraid of sanctions", "regarding imposing sanctions", "in his speech at the forum": a
            // statement or meeting named as the topic or the setting of a sentence is not reported as an act.
            if (form.Sense.Class is EventClasses.Sanction or EventClasses.Consult or EventClasses.Request or EventClasses.Accuse
                    or EventClasses.Reject or EventClasses.Threaten or EventClasses.Agree or EventClasses.Support
                && IsTopicMention(sentence, t, asVerb, form.Sense.Class == EventClasses.Consult))
            {
                continue;
            }

            // "Despite the Kremlin being sanctioned", "was still open to peace talks": a standing state or negotiating in general
            // (EventCoder.Exchanges.cs).
            if (IsStandingExchange(sentence, t, asVerb, form.Sense.Class))
            {
                continue;
            }

            // "pulling out of the grain deal", "asked Zelensky about", "allowed himself to assess": a statement or exchange word that
            // names no act of a party (EventCoder.Verbal.cs).
            if (IsVerbalWordWithoutAct(sentence, t, asVerb, form.Sense))
            {
                continue;
            }

            // "Thank you for being with us", "thanked the Ukrainian military", "thanks to": thanks that back no partner; "back in
            // February", "backed by Moscow": no party backing another (EventCoder.Support.cs).
            if (IsThanksToNoPartner(sentence, t, form.Sense) || IsBackingWithoutAct(sentence, t, form.Sense))
            {
                continue;
            }

            // "told reporters during a phone call": a briefing; "chaired a national security meeting": one party's own meeting, not
            // a consultation of parties (EventCoder.Consult.cs).
            if (IsConsultOfNoParties(sentence, t, form.Sense))
            {
                continue;
            }

            // "the journalist noted that ... should", "said the analyst": commentary, not a party's statement; "has previously
            // warned": a standing position (EventCoder.Speakers.cs).
            if (IsCommentatorVoice(sentence, t, asVerb, form.Sense.Class) || IsStandingStatement(sentence, t, asVerb, form.Sense.Class))
            {
                continue;
            }

            // "They have been condemned internationally": blame with no agent (EventCoder.Diffuse.cs).
            if (IsAgentlessCharge(sentence, t, form.Sense.Class))
            {
                continue;
            }

            var draft = FindDraft(form.Sense.Class);

            // "The US sent soldiers to Poland, and Germany increased the number of troops in Lithuania": a new clause
            // with its own subject right before a verbal trigger is a second event of the class, not more roles.
            if (draft is not null && asVerb && OpensNewClause(draft, t))
            {
                draft = null;
            }

            if (draft is null)
            {
                draft = new Draft(form.Sense.Class, s, sentence.Span)
                {
                    Sense = form.Sense,
                    Trigger = TriggerSpan(sentence, t, form.Sense),
                    Stem = Stem(Word(t), form.Sense.Lemma),
                    Anaphoric = IsAnaphoric(sentence, t, asVerb),
                    Definite = !asVerb && t > sentence.FirstToken && Word(t - 1).Equals("the", StringComparison.OrdinalIgnoreCase),
                    Possessive = !asVerb && IsOwned(sentence, t),
                    InPhrase = !asVerb && t - 2 >= sentence.FirstToken && IsArticle(Word(t - 1)) && PhraseHeads.Contains(Word(t - 2)),
                    Plural = !asVerb && IsPluralNoun(Word(t), form.Sense.Lemma),
                    Mode = form.Sense.Mode,
                };
                _sentenceDrafts.Add(draft);
            }

            AssignRoles(draft, sentence, t, asVerb);
        }

        // "She said Western allies must double down", "told the website that EU countries should restrict visas": a demand
        // told as an obligation of another party in reported speech is a request by the speaker.
        if (FindDraft(EventClasses.Request) is null && !question && ReportedDemand(sentence, out int reporting, out int modal))
        {
            FindMentions(sentence, ref mentionsFound);

            // "the NATO head said the alliance must sustain": the speaker's own duty (EventCoder.Speakers.cs).
            if (!IsOwnDuty(reporting, modal))
            {
                AddReportedDraft(sentence, s, DemandSense, modal, reporting, ref mentionsFound);
            }
        }

        // "called all the parties to promote a solution", "call the US, Europe and Russia to continue talks": an appeal told as
        // "call" + the parties addressed + "to" + a verb is a request, as "call on them to" is.
        if (FindDraft(EventClasses.Request) is null && !question && CallToAct(sentence, out int call))
        {
            AddReportedDraft(sentence, s, CallToSense, call, call, ref mentionsFound);
        }

        // "warned that Russia was ready to use nuclear weapons", "said weapons delivered by the West would be fair targets": a
        // party's readiness to use force, told in its own reported words, is a threat.
        if (FindDraft(EventClasses.Threaten) is null && !question && ThreatOfForce(sentence, out int threatener, out int threat))
        {
            AddReportedDraft(sentence, s, ThreatSense, threat, threatener, ref mentionsFound);
        }

        // "He called double-taps \"utterly immoral\"", "the West destroys peace, Zakharova said": reported speech that judges
        // another party's conduct in words of blame is an accusation by the speaker.
        if (FindDraft(EventClasses.Accuse) is null && !question && ReportedAccusation(sentence, out int accuser, out int blame))
        {
            AddReportedDraft(sentence, s, BlameSense, blame, accuser, ref mentionsFound);
        }

        // "The West is trying to unleash a conflict, Lukashenko said": an utterance of a party whose content rejects, accuses or
        // demands (EventCoder.Statements.cs).
        CodeStatements(sentence, s, question, ref mentionsFound);

        // "France will not invite Putin to the anniversary": an exclusion from an occasion is a sanction (EventCoder.Exchanges.cs).
        if (FindDraft(EventClasses.Sanction) is null && !question && FindExclusion(sentence, out int invite, out bool announced))
        {
            AddReportedDraft(sentence, s, announced ? AnnouncedExclusionSense : ExclusionSense, invite, invite, ref mentionsFound);
        }

        // "repelled the offensive and killed 5,000 troops": killings in a sentence that reports a clash are the clash's
        // casualties (ACLED counts a battle's fatalities with the battle), not a one-sided attack of their own.
        if (FindDraft(EventClasses.Fight) is { } fight)
        {
            _sentenceDrafts.RemoveAll(d => d.Class == EventClasses.Assault && d.Sense?.Lemma is "kill" or "killing" or "injure" or "wound");

            // "Ukrainian forces repelled a Russian attack near Brody": an attack that is the object of a verb of combat is the
            // clash's other side, not a one-sided attack of its own.
            if (FindDraft(EventClasses.Assault) is { } attack && IsObjectOf(sentence, fight.Trigger, attack.Trigger))
            {
                _sentenceDrafts.Remove(attack);
            }
        }

        // "a UN resolution demanding that Russia withdraw its forces", "inviting the Russian president to attend a summit": an act
        // asked for is the request's content; the request is the one act told (EventCoder.Verbal.cs).
        if (FindDraft(EventClasses.Request) is not null)
        {
            var requests = _sentenceDrafts.FindAll(d => d.Class == EventClasses.Request);
            _sentenceDrafts.RemoveAll(d => IsRequestContent(sentence, d, requests));
        }

        foreach (var draft in _sentenceDrafts)
        {
            AddSpeakerParty(draft, sentence);
            AddPronounActor(draft, sentence);
            ActOfOffice(draft);
            if (Complete(draft, sentence))
            {
                _drafts.Add(draft);
            }
        }
    }

    private static readonly TriggerSense BlameSense = new("blame", EventClasses.Accuse, null, null, null, null, int.MaxValue);

    private static readonly TriggerSense DemandSense = new("must", EventClasses.Request, null, null, null, null, int.MaxValue);

    private static readonly TriggerSense ThreatSense = new("threaten", EventClasses.Threaten, null, null, null, null, int.MaxValue);

    /// <summary>Verbs that report a party's own words, in which a readiness to use force is its threat.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ThreatReporters = Words(
        "said", "says", "told", "tells", "warned", "warns", "warning", "stated", "declared", "announced", "added", "stressed",
        "insisted", "emphasized", "emphasised", "noted");

    /// <summary>What a party declares itself ready to use when it threatens force.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ForceWords = Words(
        "weapon", "weapons", "nuclear", "arsenal", "force", "forces", "missiles", "army", "troops", "military");

    /// <summary>How many words after "ready to use" the thing used may come ("ready to use the Arsenal of Great Britain").</summary>
    private const int ForceReach = 4;

    /// <summary>
    /// A reporting verb told as fact, and in its sentence a declared readiness to use force ("ready/prepared to use" + weapons,
    /// force, the arsenal), a declaration that something is a "legitimate/fair target", or "not bluffing": the threat of the
    /// reporting verb's subject. A warning of consequences in general is not one (the labelling decisions code it only when it
    /// names force); nor is readiness to use something else ("we're ready to use it", of uranium).
    /// </summary>
    private bool ThreatOfForce(Sentence sentence, out int reporting, out int cue)
    {
        reporting = cue = -1;
        for (int i = sentence.FirstToken; i < sentence.EndToken - 1 && cue < 0; i++)
        {
            var w = Word(i);

            // The cue words are 4 to 10 letters long and start with r, p, l, f or b: one switch skips most words.
            if (w.Length is < 4 or > 10 || (w[0] | 0x20) is not ('r' or 'p' or 'l' or 'f' or 'b'))
            {
                continue;
            }

            if ((w.Equals("ready", StringComparison.OrdinalIgnoreCase) || w.Equals("prepared", StringComparison.OrdinalIgnoreCase))
                && i + 2 < sentence.EndToken && Word(i + 1).Equals("to", StringComparison.OrdinalIgnoreCase) && Word(i + 2).Equals("use", StringComparison.OrdinalIgnoreCase))
            {
                for (int j = i + 3; j < sentence.EndToken && j <= i + 2 + ForceReach; j++)
                {
                    if (ForceWords.Contains(Word(j)))
                    {
                        cue = i;
                        break;
                    }
                }
            }
            else if ((w.Equals("legitimate", StringComparison.OrdinalIgnoreCase) || w.Equals("fair", StringComparison.OrdinalIgnoreCase))
                && (Word(i + 1).Equals("target", StringComparison.OrdinalIgnoreCase) || Word(i + 1).Equals("targets", StringComparison.OrdinalIgnoreCase)))
            {
                cue = i;
            }
            else if (w.Equals("bluffing", StringComparison.OrdinalIgnoreCase) && i - 1 >= sentence.FirstToken
                && (Word(i - 1).Equals("not", StringComparison.OrdinalIgnoreCase) || (i - 2 >= sentence.FirstToken && Word(i - 2).Equals("not", StringComparison.OrdinalIgnoreCase))))
            {
                cue = i;
            }
        }

        if (cue < 0)
        {
            return false;
        }

        for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            if (ThreatReporters.Contains(Word(i)) && Factuality.IsFactual(doc, sentence, i, asVerb: true, questionMark: false))
            {
                reporting = i;
                return true;
            }
        }

        return false;
    }

    private static readonly TriggerSense CallToSense = new("call", EventClasses.Request, null, null, null, null, int.MaxValue);

    /// <summary>The most words between "call" and "to" that the parties addressed may take ("the US, Europe and Russia").</summary>
    private const int CallObjectReach = 8;

    /// <summary>What follows "call" without naming parties addressed: a particle, or a pronoun of a thing ("called it necessary").</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CallNonObjects = Words(
        "on", "upon", "for", "up", "out", "off", "back", "in", "it", "this", "that", "what", "itself", "themselves", "himself", "herself");

    /// <summary>Verbs after "called X to" that tell the purpose of a phone call, not an appeal ("called Macron to discuss").</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CallPurposes = Words(
        "discuss", "congratulate", "thank", "express", "say", "tell", "inform", "offer", "talk", "wish", "convey", "share", "ask",
        "brief", "condole", "apologize", "apologise", "confirm", "check", "be");

    /// <summary>
    /// A form of "call", in the active voice and told as fact, then the parties addressed (one to <see cref="CallObjectReach"/>
    /// words, commas and "and" between, no verb, no person's name: "called Macron to discuss" is a phone call), then "to" and a
    /// verb of what they are asked to do: "called all the parties to promote", "call the Kosovian authorities to withdraw".
    /// </summary>
    private bool CallToAct(Sentence sentence, out int call)
    {
        call = -1;
        for (int t = sentence.FirstToken; t < sentence.EndToken - 3; t++)
        {
            var w = Word(t);

            // Most words start otherwise: one comparison skips them before the four string comparisons.
            if (w.Length < 4 || (w[0] | 0x20) != 'c')
            {
                continue;
            }

            if (!(w.Equals("call", StringComparison.OrdinalIgnoreCase) || w.Equals("calls", StringComparison.OrdinalIgnoreCase)
                || w.Equals("called", StringComparison.OrdinalIgnoreCase) || w.Equals("calling", StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            if (doc.Tokens[t].Pos is { } callTag && !callTag.StartsWith("VB", StringComparison.Ordinal))
            {
                continue;
            }

            if (CallNonObjects.Contains(Word(t + 1)) || doc.Tokens[t + 1].Kind != TokenKind.Word || IsPassive(sentence, t))
            {
                continue;
            }

            int to = -1;
            for (int i = t + 1; i < sentence.EndToken - 1 && i <= t + CallObjectReach + 1; i++)
            {
                var o = Word(i);
                if (o.Equals("to", StringComparison.OrdinalIgnoreCase))
                {
                    to = i;
                    break;
                }

                if ((doc.Tokens[i].Kind != TokenKind.Word && o is not ",") || doc.Tokens[i].Pos is { } tag && (tag.StartsWith("VB", StringComparison.Ordinal) || tag is "PRP" && !o.Equals("them", StringComparison.OrdinalIgnoreCase)))
                {
                    break;
                }
            }

            if (to < 0 || to == t + 1 || doc.Tokens[to - 1].Pos is "JJ" || CallPurposes.Contains(Word(to + 1)) || NamesPerson(doc.Tokens[t + 1].Start, doc.Tokens[to - 1].End))
            {
                continue;
            }

            var next = doc.Tokens[to + 1];
            bool verb = next.Pos is null ? next.Kind == TokenKind.Word && char.IsLower(Word(to + 1)[0]) : next.Pos == "VB";
            if (verb && (Factuality.IsFactual(doc, sentence, t, asVerb: true, questionMark: false) || UsedOccasionTo(sentence, t)))
            {
                call = t;
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "used the interview to call", "took the opportunity to call": an infinitive after use/take + an occasion tells what the
    /// speaker did on it, not a purpose still to come.
    /// </summary>
    private bool UsedOccasionTo(Sentence sentence, int t)
    {
        if (t - 1 <= sentence.FirstToken || !Word(t - 1).Equals("to", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        for (int i = t - 2; i >= sentence.FirstToken && i >= t - 6; i--)
        {
            var w = Word(i);
            if (w is "used" or "uses" or "using" or "took" or "takes" or "taking")
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

    /// <summary>"pleaded guilty", "pleads not guilty", "pleaded innocent": the word after the plea, or after its "not".</summary>
    private bool IsCourtPlea(Sentence sentence, int t)
    {
        int next = t + 1;
        if (next < sentence.EndToken && Word(next).Equals("not", StringComparison.OrdinalIgnoreCase))
        {
            next++;
        }

        return next < sentence.EndToken && (Word(next).Equals("guilty", StringComparison.OrdinalIgnoreCase) || Word(next).Equals("innocent", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Whether a person's name (a PER entity) lies in the characters from start to end.</summary>
    private bool NamesPerson(int start, int end)
    {
        foreach (var e in _entities.StartingIn(new Span(start, end)))
        {
            if (e.Type == EntityTypes.Person)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Verbs that report what someone said or holds, after which "X must/should/has to do" is the speaker's demand.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> DemandReporters = Words(
        "said", "says", "told", "tells", "added", "stated", "insisted", "insists", "stressed", "stresses", "emphasized",
        "emphasised", "emphasizes", "emphasises", "argued", "argues", "believes", "wrote", "writes", "declared", "noted");

    /// <summary>Subjects of a modal that state the speaker's own duty or a general remark, not a demand on another party.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NonDemandSubjects = Words(
        "i", "we", "it", "there", "this", "that", "one", "you", "he", "she", "they", "everyone", "everybody", "all", "nobody",
        "anyone");

    /// <summary>
    /// A reporting verb with a word of blame in the same sentence, in its reported clause or in a quote before it:
    /// "Zakharova said ... how \"the West destroys peace\"", "\"It is a crime,\" he said".
    /// </summary>
    private bool ReportedAccusation(Sentence sentence, out int reporting, out int blame)
    {
        reporting = blame = -1;

        // Words of blame are rare: look for one first, and for the reporting verb only in a sentence that has one.
        for (int i = sentence.FirstToken; i < sentence.EndToken && blame < 0; i++)
        {
            if (_lexicon.Blame.Contains(Word(i)) && char.IsLower(Word(i)[0]) && !WarNames.Contains(Word(i)) && !AfterCounterVerb(sentence, i)
                && !UnderProcedure(sentence, i) && !IsWarEpithet(sentence, i))
            {
                blame = i;
            }
        }

        for (int i = sentence.FirstToken; i < sentence.EndToken && blame >= 0 && reporting < 0; i++)
        {
            if (DemandReporters.Contains(Word(i)) || BlameReporters.Contains(Word(i)))
            {
                reporting = i;
            }
        }

        return reporting >= 0 && blame >= 0;
    }

    /// <summary>
    /// Words of blame that news also uses to name the war ("Russian aggression", "the aggressor"): after "called" they insult,
    /// but in reported speech they mostly name the war, so they do not make an accusation there.
    /// </summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> WarNames = Words("aggression", "aggressor");

    /// <summary>Verbs and prepositions of opposing a kind of wrong: "counter disinformation", "combating illegal fishing" is a policy, not blame.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CounterWords = Words(
        "counter", "countering", "combat", "combating", "combatting", "fight", "fighting", "tackle", "tackling", "prevent",
        "preventing", "against", "curb", "curbing");

    /// <summary>
    /// Verbs that tell a reply or a likening, beyond the reporting verbs of a demand: "Biden responded that the Russian leader had
    /// \"shamelessly violated\" the Charter", "compared German tanks to the Nazis". Not "claimed" or "alleged": in this corpus
    /// they mostly carry the narrator's own judgement of the claim ("repeating disproven claims", "alleged war crimes").
    /// </summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> BlameReporters = Words(
        "responded", "responds", "replied", "replies", "retorted", "compared", "compares", "likened", "likens");

    /// <summary>Words of a legal or investigative procedure: what they govern is a case's subject, not the speaker's blame.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ProcedureWords = Words(
        "investigate", "investigates", "investigated", "investigating", "investigation", "investigations", "probe", "probes",
        "accountable", "accountability", "impunity", "charges", "prosecute", "prosecuted", "prosecuting", "prosecution",
        "tribunal", "punishment", "justice", "allegation", "allegations");

    /// <summary>How many words before a blame word a procedure word still governs it ("hold accountable those who have committed war crimes").</summary>
    private const int ProcedureReach = 8;

    /// <summary>
    /// "investigate Russian war crimes", "there can be no impunity for war crimes", "on charges of committing war crimes": a word
    /// of blame governed by a word of procedure, within <see cref="ProcedureReach"/> words before it and in its clause (no
    /// punctuation between but a quote mark), names what a case is about; the speaker does not accuse anyone by it. So do
    /// "allegations of war crimes were being examined": the claims a procedure weighs.
    /// </summary>
    private bool UnderProcedure(Sentence sentence, int i)
    {
        for (int j = i - 1; j >= sentence.FirstToken && j >= i - ProcedureReach; j--)
        {
            var w = Word(j);
            if (doc.Tokens[j].Kind == TokenKind.Punctuation && w is not "\"" and not "“" and not "”")
            {
                return false;
            }

            if (ProcedureWords.Contains(w))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A blame word right after, or one word after, a verb of opposing it.</summary>
    private bool AfterCounterVerb(Sentence sentence, int i)
        => (i - 1 >= sentence.FirstToken && CounterWords.Contains(Word(i - 1)))
            || (i - 2 >= sentence.FirstToken && CounterWords.Contains(Word(i - 2)) && doc.Tokens[i - 1].Kind == TokenKind.Word);

    /// <summary>
    /// A reporting verb followed within <see cref="DemandReach"/> words, in one clause (one "that" may open it), by a
    /// subject that is not a pronoun and must/should/has to/had to + a base verb: "Biden added that Russia should demonstrate",
    /// "Levits said that the permission ... should be withdrawn". A rule for reported speech only: a modal in the narrator's
    /// voice is a forecast.
    /// </summary>
    private bool ReportedDemand(Sentence sentence, out int reporting, out int modal)
    {
        reporting = modal = -1;
        if (!HasDemandModal(sentence))
        {
            return false;
        }

        for (int r = sentence.FirstToken; r < sentence.EndToken - 3; r++)
        {
            if (!DemandReporters.Contains(Word(r)))
            {
                continue;
            }

            int first = r + 1;
            bool opened = false;
            for (int i = r + 1; i < sentence.EndToken - 1 && i <= r + DemandReach; i++)
            {
                var w = Word(i);

                // "said that ...", "told the website that ...": the first "that" opens the reported clause after an addressee.
                if (!opened && w.Equals("that", StringComparison.OrdinalIgnoreCase))
                {
                    first = i + 1;
                    opened = true;
                    continue;
                }

                if (doc.Tokens[i].Kind == TokenKind.Punctuation && w is not "\"" and not "“" and not "'s" and not "’s")
                {
                    if (w is "," && i < first + 2)
                    {
                        continue;
                    }

                    break;
                }

                int verb = -1;
                if (w.Equals("must", StringComparison.OrdinalIgnoreCase) || w.Equals("should", StringComparison.OrdinalIgnoreCase))
                {
                    verb = i + 1;
                }
                else if (w is "has" or "have" or "had" && Word(i + 1).Equals("to", StringComparison.OrdinalIgnoreCase))
                {
                    verb = i + 2;
                }
                else if (Factuality.IsModal(w) || w.Equals("that", StringComparison.OrdinalIgnoreCase))
                {
                    break;
                }

                if (verb < 0)
                {
                    continue;
                }

                if (i == first || NonDemandSubjects.Contains(Word(i - 1)) || verb >= sentence.EndToken)
                {
                    break;
                }

                // "should be withdrawn", "must \"double down\"": the base verb may follow an adverb or a quote mark. "should not win its
                // war" judges an outcome: a negated modal is not taken for a demand.
                int v = verb;
                bool quoted = false;
                while (v < sentence.EndToken - 1 && (Word(v) is "\"" or "“" or "also" or "immediately"))
                {
                    quoted |= Word(v) is "\"" or "“";
                    v++;
                }

                // A lower-case word right after a quote mark that follows the modal is its verb, whatever the tagger says ("must
                // \"double down\"": "double" tagged as an adjective inside the quote).
                var tag = doc.Tokens[v].Pos;
                bool lower = doc.Tokens[v].Kind == TokenKind.Word && char.IsLower(Word(v)[0]);
                bool baseVerb = tag is null || quoted ? lower : tag == "VB";
                if (baseVerb)
                {
                    reporting = r;
                    modal = i;
                    return true;
                }

                break;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the sentence holds a word <see cref="ReportedDemand"/> takes for a modal (must, should, has/have/had before
    /// "to"): most sentences hold none, and plain comparisons rule them out before a set lookup per token.
    /// </summary>
    private bool HasDemandModal(Sentence sentence)
    {
        for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            var w = Word(i);
            if (w.Equals("must", StringComparison.OrdinalIgnoreCase) || w.Equals("should", StringComparison.OrdinalIgnoreCase) || w is "has" or "have" or "had")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A nominal attack or clash named as a kind: after "such", or a bare plural right after a preposition (one
    /// modifier between at most) in a sentence that gives no date and no place below a country.
    /// </summary>
    private bool IsGeneric(Sentence sentence, int t)
    {
        if (t > sentence.FirstToken && Word(t - 1).Equals("such", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var w = Word(t);
        if (w.Length < 2 || w[^1] != 's' || t - 1 < sentence.FirstToken)
        {
            return false;
        }

        bool afterPreposition = GenericPrepositions.Contains(Word(t - 1))
            || (t - 2 >= sentence.FirstToken && GenericPrepositions.Contains(Word(t - 2)) && !IsArticle(Word(t - 1)));
        if (!afterPreposition && !IsBareSubjectOfCopula(sentence, t))
        {
            return false;
        }

        return !IsAnchored(sentence.Span);
    }

    /// <summary>Three or more words and none with a lower-case letter: a headline, a cross-link or a banner.</summary>
    private bool IsHeadline(Sentence sentence)
    {
        int words = 0;
        for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            if (doc.Tokens[t].Kind != TokenKind.Word)
            {
                continue;
            }

            foreach (var c in Word(t))
            {
                if (char.IsLower(c))
                {
                    return false;
                }
            }

            if (char.IsLetter(Word(t)[0]))
            {
                words++;
            }
        }

        return words >= 3;
    }

    /// <summary>Most words a subheading that only names a topic has.</summary>
    private const int TopicLabelWords = 3;

    /// <summary>
    /// "Conversation formats", "Munich Safety Conference": a line of its own of at most three words, all of them words, with
    /// no verb, preposition, possessive or number, names the topic of the paragraphs below it and tells no act. A subheading
    /// that tells one has a verb or a party ("Putin accuses US", "Emmanuel Macron's visit to China") and stays.
    /// </summary>
    private bool IsTopicLabel(Sentence sentence)
    {
        if (sentence.TokenCount > TopicLabelWords || !IsOwnLine(sentence.Span))
        {
            return false;
        }

        for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            if (doc.Tokens[t].Kind != TokenKind.Word || IsVerbTag(t) || doc.Tokens[t].Pos is "IN" or "TO" or "POS" or "PRP$")
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Only spaces between the span and the line breaks (or the text's ends) on either side.</summary>
    private bool IsOwnLine(Span span)
    {
        var text = doc.Text.AsSpan();
        var before = text[..span.Start].TrimEnd(" \t");
        var after = text[span.End..].TrimStart(" \t");
        return (before.IsEmpty || before[^1] is '\n' or '\r') && (after.IsEmpty || after[0] is '\n' or '\r');
    }

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> OnsetNouns = Words(OnsetNounWords);

    /// <summary>Nouns of a beginning; the background rule's stretch nouns start from them (a property: see <see cref="RemainForms"/>).</summary>
    private static string[] OnsetNounWords => ["start", "beginning", "outbreak", "outset", "onset"];

    /// <summary>
    /// start/beginning/outbreak/outset/onset + "of" up to five words before the trigger. Not folded into the background rule's
    /// stretch-noun branch (<see cref="GovernedByCircumstance"/>), which reads only the noun's own modifiers and keeps an anchored
    /// phrase: this check drops "the start of the invasion on February 24" and reads past any words between.
    /// </summary>
    private bool AfterOnsetNoun(Sentence sentence, int t)
    {
        for (int i = t - 2; i >= sentence.FirstToken && i >= t - 5; i--)
        {
            if (OnsetNouns.Contains(Word(i)) && Word(i + 1).Equals("of", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The sentence opens (after quote marks or dashes) with "if" or "unless".</summary>
    private bool IsConditional(Sentence sentence)
    {
        for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            if (doc.Tokens[t].Kind == TokenKind.Punctuation)
            {
                continue;
            }

            return IsIfWord(Word(t));
        }

        return false;
    }

    /// <summary>
    /// A singular nominal trigger after a possessive, a possessive pronoun, "the" or a capitalized demonym ("Russia's attack",
    /// "the Russian aggression", "the attack on Ukraine"),
    /// followed by on/against/to/of/in and a country, in a sentence that gives no date and no place below a country.
    /// </summary>
    private bool NamesWar(Sentence sentence, int t)
    {
        var w = Word(t);
        if (w.Length < 2 || w[^1] == 's' || t - 1 < sentence.FirstToken || t + 2 >= sentence.EndToken)
        {
            return false;
        }

        // "her assault to Ukraine", "the attack on Ukraine reduced the likelihood": a possessive pronoun or the definite article
        // owns the name of the war as a possessive does.
        var before = Word(t - 1);
        bool owned = before is "'s" or "’s" || (before.Length > 1 && char.IsUpper(before[0]) && _lexicon.Demonyms.ContainsKey(before))
            || before.Equals("the", StringComparison.OrdinalIgnoreCase) || before.Equals("her", StringComparison.OrdinalIgnoreCase)
            || before.Equals("its", StringComparison.OrdinalIgnoreCase) || before.Equals("his", StringComparison.OrdinalIgnoreCase)
            || before.Equals("their", StringComparison.OrdinalIgnoreCase);
        if (!owned || !(Word(t + 1) is "on" or "against" or "to" or "of" or "in"))
        {
            return false;
        }

        var target = doc.Tokens[t + 2].Span;
        bool country = false;
        foreach (var p in _places.StartingIn(new Span(target.Start, target.End)))
        {
            if (p.Span.Start == target.Start && p.Level == PlaceLevels.Country)
            {
                country = true;
            }
        }

        return country && !IsAnchored(sentence.Span);
    }

    /// <summary>"sanctions imposed on Russia": a plural noun trigger before a past participle, or that participle after a noun.</summary>
    private bool IsDescribedByParticiple(Sentence sentence, int t, bool asVerb)
    {
        if (asVerb)
        {
            return doc.Tokens[t].Pos is "VBN" && t > sentence.FirstToken && doc.Tokens[t - 1].Pos is "NNS" or "NN"
                && !PassiveAux.Contains(Word(t - 1));
        }

        return t + 1 < sentence.EndToken && doc.Tokens[t + 1].Pos is "VBN" && IsPluralNoun(Word(t), "sanction");
    }

    /// <summary>
    /// <paramref name="noun"/> is a noun heading the object of the verb <paramref name="verb"/>: at most three words between,
    /// an article, a possessive or modifiers, no punctuation and no other verb.
    /// </summary>
    private bool IsObjectOf(Sentence sentence, Span verb, Span noun)
    {
        int v = TokenAt(sentence, verb.Start);
        int n = TokenAt(sentence, noun.Start);
        if (doc.Tokens[v].Pos is not { } verbTag || !verbTag.StartsWith("VB", StringComparison.Ordinal)
            || doc.Tokens[n].Pos is not { } nounTag || !nounTag.StartsWith("NN", StringComparison.Ordinal)
            || n <= v || n - v > 4)
        {
            return false;
        }

        for (int i = v + 1; i < n; i++)
        {
            if ((doc.Tokens[i].Kind != TokenKind.Word && !ActorMentions.IsPossessive(Word(i)))
                || doc.Tokens[i].Pos is { } tag && (tag.StartsWith("VB", StringComparison.Ordinal) || tag is "IN" or "CC"))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Heads of the object of an attack that are ideas, not people, forces or things.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AbstractNouns = Words(
        "sovereignty", "independence", "integrity", "principle", "principles", "order", "democracy", "democracies", "values",
        "freedom", "freedoms", "rights", "law", "truth", "dignity", "identity", "culture", "civilization", "civilisation",
        "statehood", "existence", "unity", "norms", "rules", "charter", "memory", "faith", "spirit", "reputation");

    /// <summary>
    /// A nominal attack or clash followed by on/against and a noun phrase whose head (the last word before "of", "and", a
    /// comma or a verb) is an idea: "an assault on Ukraine's sovereignty and territorial integrity".
    /// </summary>
    private bool AimsAtAbstraction(Sentence sentence, int t)
    {
        if (t + 2 >= sentence.EndToken || !(Word(t + 1) is "on" or "against"))
        {
            return false;
        }

        int head = -1;
        for (int i = t + 2; i < sentence.EndToken && i <= t + 7; i++)
        {
            var token = doc.Tokens[i];
            var w = Word(i);
            if (token.Kind != TokenKind.Word && !ActorMentions.IsPossessive(w))
            {
                break;
            }

            if (w is "of" or "and" or "or" or "in" or "by" or "that" or "which" || (token.Pos is { } tag && tag.StartsWith("VB", StringComparison.Ordinal)))
            {
                break;
            }

            head = i;
        }

        return head >= 0 && AbstractNouns.Contains(Word(head));
    }

    /// <summary>The sentence's first word is an -ing trigger followed, within five words of its clause, by a present verb (a
    /// gerund subject of a modal is hypothetical: <see cref="Factuality.IsFactual"/>).</summary>
    private bool IsGenericGerundSubject(Sentence sentence, int t)
    {
        if (Factuality.FirstWord(doc, sentence, t) != t || !Word(t).EndsWith("ing", StringComparison.OrdinalIgnoreCase) || IsAnchored(sentence.Span))
        {
            return false;
        }

        for (int i = t + 1; i < sentence.EndToken && i <= t + Factuality.SubjectReach; i++)
        {
            if (doc.Tokens[i].Kind == TokenKind.Punctuation)
            {
                return false;
            }

            if (doc.Tokens[i].Pos is "VBZ" or "VBP")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How far before a trigger the relative pronoun of a generic head may stand ("those whose fathers were killed").</summary>
    private const int GenericHeadReach = 6;

    /// <summary>Heads that range over any party: "those who", "anyone who".</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> GenericHeads = Words(
        "those", "anyone", "anybody", "everyone", "everybody");

    /// <summary>
    /// The trigger stands in a relative clause (who, whose, that, within <see cref="GenericHeadReach"/> words before it, no
    /// punctuation between) whose head is generic: a word of <see cref="GenericHeads"/> right before the pronoun, or a noun
    /// quantified by "any" or "every" (<see cref="IsQuantifiedByAny"/>, read from the pronoun).
    /// </summary>
    private bool HasGenericHead(Sentence sentence, int t)
    {
        for (int i = t - 1; i > sentence.FirstToken && i >= t - GenericHeadReach; i--)
        {
            if (doc.Tokens[i].Kind == TokenKind.Punctuation)
            {
                return false;
            }

            var w = Word(i);
            if (w.Equals("who", StringComparison.OrdinalIgnoreCase) || w.Equals("whose", StringComparison.OrdinalIgnoreCase)
                || w.Equals("that", StringComparison.OrdinalIgnoreCase))
            {
                return GenericHeads.Contains(Word(i - 1)) || IsQuantifiedByAny(sentence, i);
            }
        }

        return false;
    }

    /// <summary>How far before a trigger "any" or "every" may stand, modifiers between ("any meaningful conversation").</summary>
    private const int AnyReach = 3;

    /// <summary>
    /// "concessions in any negotiations", "Any meaningful conversation about recovery should start", "any invading force would
    /// reach", "for every murder perpetrated": a word quantified by "any" or "every" ranges over acts or parties; it reports no
    /// one act.
    /// </summary>
    private bool IsQuantifiedByAny(Sentence sentence, int t)
    {
        for (int i = t - 1; i >= sentence.FirstToken && i >= t - AnyReach; i--)
        {
            var w = Word(i);
            if (w.Equals("any", StringComparison.OrdinalIgnoreCase) || w.Equals("every", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            if (doc.Tokens[i].Kind != TokenKind.Word || doc.Tokens[i].Pos is { } tag && (tag.StartsWith("VB", StringComparison.Ordinal) || tag is "IN" or "CC" or "DT"))
            {
                return false;
            }
        }

        return false;
    }

    private bool IsIdiomOrOpposed(Sentence sentence, int t)
    {
        if (t - 1 < sentence.FirstToken)
        {
            return false;
        }

        var before = Word(t - 1);
        var self = Word(t);
        if (before.Equals("in", StringComparison.OrdinalIgnoreCase) && self.Equals("advance", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        // "closed their offices in protest against the war", "at the request of one of the commentators", "at his request":
        // manner and occasion of another act, not a protest or a request of their own.
        if ((before.Equals("in", StringComparison.OrdinalIgnoreCase) && self.StartsWith("protest", StringComparison.OrdinalIgnoreCase))
            || (self.StartsWith("request", StringComparison.OrdinalIgnoreCase) && RequestOccasion(sentence, t)))
        {
            return true;
        }

        // "For more information, please visit Onet": a trigger right after "please" is an imperative addressed to the reader or
        // the hearer, not an act that took place.
        if (before.Equals("please", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        // "I ask myself if peace is being sought": a reflexive ask is wondering, not a request.
        if (t + 1 < sentence.EndToken && self.StartsWith("ask", StringComparison.OrdinalIgnoreCase) && Reflexives.Contains(Word(t + 1)))
        {
            return true;
        }

        // "'This is what I am talking about,' the head of state agreed.": an agree with nothing after it is a verb of saying.
        if (self.StartsWith("agree", StringComparison.OrdinalIgnoreCase) && doc.Tokens[t].Pos is null or "VBD" or "VBZ" or "VBP"
            && (t + 1 >= sentence.EndToken || Word(t + 1) is "." or "!" or "\"" or "”"))
        {
            return true;
        }

        // "accused Russia of deploying chemical weapons", "talks about deploying nuclear weapons", "discourage partners from
        // providing support": an -ing form after of/about/from names the content, topic or prevented act of another event.
        // "the decision about supplying such ammunition" reports the act decided on.
        // "his hesitation in providing military aid": likewise an -ing form after "in" that follows a noun.
        return Word(t).EndsWith("ing", StringComparison.OrdinalIgnoreCase) && (before.Equals("against", StringComparison.OrdinalIgnoreCase)
            || (doc.Tokens[t].Pos is null or "VBG" && (GerundTopicPrepositions.Contains(before)
                    || (before.Equals("in", StringComparison.OrdinalIgnoreCase) && t - 2 >= sentence.FirstToken && doc.Tokens[t - 2].Pos is "NN" or "NNS"))
                && !(t - 2 >= sentence.FirstToken && Word(t - 2).StartsWith("decision", StringComparison.OrdinalIgnoreCase))));
    }

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Reflexives = Words([.. PersonalReflexives, "oneself"]);

    /// <summary>The reflexives of persons; each rule adds "oneself" or "itself" as its reading needs (a property: see <see cref="RemainForms"/>).</summary>
    private static string[] PersonalReflexives => ["myself", "yourself", "himself", "herself", "ourselves", "yourselves", "themselves"];

    /// <summary>"at the request of", "at his request", "upon request": the noun after at/on/upon and at most a determiner.</summary>
    private bool RequestOccasion(Sentence sentence, int t)
    {
        for (int i = t - 1; i >= sentence.FirstToken && i >= t - 2; i--)
        {
            var w = Word(i);
            if (w.Equals("at", StringComparison.OrdinalIgnoreCase) || w.Equals("upon", StringComparison.OrdinalIgnoreCase)
                || w.Equals("on", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            if (!(IsArticle(w) || w is "his" or "her" or "their" or "its" or "our" or "my" or "'s" or "’s"))
            {
                return false;
            }
        }

        return false;
    }

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> GerundTopicPrepositions = Words(
        "of", "about", "from", "regarding", "concerning");

    /// <summary>
    /// "said strikes on supply lines were legitimate": a bare plural opening a clause, followed by a copula in the same
    /// clause, is a statement about a kind of act.
    /// </summary>
    private bool IsBareSubjectOfCopula(Sentence sentence, int t)
    {
        var before = Word(t - 1);
        if (!(before is "," or "said" or "says" or "that" or "\"" or "“"))
        {
            return false;
        }

        for (int i = t + 1; i < sentence.EndToken && i <= t + 6; i++)
        {
            var w = Word(i);
            if (doc.Tokens[i].Kind == TokenKind.Punctuation)
            {
                return false;
            }

            if (w is "are" or "were" or "is" or "was")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A calendar time (not a duration or a set) or a place below a country inside <paramref name="range"/>.</summary>
    private bool IsDated(Span range)
    {
        foreach (var time in _times.StartingIn(range))
        {
            if (range.Contains(time.Span) && time.Type is not TimexTypes.Duration and not TimexTypes.Set)
            {
                return true;
            }
        }

        return false;
    }

    private bool IsAnchored(Span range, bool startingIn = false)
    {
        foreach (var time in _times.StartingIn(range))
        {
            if ((startingIn || range.Contains(time.Span)) && time.Type is not TimexTypes.Duration and not TimexTypes.Set)
            {
                return true;
            }
        }

        foreach (var p in _places.StartingIn(range))
        {
            // "Belgrade's existing decisions", "Moscow's conflict with Kiev": a capital in the possessive acts for its state.
            if ((startingIn || range.Contains(p.Span)) && p.Level != PlaceLevels.Country && !IsPossessivePlace(p))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsPossessivePlace(PlaceMention p)
    {
        int end = p.Span.End;
        return end + 1 < doc.Text.Length && doc.Text[end] is '\'' or '’' && doc.Text[end + 1] is 's' && (end + 2 == doc.Text.Length || !char.IsLetter(doc.Text[end + 2]));
    }

    /// <summary>
    /// The trigger lies in a relative clause (who, which, whose after a comma, or after a noun with a present verb) as its
    /// first verb or a verb coordinated with it by "and", and the clause (up to the next comma) gives no date.
    /// </summary>
    private bool InUnanchoredRelativeClause(Sentence sentence, int t)
    {
        for (int i = t - 1; i >= sentence.FirstToken; i--)
        {
            var w = Word(i);
            if (w is "," or ";" or ":" or "—" or "–" or "(" or ")" or "\"" or "“" or "”")
            {
                return false;
            }

            // "some Western countries that have adopted sanctions": "that" right after a plural noun opens a restrictive relative
            // clause as "which" does ("the claim that ..." is a complement: a subject follows "that", see below).
            bool that = w.Equals("that", StringComparison.OrdinalIgnoreCase) && i > sentence.FirstToken && doc.Tokens[i - 1].Pos is "NNS";
            if (!(that || w.Equals("who", StringComparison.OrdinalIgnoreCase) || w.Equals("which", StringComparison.OrdinalIgnoreCase)
                || w.Equals("whose", StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            if (i == sentence.FirstToken || !(Word(i - 1) is "," || doc.Tokens[i - 1].Pos is "NN" or "NNS" or "NNP" or "NNPS"))
            {
                return false;
            }

            // "a freeze, which both Russia and Ukraine quickly rejected", "a war, which France condemns": a clause whose
            // relative pronoun is the object has a subject of its own, and reports that subject's act.
            if (!w.Equals("who", StringComparison.OrdinalIgnoreCase) && i + 1 < t
                && (doc.Tokens[i + 1].Pos is "NNP" or "NNPS" or "DT" or "PRP" or "CC"
                    || (doc.Tokens[i + 1].Pos is null && char.IsUpper(Word(i + 1)[0]))))
            {
                return false;
            }

            int verbs = 0;
            for (int k = i + 1; k < t; k++)
            {
                if (doc.Tokens[k].Pos is { } tag && tag.StartsWith("VB", StringComparison.Ordinal) && !Auxiliaries.Contains(Word(k)))
                {
                    verbs++;
                }
            }

            // Without a comma the clause restricts its noun ("the only states which refused to agree"): it names who acted, and
            // is a description only in the present ("compatriots who call for sanctions", "isolationists who are sceptical");
            // a base form right after "who" is a present the tagger took for an infinitive.
            if (Word(i - 1) is not "," && !(i + 1 <= t && doc.Tokens[i + 1].Pos is "VBZ" or "VBP" or "VB"))
            {
                return false;
            }

            // "the Russian army, which has launched an invasion of Ukraine": a noun trigger that is the object of the clause's one
            // verb describes the participant as a verbal trigger there would.
            bool objectOfVerb = doc.Tokens[t].Pos is "NN" or "NNS" && verbs == 1
                && (doc.Tokens[t - 1].Pos is { } p1 && p1.StartsWith("VB", StringComparison.Ordinal)
                    || (t - 2 > i && doc.Tokens[t - 2].Pos is { } p2 && p2.StartsWith("VB", StringComparison.Ordinal) && doc.Tokens[t - 1].Pos is "DT" or "JJ"));
            if (verbs > 1 || (verbs == 1 && !objectOfVerb && !Word(t - 1).Equals("and", StringComparison.OrdinalIgnoreCase)))
            {
                return false;
            }

            int end = t + 1;
            while (end < sentence.EndToken && Word(end) is not ("," or ";" or ":" or "—" or "–"))
            {
                end++;
            }

            var clause = new Span(doc.Tokens[i].Start, doc.Tokens[end - 1].Span.End);
            return !IsDated(clause);
        }

        return false;
    }

    /// <summary>How far either side of a trigger, inside its clause, a word of repetition makes it a habit.</summary>
    private const int RepetitionReach = 8;

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> RepetitionWords = Words(
        "routine", "routinely", "regularly", "habitually");

    /// <summary>Adverbs of frequency: a habit or a general truth only with no punctuation between them and the trigger
    /// ("negotiated settlements are often morally unsatisfying"; not "— commonly referred to as Chechnya — urged").</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FrequencyWords = Words(
        "often", "usually", "typically", "generally", "always", "frequently", "commonly", "sometimes", "occasionally", "constantly");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ManyWords = Words(
        "several", "many", "numerous", "countless");

    /// <summary>
    /// "several times", "many times", "routine", "regularly" within <see cref="RepetitionReach"/> words of the trigger, in its
    /// clause (not across a period, semicolon, colon or "but"), or an adverb of frequency ("often", "usually", "always") as
    /// near with no punctuation between. "repeatedly" is left out: the labels count "has repeatedly denied" as a denial
    /// reported now.
    /// </summary>
    private bool IsRepeated(Sentence sentence, int t)
    {
        for (int dir = -1; dir <= 1; dir += 2)
        {
            bool unbroken = true;
            for (int i = t + dir, n = 1; i >= sentence.FirstToken && i < sentence.EndToken && n <= RepetitionReach; i += dir, n++)
            {
                var w = Word(i);
                if (w is "." or ";" or ":" or "?" or "!" || w.Equals("but", StringComparison.OrdinalIgnoreCase))
                {
                    break;
                }

                unbroken &= doc.Tokens[i].Kind != TokenKind.Punctuation;
                if (RepetitionWords.Contains(w) || (unbroken && FrequencyWords.Contains(w))
                    || (w.Equals("times", StringComparison.OrdinalIgnoreCase) && i - 1 >= sentence.FirstToken && ManyWords.Contains(Word(i - 1))))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The token before the adverbs in -ly (and the word <paramref name="alsoSkipped"/>) that stand right before
    /// <paramref name="t"/>, at most <paramref name="reach"/> of them, the sentence's first token at the earliest: "to" in "to
    /// quickly withdraw", "been" in "has been steadily and relentlessly bombarding".</summary>
    private int BeforeAdverbs(Sentence sentence, int t, int reach, string? alsoSkipped = null)
    {
        int i = t - 1;
        while (i > sentence.FirstToken && i >= t - reach
            && (Word(i).EndsWith("ly", StringComparison.OrdinalIgnoreCase) || (alsoSkipped is not null && Word(i).SequenceEqual(alsoSkipped))))
        {
            i--;
        }

        return i;
    }

    /// <summary>A present perfect progressive ("has been bombarding", adverbs between) in a sentence with a duration ("for 100 days").</summary>
    private bool IsCampaign(Sentence sentence, int t)
    {
        if (doc.Tokens[t].Pos is not "VBG")
        {
            return false;
        }

        int i = BeforeAdverbs(sentence, t, int.MaxValue, "and");
        if (i <= sentence.FirstToken || !Word(i).Equals("been", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        foreach (var time in _times.StartingIn(sentence.Span))
        {
            if (sentence.Span.Contains(time.Span) && time.Type == TimexTypes.Duration)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"had" (then "been", adverbs) before a past participle trigger.</summary>
    private bool IsPastPerfect(Sentence sentence, int t)
    {
        if (doc.Tokens[t].Pos is not "VBN")
        {
            return false;
        }

        for (int i = t - 1; i >= sentence.FirstToken && i >= t - 3; i--)
        {
            var w = Word(i);
            if (w.Equals("had", StringComparison.OrdinalIgnoreCase) || w.Equals("'d", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            if (!(w.Equals("been", StringComparison.OrdinalIgnoreCase) || w.EndsWith("ly", StringComparison.OrdinalIgnoreCase) || w is "already" or "also" or "not"))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>A verb of saying or claiming (said, claimed, told, reported, ...) before the trigger in its sentence.</summary>
    private bool AfterReportingVerb(Sentence sentence, int t)
    {
        for (int i = sentence.FirstToken; i < t; i++)
        {
            if (ReportingVerbs.Contains(Word(i)))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ReportingVerbs = Words(
        "said", "says", "say", "claimed", "claims", "told", "tells", "reported", "reports", "added", "stated", "announced",
        "confirmed", "wrote", "noted", "insisted", "alleged", "according", "revealed", "acknowledged", "admitted", "explained");

    /// <summary>"if" or "unless" up to three words after the trigger, with no comma between.</summary>
    private bool FollowedByCondition(Sentence sentence, int t)
    {
        for (int i = t + 1; i < sentence.EndToken && i <= t + 3; i++)
        {
            var w = Word(i);
            if (w is "," or ";" or ":")
            {
                return false;
            }

            if (w.Equals("if", StringComparison.OrdinalIgnoreCase) || w.Equals("unless", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>An -ing form after is/are/am (adverbs between): "is fighting", "are still attacking".</summary>
    private bool IsPresentProgressive(Sentence sentence, int t)
    {
        if (doc.Tokens[t].Pos is not "VBG")
        {
            return false;
        }

        int i = BeforeAdverbs(sentence, t, int.MaxValue, "still");
        return i >= sentence.FirstToken && (Factuality.IsPresentBe(Word(i)) || Word(i) is "'s" or "’s" or "'re" or "’re");
    }

    /// <summary>A past participle after remain/stay/seem or a form of "be", followed by "to" and a verb ("remains committed to doing").</summary>
    private bool IsPredicativeParticiple(Sentence sentence, int t)
        => t > sentence.FirstToken && t + 2 < sentence.EndToken && doc.Tokens[t].Pos is "VBN"
            && LinkingVerbs.Contains(Word(t - 1)) && Word(t + 1).Equals("to", StringComparison.OrdinalIgnoreCase)
            && doc.Tokens[t + 2].Pos is "VB" or "VBG";

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> LinkingVerbs = Words(
        [.. RemainForms, "stay", "stays", "stayed", .. SeemForms, .. Factuality.BeWords]);

    // Properties, not fields: the copula sets built from them lie in other parts of this partial class, whose static
    // initializers run in no set order.
    private static string[] RemainForms => ["remain", "remains", "remained"];

    private static string[] SeemForms => ["seem", "seems", "seemed"];

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Auxiliaries = Words(
        ["has", "have", "had", .. Factuality.BeButAm, "do", "does", "did"]);

    /// <summary>The tag VBD or VBN, or without tags a form in -ed; not a present passive ("we are being threatened").</summary>
    private bool IsPastForm(int t)
    {
        bool past = doc.Tokens[t].Pos is { } tag ? tag is "VBD" or "VBN" : Word(t).EndsWith("ed", StringComparison.OrdinalIgnoreCase);
        return past && !(t > 0 && (Word(t - 1) is "being" || Factuality.IsPresentBe(Word(t - 1))));
    }

    /// <summary>"the Battle of Stalingrad", "Operation Desert Storm": a capitalized trigger noun inside a sentence is part of a name.</summary>
    private bool IsNamePart(Sentence sentence, int t)
        => t > Factuality.FirstWord(doc, sentence, t) && char.IsUpper(Word(t)[0]) && !char.IsUpper(Word(t)[^1]);

    /// <summary>"Berlin has agreed to send tanks": an agreement to act is coded as the act it commits to, not as AGREE.</summary>
    private bool AgreesToAct(Sentence sentence, int t)
        => t + 2 < sentence.EndToken && Word(t + 1).Equals("to", StringComparison.OrdinalIgnoreCase) && doc.Tokens[t + 2].Pos is "VB";

    /// <summary>A third-person present form: the tag VBZ, or without tags a word ending in "s" that is not a noun plural here.</summary>
    private bool IsSimplePresent(int t)
    {
        var tag = doc.Tokens[t].Pos;
        if (tag is not null)
        {
            return tag is "VBZ" or "VBP";
        }

        var w = Word(t);
        return w.Length > 2 && w[^1] == 's' && w[^2] != 's';
    }

    /// <summary>hear, see or feel up to three words before a nominal trigger ("heard a massive explosion").</summary>
    private bool IsPerceived(Sentence sentence, int t)
    {
        for (int i = t - 1; i >= sentence.FirstToken && i >= t - 4; i--)
        {
            if (PerceptionVerbs.Contains(Word(i)))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PerceptionVerbs = Words(
        "heard", "hear", "hears", "hearing", "saw", "see", "sees", "seeing", "felt", "feel", "feels", "feeling", "watched", "noticed");

    /// <summary>The trigger lies inside a direct quote whose content (within this sentence) gives no date and no place below a country.</summary>
    private bool IsUnanchoredQuote(Sentence sentence, Span trigger)
    {
        foreach (var q in doc.Quotes)
        {
            if (q.Kind == QuoteKinds.Direct && q.Content.Contains(trigger))
            {
                var inSentence = new Span(Math.Max(q.Content.Start, sentence.Span.Start), Math.Min(q.Content.End, sentence.Span.End));
                return !IsAnchored(inSentence);
            }
        }

        return false;
    }

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PhraseHeads = Words(
        "of", "about", "in", "during", "after", "following", "before", "since", "amid");

    private static bool IsArticle(ReadOnlySpan<char> w)
        => w.Equals("the", StringComparison.OrdinalIgnoreCase) || w.Equals("a", StringComparison.OrdinalIgnoreCase) || w.Equals("an", StringComparison.OrdinalIgnoreCase);

    /// <summary>Prepositions after which a bare plural attack noun is a kind ("following attacks", "of their attacks").</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> GenericPrepositions = Words(
        "following", "of", "against", "from", "after", "amid", "to", "by", "with", "about");

    /// <summary>An accusation verb up to ten words before the trigger, with "of" or "for" between.</summary>
    private bool IsAccusationContent(Sentence sentence, int t)
    {
        bool sawOf = false;
        for (int i = t - 1; i >= sentence.FirstToken && i >= t - 10; i--)
        {
            var w = Word(i);
            if (w is ";" or ":" || w.Equals("while", StringComparison.OrdinalIgnoreCase) || w.Equals("but", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            if (w.Equals("of", StringComparison.OrdinalIgnoreCase) || w.Equals("for", StringComparison.OrdinalIgnoreCase))
            {
                sawOf = true;
            }
            else if (sawOf && AccusationVerbs.Contains(w))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AccusationVerbs = Words(
        "accused", "accuses", "accusing", "accuse", "blamed", "blames", "blaming", "blame", "charged", "charges", "charging",
        "condemned", "condemns", "condemning", "denounced", "denounces", "criticized", "criticised", "criticizes", "criticises");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> MeasureNouns = Words(
        "package", "packages", "packet", "packets", "round", "rounds", "set", "sets", "series", "wave", "waves", "number",
        "list", "batch", "raft", "slew", "string", "new", "fresh", "latest");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TopicPrepositions = Words(
        "of", "about", "regarding", "concerning", "on", "over");

    /// <summary>
    /// A nominal or -ing trigger right after a preposition of topic (one modifier between at most): "the costs of sanctions",
    /// "information about new sanctions", "regarding imposing sanctions"; for meetings also of setting ("at the summit").
    /// </summary>
    private bool IsTopicMention(Sentence sentence, int t, bool asVerb, bool meeting)
    {
        var word = Word(t);
        bool gerund = word.EndsWith("ing", StringComparison.OrdinalIgnoreCase);
        if (asVerb && !gerund)
        {
            return false;
        }

        // "at the St. Petersburg International Economic Forum": "at" may stand further back before a meeting's name, when every
        // word between is a capitalized word or a number of the name, or a determiner ("Blinken's visit" after "Secretary of
        // State" is no topic).
        int reach = meeting ? MeetingNameReach : 3;
        bool name = true;
        for (int i = t - 1; i >= sentence.FirstToken && i >= t - reach; i--)
        {
            var w = Word(i);
            // "a rare outlier for refusing to sanction": an -ing form after "for" is the reason given for a judgement.
            if (TopicPrepositions.Contains(w) || (meeting && !gerund && w.Equals("at", StringComparison.OrdinalIgnoreCase))
                || (gerund && i == t - 1 && w.Equals("for", StringComparison.OrdinalIgnoreCase)))
            {
                // "11 packages of sanctions", "a round of talks": a measure of the act, not its topic.
                return (i >= t - 3 || (name && w.Equals("at", StringComparison.OrdinalIgnoreCase)))
                    && !(w.Equals("of", StringComparison.OrdinalIgnoreCase) && i > sentence.FirstToken && MeasureNouns.Contains(Word(i - 1)));
            }

            name &= IsNameWord(i) || Determiners.Contains(w);
            if (i < t - 3 && !name)
            {
                return false;
            }

            // Only determiners and modifiers may stand between ("of the new sanctions", "at the Army-2022 forum"), not a
            // verb that governs the trigger ("about what they see ... sanctions") or a clause break.
            bool modifier = Determiners.Contains(w) || (doc.Tokens[i].Kind is TokenKind.Word or TokenKind.Number && !VerbContext.Contains(w) && !_lexicon.Triggers.ContainsKey(w)
                    && !IsPrepositionBetween(w))
                || w is "-" or "‐";
            if (!modifier)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>How many words before a meeting noun its "at" may stand when those beyond the third are its name's.</summary>
    private const int MeetingNameReach = 7;

    /// <summary>A capitalized word or a number ("St.", "Munich", "58th"), as the words of a name are.</summary>
    private bool IsNameWord(int i)
        => doc.Tokens[i].Kind is TokenKind.Word or TokenKind.Number && (char.IsUpper(Word(i)[0]) || char.IsAsciiDigit(Word(i)[0]));

    /// <summary>Words that open a running period: "since February", "so far", "to date", "over the past month".</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> RunningPeriod = Words(
        "since", "so far", "to date", "in total", "altogether", "over the past", "in the past", "over the last", "throughout",
        "in recent");

    /// <summary>
    /// A tally: a running period (one or two words of <see cref="RunningPeriod"/>) and a count of two or more that is not
    /// part of a time expression, with no stated day in the sentence.
    /// </summary>
    private bool IsTally(Sentence sentence)
    {
        bool period = false;
        for (int i = sentence.FirstToken; i < sentence.EndToken && !period; i++)
        {
            var w = Word(i);
            if (RunningPeriod.Contains(w))
            {
                // "the highest number since the conflict began", "for the first time since 2022": a comparison, not the period counted.
                period = !AfterSuperlative(sentence, i);
            }
            else if (i + 1 < sentence.EndToken)
            {
                var pair = doc.Text.AsSpan(doc.Tokens[i].Start, doc.Tokens[i + 1].End - doc.Tokens[i].Start);
                period = pair.Length <= 16 && RunningPeriod.Contains(pair);
                if (!period && i + 2 < sentence.EndToken)
                {
                    var triple = doc.Text.AsSpan(doc.Tokens[i].Start, doc.Tokens[i + 2].End - doc.Tokens[i].Start);
                    period = triple.Length <= 16 && RunningPeriod.Contains(triple);
                }
            }
        }

        if (!period)
        {
            return false;
        }

        foreach (var time in _times.StartingIn(sentence.Span))
        {
            if (sentence.Span.Contains(time.Span) && time.Type is TimexTypes.Date or TimexTypes.Time && time.Value.Length >= 10
                && char.IsAsciiDigit(time.Value[9]))
            {
                return false;
            }
        }

        foreach (var f in _figures.StartingIn(sentence.Span))
        {
            if (sentence.Span.Contains(f.Span) && f.Value >= 2 && f.Unit is null or "" && !IsTime(sentence, f.Span))
            {
                return true;
            }
        }

        return false;
    }

    private bool AfterSuperlative(Sentence sentence, int i)
    {
        for (int j = i - 1; j >= sentence.FirstToken && j >= i - 3; j--)
        {
            var w = Word(j);
            if (w.Equals("first", StringComparison.OrdinalIgnoreCase) || w.Equals("most", StringComparison.OrdinalIgnoreCase)
                || (w.Length > 5 && w.EndsWith("est", StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"since" after the trigger in its sentence (a running total), or a recurring time expression (a habit).</summary>
    private bool IsTallyOrHabit(Sentence sentence, int t)
    {
        for (int i = t + 1; i < sentence.EndToken; i++)
        {
            if (Word(i).Equals("since", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        foreach (var time in _times.StartingIn(sentence.Span))
        {
            if (time.Type == TimexTypes.Set && sentence.Span.Contains(time.Span))
            {
                return true;
            }
        }

        return false;
    }

    private bool ModifiesNoun(Sentence sentence, int t, TriggerSense sense)
        => t + 1 < sentence.EndToken && (ModifiedNouns.Contains(Word(t + 1)) || (_lexicon.Weapons.ContainsKey(Word(t + 1)) && !(Word(t + 1) is "air"))
            || (sense.Class is EventClasses.Assault or EventClasses.Fight or EventClasses.Consult or EventClasses.Protest && sense.Particle is null && IsCompoundModifier(t)));

    /// <summary>
    /// "negotiation strategy", "attack helicopters", "riot police": a singular trigger noun of an attack, clash, meeting or protest before a tagged
    /// common noun in lower case (not a time word: "the strike overnight") modifies that noun. Aid and sanctions nouns head
    /// their compounds' meaning ("an aid package"), and a two-word trigger ("phone call") is itself the compound.
    /// </summary>
    private bool IsCompoundModifier(int t)
    {
        var next = doc.Tokens[t + 1];
        var w = Word(t);
        if (next.Pos is not ("NN" or "NNS") || !char.IsLower(Word(t + 1)[0]) || w[^1] == 's' || doc.Tokens[t].Pos is not "NN")
        {
            return false;
        }

        foreach (var time in _times.StartingIn(next.Span))
        {
            if (time.Span.Contains(next.Span))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"agree that ...", "agree with ...": an opinion, not an agreement.</summary>
    private bool IsOpinion(Sentence sentence, int t, TriggerForm form)
        => form.Sense.Class == EventClasses.Agree && form.AsVerb && t + 1 < sentence.EndToken && Word(t + 1) is "that" or "with";

    private bool HasPlace(Sentence sentence)
    {
        foreach (var p in _places.StartingIn(sentence.Span))
        {
            if (sentence.Span.Contains(p.Span))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>", and" (or ";") after the draft's trigger, then an actor mention ending right before <paramref name="t"/>, not after a preposition.</summary>
    private bool OpensNewClause(Draft draft, int t)
    {
        foreach (var m in _mentions)
        {
            if (m.EndToken != t || m.Preposition is not null || m.ModifierOnly || m.FirstToken < 2 || doc.Tokens[m.FirstToken].Start <= draft.Trigger.End)
            {
                continue;
            }

            var before = Word(m.FirstToken - 1);
            if (before is ";" || (before.Equals("and", StringComparison.OrdinalIgnoreCase) && Word(m.FirstToken - 2) is ","))
            {
                return true;
            }
        }

        return false;
    }

    private Draft? FindDraft(string eventClass)
    {
        foreach (var d in _sentenceDrafts)
        {
            if (d.Class == eventClass)
            {
                return d;
            }
        }

        return null;
    }

    /// <summary>
    /// The first <see cref="StemLength"/> letters, or fewer when the lemma's head is shorter: "calling for" and "called for"
    /// share "call" (five letters would give "calli" and "calle"); "approval" and "approved" share "appro".
    /// </summary>
    private static string Stem(ReadOnlySpan<char> word, string lemma)
    {
        int head = lemma.IndexOf(' ', StringComparison.Ordinal);
        int length = Math.Min(StemLength, head < 0 ? lemma.Length : head);
        return word.Length <= length ? word.ToString().ToLowerInvariant() : word[..length].ToString().ToLowerInvariant();
    }

    /// <summary>
    /// "has launched a counteroffensive in the south": a word tagged as an adjective right after a determiner and before no
    /// noun or adjective heads its noun phrase; the tag is wrong ("the offensive weapons" stays an adjective).
    /// </summary>
    private bool HeadsNounPhrase(Sentence sentence, int t)
    {
        if (t == sentence.FirstToken || !Determiners.Contains(Word(t - 1)))
        {
            return false;
        }

        return t + 1 >= sentence.EndToken || doc.Tokens[t + 1].Pos is not { } next
            || !(next.StartsWith("NN", StringComparison.Ordinal) || next.StartsWith("JJ", StringComparison.Ordinal) || next is "VBG" or "CD");
    }

    /// <summary>
    /// "European Union officials urged foreign ministers ... to take": a past form tagged as an adjective right after a plural
    /// noun and before the start of a noun phrase is that noun's verb; the tagger reads "urged foreign ministers" as "armed
    /// foreign fighters" ("US armed forces", after a name, stays an adjective).
    /// </summary>
    private bool FollowsPluralSubject(Sentence sentence, int t)
        => t > sentence.FirstToken && t + 1 < sentence.EndToken && doc.Tokens[t - 1].Pos is "NNS"
            && Word(t).EndsWith("ed", StringComparison.Ordinal)
            && doc.Tokens[t + 1].Pos is "DT" or "PRP$" or "JJ" or "CD" or "NN" or "NNS" or "NNP" or "NNPS";

    /// <summary>The first sense of a form whose part of speech, particle and cue the sentence satisfies.</summary>
    private bool TryChoose(Sentence sentence, int t, TriggerForm[] forms, out TriggerForm chosen)
    {
        var pos = doc.Tokens[t].Pos;
        foreach (var form in forms)
        {
            if (pos is not null)
            {
                bool verbTag = pos.StartsWith("VB", StringComparison.Ordinal);
                bool nounTag = pos.StartsWith("NN", StringComparison.Ordinal);
                if ((pos.StartsWith("JJ", StringComparison.Ordinal) && !(form.AsNoun && HeadsNounPhrase(sentence, t))
                        && !(form.AsVerb && FollowsPluralSubject(sentence, t)) && !form.Sense.Adjective)
                    || (verbTag && !form.AsVerb) || (nounTag && !form.AsNoun) || (!form.AsNoun && IsPossessedGerund(sentence, t, pos)))
                {
                    continue;
                }
            }

            // Without tags: a verb-only form after a determiner is a noun ("new supplies"), a noun-only form after "to" a verb ("to deal with").
            if (pos is null && t > sentence.FirstToken)
            {
                var prev = Word(t - 1);
                // A singular weapon word modifies ("artillery shells"); a plural one is a subject ("drones hit").
                bool weaponModifier = _lexicon.Weapons.ContainsKey(prev) && !prev.EndsWith('s');
                bool afterDeterminer = Determiners.Contains(prev) || weaponModifier || doc.Tokens[t - 1].Kind == TokenKind.Number
                    || (Word(t).EndsWith('s') && prev.EndsWith("ed", StringComparison.Ordinal)); // "criticised supplies"
                if ((!form.AsNoun && afterDeterminer) || (!form.AsVerb && prev is "to"))
                {
                    continue;
                }
            }

            var sense = form.Sense;
            int particle = sense.Particle is null ? t : ParticleAt(sentence, t, sense.Particle);
            if (particle < 0)
            {
                continue;
            }

            // "withdrew from talks": a particle verb's cue is its object, after the particle ("troops withdrew from the city
            // before talks" is a withdrawal).
            // "the invasion of 24 February": an invasion with a date of its own is told as begun then, as with an onset verb.
            if (sense.Cue is not null && (sense.Particle is null ? !SentenceHas(sentence, t, sense.Cue) : !Follows(sentence, particle, sense.Cue))
                && !(IsOnsetNoun(sense) && NamesOwnDate(sentence, t)))
            {
                continue;
            }

            chosen = form;
            return true;
        }

        chosen = default;
        return false;
    }

    private int ParticleAt(Sentence sentence, int t, string particle)
    {
        int reach = particle == "against" ? ObjectParticleReach : 3;
        for (int i = t + 1; i < sentence.EndToken && i <= t + reach; i++)
        {
            if (Word(i).Equals(particle, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// A cue word within <see cref="CueReach"/> words of the trigger in its sentence: "agreed to send 14 tanks ... to the first
    /// soldier to destroy one" sends tanks (aid), the soldier far off is another matter.
    /// </summary>
    private bool SentenceHas(Sentence sentence, int t, FrozenSet<string> cue)
    {
        // The cue lies in the trigger's clause: not past a semicolon ("...in Ukraine; it was emphasized that the Russian
        // forces"), nor, to the left, past the relative pronoun that opens the trigger's clause ("the Russian
        // army, which has launched an invasion and is committing war crimes": the army does not make "committing" a troop
        // movement).
        var lookup = cue.GetAlternateLookup<ReadOnlySpan<char>>();
        int first = Math.Max(sentence.FirstToken, t - CueReach);
        for (int i = t - 1; i >= first; i--)
        {
            var w = Word(i);
            if (w is ";" || w.Equals("which", StringComparison.OrdinalIgnoreCase) || w.Equals("who", StringComparison.OrdinalIgnoreCase))
            {
                first = i + 1;
                break;
            }
        }

        for (int i = first; i < sentence.EndToken && i <= t + CueReach; i++)
        {
            if (i > t && Word(i) is ";")
            {
                break;
            }

            if (i != t && lookup.Contains(Word(i)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A cue word within four words after token <paramref name="t"/>, before any comma or colon.</summary>
    private bool Follows(Sentence sentence, int t, FrozenSet<string> cue)
    {
        var lookup = cue.GetAlternateLookup<ReadOnlySpan<char>>();
        for (int i = t + 1; i < sentence.EndToken && i <= t + 4; i++)
        {
            if (Word(i) is "," or ";" or ":" or "." or "(" or ")")
            {
                return false;
            }

            if (lookup.Contains(Word(i)))
            {
                return true;
            }
        }

        return false;
    }

    private Span TriggerSpan(Sentence sentence, int t, TriggerSense sense)
    {
        var span = doc.Tokens[t].Span;
        if (sense.Particle is not null)
        {
            int p = ParticleAt(sentence, t, sense.Particle);
            if (p > 0)
            {
                span = new Span(span.Start, doc.Tokens[p].End);
            }
        }

        return span;
    }

    /// <summary>Verb or noun use of a form that can be both ("strikes"): the tagger's word, else the words around it.</summary>
    private bool IsVerbal(Sentence sentence, int t, TriggerForm form)
    {
        if (!form.AsNoun)
        {
            return true;
        }

        if (!form.AsVerb)
        {
            return false;
        }

        var pos = doc.Tokens[t].Pos;
        if (pos is not null)
        {
            return pos.StartsWith("VB", StringComparison.Ordinal);
        }

        var word = Word(t);
        if (t == sentence.FirstToken)
        {
            return false;
        }

        var prev = Word(t - 1);
        if (prev is "to")
        {
            return !word.EndsWith('s');
        }

        if (NounContext.Contains(prev) || _lexicon.Weapons.ContainsKey(prev) || doc.Tokens[t - 1].Kind == TokenKind.Number || _lexicon.Demonyms.ContainsKey(prev))
        {
            return false;
        }

        if (word.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || VerbContext.Contains(prev))
        {
            return true;
        }

        // "Russia strikes Kyiv" (headline) against "air defence strikes": a capitalized name before a verb form.
        return char.IsUpper(prev[0]) && word.EndsWith('s');
    }

    /// <summary>How far after a comma-set "asked" its passive agent's "by" may stand ("asked in May by the daily").</summary>
    private const int AskAgentReach = 4;

    /// <summary>
    /// "asked" with no "be": the sentence's first word ("Asked to expand ..., the foreign secretary said"), or right after a comma
    /// with "by" within <see cref="AskAgentReach"/> words and no punctuation between ("Mularczyk, asked in May by the daily"). A
    /// finite "asked" after a comma ("Zelensky, speaking in Kyiv, asked allies to") has no agent after it.
    /// </summary>
    private bool IsReducedPassiveAsk(Sentence sentence, int t)
    {
        if (!Word(t).Equals("asked", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (t == sentence.FirstToken)
        {
            return true;
        }

        if (Word(t - 1) is not ",")
        {
            return false;
        }

        for (int i = t + 1; i < sentence.EndToken && i <= t + AskAgentReach; i++)
        {
            if (IsClauseStop(i))
            {
                return false;
            }

            if (Word(i).Equals("by", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsPassive(Sentence sentence, int t)
    {
        // "Russia is fighting", "Taranenko is urging people": "be" before a present participle is the progressive, an active
        // verb whose subject acts.
        if (Word(t).EndsWith("ing", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        // "was bombed", "were heavily shelled", "was reportedly deliberately targeted": the auxiliary, past two -ly adverbs at most.
        int aux = BeforeAdverbs(sentence, t, 2);
        if (aux >= sentence.FirstToken && PassiveAux.Contains(Word(aux)))
        {
            return true;
        }

        return t + 1 < sentence.EndToken && Word(t + 1) is "by" && Word(t).EndsWith("ed", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// "his meeting", "their talks", "Macron's visit", "Macron's Thursday conversations": a possessive pronoun or a possessive
    /// marker right before the noun, or before one capitalized or time word that modifies it.
    /// </summary>
    private bool IsOwned(Sentence sentence, int t)
    {
        for (int i = t - 1; i >= sentence.FirstToken && i >= t - 2; i--)
        {
            var w = Word(i);
            if (w is "his" or "her" or "their" or "its" or "our" or "His" or "Her" or "Their" or "Its" or "Our" || ActorMentions.IsPossessive(w))
            {
                return true;
            }

            if (i < t - 1 || !char.IsUpper(w[0]))
            {
                return false;
            }
        }

        return false;
    }

    private bool IsAnaphoric(Sentence sentence, int t, bool asVerb)
    {
        if (asVerb)
        {
            return false;
        }

        for (int i = t - 1, n = 1; i >= sentence.FirstToken && n <= 2; i--, n++)
        {
            if (Anaphors.Contains(Word(i)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Who acts and on whom, from the positions of actor mentions around the trigger: the subject (or a
    /// possessive/demonym inside a nominal trigger's phrase) acts; objects and on/against/to phrases are
    /// targets; in the passive, the subject is the target and the by-phrase acts. A later trigger of the
    /// same class in the sentence only fills roles still empty.
    /// </summary>
    private void AssignRoles(Draft draft, Sentence sentence, int t, bool asVerb)
    {
        bool passive = asVerb && IsPassive(sentence, t);
        int clauseStart = sentence.FirstToken;
        for (int i = t - 1; i >= sentence.FirstToken; i--)
        {
            if (ActorBoundary.Contains(Word(i)))
            {
                clauseStart = i + 1;
                break;
            }
        }

        int clauseEnd = sentence.EndToken;
        for (int i = t + 1; i < sentence.EndToken; i++)
        {
            if (ActorBoundary.Contains(Word(i)))
            {
                clauseEnd = i;
                break;
            }
        }

        ActorMention? subject = null;
        if (!asVerb)
        {
            // "Russia's largest coordinated assaults", "Russian shelling".
            for (int m = _mentions.Count - 1; m >= 0; m--)
            {
                var mention = _mentions[m];
                if (mention.EndToken <= t && t - mention.EndToken <= 4 && (mention.Possessive || mention.ModifierOnly) && NoPunctuation(mention.EndToken, t))
                {
                    subject = mention;
                    break;
                }
            }
        }

        // "informed President Biden of the strike", "were killed in the attack": a nominal trigger heading a
        // prepositional phrase has no subject to its left; the mention there is the governing verb's argument.
        bool inPhrase = !asVerb && t - 2 >= sentence.FirstToken && IsArticle(Word(t - 1)) && PhraseHeads.Contains(Word(t - 2));

        // "the Kremlin rejected the accusation", "Ukraine repelled the attack": a nominal trigger that is the object of a verbal
        // trigger of another class has no subject to its left either; the subject there performs the other act.
        inPhrase |= !asVerb && t - 2 >= sentence.FirstToken && (IsArticle(Word(t - 1)) || Anaphors.Contains(Word(t - 1)))
            && IsVerbOfOtherClass(t - 2, draft.Class);

        // "Putin thanked the Chinese leader ... and blasted Washington's policies", "Zelensky said Russia was increasing ... and
        // urged": a verb after "and" shares the subject of the verb it is coordinated with, not the nearest mention, which is
        // often that verb's object or a party inside what it reports.
        int and = asVerb ? CoordinatingAnd(sentence, t) : -1;
        int subjectIndex = -1;
        if (subject is null && !inPhrase)
        {
            for (int m = _mentions.Count - 1; m >= 0; m--)
            {
                var mention = _mentions[m];
                if (mention.EndToken > t || mention.FirstToken < clauseStart)
                {
                    continue;
                }

                if (and >= 0 && (mention.EndToken > and || !IsCoordinatedSubject(mention, and, t)))
                {
                    continue;
                }

                bool adjacent = mention.EndToken == t || (mention.EndToken == t - 1 && Word(t - 1).EndsWith("ly", StringComparison.OrdinalIgnoreCase));
                if (!adjacent && (mention.Preposition is not null || mention.ModifierOnly))
                {
                    continue;
                }

                // "told CNN he attended one of the tours in July, visiting": the nearest mention is another verb's object; the
                // trigger's subject is then seldom a listed party further left.
                if (!adjacent && IsObjectOfOtherVerb(mention, t))
                {
                    break;
                }

                subject = mention;
                subjectIndex = m;
                break;
            }
        }

        var actors = new List<ActorMention>(2);
        var targets = new List<ActorMention>(2);
        if (subject is { } subj)
        {
            // "Russian missiles were fired": weapons are never the target of their own firing.
            bool mobilizedForce = draft.Class == EventClasses.Mobilize && subj.Actor.Kind == "military";
            bool weapons = _lexicon.Weapons.ContainsKey(Word(subj.EndToken - 1));
            var side = passive && !mobilizedForce && !weapons ? targets : actors;
            side.Add(subj);

            // "Washington and London have pledged", "the US, UK, Canada and Germany denounced", "which both Russia and Ukraine
            // rejected": the parties coordinated before a verb's subject share its role. The link next to the subject has "and"
            // or "or" ("meeting with President Zelensky, Mr Varadkar called for" is no list), and no link is empty.
            // A list that goes on left into a prepositional phrase ("sent soldiers to Poland and Romania, and Germany increased")
            // or to another verb's object ("Putin met Erdogan, and Zelensky accused") is that phrase's or verb's objects: the
            // subject keeps its role alone. After a reporting verb the list is the reported clause's subjects ("Zelensky said the
            // US and UK pledged").
            for (int m = asVerb ? subjectIndex - 1 : -1; m >= 0; m--)
            {
                var previous = _mentions[m];
                if (previous.FirstToken < clauseStart || previous.EndToken >= side[0].FirstToken || !Coordinated(previous.EndToken, side[0].FirstToken)
                    || (side.Count == 1 && Word(side[0].FirstToken - 1) is not ("and" or "or")))
                {
                    break;
                }

                if (previous.Preposition is not null || previous.ModifierOnly || previous.Possessive
                    || (VerbBefore(previous) is var verb and >= 0 && !ReportingVerbs.Contains(Word(verb))))
                {
                    side.RemoveRange(0, side.Count - 1);
                    break;
                }

                side.Insert(0, previous);
            }
        }

        int subjects = targets.Count + actors.Count;
        int taken = 0;
        int lastEnd = -1;
        bool between = false;
        bool topicObject = asVerb && draft.Sense?.Lemma == "discuss";
        foreach (var mention in _mentions)
        {
            if (mention.FirstToken <= t || mention.FirstToken >= clauseEnd || taken >= 3)
            {
                continue;
            }

            // After the first participant on the right, only ones coordinated with it ("Russia and Belarus").
            if (targets.Count + actors.Count > subjects && !Coordinated(lastEnd, mention.FirstToken))
            {
                break;
            }

            taken++;
            lastEnd = mention.EndToken;
            var prep = mention.Preposition;

            // "the meeting between the US and Ukrainian parties": after "between", a meeting's parties, not its place.
            if (draft.Class == EventClasses.Consult && (prep == "between" || (prep is null && between)))
            {
                between = true;
                targets.Add(mention);
                draft.ActorSpans.Add(mention.Span(doc));
                continue;
            }

            if (prep is not null && LocationPrepositions.Contains(prep))
            {
                continue;
            }

            // "eliminated 5,000 troops in a single battle, according to U.K. officials": the source, not a participant.
            if (IsAccordingTo(mention))
            {
                continue;
            }

            // "The participants discussed strategies ... actions Ukraine should take": what is discussed is a topic; a party
            // to the talk follows "with".
            if (topicObject && prep != "with")
            {
                continue;
            }

            if (prep == "by")
            {
                (passive || !asVerb ? actors : targets).Add(mention);
            }
            else if (prep == "of" && !asVerb && draft.Class == EventClasses.Mobilize)
            {
                actors.Add(mention);
            }
            else if (prep is null && draft.Class == EventClasses.Mobilize && mention.Actor.Kind == "military")
            {
                actors.Add(mention);
            }
            else
            {
                targets.Add(mention);
            }
        }

        if (draft.Actors.Count == 0)
        {
            foreach (var a in actors)
            {
                AddActor(draft.Actors, a.Actor);
                draft.ActorSpans.Add(a.Span(doc));
            }
        }

        if (draft.Targets.Count == 0)
        {
            foreach (var a in targets)
            {
                if (!ContainsName(draft.Actors, a.Actor.Name))
                {
                    AddActor(draft.Targets, a.Actor);
                }
            }
        }
    }

    /// <summary>The "and" right before a verbal trigger, past auxiliaries, adverbs and a subject pronoun ("and have accused", "and
    /// also called", ", and he accused": the pronoun most often takes up the first verb's subject), or -1.</summary>
    private int CoordinatingAnd(Sentence sentence, int t)
    {
        bool pronoun = false;
        for (int i = t - 1; i >= sentence.FirstToken && i >= t - 3; i--)
        {
            var w = Word(i);

            // "John and I discussed": without a comma before "and" the pronoun is coordinated with a noun, not a clause.
            if (w is "and")
            {
                return !pronoun || (i > sentence.FirstToken && Word(i - 1) is ",") ? i : -1;
            }

            bool subject = IsSubjectPronoun(w);
            pronoun |= subject;
            if (!(subject || Auxiliaries.Contains(w) || doc.Tokens[i].Pos is "RB" or "MD"))
            {
                return -1;
            }
        }

        return -1;
    }

    private static bool IsSubjectPronoun(ReadOnlySpan<char> w) => SubjectPronouns.Contains(w) || FirstPerson.Contains(w);

    /// <summary>
    /// Whether a mention before a coordinated trigger (before <paramref name="and"/>) is a subject: a verb follows it (past adverbs
    /// and an appositive between commas or brackets), finite or of the trigger's form ("Putin thanked", "leaders have refused",
    /// "Sergei Lavrov, Russia's foreign minister, accused"), and no verb takes it as object or as the subject of what it reports
    /// ("said Russia was increasing", "a resolution condemning Russia").
    /// </summary>
    private bool IsCoordinatedSubject(ActorMention mention, int and, int t)
    {
        if (FollowsVerb(mention))
        {
            return false;
        }

        int k = mention.EndToken;
        if (k < and && Word(k) is "," or "(")
        {
            string close = Word(k) is "," ? "," : ")";
            int end = k + 1;
            while (end < and && end <= k + MaxTitleTokens + 3 && !Word(end).SequenceEqual(close))
            {
                end++;
            }

            if (end >= and || !Word(end).SequenceEqual(close))
            {
                return false;
            }

            k = end + 1;
        }

        // "the UDA leaders were meeting", "Moscow's troops also attempt": the mention may modify the subject's head noun.
        k = PastHeadNouns(k, and, subject: true);

        // A verb tagged as a base form or a plural noun after its subject ("attempt", "China condemns") is still the finite verb.
        return k < and && doc.Tokens[k].Pos is { } tag
            && (tag is "VBD" or "VBZ" or "VBP" or "VB" or "MD" || Auxiliaries.Contains(Word(k)) || tag == doc.Tokens[t].Pos
                || IsTriggerVerb(k));
    }

    /// <summary>
    /// The token after the nouns a mention at <paramref name="k"/> modifies and the adverbs after them ("Moscow's troops also",
    /// "Ukraine's government has"), <paramref name="end"/> at the most. For the subject of a coordinated trigger
    /// (<paramref name="subject"/>) two nouns at the most, a possessive only as "'s", and never a trigger verb a tagger read as a
    /// noun ("China condemns"); for an object, three nouns or possessive endings.
    /// </summary>
    private int PastHeadNouns(int k, int end, bool subject)
    {
        for (int nouns = 0; k < end && nouns < (subject ? 2 : 3) && !(subject && IsTriggerVerb(k))
            && (doc.Tokens[k].Pos is "NN" or "NNS" || (!subject && doc.Tokens[k].Pos is "POS") || Word(k) is "'s" or "’s"); nouns++)
        {
            k++;
        }

        while (k < end && doc.Tokens[k].Pos is "RB")
        {
            k++;
        }

        return k;
    }

    /// <summary>Whether a verb stands right before the mention, past a determiner or a possessive pronoun ("told CNN", "condemning
    /// Russia", "strike British military facilities").</summary>
    private bool FollowsVerb(ActorMention mention) => VerbBefore(mention) >= 0;

    /// <summary>The verb right before the mention, past a determiner or a possessive pronoun (see <see cref="FollowsVerb"/>), or -1.</summary>
    private int VerbBefore(ActorMention mention)
    {
        int before = mention.FirstToken - 1;
        if (before >= 0 && doc.Tokens[before].Pos is "DT" or "PRP$")
        {
            before--;
        }

        return before >= 0 && doc.Tokens[before].Pos is { } previous && previous.StartsWith("VB", StringComparison.Ordinal) ? before : -1;
    }

    /// <summary>
    /// Whether the mention is the object of a verb other than the trigger: a verb stands right before it, none right after it or
    /// after the nouns it modifies ("said Russia was increasing", "has said Ukraine's government has approved" make it a subject),
    /// and another verb stands between it and the trigger ("told CNN he attended ..., visiting"; "threatened to strike British
    /// military facilities and ordered its military to hold ... drills"). With no verb between, the object is the trigger's own
    /// subject ("accused Russia of shelling", "helped Ukraine repel"), and so is an object before "to".
    /// </summary>
    private bool IsObjectOfOtherVerb(ActorMention mention, int t)
    {
        if (!FollowsVerb(mention))
        {
            return false;
        }

        int k = PastHeadNouns(mention.EndToken, t, subject: false);

        // "ordered Russian forces to rehearse deploying", "training Ukraine's army to launch its own counter offensive": the
        // object of a verb of ordering or enabling is the subject of the infinitive after it.
        if (k >= t || IsVerbTag(k) || Auxiliaries.Contains(Word(k)) || Word(k) is "to")
        {
            return false;
        }

        for (; k < t; k++)
        {
            if (IsVerbTag(k))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Token <paramref name="k"/> is tagged as a verb or a modal.</summary>
    private bool IsVerbTag(int k) => doc.Tokens[k].Pos is { } tag && (tag.StartsWith("VB", StringComparison.Ordinal) || tag == "MD");

    /// <summary>Whether the word is a verb form of a trigger in the lexicon ("condemns"), whatever its tag.</summary>
    private bool IsTriggerVerb(int k)
    {
        if (_lexicon.Triggers.TryGetValue(Word(k), out var forms))
        {
            foreach (var f in forms)
            {
                if (f.AsVerb)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private bool IsVerbOfOtherClass(int t, string eventClass)
    {
        if (doc.Tokens[t].Pos is { } tag && !tag.StartsWith("VB", StringComparison.Ordinal))
        {
            return false;
        }

        if (!_lexicon.Triggers.TryGetValue(Word(t), out var forms))
        {
            return false;
        }

        // "launched a counteroffensive", "fired a barrage": a verb of attack or combat is a light verb for such a noun, and its
        // subject is the noun's actor.
        bool other = false;
        foreach (var f in forms)
        {
            if (f.Sense.Class is EventClasses.Assault or EventClasses.Fight)
            {
                return false;
            }

            other |= f.AsVerb && f.Sense.Class != eventClass;
        }

        return other;
    }

    private bool Coordinated(int previousEnd, int next)
    {
        if (previousEnd < 0 || next - previousEnd > 2)
        {
            return false;
        }

        for (int i = previousEnd; i < next; i++)
        {
            if (Word(i) is not ("and" or "," or "or"))
            {
                return false;
            }
        }

        return true;
    }

    private bool NoPunctuation(int from, int to)
    {
        for (int i = from; i < to; i++)
        {
            var token = doc.Tokens[i];
            if (token.Kind == TokenKind.Punctuation && !ActorMentions.IsPossessive(Word(i)))
            {
                return false;
            }
        }

        return true;
    }

    private static void AddActor(List<Actor> list, Actor actor)
    {
        if (!ContainsParty(list, actor))
        {
            list.Add(actor);
        }
    }

    private static bool ContainsName(List<Actor> list, string name)
    {
        foreach (var a in list)
        {
            if (a.Name == name)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Place, date, figures, weapons and mode, source and certainty. False when the date is in the future.</summary>
    private bool Complete(Draft draft, Sentence sentence)
    {
        int trigger = draft.Trigger.Start;
        draft.Place = ChoosePlace(draft, sentence, trigger);
        AddTitledParty(draft, sentence);
        draft.Date = ChooseDate(draft, sentence, trigger);
        if (draft.Date is { FromPublished: false } date && doc.Published is { } published && EventDates.Start(date.Value) is { } start
            && (start > published || start.Year <= published.Year - BackgroundYears))
        {
            return false;
        }

        if (IsDomesticVisit(draft))
        {
            return false;
        }

        AddFigures(draft, sentence);
        AddWeapons(draft, sentence, trigger);
        (draft.Certainty, draft.Source, draft.SourceScore) = Certainty(sentence, trigger);
        return true;
    }

    /// <summary>
    /// "Putin visited the memorial complex in Volgograd", "the president visited Mykolaiv and Odesa": a visit inside the
    /// visitor's own country is a tour, not a consultation between parties (PLOVER CONSULT is a meeting of two actors).
    /// </summary>
    private bool IsDomesticVisit(Draft draft)
    {
        if (draft.Class != EventClasses.Consult)
        {
            return false;
        }

        // "visited children injured by the bombardments", "she had met people who played a large role in Bucha": a visit to or a
        // meeting with civilians is not a meeting of two parties either.
        if (draft.Targets.Count > 0 && draft.Targets.TrueForAll(a => a.Kind == "civilians"))
        {
            return true;
        }

        if (!draft.Stem.StartsWith("visit", StringComparison.Ordinal))
        {
            return false;
        }

        if (draft.Place?.Country is not { } country || _lexicon.CountryName(country) is not { } home)
        {
            return false;
        }

        foreach (var actor in draft.Actors)
        {
            if (actor.Name == home)
            {
                return true;
            }
        }

        return false;
    }

    private static int LevelRank(string level) => level switch
    {
        PlaceLevels.Populated => 4,
        PlaceLevels.Admin2 => 3,
        PlaceLevels.Admin1 => 2,
        PlaceLevels.Country => 1,
        _ => 0,
    };

    private PlaceMention? ChoosePlace(Draft draft, Sentence sentence, int trigger)
    {
        // "Russia accused Ukraine of attacking an oil depot in Belgorod": the places of a statement or a transfer are
        // what it is about, not where it was made; the text seldom says the latter.
        if (draft.Class is EventClasses.Accuse or EventClasses.Reject or EventClasses.Request or EventClasses.Threaten
            or EventClasses.Sanction or EventClasses.Aid || (draft.Class == EventClasses.Support && draft.Mode != "authorization"))
        {
            return null;
        }

        // "Shortly before Russia's February 24 invasion of Ukraine, Beijing and Moscow announced ...": a dated invasion named by a
        // noun is the war's onset, told as the time of the sentence's other acts; their places are theirs, only its own phrase
        // places it.
        var range = sentence.Span;
        if (IsOnsetNoun(draft.Sense) && TokenAt(sentence, trigger) is var t && doc.Tokens[t].Pos is { } tag
            && tag.StartsWith("NN", StringComparison.Ordinal) && NamesOwnDate(sentence, t))
        {
            range = OwnPhrase(sentence, t);
        }

        PlaceMention? best = null;
        int bestRank = -1;
        int bestDistance = int.MaxValue;
        foreach (var p in _places.StartingIn(range))
        {
            if (!sentence.Span.Contains(p.Span))
            {
                continue;
            }

            // The host of a meeting is its place whatever the other checks say ("Belarus hosted ... negotiations").
            if (!IsMeetingHost(draft, sentence, p, trigger) && (OverlapsAny(draft.ActorSpans, p.Span)
                || IsModifierUse(sentence, p) || IsActingCapital(sentence, p) || InOtherEventClause(sentence, p.Span, trigger, draft.Class)
                || IsPartyOrReference(sentence, p, draft.Class) || IsActingCountry(sentence, p) || IsSourcePlace(sentence, p, trigger)
                || IsWarTopicPlace(sentence, p, draft.Class) || IsMeetingTopicPlace(draft, sentence, p)))
            {
                continue;
            }

            // "in the regions of Chernihiv, north of Kyiv": a reference point of a direction locates another place; it is
            // taken only over a bare country.
            // "the city of Kreminna, in Luhansk": a place after "in" right after another place holds it; the held place is
            // where it happened. "Mariupol, the city of Mary": an appositive after a place describes it; the name comes first.
            int rank = IsReferencePoint(sentence, p) ? 1 : 2 * LevelRank(p.Level) - (IsContainerOfPrevious(sentence, p) || IsAppositiveOfPrevious(sentence, p) ? 1 : 0);
            if (InRegionList(sentence, p))
            {
                rank = Math.Min(rank, 2 * LevelRank(PlaceLevels.Admin1));
            }

            int distance = Math.Abs(p.Span.Start - trigger);
            if (rank > bestRank || (rank == bestRank && distance < bestDistance))
            {
                best = p;
                bestRank = rank;
                bestDistance = distance;
            }
        }

        return CapitalPlace(draft, sentence, trigger, best) ?? MeetingNamePlace(draft, sentence, trigger, best) ?? best ?? DefenderCountry(draft, sentence) ?? CountryOfAnaphor(draft, sentence);
    }

    /// <summary>
    /// "The strikes came as leaders began a summit in Bavaria": a place inside a subordinate clause that does not hold the
    /// trigger but holds a trigger of another class locates that other event.
    /// </summary>
    private bool InOtherEventClause(Sentence sentence, Span place, int trigger, string eventClass)
    {
        int t = TokenAt(sentence, place.Start);
        for (int i = t - 1; i >= sentence.FirstToken; i--)
        {
            var w = Word(i);

            // "a summit in Bavaria, southern Germany": a place in apposition to a place stays in its clause.
            if (w is "," && i > sentence.FirstToken && EndsPlace(sentence, doc.Tokens[i - 1].End))
            {
                continue;
            }

            if (w is "," or ";" or ":" or ".")
            {
                return false;
            }

            // "some troops were withdrawing from the border - the first sign from Moscow of a de-escalation": a noun phrase
            // after a dash comments on the clause before it; its places are not where the act before the dash happened.
            if (w is "-" or "–" or "—" && i + 1 < sentence.EndToken && IsArticle(Word(i + 1)) && trigger < doc.Tokens[i].Start)
            {
                return true;
            }

            if (!PlaceClauseOpeners.Contains(w))
            {
                continue;
            }

            int end = ClauseEnd(sentence, t);
            if (trigger > doc.Tokens[i].Start && trigger < end)
            {
                return false;
            }

            // "deployed 30,000 troops to Belarus – whose border is less than a three-hour drive to Kyiv": a relative clause
            // describes the noun before it, and its places locate that description, not an event outside it.
            if (RelativePronouns.Contains(w))
            {
                return true;
            }

            bool sameClass = false;
            for (int k = i + 1; k < sentence.EndToken && doc.Tokens[k].Start < end; k++)
            {
                if (_lexicon.Triggers.TryGetValue(Word(k), out var forms))
                {
                    if (forms[0].Sense.Class != eventClass)
                    {
                        return true;
                    }

                    sameClass = true;
                }
            }

            // "The meeting ... comes as Russia escalates its military campaign": a place that is the subject of the verb of a
            // clause that tells no act of the event's class acts there; it does not locate the event ("Five killed as Russia
            // hits rail infrastructure" tells the attack in its clause).
            int after = TokenAt(sentence, place.End - 1) + 1;
            return !sameClass && after < sentence.EndToken && doc.Tokens[after].Pos is "VBZ" or "VBD" or "VBP" or "MD";
        }

        return false;
    }

    // A place span is never empty (the resolver's run from a token's start), so a place ends at the offset exactly when
    // its start differs from it.
    private bool EndsPlace(Sentence sentence, int offset) => PlaceEndingAt(sentence, offset) != offset;

    /// <summary>A place starts where token <paramref name="t"/> starts.</summary>
    private bool StartsPlace(int t) => !_places.StartingIn(new Span(doc.Tokens[t].Start, doc.Tokens[t].Start + 1)).IsEmpty;

    /// <summary>Clause openers that join a separate occasion ("as leaders began a summit"); after/before/when clauses
    /// tell a step of the same incident ("shot down a helicopter after it opened fire on civilians in Rostov").</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PlaceClauseOpeners = Words(
        "since", "although", "though", "whereas", "which", "who", "whose", "as", "while");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> RelativePronouns = Words("which", "who", "whose");

    /// <summary>
    /// "Minsk is testing its combat readiness", "Moscow denied": a city name that is also an actor's name and is the subject
    /// of a finite verb (not after a preposition) stands for its government; it does not say where an event happened.
    /// </summary>
    private bool IsActingCapital(Sentence sentence, PlaceMention p)
    {
        int first = TokenAt(sentence, p.Span.Start);
        int next = TokenAt(sentence, p.Span.End - 1) + 1;
        if (p.Level != PlaceLevels.Populated || next >= sentence.EndToken || doc.Tokens[next].Pos is not ("VBZ" or "VBD" or "VBP" or "MD")
            || InPrepositionalPhrase(sentence, first))
        {
            return false;
        }

        return IsActorMention(p.Span);
    }

    /// <summary>The span overlaps an actor's mention of the sentence.</summary>
    private bool IsActorMention(Span span)
    {
        foreach (var m in _mentions)
        {
            if (m.Span(doc).Overlaps(span))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The token starts the object of a preposition, right after it or after the other words of its noun phrase ("on
    /// Ukraine's capital Kyiv are now 19 miles from the centre": Kyiv is no subject, "The bulk" is).
    /// </summary>
    private bool InPrepositionalPhrase(Sentence sentence, int first)
    {
        for (int i = first - 1; i >= sentence.FirstToken; i--)
        {
            var w = Word(i);
            if (LocationPrepositions.Contains(w) || w is "to" or "of" or "on" or "into")
            {
                return true;
            }

            bool nominal = ActorMentions.IsPossessive(w) || (doc.Tokens[i].Kind == TokenKind.Word && doc.Tokens[i].Pos is { } tag
                && (tag.StartsWith("NN", StringComparison.Ordinal) || tag.StartsWith("JJ", StringComparison.Ordinal) || tag is "DT" or "POS" or "CD"));
            if (!nominal)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>The place follows "in" (or ", in") right after another place: "Kreminna, in Luhansk", "Brody in western Ukraine".</summary>
    private bool IsContainerOfPrevious(Sentence sentence, PlaceMention p)
    {
        int t = TokenAt(sentence, p.Span.Start);
        if (t - 2 < sentence.FirstToken || !Word(t - 1).Equals("in", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        int before = t - 2;
        if (Word(before) is "," && before > sentence.FirstToken)
        {
            before--;
        }

        return EndsPlace(sentence, doc.Tokens[before].End);
    }

    /// <summary>The place follows ", the city (town, port, ...) of" right after another place: "Mariupol, the city of Mary".</summary>
    private bool IsAppositiveOfPrevious(Sentence sentence, PlaceMention p)
    {
        int t = TokenAt(sentence, p.Span.Start);
        if (t - 5 < sentence.FirstToken || !Word(t - 1).Equals("of", StringComparison.OrdinalIgnoreCase) || !SettlementNouns.Contains(Word(t - 2))
            || !Word(t - 3).Equals("the", StringComparison.OrdinalIgnoreCase) || Word(t - 4) is not ",")
        {
            return false;
        }

        return EndsPlace(sentence, doc.Tokens[t - 5].End);
    }

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SettlementNouns = Words(
        "city", "town", "village", "port", "capital", "settlement");

    /// <summary>The place follows "north/south/east/west (...) of": "20km north of Kharkiv", "west of the capital".</summary>
    private bool IsReferencePoint(Sentence sentence, PlaceMention p)
    {
        int t = TokenAt(sentence, p.Span.Start);
        if (t - 2 < sentence.FirstToken || !Word(t - 1).Equals("of", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        return Compass.Contains(Word(t - 2));
    }

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Compass = Words(CompassWords);

    /// <summary>The eight compass points written as one word (a property: see <see cref="RemainForms"/>).</summary>
    private static string[] CompassPoints => ["north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"];

    /// <summary>The compass points with the hyphenated ones (a hyphenated word is one token).</summary>
    private static string[] CompassWords => [.. CompassPoints, "north-east", "north-west", "south-east", "south-west"];

    /// <summary>
    /// A place name that modifies rather than locates: "U.S.-supplied", "Russia's intention", "U.K. officials".
    /// A country before a noun of its institutions or people names whose they are, not where the event happened.
    /// </summary>
    private bool IsModifierUse(Sentence sentence, PlaceMention p)
    {
        int end = p.Span.End;
        if (end < doc.Text.Length && doc.Text[end] is '-' or '‐' or '\'' or '’')
        {
            // "in Svatove's fire", "shelling of Kharkiv's outskirts": a town or region owns what lies in it; a city that
            // names an actor ("Kyiv's counteroffensive") stays its government.
            return p.Level == PlaceLevels.Country || !IsPossessivePlace(p) || IsActorMention(p.Span);
        }

        if (p.Level != PlaceLevels.Country)
        {
            return false;
        }

        int next = TokenAt(sentence, end);
        if (next < sentence.EndToken && doc.Tokens[next].Start < end)
        {
            next++;
        }

        return next < sentence.EndToken && InstitutionNouns.Contains(Word(next));
    }

    private static bool OverlapsAny(List<Span> spans, Span span)
    {
        foreach (var s in spans)
        {
            if (s.Overlaps(span))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The calendar date nearest the trigger in its sentence; "now" is the publication date; else the publication date, flagged.</summary>
    private EventDate? ChooseDate(Draft draft, Sentence sentence, int trigger)
    {
        if (draft.Sense == AnnouncedExclusionSense)
        {
            return AnnouncementDate(sentence, trigger);
        }

        int index = draft.Sentence;
        bool force = IsForceClass(draft.Class);
        if (StatedDate(sentence, trigger, force) is { } stated)
        {
            return stated;
        }

        // "On Thursday, the UN office said ... It called them cruel": a sentence opened by a personal pronoun goes on
        // with the previous sentence's speaker and occasion, and so with its stated date, read from its end; for an act of
        // force not a time on a verb of saying ("The ministry said on Thursday ... It said its forces also shot down 20 drones").
        if (index > 0 && OpensWithPronoun(sentence))
        {
            var previous = doc.Sentences[index - 1];
            int end = previous.EndToken > previous.FirstToken ? doc.Tokens[previous.EndToken - 1].Start : previous.Span.End;
            if (StatedDate(previous, end, force) is { } carried)
            {
                return carried;
            }
        }

        // "Nebenzya on Monday slammed the West ... Nebenzya added: ...": a statement of the speaker of the sentence before takes
        // the day of that saying.
        if (IsStatementClass(draft.Class) && SpeakerDate(index, sentence, draft.Trigger) is { } continued)
        {
            return continued;
        }

        // "X has blasted the war, calling on the West to act. X made the comments in an Instagram post Tuesday": a next
        // sentence that tells when remarks were made dates the statements of the sentence before it.
        if (IsStatementClass(draft.Class) && index + 1 < doc.Sentences.Count && RemarkDate(doc.Sentences[index + 1]) is { } remarked)
        {
            return remarked;
        }

        return doc.Published is { } published ? new EventDate(Iso(published), EventDates.Day, FromPublished: true) : null;
    }

    private static bool IsStatementClass(string eventClass) => eventClass is EventClasses.Accuse or EventClasses.Reject
        or EventClasses.Request or EventClasses.Threaten or EventClasses.Support or EventClasses.Protest;

    /// <summary>
    /// When the sentence tells that remarks were made ("made the comments", "made his remarks", "His comments came": a
    /// determiner or possessive before the noun, which then refers back), the calendar date stated after the noun in its
    /// own clause ("made the comments in an Instagram post Tuesday"); a date before the noun or past a comma dates
    /// something else ("is expected to run for president in 2024 and made his remarks"); else null.
    /// </summary>
    private EventDate? RemarkDate(Sentence sentence)
    {
        if (RemarkNoun(sentence) is not int remark)
        {
            return null;
        }

        int clauseEnd = sentence.Span.End;
        for (int i = remark + 1; i < sentence.EndToken; i++)
        {
            if (Word(i) is "," or ";" or ":")
            {
                clauseEnd = doc.Tokens[i].Start;
                break;
            }
        }

        int anchor = doc.Tokens[remark].Start;
        foreach (var time in _times.StartingIn(sentence.Span))
        {
            if (time.Span.Start < anchor || time.Span.End > clauseEnd || time.Type is TimexTypes.Duration or TimexTypes.Set
                || time.Value == "PRESENT_REF" || InOtherSinceClause(sentence, time, anchor))
            {
                continue;
            }

            if (EventDates.Precision(time.Value) is { } precision)
            {
                return new EventDate(time.Value, precision, FromPublished: false) { Mention = time.Span };
            }
        }

        return null;
    }

    /// <summary>The token of comments/remarks/statement after a determiner or possessive, made ("made the comments") or coming ("His comments came").</summary>
    private int? RemarkNoun(Sentence sentence)
    {
        for (int i = sentence.FirstToken + 1; i + 1 < sentence.EndToken; i++)
        {
            if (!RemarkNouns.Contains(Word(i)) || !RemarkOwners.Contains(Word(i - 1)))
            {
                continue;
            }

            if (Word(i + 1) is "came" || (i - 2 >= sentence.FirstToken && Word(i - 2) is "made" or "making"))
            {
                return i;
            }
        }

        return null;
    }

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> RemarkNouns = Words(
        "comments", "remarks", "statement", "comment", "remark");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> RemarkOwners = Words(
        "the", "these", "those", "his", "her", "their", "its", "'s", "’s");

    private EventDate? StatedDate(Sentence sentence, int trigger, bool skipReportTime = false)
    {
        TimeExpression? best = null;
        string? bestPrecision = null;
        int bestDistance = int.MaxValue;
        foreach (var time in _times.StartingIn(sentence.Span))
        {
            // "Two months later, troops retook it": a duration counted from a date the text gave dates by the point it reaches.
            if (!sentence.Span.Contains(time.Span) || (time.Type is TimexTypes.Duration or TimexTypes.Set && time.Point is null)
                || InOtherSinceClause(sentence, time, trigger) || IsOpenDeadline(sentence, time)
                || (skipReportTime && IsReportTime(sentence, time, trigger)))
            {
                continue;
            }

            string timeValue = time.Point ?? time.Value;
            string? precision = timeValue == "PRESENT_REF" && doc.Published is not null ? EventDates.Day : EventDates.Precision(timeValue);
            if (precision is null)
            {
                continue;
            }

            // "began its current invasion on Feb. 24, 2022", "Until now, ... met three times, last time in February": a
            // calendar date the text states dates the act; "now" is taken only when the sentence states none.
            int distance = Math.Abs(time.Span.Start - trigger);
            bool present = time.Value == "PRESENT_REF";
            bool bestPresent = best?.Value == "PRESENT_REF";
            if (best is null || (bestPresent && !present) || (bestPresent == present && distance < bestDistance))
            {
                best = time;
                bestPrecision = precision;
                bestDistance = distance;
            }
        }

        if (best is not null)
        {
            var value = best.Value == "PRESENT_REF" || IsOvernightBeforePublication(best) ? Iso(doc.Published!.Value) : best.Point ?? best.Value;
            return new EventDate(value, bestPrecision!, FromPublished: false) { Mention = best.Span };
        }

        return null;
    }

    /// <summary>
    /// "donated aid since Russia launched its invasion back in February": a time inside a since-clause starts a
    /// period and dates the clause's own verb, not an event outside it. The clause runs from "since" to the time
    /// with no comma, semicolon or "and"/"but" between; a trigger inside the same clause keeps it ("since capturing
    /// Avdiivka in February"). Other subordinate clauses (<see cref="SubordinateOpeners"/>, and after/before with a finite
    /// verb) are treated alike and run on to the next comma.
    /// </summary>
    private bool InOtherSinceClause(Sentence sentence, TimeExpression expression, int trigger)
    {
        var time = expression.Span;
        int t = TokenAt(sentence, time.Start);
        if (InWhenClauseOf(sentence, time, trigger))
        {
            return false;
        }

        for (int i = t - 1; i >= sentence.FirstToken; i--)
        {
            // "Lukashenko - who has been in power since 1994 - claimed victory in elections in 2020": a dash closes a
            // parenthetical clause, so a time after it is not in that clause.
            var w = Word(i);
            if (w is "," or ";" or ":" or "-" or "–" or "—" || w.Equals("and", StringComparison.OrdinalIgnoreCase) || w.Equals("but", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            // "after"/"before" open a clause only with a finite verb of their own ("came after Ukraine warned last Thursday");
            // "after months of wrangling Wednesday" is a phrase, and its time still dates the sentence's act.
            if (SubordinateOpeners.Contains(w) || (w.Equals("after", StringComparison.OrdinalIgnoreCase) || w.Equals("before", StringComparison.OrdinalIgnoreCase)) && HasFiniteVerb(i + 1, t))
            {
                // A since-clause ends at its time ("since Russia invaded in February"); another clause runs on to its comma
                // ("although Xi Jinping last week called all the parties to restraint").
                bool since = w.Equals("since", StringComparison.OrdinalIgnoreCase);
                int end = since ? time.Start : ClauseEnd(sentence, t);
                // "Since the February 2022 invasion": a time among the modifiers of the noun the phrase ends with is that noun's own.
                if (trigger > doc.Tokens[i].Start && (trigger < end || (since && IsModifierTime(sentence, time, trigger))))
                {
                    return false;
                }

                // "After the player won her first major in January, Lukashenko congratulated her": an opening after-clause
                // sets the scene of the main clause, which a month it names still holds; a day does not ("came after
                // Ukraine warned last Thursday").
                return !(i == sentence.FirstToken && w.Equals("after", StringComparison.OrdinalIgnoreCase)
                    && EventDates.Precision(expression.Value) == EventDates.Month);
            }
        }

        return false;
    }

    /// <summary>
    /// "tensions have been rising since November, when Russian troops started massing": a when-clause right after a time
    /// tells what happened at that time, so the time dates a trigger inside it whatever clause the time itself is in.
    /// </summary>
    private bool InWhenClauseOf(Sentence sentence, Span time, int trigger)
    {
        if (trigger < time.End)
        {
            return false;
        }

        int next = TokenAt(sentence, time.End - 1) + 1;
        if (next < sentence.EndToken && Word(next) is ",")
        {
            next++;
        }

        return next < sentence.EndToken && Word(next).Equals("when", StringComparison.OrdinalIgnoreCase)
            && trigger > doc.Tokens[next].Start && trigger < ClauseEnd(sentence, next);
    }

    /// <summary>
    /// Words that open a clause whose time dates that clause's own verb: "since" starts a period, "although ... last week
    /// called", "came after Ukraine warned last Thursday", "Bucha, where civilians were killed last year".
    /// </summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SubordinateOpeners = Words(
        "since", "although", "though", "whereas", "where", "which", "who");

    /// <summary>
    /// The offset where the clause holding token <paramref name="t"/> ends: the next comma, semicolon or colon, else the
    /// sentence end.
    /// </summary>
    private int ClauseEnd(Sentence sentence, int t)
    {
        for (int i = t + 1; i < sentence.EndToken; i++)
        {
            if (Word(i) is "," or ";" or ":")
            {
                return doc.Tokens[i].Start;
            }
        }

        return sentence.Span.End;
    }

    private bool HasFiniteVerb(int from, int to)
    {
        for (int i = from; i < to; i++)
        {
            if (doc.Tokens[i].Pos is "VBD" or "VBZ" or "VBP" or "MD")
            {
                return true;
            }
        }

        return false;
    }

    private int TokenAt(Sentence sentence, int offset)
    {
        int lo = sentence.FirstToken, hi = sentence.EndToken - 1;
        while (lo < hi)
        {
            int mid = (lo + hi + 1) / 2;
            if (doc.Tokens[mid].Start <= offset)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return lo;
    }

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private void AddFigures(Draft draft, Sentence sentence)
    {
        foreach (var f in _figures.StartingIn(sentence.Span))
        {
            if (!sentence.Span.Contains(f.Span) || IsTime(sentence, f.Span))
            {
                continue;
            }

            if (f.Kind == "killed" && draft.Killed is null)
            {
                draft.Killed = f;
            }
            else if (f.Kind == "injured" && draft.Injured is null)
            {
                draft.Injured = f;
            }
            else
            {
                draft.Quantities.Add(f);
            }
        }

        if (_figures.Count == 0 && draft.Class == EventClasses.Assault)
        {
            CasualtiesFromTokens(draft, sentence);
        }
    }

    /// <summary>
    /// Fallback when no figures stage ran: "at least five people were killed and 18 injured", "killing 3".
    /// A number (digits or one to twenty) within four words before a casualty word, or right after
    /// killing/injuring/wounding; "at least"/"more than"/"over"/"about" before it set the qualifier.
    /// </summary>
    private void CasualtiesFromTokens(Draft draft, Sentence sentence)
    {
        for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            var kind = CasualtyKind(Word(i));
            if (kind is null)
            {
                continue;
            }

            int number = -1;
            bool gerund = Word(i).EndsWith("ing", StringComparison.OrdinalIgnoreCase);
            if (gerund)
            {
                for (int j = i + 1; j < sentence.EndToken && j <= i + 3 && number < 0; j++)
                {
                    number = NumberValue(j) >= 0 ? j : -1;
                }
            }
            else
            {
                for (int j = i - 1; j >= sentence.FirstToken && j >= i - 4 && number < 0; j--)
                {
                    if (doc.Tokens[j].Kind == TokenKind.Punctuation)
                    {
                        break;
                    }

                    number = NumberValue(j) >= 0 ? j : -1;
                }
            }

            if (number < 0)
            {
                continue;
            }

            var figure = new Figure(doc.Tokens[number].Span, NumberValue(number), QualifierBefore(sentence, number)) { Kind = kind };
            if (kind == "killed" && draft.Killed is null)
            {
                draft.Killed = figure;
            }
            else if (kind == "injured" && draft.Injured is null)
            {
                draft.Injured = figure;
            }
        }
    }

    private static string? CasualtyKind(ReadOnlySpan<char> w)
    {
        if (w.Equals("killed", StringComparison.OrdinalIgnoreCase) || w.Equals("dead", StringComparison.OrdinalIgnoreCase)
            || w.Equals("died", StringComparison.OrdinalIgnoreCase) || w.Equals("killing", StringComparison.OrdinalIgnoreCase))
        {
            return "killed";
        }

        return w.Equals("injured", StringComparison.OrdinalIgnoreCase) || w.Equals("wounded", StringComparison.OrdinalIgnoreCase)
            || w.Equals("hurt", StringComparison.OrdinalIgnoreCase) || w.Equals("injuring", StringComparison.OrdinalIgnoreCase)
            || w.Equals("wounding", StringComparison.OrdinalIgnoreCase)
            ? "injured"
            : null;
    }

    private static readonly string[] SmallNumbers =
    [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
    ];

    /// <summary>The value of a digit token ("1,000") or a number word (one..twenty), or -1.</summary>
    private double NumberValue(int t)
    {
        var w = Word(t);
        if (doc.Tokens[t].Kind == TokenKind.Number)
        {
            Span<char> digits = stackalloc char[Math.Min(w.Length, 32)];
            int n = 0;
            foreach (char c in w)
            {
                if (c != ',' && n < digits.Length)
                {
                    digits[n++] = c;
                }
            }

            return double.TryParse(digits[..n], NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : -1;
        }

        for (int k = 0; k < SmallNumbers.Length; k++)
        {
            if (w.Equals(SmallNumbers[k], StringComparison.OrdinalIgnoreCase))
            {
                return k;
            }
        }

        return -1;
    }

    private string QualifierBefore(Sentence sentence, int number)
    {
        if (number - 2 >= sentence.FirstToken)
        {
            var a = Word(number - 2);
            var b = Word(number - 1);
            if (a.Equals("at", StringComparison.OrdinalIgnoreCase) && b.Equals("least", StringComparison.OrdinalIgnoreCase))
            {
                return Qualifiers.AtLeast;
            }

            if (a.Equals("more", StringComparison.OrdinalIgnoreCase) && b.Equals("than", StringComparison.OrdinalIgnoreCase))
            {
                return Qualifiers.MoreThan;
            }
        }

        if (number - 1 >= sentence.FirstToken)
        {
            var b = Word(number - 1);
            if (b.Equals("over", StringComparison.OrdinalIgnoreCase))
            {
                return Qualifiers.MoreThan;
            }

            if (b.Equals("about", StringComparison.OrdinalIgnoreCase) || b.Equals("around", StringComparison.OrdinalIgnoreCase)
                || b.Equals("nearly", StringComparison.OrdinalIgnoreCase) || b.Equals("some", StringComparison.OrdinalIgnoreCase))
            {
                return Qualifiers.Approx;
            }
        }

        return Qualifiers.Exact;
    }

    private bool IsTime(Sentence sentence, Span span)
    {
        foreach (var t in _times.StartingIn(sentence.Span))
        {
            if (t.Span.Overlaps(span))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Weapons named in the sentence (WEAPON entities, then weapon words) and the mode they give an ASSAULT.</summary>
    private void AddWeapons(Draft draft, Sentence sentence, int trigger)
    {
        string? modifierMode = null;
        string? firstMode = null;
        int firstAt = int.MaxValue;
        var entities = _entities.StartingIn(sentence.Span);
        foreach (var e in entities)
        {
            if (e.Type != EntityTypes.Weapon || !sentence.Span.Contains(e.Span))
            {
                continue;
            }

            var name = e.Canonical ?? doc.TextOf(e.Span);
            if (!draft.Weapons.Contains(name))
            {
                draft.Weapons.Add(name);
            }

            var mode = ModeOfName(name) ?? ModeOfName(doc.TextOf(e.Span));
            if (mode is not null && e.Span.Start < firstAt)
            {
                firstMode = mode;
                firstAt = e.Span.Start;
            }
        }

        for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            if (!_lexicon.Weapons.TryGetValue(Word(i), out var weapon))
            {
                continue;
            }

            if (Word(i).Equals("air", StringComparison.OrdinalIgnoreCase) && !(i + 1 < sentence.EndToken && AirNext.Contains(Word(i + 1))))
            {
                continue;
            }

            var start = doc.Tokens[i].Start;
            if (!OverlapsWeaponEntity(entities, start) && !draft.Weapons.Contains(weapon.Name))
            {
                draft.Weapons.Add(weapon.Name);
            }

            if (start < trigger && trigger - doc.Tokens[i].End <= 12 && NoPunctuation(i + 1, TokenIndex(sentence, trigger)))
            {
                modifierMode = weapon.Mode;
            }

            if (start < firstAt)
            {
                firstMode = weapon.Mode;
                firstAt = start;
            }
        }

        if (draft.Class == EventClasses.Assault && draft.Mode is null)
        {
            draft.Mode = modifierMode ?? firstMode;
        }
    }

    private int TokenIndex(Sentence sentence, int offset)
    {
        int i = ActorMentions.TokenAt(doc, sentence, offset);
        return i < 0 ? sentence.FirstToken : i;
    }

    private static bool OverlapsWeaponEntity(ReadOnlySpan<EntityMention> entities, int offset)
    {
        foreach (var e in entities)
        {
            if (e.Type == EntityTypes.Weapon && e.Span.Contains(offset))
            {
                return true;
            }
        }

        return false;
    }

    private string? ModeOfName(string name)
    {
        foreach (var part in name.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (_lexicon.Weapons.TryGetValue(part, out var w))
            {
                return w.Mode;
            }
        }

        return _lexicon.Weapons.TryGetValue(name, out var whole) ? whole.Mode : null;
    }

    /// <summary>
    /// Certainty and source: an attribution whose scope holds the trigger, else a quote whose content
    /// holds it, else cue words of the sentence; a plain statement is confirmed.
    /// </summary>
    private (string Certainty, Span? Source, int Score) Certainty(Sentence sentence, int trigger)
    {
        // Attributions of the trigger's sentence; quotes may open sentences before it.
        foreach (var a in _attributions.StartingIn(sentence.Span))
        {
            var scope = a.Scope.IsEmpty ? (sentence.Span.Contains(a.Span) ? sentence.Span : default) : a.Scope;
            if (!scope.Contains(trigger))
            {
                continue;
            }

            string certainty = a.Kind switch
            {
                "claim" => Certainties.Claimed,
                "denial" => Certainties.Denied,
                _ => Certainties.Reported,
            };
            return (certainty, a.Source, SourceScore(a.Source));
        }

        foreach (var q in QuotesNear(trigger))
        {
            if (!q.Content.Contains(trigger))
            {
                continue;
            }

            var speaker = q.SpeakerEntity ?? q.Speaker;
            string certainty = q.Cue is { } cue ? CertaintyOfCue(doc.Slice(cue)) ?? Certainties.Reported : Certainties.Reported;
            return (certainty, speaker, SourceScore(speaker));
        }

        return CertaintyFromCues(sentence, trigger);
    }

    /// <summary>The quotes whose content starts close enough before <paramref name="offset"/> to hold it (callers check that it does).</summary>
    private ReadOnlySpan<Quote> QuotesNear(int offset) => _quotes.StartingIn(new Span(Math.Max(0, offset - MaxQuoteLength), offset + 1));

    /// <summary>The quotes that may hold part of the sentence: those starting in it or up to the longest quote before it.</summary>
    private ReadOnlySpan<Quote> QuotesAround(Sentence sentence) =>
        _quotes.StartingIn(new Span(Math.Max(0, sentence.Span.Start - MaxQuoteLength), sentence.Span.End));

    private static string? CertaintyOfCue(ReadOnlySpan<char> cue)
    {
        if (cue.StartsWith("confirm", StringComparison.OrdinalIgnoreCase) || cue.StartsWith("acknowledg", StringComparison.OrdinalIgnoreCase)
            || cue.StartsWith("admit", StringComparison.OrdinalIgnoreCase) || cue.StartsWith("verif", StringComparison.OrdinalIgnoreCase))
        {
            return Certainties.Confirmed;
        }

        if (cue.StartsWith("claim", StringComparison.OrdinalIgnoreCase) || cue.StartsWith("alleg", StringComparison.OrdinalIgnoreCase)
            || cue.StartsWith("insist", StringComparison.OrdinalIgnoreCase) || cue.StartsWith("boast", StringComparison.OrdinalIgnoreCase))
        {
            return Certainties.Claimed;
        }

        if (cue.StartsWith("den", StringComparison.OrdinalIgnoreCase) || cue.StartsWith("refut", StringComparison.OrdinalIgnoreCase)
            || cue.StartsWith("dismiss", StringComparison.OrdinalIgnoreCase))
        {
            return Certainties.Denied;
        }

        if (cue.StartsWith("report", StringComparison.OrdinalIgnoreCase) || cue.StartsWith("said", StringComparison.OrdinalIgnoreCase)
            || cue.StartsWith("say", StringComparison.OrdinalIgnoreCase) || cue.StartsWith("told", StringComparison.OrdinalIgnoreCase)
            || cue.StartsWith("stat", StringComparison.OrdinalIgnoreCase) || cue.StartsWith("announc", StringComparison.OrdinalIgnoreCase)
            || cue.StartsWith("accord", StringComparison.OrdinalIgnoreCase) || cue.StartsWith("suggest", StringComparison.OrdinalIgnoreCase)
            || cue.StartsWith("indicat", StringComparison.OrdinalIgnoreCase) || cue.StartsWith("estimat", StringComparison.OrdinalIgnoreCase))
        {
            return Certainties.Reported;
        }

        return null;
    }

    /// <summary>The fallback when no attribution or quote covers the trigger: the strongest cue word of the sentence.</summary>
    private (string Certainty, Span? Source, int Score) CertaintyFromCues(Sentence sentence, int trigger)
    {
        string? best = null;
        int bestRank = 0;
        Span? source = null;
        for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            var w = Word(i);
            if (doc.Tokens[i].Start == trigger)
            {
                continue;
            }

            if (w.Equals("according", StringComparison.OrdinalIgnoreCase) && i + 2 < sentence.EndToken && Word(i + 1) is "to")
            {
                int end = i + 2;
                while (end < sentence.EndToken && end < i + 10 && doc.Tokens[end].Kind != TokenKind.Punctuation)
                {
                    end++;
                }

                if (bestRank < 2)
                {
                    best = Certainties.Reported;
                    bestRank = 2;
                    source = end > i + 2 ? new Span(doc.Tokens[i + 2].Start, doc.Tokens[end - 1].End) : null;
                }

                continue;
            }

            var certainty = w.Equals("reportedly", StringComparison.OrdinalIgnoreCase) || w.Equals("reports", StringComparison.OrdinalIgnoreCase)
                || w.Equals("reported", StringComparison.OrdinalIgnoreCase) || w.Equals("purportedly", StringComparison.OrdinalIgnoreCase)
                || w.Equals("unconfirmed", StringComparison.OrdinalIgnoreCase) || w.Equals("unverified", StringComparison.OrdinalIgnoreCase)
                ? Certainties.Reported
                : CertaintyOfCue(w) is { } c && IsCueVerb(w) ? c : null;
            if (certainty is null)
            {
                continue;
            }

            int rank = certainty switch
            {
                Certainties.Denied => 5,
                Certainties.Claimed => 4,
                Certainties.Confirmed => 3,
                _ => 1,
            };
            if (rank > bestRank)
            {
                best = certainty;
                bestRank = rank;

                // "reports suggest", "reportedly": nobody named; a verb of saying has a speaker.
                source = IsGenericReport(w) ? null : NearestMentionSpan(sentence, i);
            }
        }

        if (best is null)
        {
            return (Certainties.Confirmed, null, 0);
        }

        return (best, source, SourceScore(source));
    }

    private static bool IsGenericReport(ReadOnlySpan<char> w)
        => w.StartsWith("report", StringComparison.OrdinalIgnoreCase) || w.Equals("purportedly", StringComparison.OrdinalIgnoreCase)
        || w.StartsWith("un", StringComparison.OrdinalIgnoreCase);

    private static bool IsCueVerb(ReadOnlySpan<char> w)
        => w.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || w.EndsWith('s') || w is "said" or "told" or "says" or "deny" or "claim" or "confirm";

    /// <summary>The actor or entity that speaks a cue: before it within six tokens, else just after it ("said Ukraine's air force").</summary>
    private Span? NearestMentionSpan(Sentence sentence, int cueToken)
    {
        if (_mentions.Count == 0)
        {
            ActorMentions.Find(doc, sentence, _lexicon, _mentions, _entities.StartingIn(sentence.Span));
        }

        ActorMention? before = null;
        ActorMention? after = null;
        foreach (var m in _mentions)
        {
            if (m.EndToken <= cueToken && cueToken - m.EndToken <= 6)
            {
                before = m;
            }
            else if (m.FirstToken > cueToken && m.FirstToken - cueToken <= 3 && after is null)
            {
                after = m;
            }
        }

        return (before ?? after)?.Span(doc);
    }

    /// <summary>A named source (an actor or an entity) outranks a generic one ("reports", "estimates").</summary>
    private int SourceScore(Span? source)
    {
        if (source is not { } s)
        {
            return 0;
        }

        int sentenceIndex = doc.SentenceIndexAt(s.Start);
        var range = sentenceIndex >= 0 ? doc.Sentences[sentenceIndex].Span : s;
        foreach (var e in _entities.StartingIn(new Span(range.Start, s.End)))
        {
            if (e.Span.Overlaps(s) && e.Type is EntityTypes.Person or EntityTypes.Organization or EntityTypes.Norp or EntityTypes.Location)
            {
                return 2;
            }
        }

        if (sentenceIndex >= 0)
        {
            var found = new List<ActorMention>();
            ActorMentions.Find(doc, doc.Sentences[sentenceIndex], _lexicon, found, _entities.StartingIn(range));
            foreach (var m in found)
            {
                if (m.Span(doc).Overlaps(s))
                {
                    return 2;
                }
            }
        }

        return 1;
    }

    /// <summary>
    /// Merges mentions of one event. "This assault" joins the nearest earlier event of its class. A mention
    /// with a stated date joins an earlier one of the same class, date and place. A mention with no date of
    /// its own joins an earlier one of its class that names the same place, or repeats its trigger stem
    /// ("approval" after "approved") nearby, or (attacks, clashes, deployments) has the same actor nearby.
    /// Actors never conflict in a merge. A mention with "also" before its trigger tells a further act and joins nothing
    /// (<see cref="TellsAFurtherAct"/>).
    /// </summary>
    private List<Draft> Merge(List<Draft> drafts)
    {
        var kept = new List<Draft>(drafts.Count);
        foreach (var later in drafts)
        {
            var into = FindMergeTarget(kept, later);
            if (into is null)
            {
                kept.Add(later);
            }
            else
            {
                Absorb(into, later, PastAct(into) && !DatedInOwnSentence(later));
            }
        }

        return kept;
    }

    private Draft? FindMergeTarget(List<Draft> kept, Draft later)
    {
        if (TellsAFurtherAct(later))
        {
            return null;
        }

        // "At a news conference in Poland after the visit", "The police detained a suspect on Sunday after the murder": the
        // places and dates of a phrase's sentence outside the noun's own words are the governing clause's; "the advance on
        // Ukraine's capital Kyiv" keeps its own.
        var place = later.InPhrase && !InOwnPhrase(later, later.Place?.Span) ? null : later.Place;
        bool otherDate = later.InPhrase && later.Definite && later.Date is { FromPublished: false } && !InOwnPhrase(later, later.Date.Mention);
        if (later.Anaphoric || ((later.Definite || later.Possessive) && (later.Date is { FromPublished: true } || otherDate)))
        {
            int reach = later.Anaphoric ? AnaphoraReach : RetellingReach;
            Draft? sameStem = null;
            Draft? nearest = null;
            for (int i = kept.Count - 1; i >= 0; i--)
            {
                var e = kept[i];
                if (e.Class != later.Class)
                {
                    continue;
                }

                // "this approval": a demonstrative and the same word name the act told before, however far back and
                // whatever actors or place its own sentence suggests. "The meeting ... the visit marked the highest-level
                // trip to Ukraine": a definite retelling told with a party of the meeting and at a place that holds it.
                bool compatible = (ActorsCompatible(e, later) || SharesMeetingParty(e, later)) && PlacesNest(e.Place, place);
                if (sameStem is null && e.Stem == later.Stem && (later.Anaphoric || (compatible && later.Sentence - e.LastSentence <= StemReach)))
                {
                    sameStem = e;
                }

                // A phrase whose sentence's date is not its own joins only an event told with its word ("the murder", "murdered").
                if (nearest is null && compatible && later.Sentence - e.Sentence <= reach && !otherDate && DateCompatible(e, later, loose: true))
                {
                    nearest = e;
                }
            }

            if ((sameStem ?? nearest) is not null || later.Anaphoric)
            {
                later.Place = place;
                if (otherDate)
                {
                    later.Date = null;
                }

                return sameStem ?? nearest;
            }
        }

        foreach (var e in kept)
        {
            if (e.Class != later.Class || !ActorsCompatible(e, later) || !TargetsCompatible(e, later) || ClashKindsDiffer(e, later)
                || OtherTitledParty(e, later))
            {
                continue;
            }

            bool samePlace = e.Place is not null && later.Place is not null && SamePlace(e.Place, later.Place);
            bool placeOk = later.Place is null || samePlace;
            if (later.Date is { FromPublished: false } stated)
            {
                // A stated date: the same class, date and place is the same event.
                if (placeOk && e.Date is { FromPublished: false } && e.Date.Value == stated.Value && (samePlace || (e.Place is null && later.Place is null)))
                {
                    return e;
                }

                continue;
            }

            // No date of its own: a retelling when it names the same place, or repeats the trigger stem nearby,
            // or an attack or clash by the same actor nearby.
            int distance = later.Sentence - e.Sentence;
            bool sameStem = e.Stem == later.Stem && distance <= StemReach;
            bool physical = e.Class is EventClasses.Assault or EventClasses.Fight or EventClasses.Mobilize;
            bool sameActor = physical && SharesActor(e, later) && distance <= RetellingReach;
            // "Blinken's visit to Kyiv ... He announced aid during a meeting with Zelensky": a meeting told next with neither actor
            // nor place is the visit again, as a bare attack is the attack before it.
            bool bare = (physical || e.Class == EventClasses.Consult) && later.Actors.Count == 0 && later.Place is null && distance <= BareReach;
            if (placeOk && (samePlace || sameStem || sameActor || bare))
            {
                return e;
            }
        }

        return Coreferent(kept, later) ?? MeetingRetold(kept, later);
    }

    /// <summary>
    /// "Chancellor Olaf Scholz also appealed to Russia" after Steinmeier's appeal: "also" just before the trigger (an auxiliary may
    /// stand between: "also has sent") adds an act to those told, it does not retell one. Not in the passive: "Other firms ... were
    /// also sanctioned", "Two colonels ... were also killed", "have also been killed" add targets or victims to the act told.
    /// </summary>
    private bool TellsAFurtherAct(Draft draft)
    {
        var sentence = doc.Sentences[draft.Sentence];
        int t = TokenAt(sentence, draft.Trigger.Start);
        for (int i = t - 1; i >= sentence.FirstToken && i >= t - 2; i--)
        {
            if (Word(i).Equals("also", StringComparison.OrdinalIgnoreCase))
            {
                // The passive's "be" stands before "also" ("were also killed") or between it and the trigger ("have also been killed").
                return !(doc.Tokens[t].Pos == "VBN"
                    && ((i > sentence.FirstToken && BeForms.Contains(Word(i - 1))) || (i + 1 < t && Factuality.IsBe(Word(t - 1)))));
            }

            if (!IsVerbTag(i))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// The span lies in the noun's own complement: within six words after the trigger, with no punctuation and no verb between
    /// ("the advance on Ukraine's capital Kyiv", not "During the visit, Mr Kishida was taken to Bucha").
    /// </summary>
    private bool InOwnPhrase(Draft draft, Span? span)
    {
        if (span is not { } s || s.Start < draft.Trigger.End)
        {
            return false;
        }

        var sentence = doc.Sentences[draft.Sentence];
        int first = TokenAt(sentence, draft.Trigger.End - 1) + 1;
        int target = TokenAt(sentence, s.Start);
        if (target - first > 6)
        {
            return false;
        }

        for (int i = first; i < target; i++)
        {
            if ((doc.Tokens[i].Kind != TokenKind.Word && !ActorMentions.IsPossessive(Word(i)))
                || doc.Tokens[i].Pos is { } tag && tag.StartsWith("VB", StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Event coreference beyond exact repeats: an earlier event of the class, near, whose date and place nest with the
    /// later mention's (equal, one inside the other, or one not given), with compatible actors, targets and mode, and one
    /// sign that the two are the same act: the trigger stem repeated, the same actor of an attack or clash, or the same
    /// place below a country, or for an attack or clash the same stated period.
    /// "Dozens of Russian missiles have struck targets across Ukraine" ... "In Cherkasy one person died in the strikes".
    /// </summary>
    private Draft? Coreferent(List<Draft> kept, Draft later)
    {
        for (int i = kept.Count - 1; i >= 0; i--)
        {
            var e = kept[i];
            int distance = later.Sentence - e.Sentence;
            if (distance > RetellingReach)
            {
                break;
            }

            if (e.Class != later.Class || !ActorsCompatible(e, later) || !TargetsCompatible(e, later) || OtherTitledParty(e, later)
                || (e.Mode is not null && later.Mode is not null && e.Mode != later.Mode)
                || !DatesNest(e.Date, later.Date) || !PlacesNest(e.Place, later.Place))
            {
                continue;
            }

            // "a string of attacks" and "destroyed a refinery in Kremenchuk": a plural sums up several acts, so it is not one of
            // them told at a named place of its own (below a country) that the plural does not share.
            bool samePlaceGiven = e.Place is not null && later.Place is not null && SamePlace(e.Place, later.Place);
            if (!samePlaceGiven && ((e.Plural && IsBelowCountry(later.Place)) || (later.Plural && IsBelowCountry(e.Place))))
            {
                continue;
            }

            bool physical = e.Class is EventClasses.Assault or EventClasses.Fight or EventClasses.Mobilize;
            bool sameStem = e.Stem == later.Stem && distance <= StemReach;
            bool sameActor = physical && SharesActor(e, later);
            bool samePlace = e.Place is not null && later.Place is not null
                && (e.Place.Level != PlaceLevels.Country || later.Place.Level != PlaceLevels.Country);
            bool samePeriod = physical && e.Date is { FromPublished: false } && later.Date is { FromPublished: false };

            // "A session of the assembly was held in Minsk ... The parliamentarians discussed efforts to counter sanctions": what
            // was discussed, told after a meeting, is that meeting's content.
            bool discussion = e.Class == EventClasses.Consult && later.Sense?.Lemma == "discuss";
            if (sameStem || sameActor || samePlace || samePeriod || discussion || OneStatement(e, later))
            {
                return e;
            }
        }

        return null;
    }

    /// <summary>
    /// "Biden emphasized that there is no evidence ... He added that Russian reports in this matter "deny logic"": a statement
    /// told again in other words, with the same source (a speaker or a document: "the statement") on the same day, is one act;
    /// an accusation of another party (targets, checked by the caller) or told on another day is another. A pronoun is no
    /// source to compare. The speaker may be written as one mention's actor and the other's source: "The Russian foreign
    /// minister, Sergei Lavrov, accused the US ..., the Russian foreign ministry said" and "Lavrov said that ...", where the
    /// first mention's source is the body that reported the words.
    /// </summary>
    private bool OneStatement(Draft a, Draft b)
    {
        if (!IsStatementClass(a.Class) || a.Class == EventClasses.Protest || a.Source is not { } x || b.Source is not { } y
            || a.Date is null || b.Date is null || a.Date.Value != b.Date.Value)
        {
            return false;
        }

        var p = SourceName(x);
        var q = SourceName(y);
        return !IsSubjectPronoun(p) && !IsSubjectPronoun(q)
            && (SameName(p, q) || SpeakerAsActor(a, q) || SpeakerAsActor(b, p));
    }

    private static bool SameName(ReadOnlySpan<char> p, ReadOnlySpan<char> q)
        => p.Equals(q, StringComparison.OrdinalIgnoreCase) || SameSurname(p, q) || IsAcronymOf(p, q) || IsAcronymOf(q, p);

    /// <summary>
    /// "MFA" and "Ministry of Foreign Affairs of Ukraine", "IAEA" and "International Atomic Energy Agency": the capitals of an
    /// acronym are the initials of the name's capitalized words, in order, up to the name's end or an "of" that qualifies it.
    /// </summary>
    private static bool IsAcronymOf(ReadOnlySpan<char> acronym, ReadOnlySpan<char> name)
    {
        if (acronym.Length < 2 || acronym.Length > 8 || acronym.ContainsAnyExceptInRange('A', 'Z'))
        {
            return false;
        }

        int matched = 0;
        foreach (var range in name.Split(' '))
        {
            var word = name[range];
            if (word.Length == 0 || !char.IsUpper(word[0]))
            {
                // A function word inside the name ("of", "for"); after the whole acronym, only "of" may start a qualifier.
                if (matched == acronym.Length)
                {
                    return word.SequenceEqual("of");
                }

                continue;
            }

            if (matched == acronym.Length || word[0] != acronym[matched])
            {
                return false;
            }

            matched++;
        }

        return matched == acronym.Length;
    }

    /// <summary>A person named as the mention's actor ("Sergei Lavrov") is the speaker <paramref name="name"/> ("Lavrov").</summary>
    private bool SpeakerAsActor(Draft draft, ReadOnlySpan<char> name)
    {
        foreach (var s in draft.ActorSpans)
        {
            if (IsPerson(s) && SameName(doc.Slice(s), name))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A source's words without a leading article ("the statement", "The statement").</summary>
    private ReadOnlySpan<char> SourceName(Span source)
    {
        var text = doc.Text.AsSpan(source.Start, source.End - source.Start);
        return text.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? text[4..] : text;
    }

    /// <summary>"Russia accused the UK" and "Russia accused Ukraine" are two accusations.</summary>
    private bool TargetsCompatible(Draft a, Draft b)
    {
        if (a.Targets.Count == 0 || b.Targets.Count == 0)
        {
            return true;
        }

        foreach (var x in a.Targets)
        {
            if (HasParty(b.Targets, x))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A meeting's parties on either side: "Austin met Zelensky" and "the visit by US officials to Ukraine" share Ukraine, with
    /// no other party named against it (targets compatible), so a definite retelling may name the visitor otherwise.
    /// </summary>
    private bool SharesMeetingParty(Draft a, Draft b)
    {
        if (a.Class != EventClasses.Consult || !TargetsCompatible(a, b))
        {
            return false;
        }

        foreach (var x in b.Actors)
        {
            if (HasParty(a.Actors, x) || HasParty(a.Targets, x))
            {
                return true;
            }
        }

        foreach (var x in b.Targets)
        {
            if (HasParty(a.Actors, x) || HasParty(a.Targets, x))
            {
                return true;
            }
        }

        return false;
    }

    private bool SharesActor(Draft a, Draft b)
        => a.Actors.Count > 0 && b.Actors.Count > 0 && ActorsCompatible(a, b);

    private bool ActorsCompatible(Draft a, Draft b)
    {
        if (a.Actors.Count == 0 || b.Actors.Count == 0)
        {
            return true;
        }

        foreach (var x in a.Actors)
        {
            if (HasParty(b.Actors, x) || (a.Class == EventClasses.Consult && HasParty(b.Targets, x)))
            {
                return true;
            }
        }

        // A meeting's parties are symmetric: "X met Penny Wong" and "Wong said the meeting ..." tell one meeting.
        if (a.Class == EventClasses.Consult)
        {
            foreach (var y in b.Actors)
            {
                if (HasParty(a.Targets, y))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The same actor, a person also by surname alone ("Wong" after "Penny Wong").</summary>
    private static bool ContainsParty(List<Actor> list, Actor actor)
    {
        foreach (var a in list)
        {
            if (a.Name == actor.Name || (a.Kind == ActorMentions.PersonKind && actor.Kind == ActorMentions.PersonKind && SameSurname(a.Name, actor.Name)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>One name ends the other after a space ("Wong", "Penny Wong"; "Van Schaack", "Beth Van Schaack").</summary>
    private static bool SameSurname(ReadOnlySpan<char> x, ReadOnlySpan<char> y)
    {
        return x.Length <= y.Length ? EndsWithName(y, x) : EndsWithName(x, y);

        static bool EndsWithName(ReadOnlySpan<char> longer, ReadOnlySpan<char> shorter)
            => longer.Length > shorter.Length && longer[longer.Length - shorter.Length - 1] == ' '
            && longer.EndsWith(shorter, StringComparison.Ordinal);
    }

    /// <summary>
    /// "Mr Ramaphosa" and "Cyril Ramaphosa": two names of one person end in the same word. Looser than
    /// <see cref="SameSurname"/>, which needs one whole name to end the other and so misses a title before the surname.
    /// </summary>
    private static bool SameLastWord(ReadOnlySpan<char> x, ReadOnlySpan<char> y)
        => x[(x.LastIndexOf(' ') + 1)..].SequenceEqual(y[(y.LastIndexOf(' ') + 1)..]);

    internal static bool SamePlace(PlaceMention a, PlaceMention b)
        => (a.GeonamesId is { } x && b.GeonamesId is { } y && x == y)
        || (string.Equals(a.Name, b.Name, StringComparison.OrdinalIgnoreCase) && a.Country == b.Country);

    /// <summary>
    /// <paramref name="outer"/> is the same place as <paramref name="inner"/> or contains it: a country contains every place
    /// in it, a first-level region the places whose admin1 it is.
    /// </summary>
    internal static bool PlaceContains(PlaceMention outer, PlaceMention inner)
    {
        if (SamePlace(outer, inner))
        {
            return true;
        }

        if (outer.Country != inner.Country || LevelRank(outer.Level) >= LevelRank(inner.Level))
        {
            return false;
        }

        return outer.Level == PlaceLevels.Country
            || (outer.Level == PlaceLevels.Admin1 && inner.Admin1 is { } admin1 && string.Equals(admin1, outer.Name, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Places of two mentions of one event: the same, one inside the other, or one not given.</summary>
    private static bool PlacesNest(PlaceMention? a, PlaceMention? b)
        => a is null || b is null || PlaceContains(a, b) || PlaceContains(b, a);

    /// <summary>Stated dates of two mentions of one event: one not stated, or one period inside the other ("in June" and "on 26 June").</summary>
    private static bool DatesNest(EventDate? a, EventDate? b)
    {
        if (a is null || b is null || a.FromPublished || b.FromPublished || a.Value == b.Value)
        {
            return true;
        }

        if (!Fusion.DateRange.TryParse(a.Value, out var x) || !Fusion.DateRange.TryParse(b.Value, out var y))
        {
            return false;
        }

        return (x.Start <= y.Start && y.End <= x.End) || (y.Start <= x.Start && x.End <= y.End);
    }

    private static bool DateNarrower(EventDate a, EventDate than)
        => Fusion.DateRange.TryParse(a.Value, out var x) && Fusion.DateRange.TryParse(than.Value, out var y) && x.Days < y.Days;

    private static bool DateCompatible(Draft a, Draft b, bool loose)
    {
        if (a.Date is null || b.Date is null || a.Date.FromPublished || b.Date.FromPublished)
        {
            return loose;
        }

        return a.Date.Value == b.Date.Value;
    }

    /// <summary>
    /// The mention's stated date (a day, a month, a year) ends more than a week before publication
    /// (<see cref="Fusion.EventFusion.PastDayGapDays"/>): the invasion of 24 February 2022 told months later as background, "Last
    /// month, an African delegation ... led a peace mission".
    /// </summary>
    private bool PastAct(Draft draft)
        => draft.Date is { FromPublished: false } date && doc.Published is { } published
            && Fusion.DateRange.TryParse(date.Value, out var range) && Fusion.EventFusion.IsPast(range, published);

    /// <summary>The mention's date is a time its own sentence states, not the publication date or a time of a sentence before.</summary>
    private bool DatedInOwnSentence(Draft draft)
        => draft.Date is { FromPublished: false, Mention: { } time } && doc.Sentences[draft.Sentence].Span.Contains(time);

    /// <summary>
    /// Folds <paramref name="later"/> into <paramref name="into"/>. <paramref name="background"/>: <paramref name="into"/> is dated
    /// well in the past (<see cref="PastAct"/>) and <paramref name="later"/>'s sentence states no time of its own (its date is the publication date or one taken
    /// from a sentence before, as "It" goes on with the sentence before), so it need not tell that day; it gives no place and no
    /// roles ("In the first hours of its invasion on February 24, Russia poured troops and weapons through
    /// Crimea into southern Ukraine. It eventually captured the city of Kherson"; "Kyiv's counter-attack in Kherson").
    /// </summary>
    private static void Absorb(Draft into, Draft later, bool background)
    {
        into.LastSentence = Math.Max(into.LastSentence, later.LastSentence);
        foreach (var m in later.Mentions)
        {
            if (!into.Mentions.Contains(m))
            {
                into.Mentions.Add(m);
            }
        }

        // The most specific place and date any mention gives: "missiles struck Ukraine" then "in Cherkasy, one person died".
        if (!background
            && (into.Place is null || (later.Place is not null && PlaceContains(into.Place, later.Place) && !SamePlace(into.Place, later.Place))))
        {
            into.Place = later.Place ?? into.Place;
        }

        if (later.Date is { FromPublished: false } laterDate
            && (into.Date is null || into.Date.FromPublished || DateNarrower(laterDate, into.Date)))
        {
            into.Date = later.Date;
        }

        into.Mode ??= later.Mode;
        into.Killed ??= later.Killed;
        into.Injured ??= later.Injured;

        // "this approval" names the act without its actors: what its own sentence adds is mostly about something else
        // ("Kuzan highlighted that this approval arrives just in time"), so an anaphor's roles only fill an event that
        // has none, and its source replaces a weaker source ("This assault involved 120 missiles, according to
        // Ukrainian officials" after "Recent reports indicate") but does not make an act the text told as fact reported.
        bool roles = !background && (!later.Anaphoric || (into.Actors.Count == 0 && into.Targets.Count == 0));
        if (roles)
        {
            // A party already named (by surname alone, or on the other side of a meeting) is not added again.
            foreach (var a in later.Actors)
            {
                if (!ContainsParty(into.Targets, a))
                {
                    AddActor(into.Actors, a);
                }
            }

            foreach (var a in later.Targets)
            {
                if (!ContainsParty(into.Actors, a))
                {
                    AddActor(into.Targets, a);
                }
            }
        }

        foreach (var q in later.Quantities)
        {
            if (!into.Quantities.Contains(q))
            {
                into.Quantities.Add(q);
            }
        }

        foreach (var w in later.Weapons)
        {
            if (!into.Weapons.Contains(w))
            {
                into.Weapons.Add(w);
            }
        }

        if (later.SourceScore > into.SourceScore && (roles || into.Certainty != Certainties.Confirmed))
        {
            into.Source = later.Source;
            into.SourceScore = later.SourceScore;
            into.Certainty = later.Certainty;
        }
    }

    private Event ToEvent(Draft d)
    {
        bool untargeted = d.Targets.Count == 0;
        InferTarget(d);
        if (d.Place is null && d.Targets.Count == 1 && (untargeted || IsDemonymTarget(d)))
        {
            d.Place = WarCountry(d);
        }

        d.Place ??= d.NarrativeCountry;

        bool civilians = false;
        foreach (var t in d.Targets)
        {
            civilians |= t.Kind == "civilians";
        }

        return new Event(d.Class, d.Evidence, d.Certainty)
        {
            Mode = d.Mode,
            Acled = AcledMapping.Map(d.Class, d.Mode, d.Sense?.AcledCode, civilians),
            Actors = d.Actors,
            Targets = d.Targets,
            Place = d.Place,
            Date = d.Date,
            Killed = d.Killed,
            Injured = d.Injured,
            Quantities = d.Quantities,
            Weapons = d.Weapons,
            Source = d.Source,
            Trigger = d.Trigger,
            Mentions = d.Mentions.Count > 1 ? SortedMentions(d.Mentions) : [],
        };
    }

    private static bool IsBelowCountry(PlaceMention? place) => place is not null && place.Level != PlaceLevels.Country;

    private static bool IsPluralNoun(ReadOnlySpan<char> word, string lemma)
        => word.Length > lemma.Length && word[^1] is 's' or 'S' && !word.Equals(lemma, StringComparison.OrdinalIgnoreCase);

    private static List<Span> SortedMentions(List<Span> mentions)
    {
        var sorted = new List<Span>(mentions);
        sorted.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        return sorted;
    }

    /// <summary>
    /// An attack or clash with no target named: the state whose territory the place is in (when the actor
    /// is another), else the actor's adversary in a listed war. Inferred targets carry no mention.
    /// </summary>
    private void InferTarget(Draft d)
    {
        if (d.Targets.Count > 0 || d.Class is not (EventClasses.Assault or EventClasses.Fight))
        {
            return;
        }

        if (d.Place is { Country.Length: 2 } place && _lexicon.CountryName(place.Country) is { } state && !ContainsName(d.Actors, state))
        {
            d.Targets.Add(new Actor(state, "state"));
            return;
        }

        if (d.Actors.Count > 0 && _lexicon.Adversaries.TryGetValue(d.Actors[0].Name, out var adversary) && !ContainsName(d.Actors, adversary))
        {
            d.Targets.Add(new Actor(adversary, "state"));
        }
    }
}
