using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Sitrep.Server;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Server;

[Collection(ServerCollection.Name)]
public sealed class ApiTests(ServerFixture server)
{
    private HttpClient Http => server.Http;

    private async Task<JsonElement> Get(string url)
    {
        using var response = await Http.GetAsync(url);
        Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).Clone();
    }

    private static IEnumerable<JsonElement> Items(JsonElement page) => page.GetProperty("items").EnumerateArray();

    [Fact]
    public async Task Events_list_reports_the_total_and_pages_with_limit_and_offset()
    {
        var all = await Get("api/events?limit=10000");
        long total = all.GetProperty("total").GetInt64();
        Assert.True(total >= 10, $"only {total} events");
        Assert.Equal(total, Items(all).Count());

        var first = await Get("api/events?limit=3");
        var second = await Get("api/events?limit=3&offset=3");
        Assert.Equal(total, first.GetProperty("total").GetInt64());
        var ids = Items(first).Concat(Items(second)).Select(e => e.GetProperty("id").GetInt64()).ToList();
        Assert.Equal(6, ids.Distinct().Count());
        Assert.Equal(Items(all).Take(6).Select(e => e.GetProperty("id").GetInt64()), ids);
    }

    [Fact]
    public async Task Events_filters_are_those_of_sitrep_events()
    {
        var odesa = await Get("api/events?place=odesa");
        Assert.NotEmpty(Items(odesa));
        Assert.All(Items(odesa), e => Assert.Equal("Odesa", e.GetProperty("place").GetProperty("name").GetString()));

        var near = await Get("api/events?near=46.48,30.73,10");
        Assert.All(Items(near), e => Assert.Equal("Odesa", e.GetProperty("place").GetProperty("name").GetString()));

        var byClass = await Get("api/events?class=attack&since=2024-11-01&until=2024-11-30");
        Assert.NotEmpty(Items(byClass));
        Assert.All(Items(byClass), e => Assert.Equal("attack", e.GetProperty("class").GetString(), ignoreCase: true));

        var bySource = await Get("api/events?source=seed%20council");
        Assert.Equal(1, bySource.GetProperty("total").GetInt64());

        var byActor = await Get("api/events?actor=russia&limit=10000");
        Assert.All(Items(byActor), e => Assert.Contains(
            e.GetProperty("actors").EnumerateArray().Concat(e.GetProperty("targets").EnumerateArray()),
            a => a.GetProperty("name").GetString()!.Contains("russia", StringComparison.OrdinalIgnoreCase)));

        var none = await Get("api/events?since=2031-01-01");
        Assert.Equal(0, none.GetProperty("total").GetInt64());
    }

    [Theory]
    [InlineData("api/events?since=yesterday", "since 'yesterday'")]
    [InlineData("api/events?near=1,2", "near '1,2'")]
    [InlineData("api/events?country=Ukraine", "country 'Ukraine'")]
    [InlineData("api/events?limit=0", "limit '0'")]
    [InlineData("api/events?limit=abc", "limit 'abc'")]
    [InlineData("api/articles?offset=-1", "offset '-1'")]
    [InlineData("api/figures?contradictory=maybe", "contradictory 'maybe'")]
    [InlineData("api/search", "q:")]
    public async Task Bad_query_values_get_400_with_the_reason(string url, string reason)
    {
        using var response = await Http.GetAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains(reason, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("api/events/987654321")]
    [InlineData("api/articles/987654321")]
    [InlineData("api/no-such-thing")]
    public async Task Unknown_ids_and_paths_get_404_problem(string url)
    {
        using var response = await Http.GetAsync(url);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task An_event_of_the_reference_article_carries_its_evidence_sentence_and_sources()
    {
        var page = await Get("api/events?limit=10000");
        var reference = Items(page).Where(e => e.GetProperty("date").GetProperty("start").GetString()!.StartsWith("2024-11", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(reference);
        var text = File.ReadAllText(Paths.Sample("atacms-approval.txt"));
        foreach (var e in reference.Take(5))
        {
            var detail = await Get("api/events/" + e.GetProperty("id").GetInt64());
            Assert.NotEmpty(detail.GetProperty("sources").EnumerateArray());
            foreach (var m in detail.GetProperty("mentions").EnumerateArray())
            {
                var ev = m.GetProperty("evidence");
                var article = await Get("api/articles/" + m.GetProperty("article_id").GetInt64());
                var articleText = article.GetProperty("text").GetString()!;
                int start = ev.GetProperty("start").GetInt32(), end = ev.GetProperty("end").GetInt32();
                Assert.Equal(ev.GetProperty("text").GetString(), articleText[start..end]);
                if (articleText == text)
                {
                    Assert.Equal(JsonValueKind.Object, article.GetProperty("analysis").ValueKind);
                }
            }
        }
    }

    [Fact]
    public async Task Figures_list_each_sources_value_and_flag_the_disagreement()
    {
        var page = await Get("api/figures?contradictory=true&place=odesa");
        var item = Assert.Single(Items(page));
        var killed = item.GetProperty("figures").EnumerateArray().Single(f => f.GetProperty("role").GetString() == "killed");
        Assert.True(killed.GetProperty("disagreement").GetBoolean());
        Assert.Equal(7, killed.GetProperty("low").GetDouble());
        Assert.Equal(10, killed.GetProperty("high").GetDouble());
        Assert.Equal([7.0, 10.0], killed.GetProperty("values").EnumerateArray().Select(v => v.GetProperty("value").GetDouble()).Order());

        var detail = await Get("api/events/" + item.GetProperty("event_id").GetInt64());
        Assert.Equal(2, detail.GetProperty("sources").GetArrayLength());
        Assert.True(detail.GetProperty("event").GetProperty("contradiction").GetBoolean());
    }

    [Fact]
    public async Task Articles_are_paged_and_searchable()
    {
        var page = await Get("api/articles?limit=2");
        long total = page.GetProperty("total").GetInt64();
        Assert.True(total >= 3 + server.SharedArticles, $"{total} articles");
        Assert.Equal(2, page.GetProperty("items").GetArrayLength());

        var hits = await Get("api/search?q=ATACMS");
        Assert.NotEmpty(hits.EnumerateArray());
    }

    [Fact]
    public async Task The_openapi_document_describes_every_endpoint()
    {
        var doc = await Get("openapi/v1.json");
        var paths = doc.GetProperty("paths");
        foreach (var path in new[] { "/api/events", "/api/events/{id}", "/api/articles", "/api/articles/{id}", "/api/figures", "/api/search" })
        {
            Assert.True(paths.TryGetProperty(path, out _), path + " is missing");
        }

        Assert.True(paths.GetProperty("/api/articles").TryGetProperty("post", out _));
    }

    [Fact]
    public async Task Malformed_json_gets_400_with_the_reason()
    {
        using var content = new StringContent("{\"text\": \"unterminated", Encoding.UTF8, "application/json");
        using var response = await Http.PostAsync("api/articles", content);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.StartsWith("malformed JSON", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_post_without_text_or_with_a_bad_date_gets_400()
    {
        using var noText = await Http.PostAsJsonAsync("api/articles", new { title = "t" });
        Assert.Equal(HttpStatusCode.BadRequest, noText.StatusCode);
        using var badDate = await Http.PostAsJsonAsync("api/articles", new { text = "Some text.", published = "18/11/2024" });
        Assert.Equal(HttpStatusCode.BadRequest, badDate.StatusCode);
    }

    [Fact]
    public async Task A_body_over_the_limit_gets_413()
    {
        var big = "{\"text\": \"" + new string('a', (int)ServerOptions.DefaultMaxBodyBytes + 1000) + "\"}";
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/articles")
        {
            Content = new StringContent(big, Encoding.UTF8, "application/json"),
        };

        // As curl does for large bodies: the server refuses on the declared length before any of the body is sent.
        // Without it the server may answer and close while the client is still writing, and the client sees a broken pipe.
        request.Headers.ExpectContinue = true;
        using var response = await Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task A_posted_article_is_analyzed_and_stored_once()
    {
        var article = new
        {
            text = "Russian forces shelled the city of Kherson on Monday, killing three civilians, the regional governor said.",
            title = "Kherson shelled",
            outlet = "Test Wire",
            published = "2024-11-11",
            id = "api-test-kherson",
        };
        using var first = await Http.PostAsJsonAsync("api/articles", article);
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var created = await first.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("new", created.GetProperty("status").GetString());
        long id = created.GetProperty("article_id").GetInt64();
        Assert.Equal($"/api/articles/{id}", first.Headers.Location?.OriginalString);

        var stored = await Get($"api/articles/{id}");
        Assert.Equal(article.text, stored.GetProperty("text").GetString());
        Assert.Equal("Kherson shelled", stored.GetProperty("article").GetProperty("title").GetString());

        using var again = await Http.PostAsJsonAsync("api/articles", article);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal("duplicate", (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
    }
}
