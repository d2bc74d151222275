using Sitrep.Fusion;
using Sitrep.Pipeline;
using Sitrep.Storage;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Storage;

public sealed class SqliteEventStoreTests : EventStoreTests
{
    private readonly TempDir _dir = new();

    private string DbPath => Path.Combine(_dir.Path, "sitrep.db");

    protected override IEventStore CreateStore() => SqliteEventStore.Open(DbPath);

    protected override IEventStore Reopen() => SqliteEventStore.Open(DbPath);

    [Fact]
    public void A_database_from_a_newer_sitrep_is_refused_with_a_clear_message()
    {
        using (var store = SqliteEventStore.Open(DbPath))
        {
            Assert.Equal(2, store.SchemaVersion);
        }

        using (var raw = new Microsoft.Data.Sqlite.SqliteConnection("Data Source=" + DbPath + ";Pooling=false"))
        {
            raw.Open();
            using var cmd = raw.CreateCommand();
            cmd.CommandText = "INSERT INTO schema_version (version, applied_at) VALUES (99, 'future')";
            cmd.ExecuteNonQuery();
        }

        var ex = Assert.Throws<StoreException>(() => SqliteEventStore.Open(DbPath));
        Assert.Contains("schema version 99", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_writer_warm_up_runs_in_the_real_store_and_leaves_it_as_it_was()
    {
        using var store = SqliteEventStore.Open(DbPath);
        // A stored strike near the warm-up's made-up place, on its date, so that the warm-up merges into it.
        var near = StoreFixtures.Strike(new EventPlace("Vasylkiv", PlaceLevels.Populated, "UA") { Lat = 50.01, Lon = 30.01 }, "2024-01-01", 2);
        StoreFixtures.Add(store, StoreFixtures.Words(90), "a.txt", near);
        var before = store.Stats();
        var eventsBefore = store.QueryEvents(new EventQuery());

        Sitrep.Storage.Ingest.WriterWarmUp.Run(store);

        Assert.Equal(before, store.Stats());
        var eventsAfter = store.QueryEvents(new EventQuery());
        Assert.Equal(eventsBefore.Select(e => (e.Id, e.MentionCount, e.Killed)), eventsAfter.Select(e => (e.Id, e.MentionCount, e.Killed)));
        Assert.Single(store.ContentHashes());

        // The store takes the next article as if the warm-up had never run.
        var next = StoreFixtures.Add(store, StoreFixtures.Words(91), "b.txt", StoreFixtures.Strike(StoreFixtures.Odesa, "2024-11-17", 1));
        Assert.Equal(AddStatus.New, next.Status);
        Assert.Equal(2, store.Stats().Articles);
        Assert.Equal(2, store.Stats().Events);
    }

    [Fact]
    public void A_version_1_store_gets_latitude_bands_and_its_events_stay_findable_by_distance()
    {
        using (var store = SqliteEventStore.Open(DbPath))
        {
            StoreFixtures.Add(store, StoreFixtures.Words(80), "a.txt", StoreFixtures.Strike(StoreFixtures.Kharkiv, "2024-11-17", 3));
            StoreFixtures.Add(store, StoreFixtures.Words(81), "b.txt", StoreFixtures.Strike(StoreFixtures.Odesa, "2024-11-17", 2));
        }

        // The file as version 1 left it: no band column, the old (lat, lon) index.
        Raw(
            "DROP INDEX ix_events_lat_band",
            "ALTER TABLE events DROP COLUMN lat_band",
            "CREATE INDEX ix_events_latlon ON events (lat, lon, date_start)",
            "DELETE FROM schema_version WHERE version = 2");

        using var migrated = SqliteEventStore.Open(DbPath);
        Assert.Equal(2, migrated.SchemaVersion);
        var e = Assert.Single(migrated.QueryEvents(new EventQuery { Near = (49.99, 36.23, 25) }));
        Assert.Equal("Kharkiv", e.Place!.Name);
        Assert.Equal("Odesa", Assert.Single(migrated.QueryEvents(new EventQuery { Near = (46.48, 30.73, 5) })).Place!.Name);
    }

    [Theory]
    [InlineData(49.9935)]
    [InlineData(46.4775)]
    [InlineData(-33.8688)]
    [InlineData(-0.05)]
    [InlineData(0.0)]
    [InlineData(89.99)]
    [InlineData(-90.0)]
    public void The_sql_latitude_band_is_the_one_the_store_writes(double lat)
    {
        using var conn = new Microsoft.Data.Sqlite.SqliteConnection("Data Source=:memory:");
        conn.Open();
        using var cmd = conn.CreateCommand();
        cmd.CommandText = "SELECT " + SqliteDialect.Instance.LatBand("@x");
        cmd.Parameters.AddWithValue("@x", lat);
        Assert.Equal(Sitrep.Fusion.Geo.LatBand(lat), Convert.ToInt32(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture));
    }

    private void Raw(params string[] statements)
    {
        using var raw = new Microsoft.Data.Sqlite.SqliteConnection("Data Source=" + DbPath + ";Pooling=false");
        raw.Open();
        foreach (var sql in statements)
        {
            using var cmd = raw.CreateCommand();
            cmd.CommandText = sql;
            cmd.ExecuteNonQuery();
        }
    }

    protected override void Cleanup() => _dir.Dispose();
}
