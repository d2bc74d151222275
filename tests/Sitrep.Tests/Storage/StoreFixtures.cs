using Sitrep.Fusion;
using Sitrep.Pipeline;
using Sitrep.Storage;

namespace Sitrep.Tests.Storage;

/// <summary>Hand-built articles and event mentions: the store is tested without the analysis stages.</summary>
internal static class StoreFixtures
{
    private static readonly string[] Vocabulary =
    [
        "the", "regional", "governor", "said", "drones", "struck", "energy", "infrastructure", "overnight", "residents",
        "reported", "explosions", "near", "city", "centre", "officials", "confirmed", "damage", "power", "lines",
        "emergency", "crews", "worked", "through", "morning", "air", "defence", "units", "shot", "down", "missiles",
        "while", "ministry", "statement", "described", "attack", "as", "deliberate", "civilian", "buildings", "were",
        "hit", "in", "several", "districts", "and", "schools", "closed", "for", "day",
    ];

    /// <summary>A deterministic article of <paramref name="words"/> words; different seeds give unrelated texts.</summary>
    public static string Words(int seed, int words = 300)
    {
        var rng = new Random(seed);
        var sb = new System.Text.StringBuilder();
        for (int i = 0; i < words; i++)
        {
            if (i > 0)
            {
                sb.Append(i % 17 == 0 ? ". " : " ");
            }

            sb.Append(Vocabulary[rng.Next(Vocabulary.Length)]);
        }

        return sb.Append('.').ToString();
    }

    public static ArticleRecord Article(string text, string location, DateOnly? published = null, string? outlet = null)
        => new(text) { Location = location, Published = published ?? new DateOnly(2024, 11, 18), Outlet = outlet, Title = "Report " + location };

    public static readonly EventPlace Kharkiv = new("Kharkiv", PlaceLevels.Populated, "UA") { Admin1 = "Kharkivska", Lat = 49.9935, Lon = 36.2304, GeonamesId = 706483 };

    /// <summary>A suburb about 10 km from Kharkiv's centre, in the same oblast.</summary>
    public static readonly EventPlace Pisochyn = new("Pisochyn", PlaceLevels.Populated, "UA") { Admin1 = "Kharkivska", Lat = 49.9553, Lon = 36.1000 };

    public static readonly EventPlace Odesa = new("Odesa", PlaceLevels.Populated, "UA") { Admin1 = "Odeska", Lat = 46.4775, Lon = 30.7326, GeonamesId = 698740 };

    public static readonly EventPlace KharkivOblast = new("Kharkiv Oblast", PlaceLevels.Admin1, "UA") { Admin1 = "Kharkivska", Lat = 49.5, Lon = 36.5, Precision = 3 };

    public static readonly Actor Russia = new("Russia", "state");

    public static readonly Actor Ukraine = new("Ukraine", "state");

    public static readonly Actor Civilians = new("Civilians", "civilians");

    public static EventMention Strike(EventPlace? place, string date, double? killed = null, string qualifier = Qualifiers.Exact, string? source = null, params Actor[] actors)
        => new("attack", Certainties.Reported)
        {
            AcledEventType = "Explosions/Remote violence",
            AcledSubEventType = "Air/drone strike",
            DateValue = date,
            DatePrecision = date.Length == 10 ? "day" : date.Length == 7 ? "month" : "year",
            Place = place,
            Actors = actors.Length == 0 ? [Russia] : actors,
            Targets = [Civilians],
            Killed = killed is { } k ? new FigureValue(k, qualifier) : null,
            Figures = killed is { } k2 ? [new MentionFigure("killed", k2, qualifier) { Text = k2 + " people" }] : [],
            EvidenceStart = 0,
            EvidenceEnd = 20,
            EvidenceText = $"A strike killed {killed} people.",
            Source = source,
        };

    public static AddResult Add(IEventStore store, string text, string location, params EventMention[] mentions)
        => store.Add(Article(text, location), NearDuplicates.Fingerprint(text), "{}", mentions);
}
