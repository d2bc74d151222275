using BenchmarkDotNet.Attributes;
using Sitrep.Pipeline;
using Sitrep.Quotes;
using Sitrep.Text;

namespace Sitrep.Bench;

/// <summary>
/// The quote stage alone over the whole article corpus, one thread, on documents tokenized once in setup.
/// MB/s = corpus MB (printed at setup) / mean time. The stage clears its own output, so re-running it is fair.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 5)]
public class QuotesBenchmarks
{
    private readonly QuoteStage _stage = new();
    private Document[] _documents = [];

    [GlobalSetup]
    public void Setup()
    {
        var articles = Corpus.Load()!;
        var text = new TextStage();
        _documents = new Document[articles.Count];
        for (int i = 0; i < articles.Count; i++)
        {
            var doc = new Document(articles[i].Id, articles[i].Text, articles[i].Published);
            text.Process(doc, CancellationToken.None);
            _documents[i] = doc;
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
}
