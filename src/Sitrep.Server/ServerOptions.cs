using System.Net;
using Sitrep.Pipeline;

namespace Sitrep.Server;

/// <summary>How <c>sitrep serve</c> runs: the store, where it listens, and the write key.</summary>
public sealed record ServerOptions
{
    public const string DefaultUrl = "http://127.0.0.1:5080";

    /// <summary>Request bodies larger than this are refused with 413.</summary>
    public const long DefaultMaxBodyBytes = 2 * 1024 * 1024;

    /// <summary>A --db value: a SQLite file or a PostgreSQL URL or connection string.</summary>
    public required string Db { get; init; }

    public IReadOnlyList<string> Urls { get; init; } = [DefaultUrl];

    /// <summary>Required in X-Api-Key by POST when set; must be set when any URL is beyond loopback.</summary>
    public string? ApiKey { get; init; }

    public long MaxBodyBytes { get; init; } = DefaultMaxBodyBytes;

    /// <summary>The pipeline POST /api/articles runs, built on first use (default: the standard pipeline).</summary>
    public Func<SitrepPipeline> Pipeline { get; init; } = SitrepDefaults.CreateDefault;

    /// <summary>The static page's folder (default: wwwroot beside the assembly).</summary>
    public string WebRoot { get; init; } = Path.Combine(AppContext.BaseDirectory, "wwwroot");

    /// <summary>
    /// Checks the URLs and the key rule: every URL must be http(s)://HOST:PORT, and a server that
    /// listens beyond loopback must have a key. Throws <see cref="ServerConfigException"/>.
    /// </summary>
    public void Validate()
    {
        if (Urls.Count == 0)
        {
            throw new ServerConfigException("--urls: give at least one URL such as " + DefaultUrl);
        }

        foreach (var url in Urls)
        {
            if (!IsLoopback(url) && string.IsNullOrEmpty(ApiKey))
            {
                throw new ServerConfigException($"--urls {url}: listens beyond loopback, so writes need a key: give --api-key (or listen on 127.0.0.1)");
            }
        }

        if (ApiKey is { Length: > 0 and < 16 })
        {
            throw new ServerConfigException("--api-key: use at least 16 characters");
        }

        if (MaxBodyBytes < 1024)
        {
            throw new ServerConfigException("the request body limit must be at least 1024 bytes");
        }
    }

    /// <summary>True when the URL binds only a loopback address (127.0.0.0/8, ::1, localhost).</summary>
    public static bool IsLoopback(string url)
    {
        // Kestrel's wildcard hosts (*, +) do not parse as URIs; they bind every interface.
        string normalized = url.Replace("://*", "://wildcard.invalid", StringComparison.Ordinal).Replace("://+", "://wildcard.invalid", StringComparison.Ordinal);
        if (!Uri.TryCreate(normalized, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            throw new ServerConfigException($"--urls {url}: expected http://HOST:PORT such as {DefaultUrl}");
        }

        if (uri.Host.Equals("localhost", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip);
    }
}

/// <summary>A server setting the user must change (a bad URL, no key beyond loopback).</summary>
public sealed class ServerConfigException(string message) : Exception(message);
