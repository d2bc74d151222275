using BenchmarkDotNet.Attributes;
using Sitrep.Pipeline;

namespace Sitrep.Bench;

/// <summary>
/// Each stage and the whole pipeline over the whole corpus, one thread. Each benchmark runs the
/// stages before it once in setup and measures only its own stage; MB/s = corpus MB / mean time.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 5)]
public class PipelineBenchmarks
{
    private SitrepPipeline _pipeline = null!;
    private IStage[] _stages = [];
    private Document[] _prepared = [];

    [ParamsSource(nameof(StageNames))]
    public string Stage { get; set; } = "all";

    public static IEnumerable<string> StageNames()
        => new[] { "all" }.Concat(SitrepDefaults.CreateDefault().Stages.Select(s => s.Name));

    [GlobalSetup]
    public void Setup()
    {
        _pipeline = SitrepDefaults.CreateDefault();
        _stages = [.. _pipeline.Stages];
        Console.WriteLine($"corpus: {Corpus.Load()!.Count} articles, {Corpus.Megabytes:F3} MB");
    }

    [IterationSetup]
    public void PrepareDocuments()
    {
        var articles = Corpus.Load()!;
        _prepared = new Document[articles.Count];
        int index = Array.FindIndex(_stages, s => s.Name == Stage);
        for (int i = 0; i < articles.Count; i++)
        {
            var doc = new Document(articles[i].Id, articles[i].Text, articles[i].Published);
            for (int s = 0; s < index; s++)
            {
                _stages[s].Process(doc, CancellationToken.None);
            }

            _prepared[i] = doc;
        }
    }

    [Benchmark]
    public int Run()
    {
        int n = 0;
        if (Stage == "all")
        {
            foreach (var doc in _prepared)
            {
                n += _pipeline.Process(doc).Events.Count;
            }

            return n;
        }

        var stage = Array.Find(_stages, s => s.Name == Stage)!;
        foreach (var doc in _prepared)
        {
            stage.Process(doc, CancellationToken.None);
            n++;
        }

        return n;
    }
}
