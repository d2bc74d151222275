using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.Builder;
using Sitrep.Server;

namespace Sitrep.Bench;

/// <summary>
/// GET /api/events against a real Kestrel server on loopback over the 1,000,000-event SQLite store of
/// <see cref="StoreBenchmarks"/> (generated once, reused): each call is the whole request, from the
/// query string to the JSON page with its total, as a client sees it (docs/performance.md).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class ServerBenchmarks
{
    private WebApplication _app = null!;
    private HttpClient _http = null!;

    [GlobalSetup]
    public void Setup()
    {
        StoreBenchmarks.Generate();
        _app = SitrepServer.Create(new ServerOptions { Db = StoreBenchmarks.DbPath, Urls = ["http://127.0.0.1:0"], WebRoot = "/nonexistent" });
        _app.StartAsync().GetAwaiter().GetResult();
        _http = new HttpClient { BaseAddress = new Uri(_app.Urls.First() + "/") };
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _http.Dispose();
        _app.StopAsync().GetAwaiter().GetResult();
        _app.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    private int Get(string url) => _http.GetByteArrayAsync(url).GetAwaiter().GetResult().Length;

    /// <summary>The newest 100 of all 1,000,000 events, with the total.</summary>
    [Benchmark]
    public int Newest100() => Get("api/events?limit=100");

    [Benchmark]
    public int ClassSinceDate() => Get("api/events?class=protest&since=2023-01-01&limit=100");

    [Benchmark]
    public int CountryOneMonth() => Get("api/events?country=RU&since=2024-03-01&until=2024-03-31&limit=100");

    [Benchmark]
    public int Near25Km() => Get("api/events?near=49.99,36.23,25&limit=100");

    /// <summary>As <see cref="ClassSinceDate"/>, counting all ≈ 83,000 matches for the total.</summary>
    [Benchmark]
    public int ClassSinceDateExactTotal() => Get("api/events?class=protest&since=2023-01-01&limit=100&total=exact");

    /// <summary>A deep page: offset 10,000.</summary>
    [Benchmark]
    public int Offset10000() => Get("api/events?limit=100&offset=10000");

    /// <summary>What the web page loads: the newest 10,000 events.</summary>
    [Benchmark]
    public int PageLoad10000() => Get("api/events?limit=10000");
}
