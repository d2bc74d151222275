using System.Net;
using System.Net.Http.Json;
using Sitrep.Server;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Server;

public sealed class SecurityTests
{
    [Theory]
    [InlineData("http://127.0.0.1:5080", true)]
    [InlineData("http://localhost:5080", true)]
    [InlineData("http://[::1]:5080", true)]
    [InlineData("http://0.0.0.0:5080", false)]
    [InlineData("http://*:5080", false)]
    [InlineData("http://+:5080", false)]
    [InlineData("http://192.168.1.20:5080", false)]
    public void Loopback_urls_are_told_apart_from_the_rest(string url, bool loopback) => Assert.Equal(loopback, ServerOptions.IsLoopback(url));

    [Fact]
    public void The_server_refuses_to_listen_beyond_loopback_without_a_key()
    {
        var ex = Assert.Throws<ServerConfigException>(() => new ServerOptions { Db = "unused.db", Urls = ["http://0.0.0.0:5080"] }.Validate());
        Assert.Contains("--api-key", ex.Message, StringComparison.Ordinal);
        new ServerOptions { Db = "unused.db", Urls = ["http://0.0.0.0:5080"], ApiKey = "a-long-enough-key-123" }.Validate();
    }

    [Fact]
    public void A_short_key_or_a_bad_url_is_refused()
    {
        Assert.Throws<ServerConfigException>(() => new ServerOptions { Db = "unused.db", ApiKey = "short" }.Validate());
        Assert.Throws<ServerConfigException>(() => new ServerOptions { Db = "unused.db", Urls = ["ftp://127.0.0.1:21"] }.Validate());
    }

    [Fact]
    public async Task With_a_key_a_post_needs_the_key_in_X_Api_Key()
    {
        const string key = "test-key-0123456789abcdef";
        var dir = Directory.CreateTempSubdirectory("sitrep-key-test-");
        var app = SitrepServer.Create(new ServerOptions { Db = Path.Combine(dir.FullName, "s.db"), Urls = ["http://127.0.0.1:0"], ApiKey = key, Pipeline = () => Analyzer.Pipeline });
        await app.StartAsync();
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri(app.Urls.First() + "/") };
            var body = new { text = "Drones struck Odesa on Sunday, the regional governor said.", published = "2024-11-18" };

            using (var none = await http.PostAsJsonAsync("api/articles", body))
            {
                Assert.Equal(HttpStatusCode.Unauthorized, none.StatusCode);
            }

            using (var wrong = new HttpRequestMessage(HttpMethod.Post, "api/articles") { Content = JsonContent.Create(body) })
            {
                wrong.Headers.Add(SitrepServer.ApiKeyHeader, "not-the-key");
                using var response = await http.SendAsync(wrong);
                Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            }

            using (var right = new HttpRequestMessage(HttpMethod.Post, "api/articles") { Content = JsonContent.Create(body) })
            {
                right.Headers.Add(SitrepServer.ApiKeyHeader, key);
                using var response = await http.SendAsync(right);
                Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            }

            // Reads need no key.
            using var list = await http.GetAsync("api/events");
            Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
            dir.Delete(recursive: true);
        }
    }
}
