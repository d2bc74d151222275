using System.Buffers;
using System.Diagnostics;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Threading.Channels;
using Sitrep.Fusion;
using Sitrep.Output;
using Sitrep.Pipeline;

namespace Sitrep.Storage.Ingest;

public sealed record IngestOptions
{
    public int Threads { get; init; } = Environment.ProcessorCount;

    /// <summary>Publication date for plain-text files whose name carries none.</summary>
    public DateOnly? Published { get; init; }

    /// <summary>Called once per stored or re-sighted article with its text length.</summary>
    public Action<int>? Stored { get; init; }

    /// <summary>Called once per input reported and skipped, with the message (location first).</summary>
    public Action<string>? Failed { get; init; }
}

public sealed record IngestSummary(long Read, long New, long Duplicates, long NearDuplicates, long Failed, long EventsCreated, long EventsMerged);

/// <summary>
/// Reads inputs, analyzes new articles on several threads, and stores them from one writer thread,
/// whole articles grouped into transactions (group commit). Articles whose content hash is already
/// stored are not analyzed again, so a rerun after a crash costs little more than reading.
/// </summary>
public static class IngestRunner
{
    private sealed record Work(ArticleRecord Article, ArticleFingerprint Fingerprint);

    private sealed record Analyzed(ArticleRecord Article, ArticleFingerprint Fingerprint, byte[]? Json, List<EventMention> Mentions, bool SightingOnly = false);

    /// <summary>At most this many articles share one transaction.</summary>
    private const int GroupArticles = 64;

    /// <summary>The longest an open group waits for more articles before it is committed.</summary>
    private static readonly TimeSpan GroupTime = TimeSpan.FromMilliseconds(500);

    /// <summary>
    /// Waits until the queue has an article (true) or is finished (false), or until <paramref name="timeout"/>
    /// passes (true, so that the caller looks again); the workers' failure is thrown as it was raised.
    /// </summary>
    private static bool WaitForMore(ChannelReader<Analyzed> reader, TimeSpan timeout, CancellationToken token)
    {
        var more = reader.WaitToReadAsync(token);
        if (more.IsCompleted || timeout == Timeout.InfiniteTimeSpan)
        {
            return more.AsTask().GetAwaiter().GetResult();
        }

        var task = more.AsTask();
        return !((IAsyncResult)task).AsyncWaitHandle.WaitOne(timeout > TimeSpan.Zero ? timeout : TimeSpan.Zero) || task.GetAwaiter().GetResult();
    }

    /// <summary>
    /// How far the reader may run ahead of analysis (articles read and fingerprinted, not yet analyzed): far
    /// enough that it fingerprints the first hundreds while the first analyses wait for the models to load.
    /// </summary>
    private const int ReadAhead = 256;

    private static readonly JsonWriterOptions CompactJson = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static byte[] AnalysisJson(Document doc)
    {
        var buffer = new ArrayBufferWriter<byte>(1 << 16);
        using (var json = new Utf8JsonWriter(buffer, CompactJson))
        {
            DocumentJsonWriter.Write(json, doc);
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>
    /// Analyzes and stores one article, as <see cref="Run"/> does for each input (the HTTP API's
    /// POST /api/articles): a stored (near-)copy only adds a sighting. A failing stage throws
    /// <see cref="StageException"/> and nothing is stored.
    /// </summary>
    public static AddResult IngestOne(IEventStore store, SitrepPipeline pipeline, ArticleRecord article, CancellationToken token = default)
    {
        var fp = NearDuplicates.Fingerprint(article.Text);
        var (json, mentions) = Analyze(pipeline, article, token);
        return store.Add(article, fp, json, mentions);
    }

    /// <summary>The article's analysis as stored: its output-contract JSON and its event mentions.</summary>
    private static (byte[] Json, List<EventMention> Mentions) Analyze(SitrepPipeline pipeline, ArticleRecord article, CancellationToken token)
    {
        var doc = pipeline.Analyze(DocumentId(article), article.Text, article.Published, token);
        return (AnalysisJson(doc), EventMention.FromDocument(doc));
    }

    private static string DocumentId(ArticleRecord article) => article.ExternalId ?? article.Location;

    public static IngestSummary Run(IEventStore store, SitrepPipeline pipeline, IReadOnlyList<string> paths, IngestOptions options, CancellationToken token = default)
    {
        var known = store.ContentHashes();
        var resolved = new HashSet<string>(known, StringComparer.Ordinal);
        var knownLock = new Lock();
        int threads = Math.Max(1, options.Threads);
        var work = Channel.CreateBounded<Work>(new BoundedChannelOptions(Math.Max(ReadAhead, threads * 4)) { SingleWriter = true });
        var results = Channel.CreateBounded<Analyzed>(new BoundedChannelOptions(threads * 4) { SingleReader = true });
        long read = 0, failed = 0;

        void Fail(string message)
        {
            Interlocked.Increment(ref failed);
            options.Failed?.Invoke(message);
        }

        var reader = Task.Run(
            async () =>
            {
                try
                {
                    foreach (var path in paths)
                    {
                        foreach (var item in ArticleReaders.Read(path, options.Published))
                        {
                            if (item.Article is { } a)
                            {
                                Interlocked.Increment(ref read);

                                // Fingerprinting here, not in the workers, lets it run ahead while the first
                                // analyses wait for the models (it is about 2% of the analysis' CPU).
                                var fp = NearDuplicates.Fingerprint(a.Text);
                                bool seen;
                                lock (knownLock)
                                {
                                    seen = !known.Add(fp.ContentHash);
                                }

                                if (seen)
                                {
                                    // Stored already (or earlier in this run): only a sighting is recorded.
                                    await results.Writer.WriteAsync(new Analyzed(a, fp, null, [], SightingOnly: true), token).ConfigureAwait(false);
                                }
                                else
                                {
                                    await work.Writer.WriteAsync(new Work(a, fp), token).ConfigureAwait(false);
                                }
                            }
                            else
                            {
                                Fail(item.Error!);
                            }
                        }
                    }
                }
                finally
                {
                    work.Writer.TryComplete();
                }
            },
            token);

        var workers = new Task[threads];
        for (int i = 0; i < threads; i++)
        {
            workers[i] = Task.Run(
                async () =>
                {
                    var buffer = new ArrayBufferWriter<byte>(1 << 16);
                    using var json = new Utf8JsonWriter(buffer, CompactJson);
                    await foreach (var w in work.Reader.ReadAllAsync(token).ConfigureAwait(false))
                    {
                        var fp = w.Fingerprint;
                        Document doc;
                        try
                        {
                            doc = pipeline.Analyze(DocumentId(w.Article), w.Article.Text, w.Article.Published, token);
                        }
                        catch (StageException ex)
                        {
                            lock (knownLock)
                            {
                                known.Remove(fp.ContentHash);
                            }

                            Fail($"{w.Article.Location}: {ex.Message}");
                            continue;
                        }

                        buffer.ResetWrittenCount();
                        json.Reset();
                        DocumentJsonWriter.Write(json, doc);
                        json.Flush();
                        var analysis = buffer.WrittenSpan.ToArray();
                        await results.Writer.WriteAsync(new Analyzed(w.Article, fp, analysis, EventMention.FromDocument(doc)), token).ConfigureAwait(false);
                    }
                },
                token);
        }

        _ = Task.WhenAll(workers).ContinueWith(t => results.Writer.TryComplete(t.Exception?.GetBaseException()), TaskScheduler.Default);

        long created = 0, merged = 0, fresh = 0, duplicates = 0, near = 0;

        // A copy of an article still being analyzed may reach the writer first; its sighting waits
        // until the article itself is stored, so that it never stands in for the analyzed original.
        var waiting = new Dictionary<string, List<Analyzed>>(StringComparer.Ordinal);

        void Store(Analyzed a)
        {
            var result = store.Add(a.Article, a.Fingerprint, a.Json, a.Mentions);
            switch (result.Status)
            {
                case AddStatus.New:
                    fresh++;
                    break;
                case AddStatus.Duplicate:
                    duplicates++;
                    break;
                default:
                    near++;
                    break;
            }

            created += result.EventsCreated;
            merged += result.EventsMerged;
            options.Stored?.Invoke(a.Article.Text.Length);
            resolved.Add(a.Fingerprint.ContentHash);
            if (waiting.Remove(a.Fingerprint.ContentHash, out var copies))
            {
                foreach (var copy in copies)
                {
                    Store(copy);
                }
            }
        }

        // Group commit: whole articles share a transaction until it holds GroupArticles of them or has
        // been open GroupTime, which spares a commit per article and the rewriting of the same index and
        // full-text pages into the journal each time (the writer usually outpaces analysis, so committing
        // whenever the queue ran empty meant one commit per article). Another writer waits at most about
        // GroupTime for the lock. A crash loses the open group whole; a rerun analyzes those articles again.
        int grouped = 0;
        long groupStart = 0;
        try
        {
            while (true)
            {
                if (!results.Reader.TryRead(out var a))
                {
                    if (grouped > 0 && Stopwatch.GetElapsedTime(groupStart) >= GroupTime)
                    {
                        store.CommitGroup();
                        grouped = 0;
                    }

                    if (!WaitForMore(results.Reader, grouped > 0 ? GroupTime - Stopwatch.GetElapsedTime(groupStart) : Timeout.InfiniteTimeSpan, token))
                    {
                        break;
                    }

                    continue;
                }

                if (a.SightingOnly && !resolved.Contains(a.Fingerprint.ContentHash))
                {
                    if (!waiting.TryGetValue(a.Fingerprint.ContentHash, out var list))
                    {
                        waiting[a.Fingerprint.ContentHash] = list = [];
                    }

                    list.Add(a);
                    continue;
                }

                if (grouped == 0)
                {
                    store.BeginGroup();
                    groupStart = Stopwatch.GetTimestamp();
                }

                Store(a);
                grouped++;
                if (grouped >= GroupArticles)
                {
                    store.CommitGroup();
                    grouped = 0;
                }
            }

            store.CommitGroup();
        }
        catch
        {
            store.RollbackGroup();
            throw;
        }

        // Copies whose original failed analysis: analyze the first copy here (it reports its own failure).
        foreach (var copies in waiting.Values)
        {
            var first = copies[0];
            try
            {
                var (json, mentions) = Analyze(pipeline, first.Article, token);
                Store(first with { Json = json, Mentions = mentions, SightingOnly = false });
                foreach (var copy in copies.Skip(1))
                {
                    Store(copy);
                }
            }
            catch (StageException ex)
            {
                foreach (var copy in copies)
                {
                    Fail($"{copy.Article.Location}: {ex.Message}");
                }
            }
        }

        reader.GetAwaiter().GetResult();
        Task.WhenAll(workers).GetAwaiter().GetResult();
        return new IngestSummary(read, fresh, duplicates, near, failed, created, merged);
    }
}
