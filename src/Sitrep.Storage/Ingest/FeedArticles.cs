using System.ServiceModel.Syndication;
using System.Xml;

namespace Sitrep.Storage.Ingest;

/// <summary>RSS 2.0 and Atom 1.0 feeds: each item an article, its text from the content or else the description.</summary>
public static class FeedArticles
{
    public static IEnumerable<IngestItem> Read(string path)
    {
        SyndicationFeed feed;
        try
        {
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null, MaxCharactersInDocument = 256L * 1024 * 1024 };
            using var xml = XmlReader.Create(path, settings);
            feed = SyndicationFeed.Load(xml);
        }
        catch (XmlException ex)
        {
            return [IngestItem.Bad($"{path}:{ex.LineNumber}: not a valid RSS/Atom feed ({ex.Message})")];
        }
        catch (NotSupportedException ex)
        {
            return [IngestItem.Bad($"{path}: not a valid RSS/Atom feed ({ex.Message})")];
        }
        catch (IOException ex)
        {
            return [IngestItem.Bad($"{path}: {ex.Message}")];
        }

        return Items(path, feed);
    }

    private static IEnumerable<IngestItem> Items(string path, SyndicationFeed feed)
    {
        var full = Path.GetFullPath(path);
        var outlet = feed.Title?.Text is { Length: > 0 } t ? t.Trim() : null;
        int n = 0;
        foreach (var item in feed.Items)
        {
            n++;
            var html = item.Content is TextSyndicationContent content && content.Text.Length > 0 ? content.Text : item.Summary?.Text;
            var url = item.Links.FirstOrDefault(l => l.RelationshipType is null or "alternate")?.Uri?.ToString() ?? item.Id;
            var location = $"{path}#{n}";
            if (string.IsNullOrWhiteSpace(html))
            {
                yield return IngestItem.Bad($"{location}: feed item has neither content nor description");
                continue;
            }

            var text = HtmlArticles.FragmentText(html);
            if (text.Length == 0)
            {
                yield return IngestItem.Bad($"{location}: feed item has no text");
                continue;
            }

            var date = item.PublishDate != default ? item.PublishDate : item.LastUpdatedTime;
            yield return IngestItem.Ok(new ArticleRecord(text)
            {
                ExternalId = item.Id ?? url,
                Title = item.Title?.Text,
                Url = url,
                Outlet = outlet ?? HtmlArticles.HostOf(url),
                Published = date != default ? DateOnly.FromDateTime(date.UtcDateTime) : null,
                // Keyed by the item id, not its position: a feed re-read after new items arrived re-sights nothing.
                Location = $"{full}#{item.Id ?? url ?? n.ToString(System.Globalization.CultureInfo.InvariantCulture)}",
                Format = "rss",
            });
        }
    }
}
