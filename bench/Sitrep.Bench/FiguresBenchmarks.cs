using BenchmarkDotNet.Attributes;
using Sitrep.Figures;
using Sitrep.Pipeline;
using Sitrep.Text;

namespace Sitrep.Bench;

/// <summary>
/// The figures stage alone over the whole war-news corpus, one thread, on documents tokenized once
/// in setup (the stage clears its own output, so each run starts from the same state).
/// MB/s = corpus MB / mean time.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class FiguresBenchmarks
{
    private readonly FiguresStage _stage = new();
    private Document[] _documents = [];

    [GlobalSetup]
    public void Setup()
    {
        var text = new PipelineBuilder().UseText().Build();
        var articles = Corpus.Load()!;
        _documents = new Document[articles.Count];
        for (int i = 0; i < articles.Count; i++)
        {
            _documents[i] = text.Analyze(articles[i].Id, articles[i].Text, articles[i].Published);
        }

        Console.WriteLine($"corpus: {articles.Count} articles, {Corpus.Megabytes:F3} MB");
    }

    [Benchmark]
    public int Figures()
    {
        int n = 0;
        foreach (var doc in _documents)
        {
            _stage.Process(doc, CancellationToken.None);
            n += doc.Figures.Count;
        }

        return n;
    }
}
