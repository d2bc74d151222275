using System.CommandLine;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;
using Sitrep.Server;

namespace Sitrep.Cli.Commands;

internal static class ServeCommand
{
    public static Command Create()
    {
        var db = StoreOptions.Db();
        var urls = new Option<string[]>("--urls")
        {
            Description = $"Where to listen (default {ServerOptions.DefaultUrl}, loopback only); beyond loopback needs --api-key",
            DefaultValueFactory = _ => [ServerOptions.DefaultUrl],
            AllowMultipleArgumentsPerToken = true,
        };
        var apiKey = new Option<string?>("--api-key")
        {
            Description = "Key that POST /api/articles must send in X-Api-Key (at least 16 characters; also read from SITREP_API_KEY)",
        };
        var command = new Command(
            "serve",
            "Serve the store over HTTP: a JSON API (OpenAPI at /openapi/v1.json) and a web page with a map, a timeline and the evidence of every event (docs/server.md).\n\n"
            + "Examples:\n"
            + "  sitrep serve --db sitrep.db                    then open http://127.0.0.1:5080/\n"
            + "  sitrep serve --db sitrep.db --urls http://0.0.0.0:5080 --api-key \"$SITREP_API_KEY\"")
        {
            db, urls, apiKey,
        };

        command.SetAction(parse => CommonOptions.Guard(() => StoreOptions.Guard(() =>
        {
            var options = new ServerOptions
            {
                Db = parse.GetValue(db)!,
                Urls = [.. (parse.GetValue(urls) ?? []).SelectMany(u => u.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))],
                ApiKey = parse.GetValue(apiKey) ?? NonEmpty(Environment.GetEnvironmentVariable("SITREP_API_KEY")),
            };
            WebApplication app;
            try
            {
                app = SitrepServer.Create(options);
            }
            catch (ServerConfigException ex)
            {
                throw new InputException(ex.Message);
            }

            using (app)
            {
                app.Start();
                foreach (var url in app.Urls)
                {
                    Console.Error.WriteLine($"sitrep: serving {parse.GetValue(db)} at {url}/ (API {url}/api/events, OpenAPI {url}/openapi/v1.json); Ctrl+C stops");
                }

                app.WaitForShutdown();
            }

            return ExitCodes.Ok;
        })));
        return command;
    }

    private static string? NonEmpty(string? s) => string.IsNullOrEmpty(s) ? null : s;
}
