using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Server;

/// <summary>The page in headless Chromium against the shared server: filter, open an event, read its evidence.</summary>
[Collection(ServerCollection.Name)]
public sealed class BrowserTests(ServerFixture server)
{
    private const float TimeoutMs = 15_000;

    private async Task<IPage> OpenAsync(string path = "")
    {
        var browser = await server.BrowserAsync();
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 900 } });
        context.SetDefaultTimeout(TimeoutMs);
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(server.BaseUrl, path).ToString());
        return page;
    }

    [SkippableFact]
    public async Task Filtering_and_clicking_an_event_shows_its_evidence_highlighted_in_the_article()
    {
        // The reference article's events and the sentence each was read from, via the API the page uses.
        var events = await server.Http.GetFromJsonAsync<JsonElement>("api/events?limit=10000");
        long referenceId = -1;
        string? evidence = null, cls = null;
        var referenceText = File.ReadAllText(Paths.Sample("atacms-approval.txt"));
        foreach (var e in events.GetProperty("items").EnumerateArray())
        {
            var detail = await server.Http.GetFromJsonAsync<JsonElement>("api/events/" + e.GetProperty("id").GetInt64());
            var mention = detail.GetProperty("mentions")[0];
            var text = mention.GetProperty("evidence").GetProperty("text").GetString()!;
            if (e.TryGetProperty("place", out _) && referenceText.Contains(text, StringComparison.Ordinal))
            {
                referenceId = e.GetProperty("id").GetInt64();
                evidence = text;
                cls = e.GetProperty("class").GetString();
                break;
            }
        }

        Assert.True(referenceId > 0, "no placed event of the reference article");

        var page = await OpenAsync();
        await using var context = page.Context;
        await page.WaitForSelectorAsync("#event-table tbody tr");
        await page.WaitForSelectorAsync(".ev-marker, .marker-cluster");

        // Filter by the event's class: the list holds only that class, the event among them.
        await page.SelectOptionAsync("#f-class", cls!);

        // The event's row may already be listed before the filter: wait for the list to be redrawn with the class only
        // (a filter that never applies times out here).
        await page.WaitForFunctionAsync(
            "c => { const cells = [...document.querySelectorAll('#event-table tbody tr td:nth-child(2)')]; return cells.length > 0 && cells.every(td => td.textContent === c); }",
            cls);
        var row = page.Locator($"#event-table tbody tr[data-id='{referenceId}']");
        await row.WaitForAsync();
        var classes = await page.Locator("#event-table tbody tr td:nth-child(2)").AllTextContentsAsync();
        Assert.All(classes, c => Assert.Equal(cls, c));

        await row.ClickAsync();
        var mark = page.Locator("#tab-event mark#evidence");
        await mark.WaitForAsync();
        Assert.Equal(evidence, await mark.TextContentAsync());

        // The mark sits inside the whole article text, which reads back unchanged.
        var articleText = await page.Locator("#tab-event .article-text").TextContentAsync();
        Assert.Equal(referenceText, articleText);
        Assert.NotEmpty(await page.Locator("#tab-event .sources li").AllTextContentsAsync());

        await page.ScreenshotAsync(new PageScreenshotOptions { Path = ServerFixture.ArtifactPath("event-evidence.png"), FullPage = true });
    }

    [SkippableFact]
    public async Task The_timeline_filters_the_list_by_date_and_the_figures_view_lists_disagreements()
    {
        var page = await OpenAsync();
        await using var context = page.Context;
        await page.WaitForSelectorAsync("#timeline rect.bar");
        int before = await page.Locator("#event-table tbody tr").CountAsync();

        // Click the last bar: only events of that period stay in the list.
        var bars = page.Locator("#timeline rect.bar");
        var last = bars.Nth(await bars.CountAsync() - 1);
        var box = (await last.BoundingBoxAsync())!;
        await page.Mouse.ClickAsync(box.X + (box.Width / 2), box.Y + box.Height - 1);
        await page.Locator("#range-label").Filter(new LocatorFilterOptions { HasTextRegex = new System.Text.RegularExpressions.Regex(" to ") }).WaitForAsync();
        int after = await page.Locator("#event-table tbody tr").CountAsync();
        Assert.InRange(after, 1, before);

        await page.ClickAsync("#tabs button[data-tab='figures']");
        var cell = page.Locator("#tab-figures td.contradiction").First;
        await cell.WaitForAsync();
        Assert.Equal("7–10", await cell.TextContentAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = ServerFixture.ArtifactPath("figures.png") });
    }

    [SkippableFact]
    public async Task Markup_in_an_article_title_and_text_is_shown_as_text_and_never_runs()
    {
        const string script = "<script>window.__pwned=1</script>";
        const string img = "<img src=x onerror=\"window.__pwned=2\">";
        using var response = await server.Http.PostAsJsonAsync("api/articles", new
        {
            title = "Hostile " + script + img,
            text = $"Drones struck Sumy on Sunday, the governor said. {script} Officials added {img} that power was cut.",
            published = "2024-11-18",
            id = "xss-probe",
        });
        Assert.True(response.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK, response.StatusCode.ToString());
        long id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("article_id").GetInt64();

        var page = await OpenAsync($"#article={id}");
        await using var context = page.Context;
        var body = page.Locator("#tab-article .article-text");
        await body.WaitForAsync();
        Assert.Contains(script, await body.TextContentAsync(), StringComparison.Ordinal);
        Assert.Contains(script, await page.Locator("#tab-article h2").TextContentAsync(), StringComparison.Ordinal);

        // Search lists the title too; then give any injected handler time to fire.
        await page.FillAsync("#q", "Hostile");
        await page.PressAsync("#q", "Enter");
        await page.Locator("#tab-article a", new PageLocatorOptions { HasText = "Hostile" }).First.WaitForAsync();
        await page.WaitForTimeoutAsync(300);
        Assert.Equal(0, await page.Locator("#tab-article img, #tab-article script").CountAsync());
        Assert.Equal("undefined", await page.EvaluateAsync<string>("typeof window.__pwned"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = ServerFixture.ArtifactPath("xss-probe.png") });
    }
}
