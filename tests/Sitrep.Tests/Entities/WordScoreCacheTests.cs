using Sitrep.Entities;
using Sitrep.Pipeline;
using Sitrep.Tests.Support;
using Sitrep.Text;

namespace Sitrep.Tests.Entities;

public class WordScoreCacheTests
{
    private static readonly SitrepPipeline Cached = new PipelineBuilder().UseText().UseEntities().Build();

    private static readonly SitrepPipeline Uncached = new PipelineBuilder().UseText()
        .Use(new EntitiesStage(new EntitiesOptions { WordScoreCache = false })).Build();

    private static void AssertSameOutput(string text)
    {
        var a = Cached.Analyze("a", text, Some.Published);
        var b = Uncached.Analyze("b", text, Some.Published);
        Assert.Equal(b.Tokens.Select(t => (t.Pos, t.Chunk)), a.Tokens.Select(t => (t.Pos, t.Chunk)));
        Assert.Equal(b.Entities.Select(e => (e.Type, e.Span)), a.Entities.Select(e => (e.Type, e.Span)));
    }

    [Fact]
    public void Cached_word_scores_give_the_same_tags_and_mentions_on_the_reference_article()
        => AssertSameOutput(File.ReadAllText(Paths.Sample("atacms-approval.txt")));

    [SkippableFact]
    public void Cached_word_scores_give_the_same_tags_and_mentions_on_news_articles()
    {
        Skip.If(Paths.SharedData is null, "../shared/data is absent");
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Paths.SharedData!, "ukraine-news", "articles")).Order().Take(60))
        {
            AssertSameOutput(File.ReadAllText(file));
        }
    }
}
