using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Sitrep.Storage.Ingest;

/// <summary>
/// HTML pages: the title, publication date and outlet from meta tags, and the main text. The main
/// text is an approximation of readability-style extraction: boilerplate elements are dropped, then
/// the &lt;article&gt; element if it holds enough paragraph text, else the element whose own
/// paragraphs hold the most text, read paragraph by paragraph.
/// </summary>
public static class HtmlArticles
{
    /// <summary>An &lt;article&gt; with less paragraph text than this is probably a teaser, not the story.</summary>
    public const int MinArticleChars = 200;

    private static readonly string[] Boilerplate = ["script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "svg", "button", "template"];

    private static readonly string[] DateMeta =
    [
        "meta[property='article:published_time']", "meta[name='article:published_time']", "meta[itemprop='datePublished']",
        "meta[name='pubdate']", "meta[name='publishdate']", "meta[name='date']", "meta[name='DC.date.issued']", "meta[name='dc.date']",
        "meta[property='og:published_time']", "meta[name='parsely-pub-date']",
    ];

    public static ArticleRecord ReadFile(string path)
    {
        var info = new FileInfo(path);
        if (info.Length > ArticleText.MaxDocumentBytes)
        {
            throw new IngestException($"{path}: {info.Length:N0} bytes is over the {ArticleText.MaxDocumentBytes / (1024 * 1024)} MB limit for one document");
        }

        var html = ArticleText.Decode(File.ReadAllBytes(path), path);
        var article = Extract(html, null, path) ?? throw new IngestException($"{path}: no article text found in the HTML page");
        return article with { Location = Path.GetFullPath(path), ExternalId = Path.GetFileNameWithoutExtension(path) };
    }

    /// <summary>The article in a page, or null when the page holds no paragraph text.</summary>
    public static ArticleRecord? Extract(string html, string? url, string location, int minChars = 1)
    {
        var doc = new HtmlParser().ParseDocument(html);
        string? Meta(string selector) => doc.QuerySelector(selector)?.GetAttribute("content") is { Length: > 0 } v ? v.Trim() : null;

        var title = Meta("meta[property='og:title']") ?? (doc.Title is { Length: > 0 } t ? t.Trim() : null);
        DateOnly? published = null;
        foreach (var selector in DateMeta)
        {
            if (ArticleText.ParseDate(Meta(selector)) is { } d)
            {
                published = d;
                break;
            }
        }

        published ??= ArticleText.ParseDate(doc.QuerySelector("time[datetime]")?.GetAttribute("datetime"));
        var pageUrl = Meta("meta[property='og:url']") ?? doc.QuerySelector("link[rel='canonical']")?.GetAttribute("href") ?? url;
        var outlet = Meta("meta[property='og:site_name']") ?? HostOf(pageUrl) ?? HostOf(url);

        var text = MainText(doc);
        if (text.Length < minChars)
        {
            return null;
        }

        return new ArticleRecord(text)
        {
            Title = title,
            Url = pageUrl,
            Outlet = outlet,
            Published = published,
            Location = location,
            Format = "html",
        };
    }

    /// <summary>Text of an HTML fragment (a feed item's description), paragraph breaks kept.</summary>
    public static string FragmentText(string html)
    {
        if (!html.Contains('<', StringComparison.Ordinal))
        {
            return ArticleText.CollapseWhitespace(System.Net.WebUtility.HtmlDecode(html));
        }

        var doc = new HtmlParser().ParseDocument("<html><body>" + html + "</body></html>");
        return MainText(doc);
    }

    public static string? HostOf(string? url)
        => Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Host.Length > 0
            ? (uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host[4..] : uri.Host)
            : null;

    private static string MainText(IHtmlDocument doc)
    {
        foreach (var tag in Boilerplate)
        {
            foreach (var e in doc.QuerySelectorAll(tag).ToArray())
            {
                e.Remove();
            }
        }

        var body = (IElement?)doc.Body ?? doc.DocumentElement;
        IElement root = body;
        var article = doc.QuerySelector("article");
        if (article is not null && ParagraphChars(article) >= MinArticleChars)
        {
            root = article;
        }
        else
        {
            // The element whose direct paragraphs hold the most text is the story's container.
            var scores = new Dictionary<IElement, int>();
            foreach (var p in body.QuerySelectorAll("p"))
            {
                if (p.ParentElement is { } parent)
                {
                    scores[parent] = scores.GetValueOrDefault(parent) + p.TextContent.Length;
                }
            }

            if (scores.Count > 0)
            {
                root = scores.MaxBy(kv => kv.Value).Key;
            }
        }

        var sb = new StringBuilder();
        var blocks = root.QuerySelectorAll("p, h1, h2, h3, h4, li, blockquote");
        if (blocks.Length == 0)
        {
            return ArticleText.CollapseWhitespace(root.TextContent);
        }

        foreach (var b in blocks)
        {
            // A block inside another block is read with its parent.
            if (b.ParentElement?.Closest("p, li, blockquote") is not null)
            {
                continue;
            }

            var t = ArticleText.CollapseWhitespace(b.TextContent);
            if (t.Length > 0)
            {
                if (sb.Length > 0)
                {
                    sb.Append("\n\n");
                }

                sb.Append(t);
            }
        }

        return sb.ToString();
    }

    private static int ParagraphChars(IElement e)
    {
        int n = 0;
        foreach (var p in e.QuerySelectorAll("p"))
        {
            n += p.TextContent.Length;
        }

        return n;
    }
}
