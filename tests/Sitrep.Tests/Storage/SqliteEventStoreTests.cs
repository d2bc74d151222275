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
            Assert.Equal(1, store.SchemaVersion);
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

    protected override void Cleanup() => _dir.Dispose();
}
