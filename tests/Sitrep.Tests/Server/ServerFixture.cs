using Microsoft.AspNetCore.Builder;
using Microsoft.Playwright;
using Sitrep.Server;
using Sitrep.Storage;
using Sitrep.Storage.Ingest;
using Sitrep.Tests.Storage;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Server;

[CollectionDefinition(Name)]
public sealed class ServerCollection : ICollectionFixture<ServerFixture>
{
    public const string Name = "Server";
}

/// <summary>
/// One real Kestrel server on 127.0.0.1 (a free port) over a temporary SQLite store, seeded through the
/// normal ingest path with the reference article (and a few ../shared/data articles when present),
/// plus two hand-built reports that disagree on a death toll; and one headless Chromium, started on
/// first use and shared by the browser tests.
/// </summary>
public sealed class ServerFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private readonly string _dir = Path.Combine(Path.GetTempPath(), "sitrep-server-tests-" + Guid.NewGuid().ToString("N"));
    private WebApplication? _app;
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private readonly SemaphoreSlim _browserLock = new(1, 1);

    public Uri BaseUrl { get; private set; } = null!;

    public HttpClient Http { get; private set; } = null!;

    public string DbPath => Path.Combine(_dir, "sitrep.db");

    /// <summary>How many ../shared/data articles were ingested besides the reference article (0 when the data is absent).</summary>
    public int SharedArticles { get; private set; }

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_dir);
        var inputs = new List<string> { Paths.Sample("atacms-approval.txt") };
        if (Paths.SharedData is { } data && Directory.Exists(Path.Combine(data, "ukraine-news", "articles")))
        {
            var files = Directory.GetFiles(Path.Combine(data, "ukraine-news", "articles"), "*.txt").Order(StringComparer.Ordinal).Take(5).ToArray();
            inputs.AddRange(files);
            SharedArticles = files.Length;
        }

        using (var store = EventStores.Open(DbPath))
        {
            IngestRunner.Run(store, Analyzer.Pipeline, inputs, new IngestOptions { Threads = 1, Published = Analyzer.ReferencePublished });

            // Two outlets that disagree on the toll of one strike: the contradictory-figures view has a row.
            StoreFixtures.Add(store, StoreFixtures.Words(701), "seed-a", StoreFixtures.Strike(StoreFixtures.Odesa, "2024-11-10", 10, source: "seed governor"));
            StoreFixtures.Add(store, StoreFixtures.Words(702), "seed-b", StoreFixtures.Strike(StoreFixtures.Odesa, "2024-11-10", 7, source: "seed council"));
        }

        _app = SitrepServer.Create(new ServerOptions { Db = DbPath, Urls = ["http://127.0.0.1:0"], Pipeline = () => Analyzer.Pipeline });
        await _app.StartAsync();
        BaseUrl = new Uri(_app.Urls.First() + "/");
        Http = new HttpClient { BaseAddress = BaseUrl };
    }

    /// <summary>
    /// The shared headless Chromium. When it is not installed the test skips with the reason, except in CI
    /// (CI=true), where .ci/run installs it and its absence is a failure, not a silent pass.
    /// </summary>
    public async Task<IBrowser> BrowserAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                throw new InvalidOperationException($"{ChromiumPath} is missing on CI: .ci/run must install the chromium package");
            }

            Skip.If(true, $"{ChromiumPath} is absent (apt-get install chromium); browser tests skip outside CI");
        }

        await _browserLock.WaitAsync();
        try
        {
            if (_browser is null)
            {
                _playwright = await Playwright.CreateAsync();
                _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
                {
                    ExecutablePath = ChromiumPath,
                    Headless = true,
                    Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
                });
            }

            return _browser;
        }
        finally
        {
            _browserLock.Release();
        }
    }

    /// <summary>Where screenshots go: bin/.../artifacts (gitignored), kept after the run.</summary>
    public static string ArtifactPath(string name)
    {
        var dir = Path.Combine(AppContext.BaseDirectory, "artifacts");
        Directory.CreateDirectory(dir);
        return Path.Combine(dir, name);
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        Http?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        _browserLock.Dispose();
        Directory.Delete(_dir, recursive: true);
    }
}
