using System.IO.Compression;
using System.Text;
using Sitrep.Storage.Ingest;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Ingest;

public class ReaderTests
{
    private const string Story =
        "Russian drones struck energy infrastructure in Odesa overnight, the regional governor said on Monday. "
        + "Power was cut to thousands of homes and emergency crews worked through the morning to restore it. "
        + "Air defence units shot down most of the drones, according to the air force.";

    [Fact]
    public void A_corpus_file_name_gives_the_date_country_and_language()
    {
        var (published, country, language) = ArticleReaders.FromFileName("20220125T090000Z_GB_en_7d015e6984");
        Assert.Equal(new DateOnly(2022, 1, 25), published);
        Assert.Equal("GB", country);
        Assert.Equal("en", language);
        Assert.Equal(new DateOnly(2024, 11, 18), ArticleReaders.FromFileName("2024-11-18-kyiv-strike").Published);
        Assert.Null(ArticleReaders.FromFileName("notes").Published);
    }

    [Fact]
    public void Text_files_take_published_from_the_option_before_the_name()
    {
        using var dir = new TempDir();
        var path = dir.File("20240101T000000Z_US_en_abc.txt", Story);
        Assert.Equal(new DateOnly(2024, 1, 1), ArticleReaders.TextArticle(path, null).Published);
        Assert.Equal(new DateOnly(2024, 11, 18), ArticleReaders.TextArticle(path, new DateOnly(2024, 11, 18)).Published);
        Assert.Equal("US", ArticleReaders.TextArticle(path, null).OutletCountry);
    }

    [Fact]
    public void Bad_jsonl_lines_are_reported_with_their_line_and_good_ones_read()
    {
        using var dir = new TempDir();
        var path = dir.File("c.jsonl", "{\"id\":\"a\",\"text\":\"Kyiv was attacked.\",\"published\":\"2024-11-18\",\"url\":\"https://www.example.org/a\"}\nnot json\n\n{\"id\":\"c\"}\n{\"text\":\"x\",\"published\":\"2024-13-45\"}\n");

        var items = ArticleReaders.Read(path).ToList();

        Assert.Equal(4, items.Count);
        Assert.Equal("example.org", items[0].Article!.Outlet);
        Assert.EndsWith(":1", items[0].Article!.Location, StringComparison.Ordinal);
        Assert.Contains("c.jsonl:2: not JSON", items[1].Error, StringComparison.Ordinal);
        Assert.Contains("c.jsonl:4: no \"text\" field", items[2].Error, StringComparison.Ordinal);
        Assert.Contains("c.jsonl:5: \"published\"", items[3].Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_pages_give_title_date_outlet_and_main_text_without_boilerplate()
    {
        var html = $"""
            <html><head><title>Drones hit Odesa | Example News</title>
            <meta property="og:site_name" content="Example News">
            <meta property="article:published_time" content="2024-11-18T07:30:00Z">
            <meta property="og:url" content="https://example.com/odesa">
            <script>var tracking = "Subscribe now";</script></head>
            <body><nav><p>Home World Politics Subscribe now and read everything</p></nav>
            <div class="story"><h1>Drones hit Odesa</h1><p>{Story}</p><p>Officials said repairs would take days.</p></div>
            <footer><p>Copyright Example News. All rights reserved.</p></footer></body></html>
            """;

        var article = HtmlArticles.Extract(html, null, "page.html")!;

        Assert.Equal("Drones hit Odesa | Example News", article.Title);
        Assert.Equal(new DateOnly(2024, 11, 18), article.Published);
        Assert.Equal("Example News", article.Outlet);
        Assert.Equal("https://example.com/odesa", article.Url);
        Assert.Contains("Russian drones struck energy infrastructure", article.Text, StringComparison.Ordinal);
        Assert.Contains("repairs would take days", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Subscribe", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Copyright", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Rss_and_atom_items_each_become_an_article()
    {
        using var dir = new TempDir();
        var rss = dir.File("feed.rss", $"""
            <?xml version="1.0"?><rss version="2.0"><channel><title>Example Wire</title><link>https://wire.example</link><description>d</description>
            <item><title>Odesa strike</title><link>https://wire.example/1</link><guid>w1</guid><pubDate>Mon, 18 Nov 2024 08:00:00 GMT</pubDate>
            <description>&lt;p&gt;{Story}&lt;/p&gt;</description></item>
            <item><title>Empty</title><link>https://wire.example/2</link><guid>w2</guid></item>
            </channel></rss>
            """);
        var atom = dir.File("feed.atom", $"""
            <?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Atom News</title><id>urn:a</id><updated>2024-11-18T00:00:00Z</updated>
            <entry><title>Kharkiv</title><id>urn:a:1</id><updated>2024-11-17T20:00:00Z</updated><link href="https://atom.example/1"/>
            <content type="html">&lt;p&gt;Missiles hit Kharkiv on Sunday evening.&lt;/p&gt;</content></entry></feed>
            """);

        var items = ArticleReaders.Read(rss).ToList();
        var first = items[0].Article!;
        Assert.Equal("Odesa strike", first.Title);
        Assert.Equal("Example Wire", first.Outlet);
        Assert.Equal(new DateOnly(2024, 11, 18), first.Published);
        Assert.StartsWith("Russian drones struck", first.Text, StringComparison.Ordinal);
        Assert.Contains("neither content nor description", items[1].Error, StringComparison.Ordinal);

        var entry = Assert.Single(ArticleReaders.Read(atom)).Article!;
        Assert.Equal("Missiles hit Kharkiv on Sunday evening.", entry.Text);
        Assert.Equal("https://atom.example/1", entry.Url);
        Assert.Equal(new DateOnly(2024, 11, 17), entry.Published);

        Assert.Contains("not a valid RSS/Atom feed", Assert.Single(ArticleReaders.Read(dir.File("bad.xml", "<rss><channel>"))).Error, StringComparison.Ordinal);
    }

    internal static byte[] WarcRecord(string type, string uri, string block, string date = "2024-11-19T10:00:00Z")
    {
        var body = Encoding.UTF8.GetBytes(block);
        var head = $"WARC/1.0\r\nWARC-Type: {type}\r\nWARC-Record-ID: <urn:uuid:{Guid.NewGuid()}>\r\nWARC-Date: {date}\r\nWARC-Target-URI: {uri}\r\nContent-Length: {body.Length}\r\n\r\n";
        return [.. Encoding.UTF8.GetBytes(head), .. body, .. "\r\n\r\n"u8.ToArray()];
    }

    internal static byte[] SampleWarc()
    {
        var page = $"<html><head><title>Odesa</title><meta property=\"og:site_name\" content=\"Example\"></head><body><article><p>{Story}</p></article></body></html>";
        return
        [
            .. WarcRecord("warcinfo", "", "software: test\r\n"),
            .. WarcRecord("request", "https://example.com/odesa", "GET /odesa HTTP/1.1\r\nHost: example.com\r\n\r\n"),
            .. WarcRecord("response", "https://example.com/odesa", $"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n{page}"),
            .. WarcRecord("response", "https://example.com/logo.png", "HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\nPNG"),
            .. WarcRecord("response", "https://example.com/missing", "HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\n\r\n<p>gone</p>"),
        ];
    }

    [Fact]
    public void Warc_response_records_with_html_become_articles_plain_or_gzipped()
    {
        using var dir = new TempDir();
        var warc = SampleWarc();
        File.WriteAllBytes(dir.File("crawl.warc"), warc);
        using (var gz = new GZipStream(File.Create(dir.File("crawl.warc.gz")), CompressionLevel.Fastest))
        {
            gz.Write(warc);
        }

        foreach (var name in new[] { "crawl.warc", "crawl.warc.gz" })
        {
            var article = Assert.Single(ArticleReaders.Read(dir.File(name))).Article!;
            Assert.Equal("https://example.com/odesa", article.Url);
            Assert.Equal("Example", article.Outlet);
            Assert.Equal("warc", article.Format);
            Assert.Equal(new DateOnly(2024, 11, 19), article.Published);
            Assert.StartsWith("Russian drones struck", article.Text, StringComparison.Ordinal);
            Assert.Matches("@[0-9]+$", article.Location);
        }
    }

    [Fact]
    public void A_broken_warc_is_reported_with_its_offset()
    {
        using var dir = new TempDir();
        var bytes = SampleWarc();
        var path = dir.File("broken.warc");
        File.WriteAllBytes(path, [.. bytes.AsSpan(0, bytes.Length - 40), .. "garbage line\r\n"u8.ToArray()]);
        var items = ArticleReaders.Read(path).ToList();
        Assert.Single(items, i => i.Article is not null);
        Assert.Contains(items, i => i.Error is not null && i.Error.Contains("broken.warc@", StringComparison.Ordinal));
    }

    [Fact]
    public void Directories_are_read_recursively_and_other_files_passed_over()
    {
        using var dir = new TempDir();
        Directory.CreateDirectory(Path.Combine(dir.Path, "sub"));
        dir.File("a.txt", Story);
        dir.File(Path.Combine("sub", "b.txt"), Story + " Later update.");
        dir.File("image.png", "not read");
        Assert.Equal(2, ArticleReaders.Read(dir.Path).Count(i => i.Article is not null));
        Assert.Contains("no such file", Assert.Single(ArticleReaders.Read(Path.Combine(dir.Path, "missing.txt"))).Error, StringComparison.Ordinal);
    }
}
