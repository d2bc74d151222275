using System.Text.RegularExpressions;

namespace Sitrep.Storage.Ingest;

/// <summary>
/// Turns paths into articles: plain text, HTML pages, RSS/Atom feeds, JSON Lines corpora and WARC
/// archives (.warc, .warc.gz), chosen by extension (by content for unknown ones); directories are
/// read recursively in name order, skipping files of other kinds.
/// </summary>
public static partial class ArticleReaders
{
    private const int RegexTimeoutMs = 200;

    /// <summary>The inputs that ingest reads; anything else in a directory is passed over.</summary>
    public static string? FormatOf(string path)
    {
        var name = Path.GetFileName(path).ToLowerInvariant();
        if (name.EndsWith(".warc", StringComparison.Ordinal) || name.EndsWith(".warc.gz", StringComparison.Ordinal))
        {
            return "warc";
        }

        return Path.GetExtension(name) switch
        {
            ".txt" or ".text" => "text",
            ".html" or ".htm" or ".xhtml" => "html",
            ".rss" or ".atom" or ".xml" => "rss",
            ".jsonl" or ".ndjson" => "jsonl",
            _ => null,
        };
    }

    public static IEnumerable<IngestItem> Read(string path, DateOnly? published = null)
    {
        if (Directory.Exists(path))
        {
            var files = Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                .Where(f => FormatOf(f) is not null)
                .Order(StringComparer.Ordinal);
            foreach (var file in files)
            {
                foreach (var item in ReadFile(file, FormatOf(file)!, published))
                {
                    yield return item;
                }
            }

            yield break;
        }

        if (!File.Exists(path))
        {
            yield return IngestItem.Bad($"{path}: no such file or directory");
            yield break;
        }

        foreach (var item in ReadFile(path, FormatOf(path) ?? Sniff(path), published))
        {
            yield return item;
        }
    }

    private static IEnumerable<IngestItem> ReadFile(string path, string format, DateOnly? published) => format switch
    {
        "jsonl" => JsonlArticles.Read(path),
        "rss" => FeedArticles.Read(path),
        "warc" => WarcArticles.Read(path),
        "html" => [Guard(() => HtmlArticles.ReadFile(path))],
        _ => [Guard(() => TextArticle(path, published))],
    };

    private static IngestItem Guard(Func<ArticleRecord> read)
    {
        try
        {
            return IngestItem.Ok(read());
        }
        catch (IngestException ex)
        {
            return IngestItem.Bad(ex.Message);
        }
        catch (IOException ex)
        {
            return IngestItem.Bad(ex.Message);
        }
        catch (UnauthorizedAccessException ex)
        {
            return IngestItem.Bad(ex.Message);
        }
    }

    /// <summary>The format of a file with an unknown extension, from its first bytes.</summary>
    private static string Sniff(string path)
    {
        var head = new byte[512];
        int n;
        using (var f = File.OpenRead(path))
        {
            n = f.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        }

        var start = System.Text.Encoding.UTF8.GetString(head, 0, n).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (start.StartsWith("WARC/", StringComparison.Ordinal) || (n > 2 && head[0] == 0x1F && head[1] == 0x8B))
        {
            return "warc";
        }

        if (start.StartsWith('{'))
        {
            return "jsonl";
        }

        if (start.StartsWith('<'))
        {
            return start.Contains("<rss", StringComparison.OrdinalIgnoreCase) || start.Contains("<feed", StringComparison.OrdinalIgnoreCase) ? "rss" : "html";
        }

        return "text";
    }

    public static ArticleRecord TextArticle(string path, DateOnly? published)
    {
        var info = new FileInfo(path);
        if (info.Length > ArticleText.MaxDocumentBytes)
        {
            throw new IngestException($"{path}: {info.Length:N0} bytes is over the {ArticleText.MaxDocumentBytes / (1024 * 1024)} MB limit for one document");
        }

        var text = ArticleText.Check(ArticleText.Decode(File.ReadAllBytes(path), path), path);
        var name = Path.GetFileNameWithoutExtension(path);
        var meta = FromFileName(name);
        return new ArticleRecord(text)
        {
            ExternalId = name,
            Published = published ?? meta.Published,
            OutletCountry = meta.Country,
            Language = meta.Language,
            Location = Path.GetFullPath(path),
            Format = "text",
        };
    }

    /// <summary>
    /// Reads what a file name says: a leading date ("2024-11-18-...", "20241118T090000Z_..."), and in
    /// the corpus convention <c>publicationtime_country_language_hash</c> the outlet's country and language.
    /// </summary>
    public static (DateOnly? Published, string? Country, string? Language) FromFileName(string name)
    {
        var m = FileNamePattern().Match(name);
        if (!m.Success)
        {
            return (null, null, null);
        }

        var published = ArticleText.ParseDate(m.Groups["date"].Value);
        string? country = m.Groups["cc"].Success ? m.Groups["cc"].Value : null;
        string? language = m.Groups["lang"].Success ? m.Groups["lang"].Value : null;
        return (published, country, language);
    }

    [GeneratedRegex(@"^(?<date>\d{4}-\d{2}-\d{2}|\d{8})(?:T\d{4,6}Z?)?(?:_(?<cc>[A-Z]{2})_(?<lang>[a-z]{2,3})(?:_|$))?", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexTimeoutMs)]
    private static partial Regex FileNamePattern();
}
