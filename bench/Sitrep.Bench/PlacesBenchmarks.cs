using BenchmarkDotNet.Attributes;
using Sitrep.Pipeline;
using Sitrep.Places;
using Sitrep.Text;

namespace Sitrep.Bench;

/// <summary>
/// The places stage alone over the whole corpus (tokens and sentences prepared in setup), and the
/// text stage alone for comparison; MB/s = corpus MB / mean time. Also the gazetteer's cold load.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 5)]
public class PlacesBenchmarks
{
    private readonly PlacesStage _places = new();
    private readonly TextStage _text = new();
    private Document[] _prepared = [];

    [GlobalSetup]
    public void Setup()
    {
        var articles = Corpus.Load()!;
        _prepared = new Document[articles.Count];
        for (int i = 0; i < articles.Count; i++)
        {
            var doc = new Document(articles[i].Id, articles[i].Text, articles[i].Published);
            _text.Process(doc, CancellationToken.None);
            _prepared[i] = doc;
        }

        Console.WriteLine($"corpus: {articles.Count} articles, {Corpus.Megabytes:F3} MB");
    }

    [Benchmark(Baseline = true)]
    public int Text()
    {
        int n = 0;
        foreach (var doc in _prepared)
        {
            var copy = new Document(doc.Id, doc.Text, doc.Published);
            _text.Process(copy, CancellationToken.None);
            n += copy.Tokens.Count;
        }

        return n;
    }

    [Benchmark]
    public int Places()
    {
        int n = 0;
        foreach (var doc in _prepared)
        {
            _places.Process(doc, CancellationToken.None);
            n += doc.Places.Count;
        }

        return n;
    }

    [Benchmark]
    public int LoadGazetteer()
    {
        using var stream = typeof(Gazetteer).Assembly.GetManifestResourceStream(Gazetteer.ResourceName)!;
        return Gazetteer.Load(stream, Gazetteer.ResourceName).Features.Count;
    }
}
