using System.Text;
using System.Text.Json;

namespace Sitrep.Cli.Input;

/// <summary>One line of a JSON Lines corpus: {"id", "text", "published"}; other fields are ignored.</summary>
public sealed record JsonlRecord(string Id, string Text, DateOnly? Published)
{
    /// <summary>Parses one line; a problem is thrown as <see cref="InputException"/> naming <paramref name="location"/> (FILE:LINE).</summary>
    public static JsonlRecord Parse(string line, string location, long lineNumber)
    {
        if (Encoding.UTF8.GetByteCount(line) > TextInput.MaxDocumentBytes)
        {
            throw new InputException($"{location}: line is over the {TextInput.MaxDocumentBytes / (1024 * 1024)} MB limit for one document");
        }

        string? id = null;
        string? text = null;
        string? published = null;
        try
        {
            using var json = JsonDocument.Parse(line);
            if (json.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new InputException($"{location}: expected a JSON object, found {json.RootElement.ValueKind.ToString().ToLowerInvariant()}");
            }

            foreach (var p in json.RootElement.EnumerateObject())
            {
                switch (p.Name)
                {
                    case "id":
                        id = p.Value.ValueKind switch
                        {
                            JsonValueKind.String => p.Value.GetString(),
                            JsonValueKind.Number => p.Value.GetRawText(),
                            _ => throw new InputException($"{location}: \"id\" must be a string or a number"),
                        };
                        break;
                    case "text":
                        text = p.Value.ValueKind == JsonValueKind.String
                            ? p.Value.GetString()
                            : throw new InputException($"{location}: \"text\" must be a string");
                        break;
                    case "published":
                        published = p.Value.ValueKind switch
                        {
                            JsonValueKind.String => p.Value.GetString(),
                            JsonValueKind.Null => null,
                            _ => throw new InputException($"{location}: \"published\" must be a YYYY-MM-DD string"),
                        };
                        break;
                }
            }
        }
        catch (JsonException ex)
        {
            throw new InputException($"{location}: not JSON ({FirstSentence(ex.Message)})");
        }

        if (text is null)
        {
            throw new InputException($"{location}: no \"text\" field");
        }

        TextInput.CheckText(text, location);
        DateOnly? date = null;
        if (published is not null)
        {
            date = TextInput.TryParsePublished(published, out var d)
                ? d
                : throw new InputException($"{location}: \"published\" '{published}' is not a valid date (YYYY-MM-DD)");
        }

        return new JsonlRecord(string.IsNullOrEmpty(id) ? $"line-{lineNumber}" : id, text, date);
    }

    private static string FirstSentence(string message)
    {
        int dot = message.IndexOf(". ", StringComparison.Ordinal);
        return dot > 0 ? message[..dot] : message.TrimEnd('.');
    }
}
