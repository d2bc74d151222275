using BenchmarkDotNet.Attributes;
using Sitrep.Pipeline;
using Sitrep.Text;
using Sitrep.Time;

namespace Sitrep.Bench;

/// <summary>
/// The time stage alone over the whole article corpus, one thread; tokens and sentences are made once
/// in setup. MB/s = corpus MB (printed at setup) / mean time.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 5)]
public class TimeBenchmarks
{
    private readonly TimeStage _stage = new();
    private Document[] _docs = [];

    [GlobalSetup]
    public void Setup()
    {
        var text = new PipelineBuilder().UseText().Build();
        var articles = Corpus.Load()!;
        _docs = new Document[articles.Count];
        for (int i = 0; i < articles.Count; i++)
        {
            _docs[i] = text.Analyze(articles[i].Id, articles[i].Text, articles[i].Published);
        }

        Console.WriteLine($"corpus: {articles.Count} articles, {Corpus.Megabytes:F3} MB");
    }

    [Benchmark]
    public int Times()
    {
        int n = 0;
        foreach (var doc in _docs)
        {
            _stage.Process(doc, CancellationToken.None);
            n += doc.Times.Count;
        }

        return n;
    }
}
