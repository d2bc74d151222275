using System.Collections.Frozen;
using Sitrep.Pipeline;

namespace Sitrep.Events;

/// <summary>
/// An attack named again with a determiner carries the place told just before it (dateplace round, docs/events-rounds.md): "Russian
/// missiles attacked a residential district of Kharkiv. Public broadcaster Suspilne said civil infrastructure had been
/// destroyed in the assault." The second sentence names no place; "the assault" is the one in Kharkiv.
/// </summary>
internal sealed partial class EventCoder
{
    /// <summary>How many sentences back a retold attack may find the place of the attack it names again.</summary>
    private const int RetoldPlaceReach = 2;

    /// <summary>How many words (adjectives, nouns) may stand between the determiner and the attack noun: "the latest missile strikes".</summary>
    private const int RetoldModifierReach = 3;

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> RetellingDeterminers = Words(
        "the", "this", "these", "those");

    /// <summary>
    /// Before merging: an attack told by a noun after a determiner ("the strikes", "the latest blasts", "this attack") or a
    /// time's possessive ("Saturday's terror attack", since the placecarry round) whose
    /// sentence gives no place below a country takes the place of the nearest attack of the two sentences before it that has
    /// one, when the countries do not conflict. Merging may then join the two as one event.
    /// </summary>
    private void CarryRetoldPlaces(List<Draft> drafts)
    {
        for (int i = 1; i < drafts.Count; i++)
        {
            var later = drafts[i];
            if (later.Class != EventClasses.Assault || IsBelowCountry(later.Place) || !IsDeterminedNoun(later))
            {
                continue;
            }

            for (int j = i - 1; j >= 0; j--)
            {
                var earlier = drafts[j];
                int distance = later.Sentence - earlier.Sentence;
                if (distance > RetoldPlaceReach)
                {
                    break;
                }

                if (distance < 1 || earlier.Class != EventClasses.Assault || !IsBelowCountry(earlier.Place))
                {
                    continue;
                }

                if (later.Place is null || later.Place.Country == earlier.Place!.Country)
                {
                    later.Place = earlier.Place;
                }

                break;
            }
        }
    }

    /// <summary>
    /// The trigger is a noun with a determiner up to three modifiers before it and no verb or punctuation between. A time's
    /// possessive determines the noun too ("Saturday’s talks", "this week’s summit", "Thursday’s missile strikes"): the act of
    /// that day, one the reader has been told of (placecarry round).
    /// </summary>
    private bool IsDeterminedNoun(Draft draft)
    {
        var sentence = doc.Sentences[draft.Sentence];
        int t = TokenAt(sentence, draft.Trigger.Start);
        if (doc.Tokens[t].Pos is not { } tag || !tag.StartsWith("NN", StringComparison.Ordinal))
        {
            return false;
        }

        for (int i = t - 1; i >= sentence.FirstToken && t - i <= RetoldModifierReach + 1; i--)
        {
            if (RetellingDeterminers.Contains(Word(i)) || IsTimePossessive(sentence, i))
            {
                return true;
            }

            if (doc.Tokens[i].Kind != TokenKind.Word || doc.Tokens[i].Pos is not ("JJ" or "JJS" or "JJR" or "NN" or "NNS" or "VBN"))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Token <paramref name="i"/> is a possessive ending right after a time expression: "Saturday’s", "this week’s".</summary>
    private bool IsTimePossessive(Sentence sentence, int i)
    {
        if (i <= sentence.FirstToken || !ActorMentions.IsPossessive(Word(i)))
        {
            return false;
        }

        int end = doc.Tokens[i].Start;
        foreach (var time in _times.StartingIn(new Span(sentence.Span.Start, end)))
        {
            if (time.Span.End == end)
            {
                return true;
            }
        }

        return false;
    }
}
