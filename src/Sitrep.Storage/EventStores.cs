namespace Sitrep.Storage;

/// <summary>Opens the store a <c>--db</c> value names: a PostgreSQL URL or connection string, else a SQLite file.</summary>
public static class EventStores
{
    public const string DefaultPath = "sitrep.db";

    public static bool IsPostgres(string db)
        => db.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
        || db.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
        || db.Contains("Host=", StringComparison.OrdinalIgnoreCase);

    public static IEventStore Open(string db, bool mustExist = false)
    {
        if (IsPostgres(db))
        {
            return PostgresEventStore.Open(db);
        }

        if (mustExist && !File.Exists(db))
        {
            throw new StoreException($"{db}: no such store; create it with `sitrep ingest PATH --db {db}`");
        }

        return SqliteEventStore.Open(db);
    }
}
