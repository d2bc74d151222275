using System.Diagnostics;
using Sitrep.Pipeline;

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
            }
        }

        double mb = Corpus.Megabytes * passes;
        double total = 0;
        Console.WriteLine($"corpus {articles.Count} articles, {Corpus.Megabytes:F3} MB, {passes} passes after one warm-up");
        for (int s = 0; s < stages.Count; s++)
        {
            total += cpu[s].TotalSeconds;
            Console.WriteLine($"{stages[s].Name,-10} {cpu[s].TotalSeconds / passes,8:F3} s/pass  {mb / cpu[s].TotalSeconds,8:F2} MB/s per core");
        }

        Console.WriteLine($"{"all",-10} {total / passes,8:F3} s/pass  {mb / total,8:F2} MB/s per core");
    }
}
