using Sitrep.Events;
using Sitrep.Pipeline;

namespace Sitrep.Fusion;

/// <summary>One real-world event fused from one or more mentions, with its figures reconciled.</summary>
public sealed record FusedEvent(string Class, string Certainty)
{
    public long Id { get; init; }

    public string? Mode { get; init; }

    public string? AcledEventType { get; init; }

    public string? AcledSubEventType { get; init; }

    public string? DateValue { get; init; }

    public string? DatePrecision { get; init; }

    public bool DateFromPublished { get; init; }

    public DateRange? Date { get; init; }

    public EventPlace? Place { get; init; }

    public IReadOnlyList<Actor> Actors { get; init; } = [];

    public IReadOnlyList<Actor> Targets { get; init; } = [];

    public ReconciledFigure? Killed { get; init; }

    public ReconciledFigure? Injured { get; init; }

    /// <summary>The sources disagree on a figure (see <see cref="FigureReconciler"/>).</summary>
    public bool Contradiction { get; init; }

    public int MentionCount { get; init; }
}

/// <summary>
/// Cross-article event fusion. Two mentions report the same real-world event when they have the
/// same class, compatible dates at their precision, compatible places (≤ 25 km apart, or the same
/// admin1 when one is only a region), when both name actors, at least one actor in common, and, when
/// either is not placed at a town or village, evidence sentences that say the same thing
/// (<see cref="EvidenceOverlap"/>) or both name one past day of an act of force (<see cref="PastDay"/>).
/// One placed and one unplaced do not match, except a country-level place and none when the new mention
/// names a past day and a stored mention names the same day.
/// </summary>
public static class EventFusion
{
    public const double NearbyKm = 25;

    /// <summary>Dates taken from the publication date may be a day off the event's own date.</summary>
    public const int PublishedDateSlackDays = 1;

    private static readonly string[] CertaintyOrder = [Certainties.Confirmed, Certainties.Reported, Certainties.Claimed, Certainties.Denied];

    /// <summary>
    /// A stated date names a past act when it lies more than this many days before its article's publication date: a
    /// report of the week's news tells many acts of one class on one day, a retelling weeks later names the one that
    /// day is known for ("Russia began its current invasion of Ukraine on Feb. 24, 2022.").
    /// </summary>
    public const int PastDayGapDays = 7;

    /// <summary>A stated date (<paramref name="date"/>, its last day) lies more than <see cref="PastDayGapDays"/> before <paramref name="published"/>.</summary>
    public static bool IsPast(DateRange date, DateOnly published) => published.DayNumber - date.End.DayNumber > PastDayGapDays;

    /// <summary>
    /// Whether mention <paramref name="m"/> reports event <paramref name="e"/>. <paramref name="mentions"/> gives the
    /// event's mentions; it is called only when place and date cannot decide alone.
    /// </summary>
    public static bool SameEvent(FusedEvent e, EventMention m, Func<IEnumerable<EventMention>> mentions)
    {
        if (!string.Equals(e.Class, m.Class, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var md = m.Date;
        if (e.Date.HasValue != md.HasValue)
        {
            return false;
        }

        if (e.Date is { } ed && md is { } mdv)
        {
            int slack = e.DateFromPublished || m.DateFromPublished ? PublishedDateSlackDays : 0;
            if (!ed.Overlaps(mdv, slack))
            {
                return false;
            }
        }

        // A past day told once "in Ukraine" and once with no place is still one act; only a shared past day can say so.
        bool countryOrNone = (e.Place is null) != (m.Place is null);
        if (countryOrNone && !(PastDay(m) is not null && (e.Place ?? m.Place)!.Level == PlaceLevels.Country))
        {
            return false;
        }

        if (e.Place is { } ep && m.Place is { } mp && !PlacesCompatible(ep, mp))
        {
            return false;
        }

        if (!ActorsOverlap(e.Actors, m.Actors))
        {
            return false;
        }

        return !NeedsCorroboration(e.Place, m.Place) || Corroborated(e, m, mentions(), evidenceCounts: !countryOrNone);
    }

    /// <summary>
    /// Place and date identify an event only at a town or village: without a place, in a whole country or in a
    /// region, many distinct events of one class share a day ("Russia accused the West" and "Russia accused Ukraine"
    /// on one Tuesday), so their sentences must also say the same thing, or both must name one past day.
    /// </summary>
    public static bool NeedsCorroboration(EventPlace? a, EventPlace? b) => a is null || b is null || a.IsRegion || b.IsRegion;

    /// <summary>
    /// The day of a past act: the day a mention's text states (not its publication date, at day precision) when it lies
    /// more than <see cref="PastDayGapDays"/> before its article's publication date, for an act of force (FIGHT or
    /// ASSAULT); else null. Any other class dated to a past day mostly borrows the day of the act its sentence names
    /// ("Putin shortly after the invasion of 24 February was to reject the preliminary peace agreement"), so two of them
    /// share the day without being one act.
    /// </summary>
    public static DateOnly? PastDay(EventMention m)
        => m.Class is EventClasses.Fight or EventClasses.Assault && !m.DateFromPublished && m.Date is { } d && d.Days == 1 && m.Published is { } p
            && IsPast(d, p)
            ? d.Start
            : null;

    /// <summary>
    /// Whether a stored mention says the same as <paramref name="m"/>: both name one past day of the same class
    /// (a named past day is rarely two acts of one class whose places and actors agree), or, when
    /// <paramref name="evidenceCounts"/>, their sentences overlap (<see cref="EvidenceOverlap"/>).
    /// </summary>
    private static bool Corroborated(FusedEvent e, EventMention m, IEnumerable<EventMention> mentions, bool evidenceCounts)
    {
        var past = PastDay(m);
        HashSet<ulong>? names = null, mine = null;
        foreach (var c in mentions)
        {
            if (past is not null && PastDay(c) == past)
            {
                return true;
            }

            if (evidenceCounts)
            {
                names ??= EvidenceOverlap.NameKeys(e.Actors, e.Targets, m.Actors, m.Targets);
                mine ??= EvidenceOverlap.Keys(m.EvidenceText, names);
                if (EvidenceOverlap.Corroborates(mine, EvidenceOverlap.Keys(c.EvidenceText, names)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    public static bool PlacesCompatible(EventPlace a, EventPlace b)
    {
        if (a.GeonamesId is { } ga && b.GeonamesId is { } gb && ga == gb)
        {
            return true;
        }

        if (!string.Equals(a.Country, b.Country, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        bool countryA = a.Level == PlaceLevels.Country, countryB = b.Level == PlaceLevels.Country;
        if (countryA || countryB)
        {
            // "In Ukraine" says too little to tie an event to one in Kharkiv.
            return countryA && countryB;
        }

        if (a.IsRegion || b.IsRegion)
        {
            if (a.Admin1 is not null && string.Equals(a.Admin1, b.Admin1, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            if (string.Equals(a.Name, b.Name, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return a.Lat is { } alat && a.Lon is { } alon && b.Lat is { } blat && b.Lon is { } blon
            && Geo.DistanceKm(alat, alon, blat, blon) <= NearbyKm;
    }

    public static bool ActorsOverlap(IReadOnlyList<Actor> a, IReadOnlyList<Actor> b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return true;
        }

        foreach (var x in a)
        {
            foreach (var y in b)
            {
                if (string.Equals(x.Name, y.Name, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// The fused event of a set of mentions of one event: the most precise date (stated dates before
    /// publication dates), the most precise place, the union of actors and targets, the reconciled
    /// figures, and the strongest certainty any source gives.
    /// </summary>
    public static FusedEvent Merge(IReadOnlyList<EventMention> mentions, long id = 0)
    {
        if (mentions.Count == 0)
        {
            throw new ArgumentException("an event needs at least one mention", nameof(mentions));
        }

        var first = mentions[0];
        EventMention? dated = null;
        EventMention? placed = null;
        int certainty = CertaintyOrder.Length;
        var actors = new List<Actor>();
        var targets = new List<Actor>();
        foreach (var m in mentions)
        {
            if (m.Date is { } d && (dated is null || BetterDate(m, d, dated)))
            {
                dated = m;
            }

            if (m.Place is { } p && (placed is null || PlaceRank(p) < PlaceRank(placed.Place!)))
            {
                placed = m;
            }

            int c = Array.IndexOf(CertaintyOrder, m.Certainty);
            if (c >= 0 && c < certainty)
            {
                certainty = c;
            }

            AddDistinct(actors, m.Actors);
            AddDistinct(targets, m.Targets);
        }

        var killed = FigureReconciler.Reconcile(mentions.Select(m => m.Killed));
        var injured = FigureReconciler.Reconcile(mentions.Select(m => m.Injured));
        return new FusedEvent(first.Class, certainty < CertaintyOrder.Length ? CertaintyOrder[certainty] : first.Certainty)
        {
            Id = id,
            Mode = MostCommon(mentions, m => m.Mode),
            AcledEventType = MostCommon(mentions, m => m.AcledEventType),
            AcledSubEventType = MostCommon(mentions, m => m.AcledSubEventType),
            DateValue = dated?.DateValue,
            DatePrecision = dated?.DatePrecision,
            DateFromPublished = dated?.DateFromPublished ?? false,
            Date = dated?.Date,
            Place = placed?.Place,
            Actors = actors,
            Targets = targets,
            Killed = killed,
            Injured = injured,
            Contradiction = (killed?.Contradiction ?? false) || (injured?.Contradiction ?? false),
            MentionCount = mentions.Count,
        };
    }

    private static bool BetterDate(EventMention m, DateRange d, EventMention current)
    {
        if (m.DateFromPublished != current.DateFromPublished)
        {
            return !m.DateFromPublished;
        }

        return d.Days < current.Date!.Value.Days;
    }

    private static int PlaceRank(EventPlace p)
    {
        int level = p.Level switch
        {
            PlaceLevels.Populated => 0,
            PlaceLevels.Admin2 => 1,
            PlaceLevels.Admin1 => 2,
            PlaceLevels.Country => 3,
            _ => 1,
        };
        return (p.Precision * 10) + level;
    }

    private static void AddDistinct(List<Actor> into, IReadOnlyList<Actor> from)
    {
        foreach (var a in from)
        {
            if (!into.Exists(x => string.Equals(x.Name, a.Name, StringComparison.OrdinalIgnoreCase)))
            {
                into.Add(a with { Mention = null });
            }
        }
    }

    private static string? MostCommon(IReadOnlyList<EventMention> mentions, Func<EventMention, string?> key)
    {
        string? best = null;
        int bestCount = 0;
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var m in mentions)
        {
            if (key(m) is not { } k)
            {
                continue;
            }

            int c = counts[k] = counts.GetValueOrDefault(k) + 1;
            if (c > bestCount)
            {
                best = k;
                bestCount = c;
            }
        }

        return best;
    }
}

/// <summary>Great-circle distances.</summary>
public static class Geo
{
    public const double EarthRadiusKm = 6371.0088;

    /// <summary>Latitude bands per degree (a band is about 11 km of latitude).</summary>
    public const int LatBandsPerDegree = 10;

    /// <summary>
    /// The latitude band a point falls in: stores index (band, longitude), so a distance query
    /// reads a few short longitude ranges, one per band, instead of a whole strip of latitude.
    /// Computed as the truncation of (lat + 90) × bands, never negative, so that SQL can compute
    /// the same value with a plain cast (stores fill existing rows that way).
    /// </summary>
    public static int LatBand(double lat) => (int)((lat + 90) * LatBandsPerDegree) - (90 * LatBandsPerDegree);

    public static double DistanceKm(double lat1, double lon1, double lat2, double lon2)
    {
        double p1 = double.DegreesToRadians(lat1), p2 = double.DegreesToRadians(lat2);
        double dp = p2 - p1, dl = double.DegreesToRadians(lon2 - lon1);
        double a = (Math.Sin(dp / 2) * Math.Sin(dp / 2)) + (Math.Cos(p1) * Math.Cos(p2) * Math.Sin(dl / 2) * Math.Sin(dl / 2));
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }

    /// <summary>A latitude/longitude box holding every point within <paramref name="km"/> of the centre.</summary>
    public static (double MinLat, double MaxLat, double MinLon, double MaxLon) BoundingBox(double lat, double lon, double km)
    {
        double dLat = double.RadiansToDegrees(km / EarthRadiusKm);
        double cos = Math.Cos(double.DegreesToRadians(Math.Min(89.9, Math.Abs(lat) + dLat)));
        double dLon = Math.Min(180, dLat / Math.Max(cos, 1e-6));
        return (lat - dLat, lat + dLat, lon - dLon, lon + dLon);
    }
}
