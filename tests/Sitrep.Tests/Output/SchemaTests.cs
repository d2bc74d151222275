using System.Text.Json;
using Json.Schema;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Output;

public class SchemaTests
{
    private static readonly JsonSchema Schema =
        JsonSchema.FromText(File.ReadAllText(Path.Combine(Paths.RepoRoot, "docs", "sitrep-document.schema.json")));

    private static void AssertValid(string json)
    {
        using var parsed = JsonDocument.Parse(json);
        var result = Schema.Evaluate(parsed.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        var errors = (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"));
        Assert.True(result.IsValid, string.Join("\n", errors));
    }

    /// <summary>Every object with text/start/end must quote the document exactly at those offsets.</summary>
    private static void AssertSpansQuoteTheText(JsonElement element, string text)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            if (element.TryGetProperty("start", out var start) && element.TryGetProperty("end", out var end) && element.TryGetProperty("text", out var quoted))
            {
                Assert.Equal(text[start.GetInt32()..end.GetInt32()], quoted.GetString());
            }

            foreach (var p in element.EnumerateObject())
            {
                AssertSpansQuoteTheText(p.Value, text);
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                AssertSpansQuoteTheText(item, text);
            }
        }
    }

    [Fact]
    public void Reference_article_output_matches_the_schema_and_its_offsets()
    {
        var doc = Analyzer.Reference();
        var json = Analyzer.Json(doc);
        AssertValid(json);
        AssertSpansQuoteTheText(JsonDocument.Parse(json).RootElement, doc.Text);
    }

    [SkippableFact]
    public void Real_news_articles_give_schema_valid_output()
    {
        Skip.If(Paths.SharedData is null, "../shared/data is absent");
        var files = Directory.GetFiles(Path.Combine(Paths.SharedData!, "ukraine-news", "articles")).Order(StringComparer.Ordinal).Take(40);
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            var doc = Analyzer.Pipeline.Analyze(Path.GetFileName(file), text, new DateOnly(2023, 6, 1));
            var json = Analyzer.Json(doc);
            AssertValid(json);
            AssertSpansQuoteTheText(JsonDocument.Parse(json).RootElement, text);
        }
    }

    [Fact]
    public void Schema_rejects_a_document_without_its_required_lists()
    {
        using var parsed = JsonDocument.Parse("{\"schema_version\":1,\"id\":\"x\",\"published\":null}");
        var result = Schema.Evaluate(parsed.RootElement);
        Assert.False(result.IsValid);
    }
}
