using System.Text;
using Sitrep.Fusion;
using Sitrep.Pipeline;

namespace Sitrep.Storage.Ingest;

/// <summary>
/// Runs the ingest writer's code once on made-up articles in a group that is then rolled back, so that
/// the runtime compiles it (fingerprints, fusion, the store's statements, the SQLite driver) while the
/// process is still starting up on one core, instead of on the writer's first articles, when the
/// analysis threads need both cores. It runs in the real store, whose statements it prepares for the
/// run (a throwaway in-memory store cost twice as much CPU: its own schema and statements); the
/// rollback leaves the store's content as it was, and a process killed meanwhile commits nothing.
/// </summary>
public static class WriterWarmUp
{
    public static void Run(IEventStore store)
    {
        var text = Text(0);
        var near = Text(1);
        var first = new ArticleRecord(text) { Title = "warm-up", Published = new DateOnly(2024, 1, 2), Location = "warm-up-1" };
        var copy = first with { Location = "warm-up-2" };
        var edited = new ArticleRecord(near) { Published = new DateOnly(2024, 1, 3), Location = "warm-up-3" };
        var other = new ArticleRecord(Text(2)) { Published = new DateOnly(2024, 1, 3), Location = "warm-up-4" };
        var analysis = "{}"u8.ToArray();

        store.BeginGroup();
        try
        {
            store.Add(first, NearDuplicates.Fingerprint(text), analysis, [Mention("2024-01-01", 1), Mention(null, 2)]);
            store.Add(copy, NearDuplicates.Fingerprint(text), analysis, []);
            store.Add(edited, NearDuplicates.Fingerprint(near), analysis, []);
            store.Add(other, NearDuplicates.Fingerprint(other.Text), analysis, [Mention("2024-01", 3), Mention("2024-01-01", 4)]);
        }
        finally
        {
            store.RollbackGroup();
        }
    }

    /// <summary>About 300 made-up words; variant 1 differs from variant 0 in one word (a near-duplicate), variant 2 in all.</summary>
    private static string Text(int variant)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < 300; i++)
        {
            int word = variant == 1 && i == 150 ? 99_991 : (i * 7919 + (variant == 2 ? 104_729 : 0)) % 100_003;
            sb.Append("w").Append(word).Append(i % 12 == 11 ? ". " : " ");
        }

        return sb.ToString();
    }

    private static EventMention Mention(string? date, int n) => new("ASSAULT", Certainties.Reported)
    {
        Mode = "aerial",
        AcledEventType = "Explosions/Remote violence",
        AcledSubEventType = "Air/drone strike",
        DateValue = date,
        DatePrecision = date is null ? null : date.Length == 7 ? "month" : "day",
        Place = new EventPlace("Warmup", PlaceLevels.Populated, "ua") { Admin1 = "Region", Lat = 50.0, Lon = 30.0, Precision = 1, GeonamesId = 1 },
        Actors = [new Actor("Russia", "state")],
        Targets = [new Actor($"Target {n}", "civilian")],
        Killed = new FigureValue(n, Qualifiers.Exact),
        Injured = new FigureValue(n + 1, Qualifiers.AtLeast),
        Figures = [new MentionFigure("killed", n, Qualifiers.Exact) { Text = n.ToString(System.Globalization.CultureInfo.InvariantCulture) }],
        Weapons = ["drone"],
        EvidenceStart = 0,
        EvidenceEnd = 10,
        EvidenceText = "warm-up",
        Source = "officials",
    };
}
