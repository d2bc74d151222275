using Microsoft.Data.Sqlite;

namespace Sitrep.Storage;

/// <summary>
/// The default store: one SQLite file, zero set-up. WAL journal with synchronous=NORMAL: a killed
/// process loses no committed article (a power cut may lose the last few, never corrupts the file).
/// </summary>
public sealed class SqliteEventStore : SqlEventStore
{
    private SqliteEventStore(SqliteConnection connection)
        : base(connection, SqliteDialect.Instance)
    {
    }

    public string Path { get; private init; } = "";

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            // Keeps the query planner's statistics fresh, so that filters pick the right index.
            using var cmd = Connection.CreateCommand();
            cmd.CommandText = "PRAGMA optimize";
            cmd.ExecuteNonQuery();
        }

        base.Dispose(disposing);
    }

    public static SqliteEventStore Open(string path)
    {
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
            DefaultTimeout = 30,
        };
        var connection = new SqliteConnection(builder.ToString());
        try
        {
            connection.Open();
            string[] pragmas = ["PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL", "PRAGMA foreign_keys = ON", "PRAGMA busy_timeout = 10000", "PRAGMA cache_size = -65536", "PRAGMA wal_autocheckpoint = 8192"];
            foreach (var pragma in pragmas)
            {
                using var cmd = connection.CreateCommand();
                cmd.CommandText = pragma;
                cmd.ExecuteScalar();
            }

            return new SqliteEventStore(connection) { Path = path };
        }
        catch (SqliteException ex)
        {
            connection.Dispose();
            throw new StoreException($"{path}: cannot open the SQLite store ({ex.Message})", ex);
        }
    }
}
