using System.Data.Common;
using System.Globalization;

namespace Sitrep.Storage;

/// <summary>
/// The store's schema as forward migrations. The applied versions are rows of <c>schema_version</c>;
/// opening a store applies the missing ones in order, each in its own transaction. A migration is
/// never edited once released: a change is a new migration.
/// </summary>
internal static class Schema
{
    public static int Latest => Migrations.Length;

    private static readonly Func<SqlDialect, string[]>[] Migrations =
    [
        Version1,
        Version2,
    ];

    private static string[] Version1(SqlDialect d)
    {
        string[] tables =
        [
            """
            CREATE TABLE articles (
              id {id},
              content_hash TEXT NOT NULL UNIQUE,
              external_id TEXT, url TEXT, title TEXT, outlet TEXT, outlet_country TEXT, language TEXT,
              published TEXT,
              text TEXT NOT NULL,
              word_count INTEGER NOT NULL,
              minhash {blob} NOT NULL,
              analysis TEXT,
              event_count INTEGER NOT NULL,
              ingested_at TEXT NOT NULL)
            """,
            "CREATE INDEX ix_articles_published ON articles (published)",
            "CREATE TABLE article_bands (band_key BIGINT NOT NULL, article_id BIGINT NOT NULL REFERENCES articles (id), PRIMARY KEY (band_key, article_id))",
            """
            CREATE TABLE sightings (
              id {id},
              article_id BIGINT NOT NULL REFERENCES articles (id),
              location TEXT NOT NULL,
              format TEXT NOT NULL,
              url TEXT,
              seen_at TEXT NOT NULL,
              similarity {real} NOT NULL,
              UNIQUE (article_id, location))
            """,
            """
            CREATE TABLE events (
              id {id},
              class TEXT NOT NULL, class_key TEXT NOT NULL, mode TEXT,
              acled_event_type TEXT, acled_sub_event_type TEXT,
              date_value TEXT, date_precision TEXT, date_from_published INTEGER NOT NULL, date_start TEXT, date_end TEXT,
              place_name TEXT, place_key TEXT, place_level TEXT, country TEXT, admin1 TEXT, admin1_key TEXT,
              lat {real}, lon {real}, geo_precision INTEGER, geonames_id BIGINT,
              actors TEXT NOT NULL, targets TEXT NOT NULL,
              killed_low {real}, killed_high {real}, injured_low {real}, injured_high {real},
              certainty TEXT NOT NULL, contradiction INTEGER NOT NULL, mention_count INTEGER NOT NULL,
              updated_at TEXT NOT NULL)
            """,
            "CREATE INDEX ix_events_date ON events (date_start)",
            "CREATE INDEX ix_events_class_date ON events (class_key, date_start)",
            "CREATE INDEX ix_events_country_date ON events (country, date_start)",
            "CREATE INDEX ix_events_place ON events (place_key)",
            "CREATE INDEX ix_events_admin1 ON events (admin1_key)",
            // Covering for --near: the box scan reads lat, lon and date_start from the index alone.
            "CREATE INDEX ix_events_latlon ON events (lat, lon, date_start)",
            """
            CREATE TABLE event_actors (
              event_id BIGINT NOT NULL REFERENCES events (id),
              role TEXT NOT NULL, name TEXT NOT NULL, name_key TEXT NOT NULL, kind TEXT,
              PRIMARY KEY (event_id, role, name_key))
            """,
            "CREATE INDEX ix_event_actors_name ON event_actors (name_key)",
            """
            CREATE TABLE event_mentions (
              id {id},
              event_id BIGINT NOT NULL REFERENCES events (id),
              article_id BIGINT NOT NULL REFERENCES articles (id),
              ordinal INTEGER NOT NULL,
              evidence_start INTEGER NOT NULL, evidence_end INTEGER NOT NULL, evidence_text TEXT NOT NULL,
              source TEXT, certainty TEXT NOT NULL,
              class TEXT NOT NULL, mode TEXT, acled_event_type TEXT, acled_sub_event_type TEXT,
              date_value TEXT, date_precision TEXT, date_from_published INTEGER NOT NULL,
              place TEXT, actors TEXT NOT NULL, targets TEXT NOT NULL, weapons TEXT NOT NULL,
              killed_value {real}, killed_low {real}, killed_high {real}, killed_qualifier TEXT,
              injured_value {real}, injured_low {real}, injured_high {real}, injured_qualifier TEXT,
              UNIQUE (article_id, ordinal))
            """,
            "CREATE INDEX ix_event_mentions_event ON event_mentions (event_id)",
            """
            CREATE TABLE mention_figures (
              mention_id BIGINT NOT NULL REFERENCES event_mentions (id),
              ordinal INTEGER NOT NULL,
              role TEXT NOT NULL, value {real} NOT NULL, low {real}, high {real}, qualifier TEXT NOT NULL,
              unit TEXT, text TEXT, object TEXT,
              PRIMARY KEY (mention_id, ordinal))
            """,
        ];
        return [.. tables.Select(d.Expand), .. d.FullTextSchema];
    }

    /// <summary>
    /// Latitude bands for --near: a box scan over (lat, lon) read a whole strip of latitude; over
    /// (lat_band, lon) it reads one short longitude range per band (<see cref="Fusion.Geo.LatBand"/>).
    /// </summary>
    private static string[] Version2(SqlDialect d) =>
    [
        "DROP INDEX ix_events_latlon",
        "ALTER TABLE events ADD COLUMN lat_band INTEGER",
        $"UPDATE events SET lat_band = {d.LatBand("lat")} WHERE lat IS NOT NULL",
        "CREATE INDEX ix_events_lat_band ON events (lat_band, lon, lat, date_start)",
    ];

    /// <summary>Brings the database to <see cref="Latest"/>; returns the version it is at.</summary>
    public static int Migrate(DbConnection connection, SqlDialect dialect)
    {
        Execute(connection, null, "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL PRIMARY KEY, applied_at TEXT NOT NULL)");
        int current;
        using (var cmd = connection.CreateCommand())
        {
            cmd.CommandText = "SELECT COALESCE(MAX(version), 0) FROM schema_version";
            current = Convert.ToInt32(cmd.ExecuteScalar(), CultureInfo.InvariantCulture);
        }

        if (current > Latest)
        {
            throw new StoreException($"the database is at schema version {current}, newer than this sitrep knows ({Latest}); use a newer sitrep");
        }

        for (int v = current + 1; v <= Latest; v++)
        {
            using var tx = connection.BeginTransaction();
            foreach (var sql in Migrations[v - 1](dialect))
            {
                Execute(connection, tx, sql);
            }

            using (var cmd = connection.CreateCommand())
            {
                cmd.Transaction = tx;
                cmd.CommandText = "INSERT INTO schema_version (version, applied_at) VALUES (@v, @t)";
                SqlEventStore.AddParameter(cmd, "v", v);
                SqlEventStore.AddParameter(cmd, "t", DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture));
                cmd.ExecuteNonQuery();
            }

            tx.Commit();
        }

        return Latest;
    }

    private static void Execute(DbConnection connection, DbTransaction? tx, string sql)
    {
        using var cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }
}

/// <summary>A store problem the user must act on (unreachable server, newer schema, bad --db).</summary>
public sealed class StoreException(string message, Exception? inner = null) : Exception(message, inner);
