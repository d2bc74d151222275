using Sitrep.Entities;
using Sitrep.Pipeline;
using Sitrep.Quotes;
using Sitrep.Tests.Support;
using Sitrep.Text;
using static Sitrep.Tests.Quotes.DirectQuoteTests;

namespace Sitrep.Tests.Quotes;

public class SpanModelTests
{
    private static readonly Lazy<SitrepPipeline> Tagged = new(() => new PipelineBuilder().UseText().UseEntities().UseQuotes().Build());

    private static readonly Lazy<SitrepPipeline> RulesOnly = new(() => new PipelineBuilder().UseText().UseEntities().Use(new QuoteStage(CueModel.Shared, spanModel: null)).Build());

    private static Document Analyze(string text) => Tagged.Value.Analyze("test", text, null, CancellationToken.None);

    [Fact]
    public void Shipped_span_model_loads_with_its_features_and_transitions()
    {
        Assert.True(SpanModel.Shared.FeatureCount > 1000);
    }

    [Fact]
    public void A_corrupted_span_model_file_is_refused_with_a_clear_error()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(path, [.. "SITREPMD"u8.ToArray(), 1, 0, 0, 0, 9, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);

            var ex = Assert.Throws<ModelFormatException>(() => SpanModel.Load(path));
            Assert.Contains(path, ex.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_cue_model_file_is_not_taken_for_a_span_model()
    {
        var path = Path.GetTempFileName();
        try
        {
            CueModel.Shared.Save(path);

            Assert.Throws<ModelFormatException>(() => SpanModel.Load(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Reported_speech_gets_the_learned_source_and_content()
    {
        var doc = Analyze("The regional governor said on Monday that two drones were shot down over the city.");

        var q = Assert.Single(doc.Quotes);
        Assert.Equal("said", TextOf(doc, q.Cue));
        Assert.Contains("governor", TextOf(doc, q.Speaker), StringComparison.Ordinal);
        Assert.Contains("two drones were shot down over the city", doc.TextOf(q.Content), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The regional governor said that two drones were shot down over the city.", "two drones were shot down over the city")]
    [InlineData("The defence minister warned European allies that the reserves would run out by spring.", "the reserves would run out by spring")]
    public void The_content_of_learned_reported_speech_is_the_clause_after_that(string text, string content)
    {
        var q = Assert.Single(Analyze(text).Quotes);

        Assert.Equal(content, text[q.Content.Start..q.Content.End]);
    }

    [Fact]
    public void Direct_quotes_keep_the_spans_of_the_rules()
    {
        const string text = "“We will not retreat,” the commander said. “The line holds.”";

        var learned = Analyze(text);
        var rules = RulesOnly.Value.Analyze("test", text, null, CancellationToken.None);

        Assert.Equal(rules.Quotes.Select(q => q.Content), learned.Quotes.Select(q => q.Content));
    }

    [Fact]
    public void Training_on_the_same_texts_gives_byte_identical_models()
    {
        const string text = "Officials said the bridge was hit. The mayor warned that more strikes would follow. The river was calm.";
        var gold = new List<GoldAttribution>
        {
            new([Some.SpanOf(text, "Officials")], [Some.SpanOf(text, "said")], [Some.SpanOf(text, "the bridge was hit")]),
            new([Some.SpanOf(text, "The mayor")], [Some.SpanOf(text, "warned")], [Some.SpanOf(text, "more strikes would follow")]),
        };
        var doc = new PolnearDocument("doc", text, null, gold);
        var tagger = new PipelineBuilder().UseText().UseEntities().Build();
        var prepared = new[] { SpanTrainer.Prepare(doc, tagger.Analyze(doc.Name, doc.Text, doc.Published, CancellationToken.None)) };
        var log = new List<string>();

        var a = Save(SpanTrainer.Train(prepared, prepared, epochs: 2, seed: 1, log.Add));
        var b = Save(SpanTrainer.Train(prepared, prepared, epochs: 2, seed: 1, _ => { }));

        Assert.Equal(a, b);
        Assert.Equal(2, log.Count);
        Assert.Contains("dev from gold cues", log[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Labeller_trained_on_a_pattern_finds_it_again()
    {
        const string text = "Officials said the bridge was hit. The mayor said the school was hit.";
        var gold = new List<GoldAttribution>
        {
            new([Some.SpanOf(text, "Officials")], [Some.SpanOf(text, "said")], [Some.SpanOf(text, "the bridge was hit")]),
            new([Some.SpanOf(text, "The mayor")], [new Span(text.LastIndexOf("said", StringComparison.Ordinal), text.LastIndexOf("said", StringComparison.Ordinal) + 4)], [Some.SpanOf(text, "the school was hit")]),
        };
        var doc = new PolnearDocument("doc", text, null, gold);
        var prepared = new[] { SpanTrainer.Prepare(doc, new PipelineBuilder().UseText().UseEntities().Build().Analyze(doc.Name, doc.Text, doc.Published, CancellationToken.None)) };

        var model = SpanTrainer.Train(prepared, null, epochs: 5, seed: 1, _ => { });
        var (content, both, total) = SpanTrainer.Evaluate(model, prepared);

        Assert.Equal(2, total);
        Assert.Equal(2, content);
        Assert.Equal(2, both);
    }

    private static byte[] Save(SpanModel model)
    {
        var path = Path.GetTempFileName();
        try
        {
            model.Save(path);
            return File.ReadAllBytes(path);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
