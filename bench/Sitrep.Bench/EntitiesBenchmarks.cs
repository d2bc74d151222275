using BenchmarkDotNet.Attributes;
using Sitrep.Entities;
using Sitrep.Pipeline;
using Sitrep.Text;

namespace Sitrep.Bench;

/// <summary>
/// The entities stage (POS + chunks + recognizer + lexicons) over the whole corpus, one thread, on
/// documents the text stage prepared in setup. Tokens/s = <see cref="TokenCount"/> / mean time.
/// </summary>
[MemoryDiagnoser]
public class EntitiesBenchmarks
{
    private Document[] _documents = [];
    private EntitiesStage _stage = null!;

    public static int TokenCount { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        _stage = new EntitiesStage();
        var text = new PipelineBuilder().UseText().Build();
        var articles = Corpus.Load()!;
        _documents = new Document[articles.Count];
        int tokens = 0;
        for (int i = 0; i < articles.Count; i++)
        {
            _documents[i] = text.Analyze(articles[i].Id, articles[i].Text, articles[i].Published);
            tokens += _documents[i].Tokens.Count;
        }

        TokenCount = tokens;
        Console.WriteLine($"// corpus: {articles.Count} articles, {tokens} tokens, {Corpus.Megabytes:F3} MB");
    }

    [Benchmark]
    public int Entities()
    {
        int n = 0;
        foreach (var doc in _documents)
        {
            _stage.Process(doc, CancellationToken.None);
            n += doc.Entities.Count;
        }

        return n;
    }
}
