using System.Diagnostics;
using Sitrep.Pipeline;
using Sitrep.Text;

namespace Sitrep.Bench;

/// <summary>
/// A quick profile outside BenchmarkDotNet: CPU time of each stage over the whole corpus, one
/// thread, after a warm-up pass. CPU time (not wall time) so that a busy machine reads close to an
/// idle one. Use BenchmarkDotNet (PipelineBenchmarks) for the recorded figures.
/// </summary>
public static class StageTimes
{
    public static void Run(int passes)
    {
        var articles = Corpus.Load()!;
        var pipeline = SitrepDefaults.CreateDefault();
        var stages = pipeline.Stages;
        var cpu = new TimeSpan[stages.Count];
        var process = Process.GetCurrentProcess();
        long tokens = 0;
        for (int pass = 0; pass <= passes; pass++)
        {
            foreach (var (id, text, published) in articles)
            {
                var doc = new Document(id, text, published);
                for (int s = 0; s < stages.Count; s++)
                {
                    process.Refresh();
                    var before = process.TotalProcessorTime;
                    stages[s].Process(doc, CancellationToken.None);
                    process.Refresh();
                    if (pass > 0)
                    {
                        cpu[s] += process.TotalProcessorTime - before;
                    }
                }

                if (pass > 0)
                {
                    tokens += doc.Tokens.Count;
                }
            }
        }

        double mb = Corpus.Megabytes * passes;
        double total = 0;
        Console.WriteLine($"corpus {articles.Count} articles, {Corpus.Megabytes:F3} MB, {passes} passes after one warm-up");
        for (int s = 0; s < stages.Count; s++)
        {
            total += cpu[s].TotalSeconds;
            Console.WriteLine($"{stages[s].Name,-10} {cpu[s].TotalSeconds / passes,8:F3} s/pass  {mb / cpu[s].TotalSeconds,8:F2} MB/s per core");
            if (stages[s].Name == "entities")
            {
                Console.WriteLine($"{"",-10} {tokens / cpu[s].TotalSeconds,8:F0} tokens/s per core ({tokens / passes} tokens/pass)");
            }
        }

        Console.WriteLine($"{"all",-10} {total / passes,8:F3} s/pass  {mb / total,8:F2} MB/s per core");
    }
}

/// <summary>
/// The entities stage alone, on documents the text stage prepared beforehand: CPU time per pass, tokens per
/// CPU-second, and a checksum of everything the stage wrote (tags and mentions), so that a speed change can be
/// checked not to change the output.
/// </summary>
public static class EntitiesTimes
{
    /// <param name="cache">False scores every feature each time (<see cref="Sitrep.Entities.EntitiesOptions.WordScoreCache"/>), for comparison.</param>
    public static void Run(int passes, bool cache)
    {
        var articles = Corpus.Load()!;
        var text = new PipelineBuilder().UseText().Build();
        var stage = new Sitrep.Entities.EntitiesStage(new Sitrep.Entities.EntitiesOptions { WordScoreCache = cache });
        var docs = new Document[articles.Count];
        long tokens = 0;
        for (int i = 0; i < docs.Length; i++)
        {
            docs[i] = text.Analyze(articles[i].Id, articles[i].Text, articles[i].Published);
            tokens += docs[i].Tokens.Count;
        }

        var process = Process.GetCurrentProcess();
        var best = TimeSpan.MaxValue;
        var total = TimeSpan.Zero;
        for (int pass = 0; pass <= passes; pass++)
        {
            process.Refresh();
            var before = process.TotalProcessorTime;
            foreach (var doc in docs)
            {
                stage.Process(doc, CancellationToken.None);
            }

            process.Refresh();
            var spent = process.TotalProcessorTime - before;
            if (pass > 0)
            {
                total += spent;
                best = spent < best ? spent : best;
            }
        }

        ulong hash = 14695981039346656037UL;
        foreach (var doc in docs)
        {
            foreach (var t in doc.Tokens)
            {
                hash = Add(Add(hash, t.Pos), t.Chunk);
            }

            foreach (var e in doc.Entities)
            {
                hash = Add(hash, $"{e.Type}@{e.Span.Start}-{e.Span.End}");
            }
        }

        Console.WriteLine($"entities (word score cache {(cache ? "on" : "off")}): {docs.Length} articles, {tokens} tokens; {passes} passes after one warm-up");
        Console.WriteLine($"mean {total.TotalSeconds / passes:F3} s CPU/pass = {tokens * passes / total.TotalSeconds:F0} tokens/s per core; best pass {best.TotalSeconds:F3} s = {tokens / best.TotalSeconds:F0} tokens/s");
        Console.WriteLine($"output checksum {hash:X16} ");
    }

    private static ulong Add(ulong h, string? s)
    {
        foreach (char c in s ?? "-")
        {
            h = (h ^ c) * 1099511628211UL;
        }

        return (h ^ '|') * 1099511628211UL;
    }
}
