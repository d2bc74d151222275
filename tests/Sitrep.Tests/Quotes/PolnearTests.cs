using Sitrep.Pipeline;
using Sitrep.Quotes;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Quotes;

public sealed class PolnearTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "sitrep-polnear-" + Guid.NewGuid().ToString("N"));

    public PolnearTests()
    {
        Directory.CreateDirectory(Path.Combine(_dir, "text"));
        Directory.CreateDirectory(Path.Combine(_dir, "attributions"));
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private const string Text = "Officials said the bridge was hit. \"It is gone,\" the mayor said.";

    private void Write(string ann, string text = Text)
    {
        File.WriteAllText(Path.Combine(_dir, "text", "doc.txt"), text);
        File.WriteAllText(Path.Combine(_dir, "attributions", "doc_ab12.ann"), ann);
    }

    private static string Span(string text, string part, string type, string id)
    {
        int at = text.IndexOf(part, StringComparison.Ordinal);
        return $"{id}\t{type} {at} {at + part.Length}\t{part}\n";
    }

    private static string Gold()
        => Span(Text, "Officials", "Source", "T1") + Span(Text, "said", "Cue", "T2") + Span(Text, "the bridge was hit", "Content", "T3")
            + "E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1\n"
            + Span(Text, "the mayor", "Source", "T4") + "T5\tCue 57 61\tsaid\n" + Span(Text, "It is gone", "Content", "T6")
            + "E2\tAttribution:T5 Content:T6 Cue:T5 Source:T4\n";

    [Fact]
    public void Brat_attributions_are_read_with_source_cue_and_content()
    {
        Write(Gold());

        var doc = Assert.Single(PolnearCorpus.Load(_dir));
        Assert.Equal(2, doc.Attributions.Count);
        Assert.Equal("Officials", Text[doc.Attributions[0].Source[0].Start..doc.Attributions[0].Source[0].End]);
    }

    [Fact]
    public void Discontinuous_spans_and_text_continuation_lines_are_accepted()
    {
        const string text = "“A,” he said, “B.”\n\nThe end.";
        Write("T1\tSource 5 7\the\nT2\tCue 8 12\tsaid\nT3\tContent 1 2;15 17\tA\nThe rest of a multi-line text field\nE1\tAttribution:T2 Content:T3 Cue:T2 Source:T1\n", text);

        var doc = Assert.Single(PolnearCorpus.Load(_dir));
        Assert.Equal(2, doc.Attributions[0].Content.Count);
    }

    [Fact]
    public void A_malformed_span_is_reported_with_file_and_line()
    {
        Write("T1\tSource 0 9\tOfficials\nT2\tCue x 14\tsaid\n");

        var ex = Assert.Throws<PolnearFormatException>(() => PolnearCorpus.Load(_dir));
        Assert.Equal(2, ex.Line);
        Assert.Contains("doc_ab12.ann:2", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_span_past_the_text_end_is_reported()
    {
        Write("T1\tSource 0 999\tOfficials\n");

        var ex = Assert.Throws<PolnearFormatException>(() => PolnearCorpus.Load(_dir));
        Assert.Contains("outside the text", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_event_naming_an_undefined_span_is_reported()
    {
        Write("T1\tSource 0 9\tOfficials\nE1\tAttribution:T1 Content:T9\n");

        var ex = Assert.Throws<PolnearFormatException>(() => PolnearCorpus.Load(_dir));
        Assert.Equal(2, ex.Line);
    }

    [Fact]
    public void Matching_predictions_score_full_marks()
    {
        Write(Gold());
        var docs = PolnearCorpus.Load(_dir);

        var result = AttributionEvaluation.Evaluate(docs, SitrepDefaults.CreateDefault());

        Assert.Equal(100, result.SourceContent.F1, 3);
        Assert.Equal(100, result.Cue.F1, 3);
    }

    [Fact]
    public void A_second_annotator_is_scored_against_the_first_for_agreement()
    {
        Write(Gold());
        // The second annotator marked only the mayor's quote.
        File.WriteAllText(Path.Combine(_dir, "attributions", "doc_cd34.ann"),
            Span(Text, "the mayor", "Source", "T4") + "T5\tCue 57 61\tsaid\n" + Span(Text, "It is gone", "Content", "T6")
            + "E2\tAttribution:T5 Content:T6 Cue:T5 Source:T4\n");

        var (result, pairs) = AttributionEvaluation.Agreement(PolnearCorpus.Load(_dir));

        Assert.Equal(1, pairs);
        Assert.Equal(1, result.SourceContent.TruePositives);
        Assert.Equal(1, result.SourceContent.Predicted);
        Assert.Equal(2, result.SourceContent.Gold);
    }

    [Fact]
    public void A_content_covering_less_than_half_of_the_gold_does_not_match()
    {
        var doc = Some.Tokenized("Officials said the bridge over the river was hit by two missiles at night.");
        int start = doc.Text.IndexOf("the bridge", StringComparison.Ordinal);
        doc.Quotes.Add(new Quote(Some.SpanOf(doc.Text, "Officials"), Some.SpanOf(doc.Text, "said"), new Span(start, start + "the bridge".Length), QuoteKinds.Indirect));
        var gold = new GoldAttribution([Some.SpanOf(doc.Text, "Officials")], [Some.SpanOf(doc.Text, "said")], [new Span(start, doc.Text.Length - 1)]);

        var score = AttributionEvaluation.ScoreDocument(doc, [gold]);

        Assert.Equal(0, score.Content.TruePositives);
        Assert.Equal(1, score.Cue.TruePositives);
    }

    [SkippableFact]
    public void Source_and_content_F1_on_PolNeAR_dev_stays_above_its_floor()
    {
        Skip.If(Paths.SharedData is null, "../shared/data is absent");
        var dev = Path.Combine(Paths.SharedData!, "polnear", "dev");
        Skip.IfNot(Directory.Exists(dev), "polnear/dev is absent");

        var result = AttributionEvaluation.Evaluate(PolnearCorpus.Load(dev), SitrepDefaults.CreateDefault());

        // Measured 64.48 and 73.67 (docs/quotes.md); the floors sit a few points below.
        Assert.True(result.SourceContent.F1 >= 61.5, $"source+content F1 {result.SourceContent.F1:F2} fell below 61.5");
        Assert.True(result.Cue.F1 >= 71.0, $"cue F1 {result.Cue.F1:F2} fell below 71.0");
    }
}
