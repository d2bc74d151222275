using Sitrep.Entities;
using Sitrep.Pipeline;
using Sitrep.Quotes;
using Sitrep.Tests.Support;
using Sitrep.Text;
using static Sitrep.Tests.Quotes.DirectQuoteTests;

namespace Sitrep.Tests.Quotes;

public class CueModelTests
{
    private static Document Analyze(string text) => QuotePipelines.Analyze(text);

    [Fact]
    public void Shipped_cue_model_loads_with_its_features()
    {
        Assert.True(CueModel.Shared.FeatureCount > 1000);
    }

    [Fact]
    public void A_corrupted_cue_model_file_is_refused_with_a_clear_error()
    {
        using var file = new TempFile();
        File.WriteAllBytes(file.Path, [.. "SITREPMD"u8.ToArray(), 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);

        var ex = Assert.Throws<ModelFormatException>(() => CueModel.Load(file.Path));
        Assert.Contains(file.Path, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_verb_the_model_learned_as_a_cue_gives_reported_content_after_it()
    {
        var doc = Analyze("Trump attacked the former beauty queen in a series of early-morning tweets.");

        var q = Assert.Single(doc.Quotes);
        Assert.Equal("Trump", TextOf(doc, q.Speaker));
        Assert.Equal("attacked", TextOf(doc, q.Cue));
        Assert.Equal("the former beauty queen in a series of early-morning tweets", doc.TextOf(q.Content));
        Assert.False(CueLexicon.TryGet("attacked", out _));
    }

    [Fact]
    public void A_model_cue_after_a_thing_is_not_attribution()
    {
        var doc = Analyze("The administration's decision appears primarily focused on supporting forces in the Kursk region.");

        Assert.Empty(doc.Quotes);
    }

    [Fact]
    public void An_infinitive_after_a_promise_verb_is_the_content()
    {
        var doc = QuotePipelines.WithoutLabeller.Value.Analyze("test", "The governor pledged to rebuild the bridge within a year.", null, CancellationToken.None);

        var q = Assert.Single(doc.Quotes);
        Assert.Equal("pledged", TextOf(doc, q.Cue));
        Assert.Equal("to rebuild the bridge within a year", doc.TextOf(q.Content));
    }

    [Fact]
    public void Training_on_the_same_texts_gives_byte_identical_models()
    {
        const string text = "Officials said the bridge was hit. The mayor warned that more strikes would follow. The river was calm.";
        var cues = new[] { "said", "warned" };
        var gold = cues.Select(c => new GoldAttribution([], [Some.SpanOf(text, c)], [])).ToList();
        var doc = new PolnearDocument("doc", text, null, gold);
        var tagger = new PipelineBuilder().UseText().UseEntities().Build();
        var prepared = new[] { CueTrainer.Prepare(doc, tagger.Analyze(doc.Name, doc.Text, doc.Published, CancellationToken.None)) };
        var log = new List<string>();

        var a = Save(CueTrainer.Train(prepared, prepared, epochs: 2, seed: 1, log.Add));
        var b = Save(CueTrainer.Train(prepared, prepared, epochs: 2, seed: 1, _ => { }));

        Assert.Equal(a, b);
        Assert.Equal(2, log.Count);
        Assert.Contains("dev cue heads", log[1], StringComparison.Ordinal);
    }

    private static byte[] Save(CueModel model) => TempFile.BytesWrittenBy(model.Save);
}
