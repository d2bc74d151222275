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

    /// <summary>
    /// The events the default pipeline codes in <paramref name="sentence"/>, put after a neutral opening line so that it
    /// is not read as the article's title.
    /// </summary>
    public static IReadOnlyList<Event> EventsOfSentence(string sentence, DateOnly published) =>
        Pipeline.Analyze("sentence", "Officials gave a briefing.\n" + sentence + "\n", published).Events;

    /// <summary>The events the default pipeline codes in <paramref name="text"/>, read as a whole article (its first line the title).</summary>
    public static IReadOnlyList<Event> EventsOfText(string text, DateOnly published) =>
        Pipeline.Analyze("sentence", text, published).Events;

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
