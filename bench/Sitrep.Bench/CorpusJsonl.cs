using System.Globalization;
using System.Text.Json;

namespace Sitrep.Bench;

/// <summary>The corpus as a JSON Lines batch for `sitrep analyze --input`, cycled to the requested size.</summary>
public static class CorpusJsonl
{
    public static void Write(int count, string path)
    {
        var articles = Corpus.Load()!;
        using var stream = File.Create(path);
        using var json = new Utf8JsonWriter(stream);
        for (int i = 0; i < count; i++)
        {
            var (id, text, published) = articles[i % articles.Count];
            json.Reset();
            json.WriteStartObject();
            json.WriteString("id", $"{id}#{i / articles.Count}");
            json.WriteString("text", text);
            json.WriteString("published", published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            json.WriteEndObject();
            json.Flush();
            stream.WriteByte((byte)'\n');
        }
    }
}
