using BenchmarkDotNet.Attributes;
using Sitrep.Entities;
using Sitrep.Pipeline;
using Sitrep.Quotes;
using Sitrep.Text;

namespace Sitrep.Bench;

/// <summary>
/// The quote stage alone over the whole article corpus, one thread, on documents tokenized and tagged once in setup,
/// with the learned cue detector (Quotes) and without it (RulesOnly, the stage before the detector).
/// MB/s = corpus MB (printed at setup) / mean time. The stage clears its own output, so re-running it is fair.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 5)]
public class QuotesBenchmarks
{
    private readonly QuoteStage _stage = new();
    private readonly QuoteStage _rulesOnly = new(cueModel: null);
    private Document[] _documents = [];

    [GlobalSetup]
    public void Setup()
    {
        var articles = Corpus.Load()!;
        // Tokens, tags and entities as in the default pipeline: the learned cue detector reads the verb tags.
        var tagger = new PipelineBuilder().UseText().UseEntities().Build();
        _documents = new Document[articles.Count];
        for (int i = 0; i < articles.Count; i++)
        {
            _documents[i] = tagger.Analyze(articles[i].Id, articles[i].Text, articles[i].Published, CancellationToken.None);
        }

        Console.WriteLine($"corpus: {articles.Count} articles, {Corpus.Megabytes:F3} MB");
    }

    [Benchmark]
    public int Quotes()
    {
        int n = 0;
        foreach (var doc in _documents)
        {
            _stage.Process(doc, CancellationToken.None);
            n += doc.Quotes.Count + doc.Attributions.Count;
        }

        return n;
    }

    [Benchmark]
    public int RulesOnly()
    {
        int n = 0;
        foreach (var doc in _documents)
        {
            _rulesOnly.Process(doc, CancellationToken.None);
            n += doc.Quotes.Count + doc.Attributions.Count;
        }

        return n;
    }
}
