using System.Collections.Frozen;
using Sitrep.Pipeline;
using Sitrep.Places;

namespace Sitrep.Events;

/// <summary>
/// "a business centre in the west of the Russian capital was hit", "drones attacked the capital overnight": the capital of a
/// country named by a demonym or a country before "capital", or for a bare "the capital" the national capital the article
/// last named, is where the act happened (dateplace2 round, docs/events-rounds.md). The place stage resolves names only, so the
/// phrase is read here, and only for an act whose sentence gives no place below a country.
/// </summary>
internal sealed partial class EventCoder
{
    /// <summary>Words before "the ... capital" that make it a location of the act; "from" (a start of movement) is not one.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CapitalPrepositions = Words(
        "in", "on", "at", "over", "across", "near", "outside", "around", "of", "into", "toward", "towards", "inside", "targeting", "struck", "hit", "attacked");

    /// <summary>
    /// The capital a phrase "the [demonym | country] capital" of the sentence names, as a place; null when the sentence has
    /// none, when the phrase is a noun modifier ("capital markets") or the subject of its own verb is not the act's, or when
    /// a bare "the capital" follows no mention of a national capital. <paramref name="best"/> is the place chosen so far: a
    /// capital of another country does not replace it.
    /// </summary>
    private PlaceMention? CapitalPlace(Draft draft, Sentence sentence, int trigger, PlaceMention? best)
    {
        if (best is not null && best.Level != PlaceLevels.Country)
        {
            return null;
        }

        for (int t = sentence.FirstToken + 1; t < sentence.EndToken; t++)
        {
            // Lower case only: "the Capital" is a building or a name.
            if (doc.Tokens[t].Kind != TokenKind.Word || !Word(t).SequenceEqual("capital"))
            {
                continue;
            }

            // "capital markets", "capital punishment": a noun right after is what "capital" modifies; "capital city" is the place.
            if (t + 1 < sentence.EndToken && doc.Tokens[t + 1].Pos is "NN" or "NNS" && !Word(t + 1).SequenceEqual("city"))
            {
                continue;
            }

            if (IsSpreadAct(sentence, trigger))
            {
                return null;
            }

            int the = t - 1;
            string? country = null;
            if (!Word(the).Equals("the", StringComparison.OrdinalIgnoreCase))
            {
                country = CountryBefore(sentence, the);
                if (country is null || the <= sentence.FirstToken || !Word(the - 1).Equals("the", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                the--;
            }

            var phrase = new Span(doc.Tokens[the].Start, doc.Tokens[t].End);
            if (OverlapsAny(draft.ActorSpans, phrase) || (the > sentence.FirstToken && !CapitalPrepositions.Contains(Word(the - 1))))
            {
                continue;
            }

            var capital = country is null ? LastCapitalBefore(phrase.Start) : CapitalOf(country, phrase);
            if (capital is not null && (best is null || best.Country == capital.Country))
            {
                return capital with { Span = phrase };
            }
        }

        return null;
    }

    /// <summary>Words after an act's trigger that spread it over a whole country or region ("attacks across the country").</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SpreadWords = Words(
        "across", "throughout", "nationwide", "countrywide");

    /// <summary>How many words after the trigger a spreading word is looked for ("missile and drone attacks across").</summary>
    private const int SpreadReach = 3;

    /// <summary>
    /// "a quiet weekend in the capital after Friday's missile and drone attacks across the country": an act told as spread
    /// over a country happened in no one city, whatever city its sentence names in another clause.
    /// </summary>
    private bool IsSpreadAct(Sentence sentence, int trigger)
    {
        int t = TokenAt(sentence, trigger);
        int end = Math.Min(sentence.EndToken, t + 1 + SpreadReach);
        for (int i = t + 1; i < end; i++)
        {
            if (SpreadWords.Contains(Word(i)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The country that the word right before "capital" names: a demonym ("Russian") or a country the place stage found ("US").</summary>
    private string? CountryBefore(Sentence sentence, int t)
    {
        if (t <= sentence.FirstToken || doc.Tokens[t].Kind != TokenKind.Word)
        {
            return null;
        }

        foreach (var p in _places.StartingIn(doc.Tokens[t].Span))
        {
            if (p.Level == PlaceLevels.Country && p.Span.End == doc.Tokens[t].End)
            {
                return p.Country;
            }
        }

        var gazetteer = Gazetteer.Default;
        return gazetteer.TryGetDemonym(NameKey.Of(Word(t).ToString()), out int feature) && feature >= 0 ? gazetteer[feature].Country : null;
    }

    /// <summary>The article's own mention of the country's capital, else the gazetteer's feature as a place.</summary>
    private PlaceMention? CapitalOf(string country, Span phrase)
    {
        foreach (var p in doc.Places)
        {
            if (p.Country == country && IsNationalCapital(p))
            {
                return p;
            }
        }

        return Gazetteer.Default.CapitalOf(country) is { } f ? Resolver.ToPlace(Gazetteer.Default, f, phrase, precision: 1) : null;
    }

    /// <summary>"Kyiv ... attacks on the capital": the last national capital the article named before the phrase.</summary>
    private PlaceMention? LastCapitalBefore(int offset)
    {
        PlaceMention? last = null;
        foreach (var p in doc.Places)
        {
            if (p.Span.Start < offset && (last is null || p.Span.Start > last.Span.Start) && IsNationalCapital(p))
            {
                last = p;
            }
        }

        return last;
    }

    private static bool IsNationalCapital(PlaceMention p)
    {
        if (p.Level != PlaceLevels.Populated || p.GeonamesId is not { } id)
        {
            return false;
        }

        var gazetteer = Gazetteer.Default;
        if (!gazetteer.TryGetCandidates(NameKey.Of(p.Name), out var candidates))
        {
            return false;
        }

        foreach (int c in candidates)
        {
            var f = gazetteer[c];
            if (f.GeonamesId == id)
            {
                return f.IsCapital;
            }
        }

        return false;
    }
}
