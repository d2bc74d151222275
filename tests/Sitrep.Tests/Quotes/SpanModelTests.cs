using Sitrep.Entities;
using Sitrep.Pipeline;
using Sitrep.Quotes;
using Sitrep.Tests.Support;
using Sitrep.Text;
using static Sitrep.Tests.Quotes.DirectQuoteTests;

namespace Sitrep.Tests.Quotes;

public class SpanModelTests
{
    private static Document Analyze(string text) => QuotePipelines.Analyze(text);

    [Fact]
    public void Shipped_span_model_loads_with_its_features_and_transitions()
    {
        Assert.True(SpanModel.Shared.FeatureCount > 1000);
    }

    [Fact]
    public void A_corrupted_span_model_file_is_refused_with_a_clear_error()
    {
        using var file = new TempFile();
        File.WriteAllBytes(file.Path, [.. "SITREPMD"u8.ToArray(), 1, 0, 0, 0, 9, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);

        var ex = Assert.Throws<ModelFormatException>(() => SpanModel.Load(file.Path));
        Assert.Contains(file.Path, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cue_model_file_is_not_taken_for_a_span_model()
    {
        using var file = new TempFile();
        CueModel.Shared.Save(file.Path);

        Assert.Throws<ModelFormatException>(() => SpanModel.Load(file.Path));
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
    public void Reported_content_runs_across_an_appositive_between_commas()
    {
        const string text = "The governor has urged the limits on these rifles, known as assault weapons, to be lifted.";

        var q = Assert.Single(Analyze(text).Quotes);

        Assert.Equal("the limits on these rifles, known as assault weapons, to be lifted", text[q.Content.Start..q.Content.End]);
    }

    [Fact]
    public void Labelled_content_ends_before_a_second_predicate_of_the_speaker()
    {
        const string text = "The minister outlined his plan for the port and vowed to rebuild the bridge by spring.";

        var quotes = Analyze(text).Quotes;

        Assert.Contains(quotes, q => text[q.Content.Start..q.Content.End] == "his plan for the port");
        Assert.DoesNotContain(quotes, q => text[q.Content.Start..q.Content.End].Contains("his plan for the port and", StringComparison.Ordinal));
    }

    [Fact]
    public void A_reported_clause_keeps_its_own_coordinated_verbs()
    {
        const string text = "The ministry said prices rose in March and fell in April.";

        var q = Assert.Single(Analyze(text).Quotes);

        Assert.Equal("prices rose in March and fell in April", text[q.Content.Start..q.Content.End]);
    }

    [Theory]
    [InlineData("She spoke about the damage to the power grid while visiting Kharkiv on Monday.", "the damage to the power grid")]
    [InlineData("The mayor criticized the evacuation plan, arguing that the buses came too late.", "the evacuation plan")]
    public void An_object_content_ends_before_an_adjunct_clause(string text, string content)
    {
        var quotes = Analyze(text).Quotes;

        Assert.Equal(content, text[quotes[0].Content.Start..quotes[0].Content.End]);
    }

    [Fact]
    public void A_transcript_turn_keeps_all_its_sentences_as_content()
    {
        const string text = "“WALLACE: Do you see those two as equivalent? Do you really see them as equivalent?\n\n“PENCE: Well, look, the question is different. It is about the debate.”";

        var quotes = Analyze(text).Quotes;

        Assert.Contains(quotes, q => text[q.Content.Start..q.Content.End] == "Do you see those two as equivalent? Do you really see them as equivalent");
    }

    [Fact]
    public void Direct_quotes_keep_the_spans_of_the_rules()
    {
        const string text = "“We will not retreat,” the commander said. “The line holds.”";

        var learned = Analyze(text);
        var rules = QuotePipelines.WithoutLabeller.Value.Analyze("test", text, null, CancellationToken.None);

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

    private static byte[] Save(SpanModel model) => TempFile.BytesWrittenBy(model.Save);
}
