using System.Collections.Frozen;
using Sitrep.Pipeline;

namespace Sitrep.Events;

/// <summary>
/// An act whose sentence names no place happened, most often, in the country the text was just telling about as a place
/// (dateplace round, docs/events.md): "Protests were held in Georgia on Tuesday. Police detained dozens of protesters."
/// </summary>
internal sealed partial class EventCoder
{
    /// <summary>How many sentences before the act's own the country it happened in is looked for.</summary>
    private const int NarrativeCountryReach = 3;

    /// <summary>Prepositions that make a country the place where something happens: "in Ukraine", "across Russia".</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> LocativePrepositions = Words(
        "in", "across", "throughout", "inside", "within");

    /// <summary>
    /// After merging, for an attack, clash, deployment, withdrawal, arrest or protest that has no place: the last country
    /// named as a place ("in Ukraine", "across Russia"; not a country that acts, speaks or owns) in the three sentences
    /// before its own. An approximation: the country only, and wrong where the text turns to another country without naming it.
    /// </summary>
    private PlaceMention? NarrativeCountry(Draft d)
    {
        if ((!IsPhysicalClass(d.Class) && d.Class != EventClasses.Protest) || d.Sentence == 0)
        {
            return null;
        }

        int from = Math.Max(0, d.Sentence - NarrativeCountryReach);
        var range = new Span(doc.Sentences[from].Span.Start, doc.Sentences[d.Sentence].Span.Start);
        PlaceMention? last = null;
        foreach (var p in _places.StartingIn(range))
        {
            if (p.Level != PlaceLevels.Country || p.Span.End > range.End)
            {
                continue;
            }

            int at = doc.SentenceIndexAt(p.Span.Start);
            if (at >= 0 && IsLocativeCountry(doc.Sentences[at], p))
            {
                last = p;
            }
        }

        return last;
    }

    /// <summary>A country right after a locative preposition, with "the" between or not, and not a modifier ("in U.S. policy").</summary>
    private bool IsLocativeCountry(Sentence sentence, PlaceMention p)
    {
        int t = TokenAt(sentence, p.Span.Start);
        if (t > sentence.FirstToken && Word(t - 1).Equals("the", StringComparison.OrdinalIgnoreCase))
        {
            t--;
        }

        return t > sentence.FirstToken && LocativePrepositions.Contains(Word(t - 1)) && !IsModifierUse(sentence, p) && !IsSourcePlace(sentence, p);
    }
}
