using System.Text.Encodings.Web;
using System.Text.Json;
using Sitrep.Output;
using Sitrep.Pipeline;

namespace Sitrep.Tests.Support;

/// <summary>The default pipeline, built once for all tests, and its JSON output.</summary>
public static class Analyzer
{
    private static readonly Lazy<SitrepPipeline> Default = new(SitrepDefaults.CreateDefault);

    public static SitrepPipeline Pipeline => Default.Value;

    public static readonly DateOnly ReferencePublished = new(2024, 11, 18);

    public static Document Reference() =>
        Pipeline.Analyze("atacms-approval", File.ReadAllText(Paths.Sample("atacms-approval.txt")), ReferencePublished);

    public static string Json(Document doc)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            DocumentJsonWriter.Write(writer, doc);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }
}
