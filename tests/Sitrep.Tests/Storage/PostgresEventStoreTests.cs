using Npgsql;
using Sitrep.Storage;

namespace Sitrep.Tests.Storage;

/// <summary>
/// The store suite on PostgreSQL. The server comes from SITREP_TEST_POSTGRES (set by .ci/run after
/// .ci/postgres.sh), else from the loopback server that script starts; without either the tests skip.
/// Each test class instance works in its own schema, dropped afterwards.
/// </summary>
public sealed class PostgresEventStoreTests : EventStoreTests
{
    public const string Variable = "SITREP_TEST_POSTGRES";

    public const string LocalDefault = "Host=127.0.0.1;Port=54329;Username=postgres;Database=postgres;Timeout=3";

    private readonly string _schema = "sitrep_test_" + Guid.NewGuid().ToString("N")[..12];
    private string? _connection;

    private static readonly Lazy<(string? Connection, string? Why)> Server = new(Find);

    private static (string?, string?) Find()
    {
        var configured = Environment.GetEnvironmentVariable(Variable);
        var cs = PostgresEventStore.ToConnectionString(string.IsNullOrWhiteSpace(configured) ? LocalDefault : configured);
        try
        {
            using var conn = new NpgsqlConnection(cs);
            conn.Open();
            return (cs, null);
        }
        catch (NpgsqlException ex) when (string.IsNullOrWhiteSpace(configured))
        {
            return (null, $"no PostgreSQL server: {Variable} is unset and none answers at 127.0.0.1:54329 ({ex.Message}); run .ci/postgres.sh");
        }
    }

    private string Connection()
    {
        var (cs, why) = Server.Value;
        Skip.If(cs is null, why);
        if (_connection is null)
        {
            using (var conn = new NpgsqlConnection(cs))
            {
                conn.Open();
                using var cmd = conn.CreateCommand();
                cmd.CommandText = $"CREATE SCHEMA {_schema}";
                cmd.ExecuteNonQuery();
            }

            _connection = new NpgsqlConnectionStringBuilder(cs) { SearchPath = _schema }.ConnectionString;
        }

        return _connection;
    }

    /// <summary>
    /// A connection string to a new, empty schema on the test server (the test skips when there is none);
    /// <see cref="DropSchema"/> removes it.
    /// </summary>
    internal static string NewSchema(string schema)
    {
        var (cs, why) = Server.Value;
        Skip.If(cs is null, why);
        Run(cs!, $"CREATE SCHEMA {schema}");
        return new NpgsqlConnectionStringBuilder(cs) { SearchPath = schema }.ConnectionString;
    }

    internal static void DropSchema(string schema)
    {
        if (Server.Value.Connection is { } cs)
        {
            NpgsqlConnection.ClearAllPools();
            Run(cs, $"DROP SCHEMA IF EXISTS {schema} CASCADE");
        }
    }

    /// <summary>The first value of a query run in the connection's schema.</summary>
    internal static long Count(string connection, string sql)
    {
        using var conn = new NpgsqlConnection(connection);
        conn.Open();
        using var cmd = conn.CreateCommand();
        cmd.CommandText = sql;
        return Convert.ToInt64(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static void Run(string connection, string sql)
    {
        using var conn = new NpgsqlConnection(connection);
        conn.Open();
        using var cmd = conn.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    protected override IEventStore CreateStore() => PostgresEventStore.Open(Connection());

    protected override IEventStore Reopen() => PostgresEventStore.Open(Connection());

    [Fact]
    public void A_postgres_url_becomes_a_connection_string()
    {
        var cs = new NpgsqlConnectionStringBuilder(PostgresEventStore.ToConnectionString("postgres://sitrep:p%40ss@db.example:6543/events"));
        Assert.Equal("db.example", cs.Host);
        Assert.Equal(6543, cs.Port);
        Assert.Equal("events", cs.Database);
        Assert.Equal("sitrep", cs.Username);
        Assert.Equal("p@ss", cs.Password);
        Assert.True(EventStores.IsPostgres("Host=x;Database=y"));
        Assert.False(EventStores.IsPostgres("sitrep.db"));
    }

    [SkippableTheory]
    [InlineData(49.9935)]
    [InlineData(-33.8688)]
    [InlineData(-0.05)]
    [InlineData(89.99)]
    public void The_sql_latitude_band_is_the_one_the_store_writes(double lat)
    {
        using var conn = new NpgsqlConnection(Connection());
        conn.Open();
        using var cmd = conn.CreateCommand();
        cmd.CommandText = "SELECT " + PostgresDialect.Instance.LatBand("CAST(@x AS DOUBLE PRECISION)");
        cmd.Parameters.AddWithValue("x", lat);
        Assert.Equal(Sitrep.Fusion.Geo.LatBand(lat), Convert.ToInt32(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture));
    }

    protected override void Cleanup()
    {
        if (_connection is null || Server.Value.Connection is not { } cs)
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        using var conn = new NpgsqlConnection(cs);
        conn.Open();
        using var cmd = conn.CreateCommand();
        cmd.CommandText = $"DROP SCHEMA {_schema} CASCADE";
        cmd.ExecuteNonQuery();
    }
}
