using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Sitrep.Storage.Ingest;

/// <summary>One WARC record: its offset in the (uncompressed) stream, its named fields and its block.</summary>
public sealed record WarcRecord(long Offset, IReadOnlyDictionary<string, string> Fields, byte[] Block)
{
    public string? Type => Fields.GetValueOrDefault("WARC-Type");

    public string? TargetUri => Fields.GetValueOrDefault("WARC-Target-URI");
}

/// <summary>
/// WARC 1.0/1.1 archives, plain or gzip-compressed (record by record or whole; both decompress as one
/// stream). Each response record with an HTML payload (and each resource record of HTML) becomes an
/// article; other records are passed over. Pages with less than <see cref="MinChars"/> characters of
/// text (index pages, error pages) are passed over too, not reported: a crawl holds many.
/// </summary>
public static class WarcArticles
{
    public const int MinChars = 200;

    /// <summary>Records larger than this are skipped rather than read into memory.</summary>
    public const int MaxRecordBytes = 32 * 1024 * 1024;

    public static IEnumerable<IngestItem> Read(string path)
    {
        Stream stream;
        try
        {
            stream = File.OpenRead(path);
            if (path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
            {
                stream = new GZipStream(stream, CompressionMode.Decompress);
            }
        }
        catch (IOException ex)
        {
            return [IngestItem.Bad($"{path}: {ex.Message}")];
        }

        return Articles(path, stream);
    }

    private static IEnumerable<IngestItem> Articles(string path, Stream stream)
    {
        var full = Path.GetFullPath(path);
        using var reader = new WarcReader(new BufferedStream(stream, 1 << 16), path);
        while (true)
        {
            WarcRecord? record;
            string? error = null;
            try
            {
                record = reader.Next();
            }
            catch (IngestException ex)
            {
                record = null;
                error = ex.Message;
            }
            catch (InvalidDataException ex)
            {
                record = null;
                error = $"{path}@{reader.Position}: corrupt compressed data ({ex.Message})";
            }

            if (error is not null)
            {
                // A broken framing cannot be resynchronized reliably: report it and stop this file.
                yield return IngestItem.Bad(error);
                yield break;
            }

            if (record is null)
            {
                yield break;
            }

            var item = ToArticle(record, path, full);
            if (item is not null)
            {
                yield return item;
            }
        }
    }

    private static IngestItem? ToArticle(WarcRecord record, string path, string full)
    {
        var location = $"{path}@{record.Offset}";
        string? html;
        try
        {
            html = record.Type switch
            {
                "response" => HttpHtml(record.Block, location),
                "resource" when (record.Fields.GetValueOrDefault("Content-Type") ?? "").Contains("html", StringComparison.OrdinalIgnoreCase)
                    => Decode(record.Block, null),
                _ => null,
            };
        }
        catch (IngestException ex)
        {
            return IngestItem.Bad(ex.Message);
        }

        if (html is null)
        {
            return null;
        }

        var article = HtmlArticles.Extract(html, record.TargetUri, location, MinChars);
        if (article is null)
        {
            return null;
        }

        // The crawl date stands in for a publication date only when the page gives none.
        var crawled = ArticleText.ParseDate(record.Fields.GetValueOrDefault("WARC-Date"));
        return IngestItem.Ok(article with
        {
            ExternalId = record.Fields.GetValueOrDefault("WARC-Record-ID") ?? record.TargetUri,
            Url = article.Url ?? record.TargetUri,
            Published = article.Published ?? crawled,
            Location = $"{full}@{record.Offset}",
            Format = "warc",
        });
    }

    /// <summary>The HTML body of an HTTP response block, or null when it is not a successful HTML response.</summary>
    private static string? HttpHtml(byte[] block, string location)
    {
        int headerEnd = IndexOf(block, "\r\n\r\n"u8, out int sepLength);
        if (headerEnd < 0)
        {
            throw new IngestException($"{location}: response record without an HTTP header block");
        }

        var head = Encoding.Latin1.GetString(block, 0, headerEnd).Split('\n');
        var status = head[0].Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
        if (status.Length < 2 || !int.TryParse(status[1], NumberStyles.None, CultureInfo.InvariantCulture, out int code))
        {
            throw new IngestException($"{location}: response record with a malformed HTTP status line");
        }

        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in head.Skip(1))
        {
            int colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                headers[line[..colon].Trim()] = line[(colon + 1)..].Trim();
            }
        }

        var type = headers.GetValueOrDefault("Content-Type") ?? "";
        if (code is < 200 or > 299 || !type.Contains("html", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var body = block.AsSpan(headerEnd + sepLength).ToArray();
        if (headers.GetValueOrDefault("Transfer-Encoding")?.Contains("chunked", StringComparison.OrdinalIgnoreCase) == true)
        {
            body = Dechunk(body, location);
        }

        var encoding = headers.GetValueOrDefault("Content-Encoding");
        if (encoding is not null && (encoding.Contains("gzip", StringComparison.OrdinalIgnoreCase) || encoding.Contains("deflate", StringComparison.OrdinalIgnoreCase)))
        {
            try
            {
                using var input = new MemoryStream(body);
                using Stream z = encoding.Contains("gzip", StringComparison.OrdinalIgnoreCase)
                    ? new GZipStream(input, CompressionMode.Decompress)
                    : new ZLibStream(input, CompressionMode.Decompress);
                using var output = new MemoryStream();
                z.CopyTo(output);
                body = output.ToArray();
            }
            catch (InvalidDataException ex)
            {
                throw new IngestException($"{location}: corrupt {encoding} body ({ex.Message})");
            }
        }

        return Decode(body, type);
    }

    /// <summary>UTF-8 unless the Content-Type names another charset .NET knows; invalid bytes become U+FFFD.</summary>
    private static string Decode(byte[] body, string? contentType)
    {
        var encoding = Encoding.UTF8;
        int at = contentType?.IndexOf("charset=", StringComparison.OrdinalIgnoreCase) ?? -1;
        if (at >= 0)
        {
            var name = contentType![(at + 8)..].Trim(' ', '"', '\'', ';');
            try
            {
                encoding = Encoding.GetEncoding(name);
            }
            catch (ArgumentException)
            {
                // An unknown charset: read as UTF-8, the web's default, rather than drop the page.
                encoding = Encoding.UTF8;
            }
        }

        return encoding.GetString(body);
    }

    private static byte[] Dechunk(byte[] body, string location)
    {
        using var output = new MemoryStream(body.Length);
        int i = 0;
        while (i < body.Length)
        {
            int lineEnd = Array.IndexOf(body, (byte)'\n', i);
            if (lineEnd < 0)
            {
                break;
            }

            var sizeText = Encoding.ASCII.GetString(body, i, lineEnd - i).Split(';')[0].Trim();
            if (!int.TryParse(sizeText, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out int size) || size < 0)
            {
                throw new IngestException($"{location}: malformed chunked body");
            }

            if (size == 0)
            {
                break;
            }

            i = lineEnd + 1;
            size = Math.Min(size, body.Length - i);
            output.Write(body, i, size);
            i += size + 2;
        }

        return output.ToArray();
    }

    private static int IndexOf(byte[] data, ReadOnlySpan<byte> crlf2, out int length)
    {
        int at = data.AsSpan().IndexOf(crlf2);
        if (at >= 0)
        {
            length = crlf2.Length;
            return at;
        }

        at = data.AsSpan().IndexOf("\n\n"u8);
        length = 2;
        return at;
    }
}

/// <summary>Reads WARC records one by one from a stream, tracking the byte offset of each.</summary>
public sealed class WarcReader(Stream stream, string name) : IDisposable
{
    private readonly Stream _stream = stream;
    private readonly string _name = name;

    public long Position { get; private set; }

    public WarcRecord? Next()
    {
        string? line;
        long offset;
        do
        {
            offset = Position;
            line = ReadLine();
            if (line is null)
            {
                return null;
            }
        }
        while (line.Length == 0);

        if (!line.StartsWith("WARC/", StringComparison.Ordinal))
        {
            throw new IngestException($"{_name}@{offset}: not a WARC record (expected 'WARC/1.0', found '{Truncate(line)}')");
        }

        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        while ((line = ReadLine()) is not null && line.Length > 0)
        {
            int colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                fields[line[..colon].Trim()] = line[(colon + 1)..].Trim();
            }
        }

        if (!fields.TryGetValue("Content-Length", out var lengthText) || !long.TryParse(lengthText, NumberStyles.None, CultureInfo.InvariantCulture, out long length))
        {
            throw new IngestException($"{_name}@{offset}: WARC record without a valid Content-Length");
        }

        if (length > WarcArticles.MaxRecordBytes)
        {
            Skip(length);
            return new WarcRecord(offset, fields, []);
        }

        var block = new byte[length];
        int read = _stream.ReadAtLeast(block, block.Length, throwOnEndOfStream: false);
        Position += read;
        if (read < length)
        {
            throw new IngestException($"{_name}@{offset}: truncated WARC record ({read} of {length} bytes)");
        }

        return new WarcRecord(offset, fields, block);
    }

    private void Skip(long length)
    {
        var buffer = new byte[81920];
        while (length > 0)
        {
            int n = _stream.Read(buffer, 0, (int)Math.Min(buffer.Length, length));
            if (n == 0)
            {
                throw new IngestException($"{_name}@{Position}: truncated WARC record");
            }

            Position += n;
            length -= n;
        }
    }

    /// <summary>A header line (ASCII/UTF-8), without its CR LF; null at the end of the stream.</summary>
    private string? ReadLine()
    {
        var bytes = new List<byte>(128);
        int b;
        while ((b = _stream.ReadByte()) >= 0)
        {
            Position++;
            if (b == '\n')
            {
                if (bytes.Count > 0 && bytes[^1] == '\r')
                {
                    bytes.RemoveAt(bytes.Count - 1);
                }

                return Encoding.UTF8.GetString(bytes.ToArray());
            }

            bytes.Add((byte)b);
            if (bytes.Count > 1 << 16)
            {
                throw new IngestException($"{_name}@{Position}: header line over 64 KB; not a WARC file?");
            }
        }

        return bytes.Count > 0 ? Encoding.UTF8.GetString(bytes.ToArray()) : null;
    }

    private static string Truncate(string s) => s.Length > 40 ? s[..40] + "..." : s;

    public void Dispose() => _stream.Dispose();
}
