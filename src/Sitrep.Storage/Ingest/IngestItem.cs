using System.Globalization;
using System.Text;

namespace Sitrep.Storage.Ingest;

/// <summary>What a reader yields: an article, or the reason one input could not be read (with its location).</summary>
public sealed record IngestItem(ArticleRecord? Article, string? Error)
{
    public static IngestItem Ok(ArticleRecord article) => new(article, null);

    public static IngestItem Bad(string error) => new(null, error);
}

/// <summary>A problem with one input, its message already naming the file and line or offset.</summary>
public sealed class IngestException(string message) : Exception(message);

/// <summary>Decoding and validation shared by the readers.</summary>
public static class ArticleText
{
    /// <summary>Largest single document accepted (as <c>sitrep analyze</c>).</summary>
    public const int MaxDocumentBytes = 8 * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(false, throwOnInvalidBytes: true);

    public static string Decode(ReadOnlySpan<byte> bytes, string location)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }

        int nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            throw new IngestException($"{location}: binary data (NUL byte at offset {nul}); expected UTF-8 text");
        }

        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            throw new IngestException($"{location}: invalid UTF-8 at byte offset {Math.Max(0, ex.Index)}");
        }
    }

    /// <summary>Rejects empty text, text that is mostly control characters, and oversized documents.</summary>
    public static string Check(string text, string location)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new IngestException($"{location}: empty; expected the text of an article");
        }

        if (text.Length > MaxDocumentBytes)
        {
            throw new IngestException($"{location}: over the {MaxDocumentBytes / (1024 * 1024)} MB limit for one document");
        }

        int control = 0;
        foreach (char c in text)
        {
            if (char.IsControl(c) && c is not '\n' and not '\r' and not '\t' and not '\f')
            {
                control++;
            }
        }

        return control > text.Length / 20
            ? throw new IngestException($"{location}: binary data ({control} control characters in {text.Length}); expected text")
            : text;
    }

    /// <summary>An ISO date, or the date part of an ISO timestamp ("2024-11-18T10:00:00Z", "20241118T100000Z").</summary>
    public static DateOnly? ParseDate(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var s = value.AsSpan().Trim();
        if (s.Length >= 10 && DateOnly.TryParseExact(s[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            return d;
        }

        if (s.Length >= 8 && DateOnly.TryParseExact(s[..8], "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out d))
        {
            return d;
        }

        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal, out var dto)
            ? DateOnly.FromDateTime(dto.UtcDateTime)
            : null;
    }

    /// <summary>Collapses runs of spaces and tabs, keeps paragraph breaks, trims.</summary>
    public static string CollapseWhitespace(string s)
    {
        var sb = new StringBuilder(s.Length);
        bool space = false;
        foreach (char c in s)
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space && sb.Length > 0)
            {
                sb.Append(' ');
            }

            space = false;
            sb.Append(c);
        }

        return sb.ToString();
    }
}
