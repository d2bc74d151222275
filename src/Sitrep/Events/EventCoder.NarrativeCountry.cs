using Sitrep.Pipeline;

namespace Sitrep.Events;

/// <summary>
/// An act whose sentence names no place happened, most often, in the country where the acts told just before it happened
/// (dateplace round, docs/events-rounds.md): "Protesters clashed with police in Tbilisi on Tuesday. Police detained dozens of them."
/// </summary>
internal sealed partial class EventCoder
{
    /// <summary>How many sentences before the act's own an act with a place is looked for.</summary>
    private const int NarrativeCountryReach = 3;

    /// <summary>Attacks, clashes, withdrawals, arrests and protests. Not deployments: troops massed "near", "along" or "on" a border
    /// stand in one country and face another, and the text seldom says which (four of the five deployments changed on the
    /// 223-text sample were placed in the wrong one).</summary>
    private static bool TakesNarrativeCountry(string eventClass) => eventClass is EventClasses.Assault or EventClasses.Fight
        or EventClasses.Retreat or EventClasses.Coerce or EventClasses.Protest;

    /// <summary>
    /// After merging, before the fallbacks of <see cref="ToEvent"/>: for each attack, clash, withdrawal, arrest or protest with
    /// no place, the country of the nearest such act with a place of its own in the three sentences before it,
    /// as a mention of that country in the article. Only places the text gave are read, so a country never passes from one
    /// inferred place to the next. An approximation: the country only, and wrong where the text turns to another country
    /// without naming a place.
    /// </summary>
    private void FindNarrativeCountries(List<Draft> events)
    {
        foreach (var d in events)
        {
            if (d.Place is not null || !TakesNarrativeCountry(d.Class))
            {
                continue;
            }

            Draft? nearest = null;
            foreach (var e in events)
            {
                if (e.Place is not null && TakesNarrativeCountry(e.Class) && e.Sentence < d.Sentence && d.Sentence - e.Sentence <= NarrativeCountryReach
                    && (nearest is null || e.Sentence > nearest.Sentence))
                {
                    nearest = e;
                }
            }

            if (nearest?.Place is { } place && CountryMention(place) is { } country)
            {
                d.NarrativeCountry = country;
            }
        }
    }

    /// <summary>The place itself when it is a country, else the article's first mention of its country; null when there is none.</summary>
    private PlaceMention? CountryMention(PlaceMention place)
    {
        if (place.Level == PlaceLevels.Country)
        {
            return place;
        }

        foreach (var p in doc.Places)
        {
            if (p.Level == PlaceLevels.Country && p.Country == place.Country)
            {
                return p;
            }
        }

        return null;
    }
}
