using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;
using Sitrep.Server.Api;
using Sitrep.Storage;

namespace Sitrep.Server;

/// <summary>
/// The <c>sitrep serve</c> process: the JSON API (<see cref="ApiEndpoints"/>), its OpenAPI document at
/// /openapi/v1.json, and the web page from wwwroot, on Kestrel. Security rules (docs/server.md): writes
/// need X-Api-Key whenever a key is set, and a key must be set to listen beyond loopback; bodies are
/// limited; the page is sent with a Content-Security-Policy that allows only its own scripts.
/// </summary>
public static class SitrepServer
{
    public const string ApiKeyHeader = "X-Api-Key";

    /// <summary>snake_case, nulls left out: the vocabulary of `sitrep analyze` and `sitrep export`.</summary>
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    // default-src 'self' keeps any script the data might smuggle in from running even if it reached the DOM;
    // Leaflet positions its panes with inline styles, hence style-src 'unsafe-inline' (styles cannot run code).
    private const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    /// <summary>Builds the server for the options (validated first); the store is opened here and closed with the app.</summary>
    public static WebApplication Create(ServerOptions options)
    {
        options.Validate();
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseUrls([.. options.Urls]);
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.AddServerHeader = false;
            k.Limits.MaxRequestBodySize = options.MaxBodyBytes;
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.PropertyNamingPolicy = Json.PropertyNamingPolicy;
            o.SerializerOptions.DefaultIgnoreCondition = Json.DefaultIgnoreCondition;
        });
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi(o => o.AddDocumentTransformer((doc, _, _) =>
        {
            doc.Info.Title = "Sitrep API";
            doc.Info.Description = "Events extracted from news reports, with their sources and evidence (docs/server.md).";
            return Task.CompletedTask;
        }));
        builder.Services.AddResponseCompression(o =>
        {
            o.Providers.Add<GzipCompressionProvider>();
            o.MimeTypes = [.. ResponseCompressionDefaults.MimeTypes, "application/problem+json"];
        });

        var store = new StoreGate(EventStores.Open(options.Db), options.Pipeline);
        builder.Services.AddSingleton(store);
        builder.Services.AddSingleton(options);

        var app = builder.Build();
        app.Lifetime.ApplicationStopped.Register(store.Dispose);
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseResponseCompression();
        app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            await next(context).ConfigureAwait(false);
        });

        if (Directory.Exists(options.WebRoot))
        {
            var files = new PhysicalFileProvider(options.WebRoot);
            app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
            app.UseStaticFiles(new StaticFileOptions { FileProvider = files });
        }

        app.MapOpenApi("/openapi/{documentName}.json");
        ApiEndpoints.Map(app, options);
        return app;
    }

    /// <summary>Compares the request's X-Api-Key with the key in constant time; true when no key is set.</summary>
    internal static bool KeyAccepted(HttpRequest request, string? key)
    {
        if (string.IsNullOrEmpty(key))
        {
            return true;
        }

        var given = request.Headers[ApiKeyHeader].ToString();
        return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(key));
    }
}

/// <summary>
/// The one store of the process behind a lock: a store is one connection and one writer, so API
/// calls take turns (reads are short; a POST holds it while its article is analyzed and stored).
/// </summary>
public sealed class StoreGate(IEventStore store, Func<Pipeline.SitrepPipeline> pipelineFactory) : IDisposable
{
    private readonly Lock _lock = new();
    private readonly Lazy<Pipeline.SitrepPipeline> _pipeline = new(pipelineFactory, LazyThreadSafetyMode.ExecutionAndPublication);

    public Pipeline.SitrepPipeline Pipeline => _pipeline.Value;

    public T Use<T>(Func<IEventStore, T> body)
    {
        lock (_lock)
        {
            return body(store);
        }
    }

    public void Dispose()
    {
        lock (_lock)
        {
            store.Dispose();
        }
    }
}
