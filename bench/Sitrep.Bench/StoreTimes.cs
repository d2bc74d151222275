using System.Buffers;
using System.Diagnostics;
using System.Text.Encodings.Web;
using System.Text.Json;
using Sitrep.Fusion;
using Sitrep.Output;
using Sitrep.Pipeline;
using Sitrep.Storage;
using Sitrep.Storage.Ingest;

namespace Sitrep.Bench;

/// <summary>
/// What `sitrep ingest` does beyond analysis, without the analysis: the corpus is read and analyzed once,
/// then each pass times (CPU seconds) the fingerprints, the analysis JSON, the event mentions,
/// and storing every article into a new SQLite store in groups as the ingest writer does. One thread, so
/// that the figures are the CPU the writer takes from analysis on a busy machine.
/// </summary>
public static class StoreTimes
{
    private static readonly JsonWriterOptions CompactJson = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Run(int passes)
    {
        var articles = new List<ArticleRecord>();
        foreach (var item in ArticleReaders.Read(Corpus.Directory))
        {
            articles.Add(item.Article ?? throw new InvalidOperationException(item.Error));
        }

        var pipeline = SitrepDefaults.CreateDefault();
        var docs = new List<Document>(articles.Count);
        foreach (var a in articles)
        {
            docs.Add(pipeline.Analyze(a.ExternalId ?? a.Location, a.Text, a.Published));
        }

        var fingerprints = new ArticleFingerprint[articles.Count];
        var json = new byte[articles.Count][];
        var mentions = new List<EventMention>[articles.Count];
        double fpCpu = 0, jsonCpu = 0, mentionCpu = 0, storeCpu = 0, storeWall = 0;
        var buffer = new ArrayBufferWriter<byte>(1 << 16);
        for (int pass = 0; pass <= passes; pass++)
        {
            var t0 = ThreadCpu();
            for (int i = 0; i < articles.Count; i++)
            {
                fingerprints[i] = NearDuplicates.Fingerprint(articles[i].Text);
            }

            var t1 = ThreadCpu();
            for (int i = 0; i < articles.Count; i++)
            {
                buffer.ResetWrittenCount();
                using (var w = new Utf8JsonWriter(buffer, CompactJson))
                {
                    DocumentJsonWriter.Write(w, docs[i]);
                }

                json[i] = buffer.WrittenSpan.ToArray();
            }

            var t2 = ThreadCpu();
            for (int i = 0; i < articles.Count; i++)
            {
                mentions[i] = EventMention.FromDocument(docs[i]);
            }

            var t3 = ThreadCpu();
            var path = Path.Combine(Path.GetTempPath(), $"sitrep-store-times-{Environment.ProcessId}.db");
            Delete(path);
            var wall = Stopwatch.StartNew();
            var t4 = ThreadCpu();
            using (var store = SqliteEventStore.Open(path))
            {
                for (int i = 0; i < articles.Count; i++)
                {
                    if (i % 64 == 0)
                    {
                        store.CommitGroup();
                        store.BeginGroup();
                    }

                    store.Add(articles[i], fingerprints[i], json[i], mentions[i]);
                }

                store.CommitGroup();
            }

            var t5 = ThreadCpu();
            wall.Stop();
            Delete(path);
            if (pass == 0)
            {
                Console.WriteLine($"first pass (code compiled on first use): fingerprints {t1 - t0:F3} s, json {t2 - t1:F3} s, mentions {t3 - t2:F3} s, store {t5 - t4:F3} s ({wall.Elapsed.TotalSeconds:F3} s wall)");
            }
            else
            {
                fpCpu += t1 - t0;
                jsonCpu += t2 - t1;
                mentionCpu += t3 - t2;
                storeCpu += t5 - t4;
                storeWall += wall.Elapsed.TotalSeconds;
            }
        }

        Console.WriteLine($"corpus {articles.Count} articles, {Corpus.Megabytes:F3} MB, {passes} passes after one warm-up; CPU seconds per pass");
        Console.WriteLine($"fingerprints {fpCpu / passes,8:F3} s");
        Console.WriteLine($"json         {jsonCpu / passes,8:F3} s");
        Console.WriteLine($"mentions     {mentionCpu / passes,8:F3} s");
        Console.WriteLine($"store        {storeCpu / passes,8:F3} s  ({storeWall / passes:F3} s wall, new SQLite store, groups of 64)");
        Console.WriteLine($"all          {(fpCpu + jsonCpu + mentionCpu + storeCpu) / passes,8:F3} s");
    }

    private static void Delete(string path)
    {
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(path + suffix);
        }
    }

    /// <summary>CPU seconds of the process: the bench runs on one thread (GC included, as in the writer).</summary>
    private static double ThreadCpu()
    {
        Process.Refresh();
        return Process.TotalProcessorTime.TotalSeconds;
    }

    private static readonly Process Process = Process.GetCurrentProcess();
}
