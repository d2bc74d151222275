using Npgsql;

namespace Sitrep.Storage;

/// <summary>The shared-server store: the same schema on PostgreSQL, with tsvector full-text search.</summary>
public sealed class PostgresEventStore : SqlEventStore
{
    private PostgresEventStore(NpgsqlConnection connection)
        : base(connection, PostgresDialect.Instance)
    {
    }

    /// <summary>Opens a store from a postgres://user:pass@host:port/db URL or a Host=...;Database=... connection string.</summary>
    public static PostgresEventStore Open(string connection)
    {
        var cs = ToConnectionString(connection);
        var conn = new NpgsqlConnection(cs);
        try
        {
            conn.Open();
            return new PostgresEventStore(conn);
        }
        catch (NpgsqlException ex)
        {
            conn.Dispose();
            throw new StoreException($"cannot open the PostgreSQL store at {Redact(cs)} ({ex.Message})", ex);
        }
    }

    public static string ToConnectionString(string db)
    {
        if (!db.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) && !db.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
        {
            return db;
        }

        var uri = new Uri(db);
        var b = new NpgsqlConnectionStringBuilder
        {
            Host = uri.Host,
            Port = uri.IsDefaultPort || uri.Port <= 0 ? 5432 : uri.Port,
            Database = uri.AbsolutePath.Trim('/') is { Length: > 0 } name ? Uri.UnescapeDataString(name) : "postgres",
        };
        if (uri.UserInfo.Length > 0)
        {
            var parts = uri.UserInfo.Split(':', 2);
            b.Username = Uri.UnescapeDataString(parts[0]);
            if (parts.Length > 1)
            {
                b.Password = Uri.UnescapeDataString(parts[1]);
            }
        }

        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var kv = pair.Split('=', 2);
            if (kv.Length == 2)
            {
                b[Uri.UnescapeDataString(kv[0])] = Uri.UnescapeDataString(kv[1]);
            }
        }

        return b.ConnectionString;
    }

    private static string Redact(string cs)
    {
        var b = new NpgsqlConnectionStringBuilder(cs);
        if (!string.IsNullOrEmpty(b.Password))
        {
            b.Password = "***";
        }

        return b.ConnectionString;
    }
}
