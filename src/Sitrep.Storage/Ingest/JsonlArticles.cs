using System.Text;
using System.Text.Json;

namespace Sitrep.Storage.Ingest;

/// <summary>JSON Lines corpora: one {"id","text","published","title","url","outlet","country","language"} object a line.</summary>
public static class JsonlArticles
{
    public static IEnumerable<IngestItem> Read(string path)
    {
        StreamReader reader;
        try
        {
            reader = new StreamReader(path, new UTF8Encoding(false, throwOnInvalidBytes: false), detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
        }
        catch (IOException ex)
        {
            return [IngestItem.Bad($"{path}: {ex.Message}")];
        }

        return Lines(path, reader);
    }

    private static IEnumerable<IngestItem> Lines(string path, StreamReader reader)
    {
        using (reader)
        {
            long line = 0;
            string? raw;
            var full = Path.GetFullPath(path);
            while ((raw = reader.ReadLine()) is not null)
            {
                line++;
                if (string.IsNullOrWhiteSpace(raw))
                {
                    continue;
                }

                yield return Parse(raw, $"{path}:{line}", $"{full}:{line}", line);
            }
        }
    }

    public static IngestItem Parse(string raw, string location, string storedLocation, long line)
    {
        try
        {
            if (raw.Contains('\uFFFD'))
            {
                throw new IngestException($"{location}: invalid UTF-8");
            }

            if (raw.Length > ArticleText.MaxDocumentBytes)
            {
                throw new IngestException($"{location}: line is over the {ArticleText.MaxDocumentBytes / (1024 * 1024)} MB limit for one document");
            }

            using var json = JsonDocument.Parse(raw);
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new IngestException($"{location}: expected a JSON object, found {root.ValueKind.ToString().ToLowerInvariant()}");
            }

            string? id = null, text = null, published = null, title = null, url = null, outlet = null, country = null, language = null;
            foreach (var p in root.EnumerateObject())
            {
                switch (p.Name)
                {
                    case "id":
                        id = p.Value.ValueKind switch
                        {
                            JsonValueKind.String => p.Value.GetString(),
                            JsonValueKind.Number => p.Value.GetRawText(),
                            _ => throw new IngestException($"{location}: \"id\" must be a string or a number"),
                        };
                        break;
                    case "text":
                        text = p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString() : throw new IngestException($"{location}: \"text\" must be a string");
                        break;
                    case "published":
                        published = p.Value.ValueKind switch
                        {
                            JsonValueKind.String => p.Value.GetString(),
                            JsonValueKind.Null => null,
                            _ => throw new IngestException($"{location}: \"published\" must be a YYYY-MM-DD string"),
                        };
                        break;
                    case "title":
                        title = Optional(p.Value);
                        break;
                    case "url":
                        url = Optional(p.Value);
                        break;
                    case "outlet":
                        outlet = Optional(p.Value);
                        break;
                    case "country":
                        country = Optional(p.Value);
                        break;
                    case "language":
                        language = Optional(p.Value);
                        break;
                }
            }

            if (text is null)
            {
                throw new IngestException($"{location}: no \"text\" field");
            }

            ArticleText.Check(text, location);
            DateOnly? date = null;
            if (published is not null)
            {
                date = ArticleText.ParseDate(published) ?? throw new IngestException($"{location}: \"published\" '{published}' is not a valid date (YYYY-MM-DD)");
            }

            return IngestItem.Ok(new ArticleRecord(text)
            {
                ExternalId = string.IsNullOrEmpty(id) ? $"line-{line}" : id,
                Published = date,
                Title = title,
                Url = url,
                Outlet = outlet ?? HtmlArticles.HostOf(url),
                OutletCountry = country,
                Language = language,
                Location = storedLocation,
                Format = "jsonl",
            });
        }
        catch (JsonException ex)
        {
            var message = ex.Message;
            int dot = message.IndexOf(". ", StringComparison.Ordinal);
            return IngestItem.Bad($"{location}: not JSON ({(dot > 0 ? message[..dot] : message.TrimEnd('.'))})");
        }
        catch (IngestException ex)
        {
            return IngestItem.Bad(ex.Message);
        }
    }

    private static string? Optional(JsonElement e) => e.ValueKind == JsonValueKind.String ? e.GetString() : null;
}
