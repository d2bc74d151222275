using System.Collections.Frozen;
using Sitrep.Pipeline;
using Sitrep.Places;

namespace Sitrep.Events;

/// <summary>
/// Where a meeting took place (dates3 round, docs/events-rounds.md): the countries a sentence about a meeting names are mostly its
/// topic or a party's title ("a discussion on the tension around Ukraine", "told her at a meeting that Russia had no plans to
/// invade Ukraine", "held negotiations with the President of Costa Rica"); a country locates the meeting only when the text
/// says it happened there ("talks in Russia", "a visit to Fiji", "visited Ukraine", "Belarus hosted the talks").
/// </summary>
internal sealed partial class EventCoder
{
    /// <summary>Words of visiting: "visited Ukraine", "toured the region".</summary>
    private static readonly string[] VisitForms = ["visit", "visits", "visited", "visiting", "tour", "tours", "toured"];

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> VisitWords = Words(VisitForms);

    /// <summary>Words right before a country that make it the location of a meeting: "in Russia", "visited Ukraine".</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> MeetingLocatives = Words(
        ["in", "at", "into", "inside", "within", "across", "throughout", .. VisitForms]);

    /// <summary>
    /// Words of travel that make "to" before a country its destination: "a visit to China", "a surprise trip last week to
    /// Ukraine", "travelled to Ethiopia". Without one, "to" names a receiver or a topic ("curtail delivery of dual use goods to
    /// Russia", "the sale of Iranian-made drones to Russia during the Tehran meetings"), not where the meeting was (visitplace round).
    /// </summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TravelWords = Words(
        [.. VisitForms, "trip", "trips", "travel", "travels", "traveled", "travelled", "traveling", "travelling", "journey",
        "came", "come", "comes", "coming", "went", "go", "goes", "going", "flew", "flown", "headed", "heading", "arrived",
        "returned", "delegation", "mission"]);

    /// <summary>How many words before "to" a word of travel may stand: "a two-day official visit to".</summary>
    private const int TravelWordReach = 4;

    /// <summary>Verbs after a place that make it the meeting's host: "Belarus hosted three rounds of negotiations".</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> HostVerbs = Words(
        "hosted", "hosts", "host", "hosting");

    /// <summary>Auxiliaries that may stand between the host and its verb: "Turkey is hosting talks".</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> HostAuxiliaries = Words(
        [.. Factuality.ThirdPersonBe, "has", "had", "have", "will"]);

    /// <summary>How many words after the verb of hosting the meeting's trigger may stand: "hosted three successful rounds of
    /// Ukrainian-Russian negotiations".</summary>
    private const int HostReach = 6;

    /// <summary>
    /// The place is the subject of "host" and the meeting's trigger follows the verb closely: "Belarus hosted three successful
    /// rounds of Ukrainian-Russian negotiations", "Turkey is hosting talks", "Moscow hosted a conference". The host is where the
    /// meeting was, although it is also its actor, a government named by its capital or a country acting in its clause, which
    /// the other checks of <see cref="ChoosePlace"/> would skip (meetplace2 round).
    /// </summary>
    private bool IsMeetingHost(Draft draft, Sentence sentence, PlaceMention p, int trigger)
    {
        if (draft.Class is not (EventClasses.Consult or EventClasses.Agree or EventClasses.Cooperate))
        {
            return false;
        }

        int verb = TokenAt(sentence, p.Span.End - 1) + 1;
        if (verb < sentence.EndToken && HostAuxiliaries.Contains(Word(verb)))
        {
            verb++;
        }

        if (verb >= sentence.EndToken || !HostVerbs.Contains(Word(verb)))
        {
            return false;
        }

        int t = TokenAt(sentence, trigger);
        return t > verb && t - verb <= HostReach;
    }

    /// <summary>
    /// A country in a meeting's sentence that no locative word governs: not the meeting's place. In a list ("in South Africa,
    /// Congo and Rwanda", "a visit to Russia and Ukraine") the word before the list's first country governs every country of it.
    /// Places below a country are left to the other checks, but a city that names a government (<see cref="IsGovernmentCity"/>):
    /// a city named in a meeting's sentence is mostly where it met. The places of a discussion, of any level, are its topics
    /// unless "in" or "at" governs them ("Protection of these supplies to Ukraine was also discussed"). An agreement's and a
    /// cooperation's countries are read the same way: mostly its parties ("Sudan has also concluded a big deal offering Russia a
    /// port"), seldom where it was made (visitplace round).
    /// </summary>
    private bool IsMeetingTopicPlace(Draft draft, Sentence sentence, PlaceMention p)
    {
        if (draft.Class is not (EventClasses.Consult or EventClasses.Agree or EventClasses.Cooperate))
        {
            return false;
        }

        bool discussion = draft.Sense?.Lemma == "discuss";
        if (p.Level != PlaceLevels.Country && !discussion && !IsGovernmentCity(draft, sentence, p))
        {
            return false;
        }

        // "I held negotiations with the President of Costa Rica": a country in a title names a party; it stays as a meeting's place,
        // which keeps meetings with different parties apart when mentions merge. A call is held at a distance: its titled party is
        // one of its targets instead (AddTitledParty), which keeps calls apart (calls round).
        if (InTitle(sentence, p))
        {
            return IsDistantTalk(draft);
        }

        int t = TokenAt(sentence, p.Span.Start) - 1;
        while (t >= sentence.FirstToken)
        {
            var w = Word(t);
            if (w is "the" or "The")
            {
                t--;
                continue;
            }

            // "in South Africa, Congo and Rwanda": go back over the list to the word before its first member.
            if ((w is "," or "and" or "or") && t > sentence.FirstToken
                && PlaceEndingAt(sentence, doc.Tokens[t - 1].End) is int start && start != doc.Tokens[t - 1].End)
            {
                t = TokenAt(sentence, start) - 1;
                continue;
            }

            return discussion ? !(w.Equals("in", StringComparison.OrdinalIgnoreCase) || w.Equals("at", StringComparison.OrdinalIgnoreCase))
                : !IsMeetingLocative(sentence, t);
        }

        return true;
    }

    /// <summary>A country in an official's title: "the President of Pakistan", "United States Chairman of the Joint Chiefs".</summary>
    private bool InTitle(Sentence sentence, PlaceMention p)
    {
        int after = TokenAt(sentence, p.Span.End - 1) + 1;
        if (after < sentence.EndToken && IsCapitalizedWord(after))
        {
            return true;
        }

        int t = TokenAt(sentence, p.Span.Start) - 1;
        return t > sentence.FirstToken && Word(t) is "of" && IsCapitalizedWord(t - 1);
    }

    /// <summary>A call of the trigger lexicon (<see cref="IsCall"/>) or a conversation: a talk the text mostly tells without
    /// saying where either party sat.</summary>
    private static bool IsDistantTalk(Draft draft)
        => draft.Class == EventClasses.Consult && draft.Sense is { } sense && (IsCall(sense) || sense.Lemma == "conversation");

    /// <summary>
    /// "A conversation with the President of Pakistan. A conversation with the President of Estonia.", "I held negotiations with the
    /// President of Costa Rica": the country of a title in a meeting's "with" phrase names the other party. The actor list names no
    /// such country when it is seldom a party of the war (Pakistan, Egypt, Costa Rica), so it is added as a target, and kept as
    /// the meeting's titled party, which the merge reads (<see cref="OtherTitledParty"/>): meetings and calls told one after the
    /// other with different parties do not merge now that a call no longer takes the country as its place (calls round,
    /// docs/events-rounds.md).
    /// </summary>
    private void AddTitledParty(Draft draft, Sentence sentence)
    {
        if (draft.Class != EventClasses.Consult)
        {
            return;
        }

        int t = TokenAt(sentence, draft.Trigger.End - 1);
        foreach (var p in _places.StartingIn(new Span(draft.Trigger.End, sentence.Span.End)))
        {
            if (p.Level != PlaceLevels.Country || !sentence.Span.Contains(p.Span) || !InTitle(sentence, p)
                || !WithBefore(t, TokenAt(sentence, p.Span.Start)))
            {
                continue;
            }

            var party = new Actor(p.Name, "state") { Mention = p.Span };
            draft.TitledParty = party;
            if (!HasParty(draft.Targets, party) && !HasParty(draft.Actors, party))
            {
                draft.Targets.Add(party);
            }

            return;
        }
    }

    /// <summary>"with" stands between tokens <paramref name="from"/> and <paramref name="to"/>, in one clause: no punctuation but a
    /// possessive ("with US President's National Security Advisor").</summary>
    private bool WithBefore(int from, int to)
    {
        bool with = false;
        for (int i = from + 1; i < to; i++)
        {
            if (doc.Tokens[i].Kind == TokenKind.Punctuation && !ActorMentions.IsPossessive(Word(i)))
            {
                return false;
            }

            with |= Word(i).Equals("with", StringComparison.OrdinalIgnoreCase);
        }

        return with;
    }

    /// <summary>Nouns that end a meeting's name after the city it met in: "the Munich Security Conference", "the Tehran meetings".</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> MeetingNameHeads = Words(
        "conference", "summit", "meeting", "meetings", "talks", "forum");

    /// <summary>How many capitalized words may stand between the city and a capitalized head: "Munich Security Conference".</summary>
    private const int MeetingNameCityReach = 2;

    /// <summary>
    /// The smallest population of a city named inside a meeting's name: the name's first word is read as the city only when it
    /// is a large one, as a conference city mostly is, so that a person's or a format's name ("the Normandy meeting") is not.
    /// </summary>
    private const long MeetingNamePopulation = 100_000;

    /// <summary>
    /// The city a meeting's name begins with, as the place of a CONSULT (meetplace2 round, docs/events-rounds.md): "On the sidelines of
    /// the Munich Security Conference, ... met with", "the sale of Iranian-made drones to Russia during the Tehran meetings". The
    /// places stage leaves such a city out on purpose (a name inside an organization's span or before "summit"), so it is
    /// looked up here. The name must be the trigger's own noun or follow "at" or "during"; the city replaces no place of the
    /// sentence below a country but a dateline ("BRUSSELS — When Vice President Harris met privately with Volodymyr Zelensky at
    /// the Munich Security Conference"), unless the name is the trigger itself. The name is written "the CITY meeting", or with a
    /// capitalized head after up to <see cref="MeetingNameCityReach"/> more capitalized words ("the Munich Security Conference");
    /// "the Shanghai Cooperation Organization summit" is neither.
    /// </summary>
    private PlaceMention? MeetingNamePlace(Draft draft, Sentence sentence, int trigger, PlaceMention? best)
    {
        if (draft.Class != EventClasses.Consult)
        {
            return null;
        }

        // A place of the sentence below a country (not a dateline) leaves only the trigger's own name to read.
        bool placed = best is not null && best.Level != PlaceLevels.Country && !IsDateline(sentence, best);
        for (int h = sentence.FirstToken + 2; h < sentence.EndToken; h++)
        {
            if (!MeetingNameHeads.Contains(Word(h)))
            {
                continue;
            }

            bool own = doc.Tokens[h].Start == trigger;
            if (!own && placed)
            {
                continue;
            }

            int reach = IsCapitalizedWord(h) ? MeetingNameCityReach + 1 : 1;
            int city = h;
            while (city - 1 > sentence.FirstToken && h - city < reach && IsCapitalizedWord(city - 1) && Word(city - 1) is not "The")
            {
                city--;
            }

            int before = city - 1;
            if (city == h || !Word(before).Equals("the", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (!own && !(before - 1 >= sentence.FirstToken && (Word(before - 1).Equals("at", StringComparison.OrdinalIgnoreCase)
                || Word(before - 1).Equals("during", StringComparison.OrdinalIgnoreCase))))
            {
                continue;
            }

            if (CityNamed(city) is { } f)
            {
                return Resolver.ToPlace(Gazetteer.Default, f, doc.Tokens[city].Span, precision: 1);
            }
        }

        return null;
    }

    /// <summary>The largest city of the gazetteer that token <paramref name="t"/> names, when the name is no country's, the city
    /// has <see cref="MeetingNamePopulation"/> people or more, and no person's name covers the token.</summary>
    private GazetteerFeature? CityNamed(int t)
    {
        foreach (var e in _entities.StartingIn(new Span(0, doc.Tokens[t].End)))
        {
            if (e.Type == EntityTypes.Person && e.Span.Contains(doc.Tokens[t].Span))
            {
                return null;
            }
        }

        var gazetteer = Gazetteer.Default;
        if (!gazetteer.TryGetCandidates(NameKey.Of(Word(t).ToString()), out var candidates) || gazetteer[candidates[0]].Level == FeatureLevel.Country)
        {
            return null;
        }

        foreach (int c in candidates)
        {
            var f = gazetteer[c];
            if (f.Level == FeatureLevel.Populated)
            {
                return f.Population >= MeetingNamePopulation ? f : null;
            }
        }

        return null;
    }

    /// <summary>The place opens its sentence and a comma or a dash follows it: "MINSK, 14 February (BelTA) –", "KYIV —".</summary>
    private bool IsDateline(Sentence sentence, PlaceMention p)
    {
        int after = TokenAt(sentence, p.Span.End - 1) + 1;
        return TokenAt(sentence, p.Span.Start) == sentence.FirstToken && after < sentence.EndToken && Word(after) is "," or "-" or "–" or "—";
    }

    /// <summary>
    /// "the talks of Warsaw with the new German government", "setbacks for Moscow": a city that names a government (an actor's
    /// name) is read as a country is. Not for a visit, which goes to a place ("Russia hit Kyiv ... while the UN secretary general
    /// was visiting the city"), nor for a dateline ("MINSK, 14 February (BelTA) – ... Lukashenko said as he met with").
    /// </summary>
    private bool IsGovernmentCity(Draft draft, Sentence sentence, PlaceMention p) =>
        p.Level == PlaceLevels.Populated && !draft.Stem.StartsWith("visit", StringComparison.Ordinal) && !IsDateline(sentence, p)
        && IsActorMention(p.Span);

    /// <summary>Token <paramref name="i"/> governs a meeting's place: a locative word ("in", "at", "visited"), or "to" after a word
    /// of travel ("a trip to", "traveled to").</summary>
    private bool IsMeetingLocative(Sentence sentence, int i) =>
        MeetingLocatives.Contains(Word(i)) || (Word(i).Equals("to", StringComparison.OrdinalIgnoreCase) && FollowsTravelWord(sentence, i));

    /// <summary>A word of travel stands at most <see cref="TravelWordReach"/> words before token <paramref name="to"/>.</summary>
    private bool FollowsTravelWord(Sentence sentence, int to)
    {
        for (int i = to - 1; i >= sentence.FirstToken && to - i <= TravelWordReach; i--)
        {
            if (TravelWords.Contains(Word(i)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Before merging: a meeting named again with a determiner ("the meeting", "the talks", "this visit") whose sentence gives no
    /// place below a country takes the place of the meetings told before it, when all of them that have a place below a
    /// country have the same one and its country does not conflict: "Xi and Lukashenko ... during a Wednesday meeting in
    /// Beijing. ... Xi told Lukashenko during the meeting". The determiner points back, so a meeting told after it ("the first
    /// meeting since the Winter Olympic Games in Beijing") gives it nothing; after two meeting places ("in Moscow", then "in
    /// Kyiv") none is carried, nor to a meeting whose named parties are none of the placed meeting's ("This historic visit is a
    /// sign of solidarity between Ukraine and Japan" after Xi's talks in Moscow) (visitplace round).
    /// </summary>
    private void CarryMeetingPlace(List<Draft> drafts)
    {
        Draft? placed = null;
        foreach (var d in drafts)
        {
            if (d.Class != EventClasses.Consult)
            {
                continue;
            }

            if (IsBelowCountry(d.Place))
            {
                if (placed is not null && !SamePlace(placed.Place!, d.Place!))
                {
                    return;
                }

                placed = d;
            }
            else if (placed is not null && (d.Place is null || d.Place.Country == placed.Place!.Country) && IsDeterminedNoun(d)
                && !NamesOtherParties(d, placed))
            {
                d.Place = placed.Place;
            }
        }
    }

    /// <summary>
    /// Before merging: a meeting placed at a country takes the city of that country where the article's meetings were, when they
    /// name one city of it only: "Seven African leaders ... visited Ukraine on Friday" and the caption "... attend a news
    /// conference during their meeting in Kyiv"; "a three-day visit to China" and "During the meeting in Beijing". The text
    /// names a visit's country and tells the city in another sentence, before or after. Only for a country visited or
    /// travelled to: a meeting "in Belarus" may be in another city than the article's other meeting there ("they met again in
    /// Belovezhskaya Pushcha, also in Belarus"); not for a country in a list ("a 'peace mission' to Russia and Ukraine"), which
    /// one city does not stand for (placefix round).
    /// </summary>
    private void NarrowMeetingCountries(List<Draft> drafts)
    {
        foreach (var d in drafts)
        {
            if (d.Class != EventClasses.Consult || d.Place is not { Level: PlaceLevels.Country } country
                || doc.Sentences[d.Sentence] is var sentence && (!IsVisitedPlace(sentence, country) || InPlaceList(sentence, country)))
            {
                continue;
            }

            PlaceMention? city = null;
            foreach (var o in drafts)
            {
                if (o.Class != EventClasses.Consult || o.Place is not { Level: PlaceLevels.Populated } p || p.Country != country.Country)
                {
                    continue;
                }

                if (city is not null && !SamePlace(city, p))
                {
                    city = null;
                    break;
                }

                city = p;
            }

            if (city is not null)
            {
                d.Place = city;
            }
        }
    }

    /// <summary>A word of visiting ("visited Ukraine", "visiting Ukraine") or "to" after a word of travel ("a three-day visit to
    /// China") stands right before the place, "the" between.</summary>
    private bool IsVisitedPlace(Sentence sentence, PlaceMention p)
    {
        int t = TokenAt(sentence, p.Span.Start) - 1;
        if (t > sentence.FirstToken && Word(t) is "the")
        {
            t--;
        }

        return t >= sentence.FirstToken && (VisitWords.Contains(Word(t))
            || (Word(t).Equals("to", StringComparison.OrdinalIgnoreCase) && FollowsTravelWord(sentence, t)));
    }

    /// <summary>
    /// Another place stands right after the place, joined by a comma, "and" or "or": "to Russia and Ukraine". (The caller has
    /// found a visit word or "to" right before the place, so no place can stand before it in a list.)
    /// </summary>
    private bool InPlaceList(Sentence sentence, PlaceMention p)
    {
        int last = TokenAt(sentence, p.Span.End - 1);
        return last + 2 < sentence.EndToken && Word(last + 1) is "," or "and" or "or" && StartsPlace(last + 2);
    }

    /// <summary>Both meetings name parties (actors or targets) and none of the first's is one of the second's.</summary>
    private static bool NamesOtherParties(Draft draft, Draft other)
    {
        if (draft.Actors.Count + draft.Targets.Count == 0 || other.Actors.Count + other.Targets.Count == 0)
        {
            return false;
        }

        return !NamedIn(draft.Actors, other) && !NamedIn(draft.Targets, other);

        static bool NamedIn(List<Actor> parties, Draft other)
        {
            foreach (var a in parties)
            {
                if (ContainsName(other.Actors, a.Name) || ContainsName(other.Targets, a.Name))
                {
                    return true;
                }
            }

            return false;
        }
    }

    private bool IsCapitalizedWord(int t) => doc.Tokens[t].Kind == TokenKind.Word && char.IsUpper(doc.Text[doc.Tokens[t].Start]);

    /// <summary>The start of the place mention of the sentence that ends at <paramref name="offset"/>, or the offset itself
    /// when none does.</summary>
    private int PlaceEndingAt(Sentence sentence, int offset)
    {
        foreach (var q in _places.StartingIn(sentence.Span))
        {
            if (q.Span.End == offset)
            {
                return q.Span.Start;
            }
        }

        return offset;
    }
}
