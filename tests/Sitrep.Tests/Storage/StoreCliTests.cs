using System.Diagnostics;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Sitrep.Storage;
using Sitrep.Tests.Support;
using static Sitrep.Tests.Storage.StoreFixtures;

namespace Sitrep.Tests.Storage;

public class StoreCliTests
{
    private static long Count(string db, string sql)
    {
        using var conn = new SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=false");
        conn.Open();
        using var cmd = conn.CreateCommand();
        cmd.CommandText = sql;
        return Convert.ToInt64(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static string[] WriteArticles(TempDir dir, int n)
    {
        var folder = Path.Combine(dir.Path, "articles");
        Directory.CreateDirectory(folder);
        var texts = new string[n];
        for (int i = 0; i < n; i++)
        {
            texts[i] = $"Report {i}. " + Words(1000 + i, 120);
            File.WriteAllText(Path.Combine(folder, $"2024-11-{1 + (i % 28):00}-report-{i:00000}.txt"), texts[i]);
        }

        return texts;
    }

    [Fact]
    public void Ingest_stores_each_article_once_and_a_rerun_only_adds_sightings_of_new_copies()
    {
        using var dir = new TempDir();
        WriteArticles(dir, 30);
        var db = Path.Combine(dir.Path, "s.db");
        File.Copy(Path.Combine(dir.Path, "articles", "2024-11-01-report-00000.txt"), Path.Combine(dir.Path, "articles", "2024-11-05-copy.txt"));
        dir.File("c.jsonl", JsonSerializer.Serialize(new { id = "j1", text = "Kyiv was attacked on Sunday, officials said.", published = "2024-11-17" }) + "\nnot json\n");

        var first = CliRunner.Run("ingest", Path.Combine(dir.Path, "articles"), dir.File("c.jsonl"), "--db", db, "--threads", "2", "--format", "json");
        var second = CliRunner.Run("ingest", Path.Combine(dir.Path, "articles"), dir.File("c.jsonl"), "--db", db);

        Assert.Equal(1, first.ExitCode);
        Assert.Contains("c.jsonl:2: not JSON", first.Stderr, StringComparison.Ordinal);
        Assert.Matches(@"ingested 32 documents \(1 skipped\), [0-9.]+ MB in [0-9.]+ s, [0-9.]+ MB/s", first.Stderr);
        var summary = JsonDocument.Parse(first.Stdout).RootElement;
        Assert.Equal(31, summary.GetProperty("new").GetInt32());
        Assert.Equal(1, summary.GetProperty("duplicates").GetInt32());
        Assert.Equal(1, second.ExitCode);
        Assert.Contains("0 new article(s), 32 duplicate(s)", second.Stdout, StringComparison.Ordinal);
        Assert.Equal(31, Count(db, "SELECT COUNT(*) FROM articles"));
        Assert.Equal(32, Count(db, "SELECT COUNT(*) FROM sightings"));
        Assert.Equal(1, Count(db, "SELECT COUNT(*) FROM articles WHERE published = '2024-11-17' AND external_id = 'j1'"));
    }

    [Fact]
    public void Ingest_of_nothing_readable_exits_2()
    {
        using var dir = new TempDir();
        var result = CliRunner.Run("ingest", Path.Combine(dir.Path, "missing"), "--db", Path.Combine(dir.Path, "s.db"));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no such file or directory", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Killing_ingest_midway_and_rerunning_loses_nothing_and_duplicates_nothing()
    {
        using var dir = new TempDir();
        var db = Path.Combine(dir.Path, "killed.db");
        KillAndRerun(dir, db, Path.Combine(dir.Path, "clean.db"), (store, sql) => File.Exists(store) ? Count(store, sql) : throw new FileNotFoundException(store));
    }

    [SkippableFact]
    public void Killing_ingest_into_postgres_midway_and_rerunning_loses_nothing_and_duplicates_nothing()
    {
        using var dir = new TempDir();
        var suffix = Guid.NewGuid().ToString("N")[..12];
        string killed = "sitrep_kill_" + suffix, clean = "sitrep_clean_" + suffix;
        try
        {
            KillAndRerun(dir, PostgresEventStoreTests.NewSchema(killed), PostgresEventStoreTests.NewSchema(clean), PostgresEventStoreTests.Count);
        }
        finally
        {
            PostgresEventStoreTests.DropSchema(killed);
            PostgresEventStoreTests.DropSchema(clean);
        }
    }

    /// <summary>
    /// Starts the real CLI on 2,500 generated articles into <paramref name="db"/>, kills it once some are
    /// stored, reruns it, and compares the store with a clean single run into <paramref name="cleanDb"/>.
    /// </summary>
    private static void KillAndRerun(TempDir dir, string db, string cleanDb, Func<string, string, long> count)
    {
        const int N = 2500;
        var texts = WriteArticles(dir, N);
        var folder = Path.Combine(dir.Path, "articles");

        long? Stored()
        {
            try
            {
                return count(db, "SELECT COUNT(*) FROM articles");
            }
            catch (Exception ex) when (ex is FileNotFoundException or System.Data.Common.DbException)
            {
                // The store or its schema may not be created yet.
                return null;
            }
        }

        var psi = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true, WorkingDirectory = Paths.RepoRoot };
        foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "Sitrep.Cli.dll"), "ingest", folder, "--db", db, "--threads", "1" })
        {
            psi.ArgumentList.Add(a);
        }

        long atKill;
        using (var process = Process.Start(psi)!)
        {
            _ = process.StandardOutput.ReadToEndAsync();
            _ = process.StandardError.ReadToEndAsync();
            var clock = Stopwatch.StartNew();
            while (clock.Elapsed < TimeSpan.FromMinutes(2) && !process.HasExited)
            {
                Thread.Sleep(20);
                if (Stored() is { } n && n >= 10)
                {
                    break;
                }
            }

            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            atKill = Stored() ?? 0;
        }

        Assert.InRange(atKill, 1, N - 1);

        var rerun = CliRunner.Run("ingest", folder, "--db", db, "--threads", "2");
        Assert.Equal(0, rerun.ExitCode);
        Assert.Equal(0, CliRunner.Run("ingest", folder, "--db", cleanDb, "--threads", "2").ExitCode);

        Assert.Equal(N, count(db, "SELECT COUNT(*) FROM articles"));
        Assert.Equal(N, count(db, "SELECT COUNT(DISTINCT content_hash) FROM articles"));
        Assert.Equal(N, count(db, "SELECT COUNT(*) FROM sightings"));
        Assert.Equal(0, count(db, "SELECT COUNT(*) FROM articles a WHERE a.event_count <> (SELECT COUNT(*) FROM event_mentions m WHERE m.article_id = a.id)"));
        foreach (var table in new[] { "events", "event_mentions", "mention_figures", "event_actors" })
        {
            Assert.Equal(count(cleanDb, $"SELECT COUNT(*) FROM {table}"), count(db, $"SELECT COUNT(*) FROM {table}"));
        }

        long expectedMentions = texts.Take(50).Sum(t => (long)Analyzer.Pipeline.Analyze("x", t, new DateOnly(2024, 11, 1)).Events.Count);
        Assert.Equal(expectedMentions, count(db, "SELECT COUNT(*) FROM event_mentions m JOIN articles a ON a.id = m.article_id WHERE a.external_id < '2024-11-99' AND CAST(substr(a.external_id, 19) AS INTEGER) < 50"));
    }

    private static string StoreWithEvents(TempDir dir)
    {
        var db = Path.Combine(dir.Path, "events.db");
        using var store = SqliteEventStore.Open(db);
        Add(store, Words(50), "a.txt", Strike(Kharkiv, "2024-11-17", 10, source: "regional governor"), Strike(Odesa, "2024-10-02", 2));
        Add(store, Words(51), "b.txt", Strike(Pisochyn, "2024-11-17", 7, source: "police"));
        return db;
    }

    [Fact]
    public void Events_lists_fused_events_with_sources_as_json_table_and_csv()
    {
        using var dir = new TempDir();
        var db = StoreWithEvents(dir);

        var json = CliRunner.Run("events", "--db", db, "--since", "2024-11-01", "--country", "ua", "--format", "json");
        var table = CliRunner.Run("events", "--db", db, "--near", "50.0,36.2,30");
        var csv = CliRunner.Run("events", "--db", db, "--place", "Odesa", "--format", "csv");

        Assert.Equal(0, json.ExitCode);
        var e = Assert.Single(JsonDocument.Parse(json.Stdout).RootElement.EnumerateArray());
        Assert.Equal(2, e.GetProperty("sources").GetArrayLength());
        Assert.True(e.GetProperty("contradiction").GetBoolean());
        Assert.Equal(7, e.GetProperty("killed").GetProperty("low").GetDouble());
        Assert.Contains("Kharkiv", table.Stdout, StringComparison.Ordinal);
        Assert.Contains("7-10", table.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("Odesa", table.Stdout, StringComparison.Ordinal);
        var lines = csv.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(string.Join(',', Sitrep.Storage.Export.EventWriters.AcledColumns), lines[0]);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("UA", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Events_rejects_bad_filters_and_a_missing_store_with_exit_2()
    {
        using var dir = new TempDir();
        var db = StoreWithEvents(dir);
        Assert.Equal(2, CliRunner.Run("events", "--db", db, "--near", "north").ExitCode);
        Assert.Equal(2, CliRunner.Run("events", "--db", db, "--since", "2024-13-01").ExitCode);
        var missing = CliRunner.Run("events", "--db", Path.Combine(dir.Path, "none.db"));
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("no such store", missing.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_writes_acled_csv_json_geojson_and_parquet()
    {
        using var dir = new TempDir();
        var db = StoreWithEvents(dir);
        string Export(string format, string ext)
        {
            var path = Path.Combine(dir.Path, "out." + ext);
            var r = CliRunner.Run("export", "--db", db, "--format", format, "-o", path);
            Assert.Equal(0, r.ExitCode);
            Assert.Contains("exported 2 event(s)", r.Stderr, StringComparison.Ordinal);
            return path;
        }

        var csv = File.ReadAllLines(Export("acled-csv", "csv"));
        Assert.Equal(3, csv.Length);
        Assert.Contains("Explosions/Remote violence,Air/drone strike,Russia", csv[1], StringComparison.Ordinal);
        Assert.Contains(",Civilian targeting,", csv[1], StringComparison.Ordinal);

        var geo = JsonDocument.Parse(File.ReadAllText(Export("geojson", "geojson"))).RootElement;
        Assert.Equal("FeatureCollection", geo.GetProperty("type").GetString());
        var point = geo.GetProperty("features")[0].GetProperty("geometry").GetProperty("coordinates");
        Assert.Equal(36.2304, point[0].GetDouble(), 3);

        Assert.Equal(2, JsonDocument.Parse(File.ReadAllText(Export("json", "json"))).RootElement.GetArrayLength());

        var parquet = Export("parquet", "parquet");
        await using var stream = File.OpenRead(parquet);
        var rows = (await Parquet.Serialization.ParquetSerializer.DeserializeAsync<Sitrep.Storage.Export.AcledRow>(stream)).Data;
        Assert.Equal(2, rows.Count);
        Assert.Equal(7, rows[0].Fatalities);
    }
}
