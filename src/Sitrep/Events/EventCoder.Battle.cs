using System.Collections.Frozen;
using Sitrep.Pipeline;

namespace Sitrep.Events;

/// <summary>
/// The battle round (issue 6, docs/events-rounds.md "Battle round"): where and when clashes and attacks happened, from readings
/// found by judging the military events coded on 40 unlabelled articles. A place in the phrase that names who reports an
/// act is where the reporter is; "in the south of the country" names the country the text is about; an interception
/// happens over the defender's own country; an overnight act is news of the morning after.
/// </summary>
internal sealed partial class EventCoder
{
    /// <summary>
    /// "according to U.K. officials citing data from Ukraine", "The Institute for the Study of War in Washington pointed out",
    /// "Jake Sullivan, the US national security adviser, told": a place inside the speaker of a quote or the source of an
    /// attribution, after in/from/at or as a country, tells where the source is, not where the act happened. A region or
    /// city in a title is the official's jurisdiction and may well be where it happened ("the governor of Kharkiv region
    /// said Russia has started repeat strikes"), so it stays; and so does a place of a phrase that holds the trigger itself ("EU
    /// leaders meeting in Brussels vowed": the quote stage's speaker is the meeting).
    /// </summary>
    private bool IsSourcePlace(Sentence sentence, PlaceMention p, int trigger = -1)
    {
        foreach (var a in _attributions.StartingIn(sentence.Span))
        {
            if (a.Source is { } source && source.Contains(p.Span) && !source.Contains(trigger) && LocatesSource(sentence, p))
            {
                return true;
            }
        }

        foreach (var q in doc.Quotes)
        {
            if (q.Speaker is { } speaker && sentence.Span.Contains(speaker) && speaker.Contains(p.Span) && !speaker.Contains(trigger)
                && LocatesSource(sentence, p))
            {
                return true;
            }
        }

        return false;
    }

    private bool LocatesSource(Sentence sentence, PlaceMention p)
    {
        if (p.Level == PlaceLevels.Country)
        {
            return true;
        }

        int t = TokenAt(sentence, p.Span.Start);
        if (t > sentence.FirstToken && Word(t - 1).Equals("the", StringComparison.OrdinalIgnoreCase))
        {
            t--;
        }

        return t > sentence.FirstToken && SourcePrepositions.Contains(Word(t - 1));
    }

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SourcePrepositions = Words("in", "from", "at");

    /// <summary>Words before "the country" that make it the place of an act: "across the country", "throughout the country".</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CountryAnaphorPrepositions = Words(
        "across", "throughout", "around");

    /// <summary>Parts of a country before "of the country": "in the south of the country", "in the eastern part of the country";
    /// not "the president of the country", which names no place of an act.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CountryParts = Words(
        [.. CompassWords, "part", "parts", "region", "regions", "areas", "centre", "center", "rest"]);

    /// <summary>How many sentences back the country that "the country" refers to is looked for.</summary>
    private const int CountryAnaphorReach = 5;

    /// <summary>
    /// "Ukraine has launched a counteroffensive in the south of the country": when the sentence gives no place of its own,
    /// "the country" after a part of it ("the south of", "the eastern part of") or across/throughout/around names the country last mentioned before it (in its sentence or the five
    /// before), which is where the act happened; its region is not resolved (an approximation: the country only). For a meeting
    /// (meetplace2 round), "the country" after a locative word of meetings ("talks in the country", "a visit to the country";
    /// <see cref="IsMeetingLocative"/>) names it the same way.
    /// </summary>
    private PlaceMention? CountryOfAnaphor(Draft draft, Sentence sentence)
    {
        // "during a visit to the country by the deputy prime minister": a meeting's visit goes to the country (meetplace2 round).
        bool meeting = draft.Class == EventClasses.Consult;
        if (!meeting && draft.Class is not (EventClasses.Fight or EventClasses.Assault or EventClasses.Mobilize or EventClasses.Retreat or EventClasses.Coerce))
        {
            return null;
        }

        for (int t = sentence.FirstToken + 1; t + 1 < sentence.EndToken; t++)
        {
            if (!Word(t).Equals("the", StringComparison.OrdinalIgnoreCase) || !Word(t + 1).Equals("country", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var before = Word(t - 1);
            if (meeting)
            {
                if (!IsMeetingLocative(sentence, t - 1))
                {
                    continue;
                }
            }
            else if (!(before.Equals("of", StringComparison.OrdinalIgnoreCase) && t - 2 >= sentence.FirstToken && CountryParts.Contains(Word(t - 2)))
                && !CountryAnaphorPrepositions.Contains(before))
            {
                continue;
            }

            return LastCountryBefore(doc.Tokens[t].Start, Math.Max(0, doc.SentenceIndexAt(sentence.Span.Start) - CountryAnaphorReach));
        }

        return null;
    }

    /// <summary>The last country mention before <paramref name="offset"/> from sentence <paramref name="fromSentence"/> on,
    /// not one that modifies a noun of its institutions ("U.K. officials") or names a source.</summary>
    private PlaceMention? LastCountryBefore(int offset, int fromSentence)
    {
        var range = new Span(doc.Sentences[fromSentence].Span.Start, offset);
        PlaceMention? last = null;
        foreach (var p in _places.StartingIn(range))
        {
            if (p.Level != PlaceLevels.Country || p.Span.End > offset)
            {
                continue;
            }

            int at = doc.SentenceIndexAt(p.Span.Start);
            if (at >= 0 && !IsModifierUse(doc.Sentences[at], p) && !IsSourcePlace(doc.Sentences[at], p))
            {
                last = p;
            }
        }

        return last;
    }

    /// <summary>
    /// "Ukraine's air defenses have had some success in shooting down incoming missiles": an interception with no place of its
    /// own happens over the defender's country; the defender's own country mention (a possessive or subject, skipped as a place
    /// because it names the actor) gives it.
    /// </summary>
    private PlaceMention? DefenderCountry(Draft draft, Sentence sentence)
    {
        if (draft.Class != EventClasses.Fight || draft.Mode != "air-defense")
        {
            return null;
        }

        foreach (var p in _places.StartingIn(sentence.Span))
        {
            if (p.Level == PlaceLevels.Country && OverlapsAny(draft.ActorSpans, p.Span))
            {
                return p;
            }
        }

        return null;
    }

    /// <summary>
    /// "large fires erupted at two fuel facilities in the city of Bryansk overnight", in an article of the next morning: the
    /// time stage reads "overnight" as the night before publication, and the gold dates such acts on the publication day, the
    /// day the night ended on and the news came. Only the bare word, not "Sunday night" or "last night".
    /// </summary>
    private bool IsOvernightBeforePublication(TimeExpression time)
    {
        if (doc.Published is not { } published || !time.Value.EndsWith("TNI", StringComparison.Ordinal)
            || !doc.Slice(time.Span).Equals("overnight", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        return time.Value.AsSpan(0, time.Value.Length - 3).SequenceEqual(Iso(published.AddDays(-1)));
    }

    /// <summary>
    /// "Russia summarily executed Ukrainian prisoners", "units ... attack Ukrainian cities": an attack whose one target is a
    /// state named by its demonym (its people or things) lands in that state's country, as an untargeted attack lands in the
    /// war adversary's (placectx round, docs/events-rounds.md). A country's own name as the target is not read so ("blown up ...
    /// by Russia": an agent the target reading took).
    /// </summary>
    private bool IsDemonymTarget(Draft d)
    {
        if (d.Targets.Count != 1 || d.Targets[0] is not { Kind: "state", Mention: { } mention })
        {
            return false;
        }

        var text = doc.Slice(mention);
        int space = text.IndexOf(' ');
        return _lexicon.Demonyms.ContainsKey(space < 0 ? text : text[..space]);
    }

    /// <summary>
    /// "Dozens of silos have been destroyed by Russian bombardment": an attack with no place and no target named, by a party of
    /// a listed war, lands in the adversary's country (the target inferred from the war's parties); the place is that
    /// country's mention nearest before the evidence, else the first after it, and none when the article never names it. An
    /// approximation: the country only. Not for clashes, which are fought on either side ("repelled the offensive").
    /// </summary>
    private PlaceMention? WarCountry(Draft d)
    {
        if (d.Class != EventClasses.Assault)
        {
            return null;
        }

        string state = d.Targets[0].Name;
        PlaceMention? before = null, after = null;
        foreach (var p in doc.Places)
        {
            if (p.Level != PlaceLevels.Country || _lexicon.CountryName(p.Country) != state)
            {
                continue;
            }

            if (p.Span.Start < d.Evidence.Start)
            {
                before = p;
            }
            else
            {
                after ??= p;
            }
        }

        return before ?? after;
    }
}
