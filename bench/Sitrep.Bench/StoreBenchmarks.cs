using System.Globalization;
using BenchmarkDotNet.Attributes;
using Microsoft.Data.Sqlite;
using Sitrep.Storage;

namespace Sitrep.Bench;

/// <summary>
/// Queries of <c>sitrep events</c> against a SQLite store of 1,000,000 generated events (2022-2024,
/// spread over Ukraine's bounding box, eight classes, five countries), each returning the newest
/// 100 matches as the CLI does by default. The store file is generated once and reused
/// (<see cref="DbPath"/>); delete it to regenerate.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class StoreBenchmarks
{
    public const int EventCount = 1_000_000;

    private static readonly string[] Classes = ["attack", "assault", "protest", "coerce", "mobilize", "aid", "consult", "accuse"];
    private static readonly string[] Countries = ["UA", "UA", "UA", "RU", "BY"];

    public static string DbPath { get; } = Path.Combine(Path.GetTempPath(), "sitrep-store-bench-1m.db");

    private IEventStore _store = null!;

    [GlobalSetup]
    public void Setup()
    {
        Generate();
        _store = SqliteEventStore.Open(DbPath);
    }

    [GlobalCleanup]
    public void Cleanup() => _store.Dispose();

    [Benchmark]
    public int DateRangeOneWeek() => _store.QueryEvents(new EventQuery { Since = new DateOnly(2023, 6, 1), Until = new DateOnly(2023, 6, 7) }).Count;

    [Benchmark]
    public int ClassSinceDate() => _store.QueryEvents(new EventQuery { Class = "protest", Since = new DateOnly(2023, 1, 1) }).Count;

    [Benchmark]
    public int CountryOneMonth() => _store.QueryEvents(new EventQuery { Country = "RU", Since = new DateOnly(2024, 3, 1), Until = new DateOnly(2024, 3, 31) }).Count;

    [Benchmark]
    public int Near25Km() => _store.QueryEvents(new EventQuery { Near = (49.99, 36.23, 25) }).Count;

    internal static void Generate()
    {
        using (var store = SqliteEventStore.Open(DbPath))
        {
            if (store.Stats().Events >= EventCount)
            {
                return;
            }
        }

        using var conn = new SqliteConnection($"Data Source={DbPath};Pooling=false");
        conn.Open();
        using var tx = conn.BeginTransaction();
        using var cmd = conn.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText =
            """
            INSERT INTO events (class, class_key, date_value, date_precision, date_from_published, date_start, date_end, place_name, place_key, place_level,
              country, admin1, admin1_key, lat, lon, lat_band, geo_precision, actors, targets, killed_low, killed_high, certainty, contradiction, mention_count, updated_at)
            VALUES (@c, @c, @d, 'day', 0, @d, @d, @p, @pk, 'populated_place', @cc, 'Region', 'region', @lat, @lon, @lb, 1,
              '[{"name":"Russia","kind":"state"}]', '[]', @k, @k, 'reported', 0, 1, '2024-12-01T00:00:00Z')
            """;
        var names = new[] { "c", "d", "p", "pk", "cc", "lat", "lon", "k", "lb" };
        var ps = names.Select(n => cmd.Parameters.Add(new SqliteParameter(n, null))).ToArray();
        cmd.Prepare();
        var rng = new Random(20241118);
        var start = new DateOnly(2022, 1, 1);
        for (int i = 0; i < EventCount; i++)
        {
            var cls = Classes[rng.Next(Classes.Length)];
            var date = start.AddDays(rng.Next(3 * 365)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var place = "Place " + rng.Next(5000).ToString(CultureInfo.InvariantCulture);
            ps[0].Value = cls;
            ps[1].Value = date;
            ps[2].Value = place;
            ps[3].Value = place.ToLowerInvariant();
            ps[4].Value = Countries[rng.Next(Countries.Length)];
            double lat = 44.4 + (rng.NextDouble() * 7.9);
            ps[5].Value = lat;
            ps[8].Value = Sitrep.Fusion.Geo.LatBand(lat);
            ps[6].Value = 22.1 + (rng.NextDouble() * 18.1);
            ps[7].Value = rng.Next(20);
            cmd.ExecuteNonQuery();
        }

        tx.Commit();
        using var analyze = conn.CreateCommand();
        analyze.CommandText = "ANALYZE";
        analyze.ExecuteNonQuery();
    }
}
