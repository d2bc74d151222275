using Sitrep.Entities;
using Sitrep.Pipeline;
using Sitrep.Quotes;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Quotes;

public class AttributionScorerTests
{
    private static readonly Lazy<Document> TaggedArticle = new(() => QuotePipelines.Analyze(File.ReadAllText(Paths.Sample("atacms-approval.txt"))));

    [Fact]
    public void Shipped_scorer_loads_with_its_features()
    {
        Assert.True(AttributionScorer.Shared.FeatureCount > 1000);
    }

    [Fact]
    public void A_saved_scorer_reads_back_the_same()
    {
        var bytes = TempFile.BytesWrittenBy(AttributionScorer.Shared.Save);
        using var file = new TempFile();
        File.WriteAllBytes(file.Path, bytes);

        Assert.Equal(AttributionScorer.Shared.FeatureCount, AttributionScorer.Load(file.Path).FeatureCount);
    }

    [Fact]
    public void A_span_model_file_is_not_taken_for_a_scorer()
    {
        using var file = new TempFile();
        SpanModel.Shared.Save(file.Path);

        var ex = Assert.Throws<ModelFormatException>(() => AttributionScorer.Load(file.Path));
        Assert.Contains(file.Path, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Plain_reported_speech_is_kept()
    {
        var doc = QuotePipelines.Analyze("The regional governor said on Monday that two drones were shot down over the city.");

        var q = Assert.Single(doc.Quotes);
        Assert.Equal("two drones were shot down over the city", doc.TextOf(q.Content));
    }

    [Fact]
    public void The_reference_article_keeps_its_direct_quote_and_cautioned_reported_speech()
    {
        var doc = TaggedArticle.Value;

        Assert.Single(doc.Quotes, q => q.Cue is { } c && doc.TextOf(c) == "remarked" && q.Kind == QuoteKinds.Direct);
        Assert.Single(doc.Quotes, q => q.Cue is { } c && doc.TextOf(c) == "cautioned");
    }

    [Fact]
    public void Things_do_not_become_sources_of_learned_cues()
    {
        var doc = TaggedArticle.Value;

        // "missile strikes continued …": the learned cue's agent guard holds after the scorer.
        Assert.DoesNotContain(doc.Quotes, q => q.Speaker is { } s && doc.TextOf(s) == "missile strikes");
    }

    [Fact]
    public void Untagged_text_gets_the_same_quotes_with_and_without_the_scorer()
    {
        var text = File.ReadAllText(Paths.Sample("atacms-approval.txt"));
        var withScorer = Some.Tokenized(text);
        var without = Some.Tokenized(text);

        new QuoteStage().Process(withScorer, CancellationToken.None);
        new QuoteStage(CueModel.Shared, SpanModel.Shared).Process(without, CancellationToken.None);

        Assert.Equal(without.Quotes, withScorer.Quotes);
    }
}
