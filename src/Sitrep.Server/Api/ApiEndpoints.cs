using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Sitrep.Fusion;
using Sitrep.Pipeline;
using Sitrep.Storage;
using Sitrep.Storage.Ingest;

namespace Sitrep.Server.Api;

/// <summary>The query string of GET /api/events and GET /api/figures: the filters of `sitrep events`, and paging.</summary>
public sealed record EventListParameters
{
    [FromQuery(Name = "since")] public string? Since { get; init; }

    [FromQuery(Name = "until")] public string? Until { get; init; }

    [FromQuery(Name = "place")] public string? Place { get; init; }

    [FromQuery(Name = "country")] public string? Country { get; init; }

    /// <summary>LAT,LON,KM</summary>
    [FromQuery(Name = "near")] public string? Near { get; init; }

    [FromQuery(Name = "actor")] public string? Actor { get; init; }

    [FromQuery(Name = "class")] public string? Class { get; init; }

    [FromQuery(Name = "source")] public string? Source { get; init; }

    /// <summary>1 to 10000 (default 100).</summary>
    [FromQuery(Name = "limit")] public string? Limit { get; init; }

    [FromQuery(Name = "offset")] public string? Offset { get; init; }

    /// <summary>"exact" counts every match for total (slower on broad filters over large stores); by default counting stops a little past the page.</summary>
    [FromQuery(Name = "total")] public string? Total { get; init; }

    internal bool ExactTotal => Total switch
    {
        null or "" => false,
        "exact" => true,
        _ => throw new FormatException($"total '{Total}': expected exact"),
    };

    internal EventQuery ToQuery()
    {
        var (limit, offset) = ApiEndpoints.Paging(Limit, Offset);
        return new EventFilters
        {
            Since = Since,
            Until = Until,
            Place = Place,
            Country = Country,
            Near = Near,
            Actor = Actor,
            Class = Class,
            Source = Source,
        }.ToQuery(limit, offset, prefix: "");
    }
}

internal static class ApiEndpoints
{
    public const int DefaultLimit = 100;

    /// <summary>The page loads up to this many events at once; larger lists are paged.</summary>
    public const int MaxLimit = 10_000;

    public static void Map(WebApplication app, ServerOptions options)
    {
        var api = app.MapGroup("/api");

        api.MapGet("/events", (StoreGate gate, [AsParameters] EventListParameters p) => Guard(() =>
        {
            var query = p.ToQuery();
            return Results.Ok(gate.Use(s =>
            {
                var (events, total, exact) = Page(s, query, p.ExactTotal);
                var items = new EventSummaryDto[events.Count];
                for (int i = 0; i < items.Length; i++)
                {
                    items[i] = EventSummaryDto.From(events[i]);
                }

                return new PageOf<EventSummaryDto>(total, exact, query.Limit, query.Offset, items);
            }));
        }))
            .WithName("ListEvents")
            .WithSummary("Events, newest first, filtered as `sitrep events` filters them; paged with limit and offset.")
            .Produces<PageOf<EventSummaryDto>>()
            .ProducesProblem(StatusCodes.Status400BadRequest);

        api.MapGet("/events/{id:long}", (StoreGate gate, long id) =>
        {
            var detail = gate.Use(s => s.GetEvent(id) is { } e ? EventDetailDto.From(e, s.MentionsOf([id]).GetValueOrDefault(id) ?? []) : null);
            return detail is null ? NotFound($"no event {id}") : Results.Ok(detail);
        })
            .WithName("GetEvent")
            .WithSummary("One event with every source, its figures per source, and each mention's evidence sentence (offsets into the article text).")
            .Produces<EventDetailDto>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/figures", (StoreGate gate, [AsParameters] EventListParameters p, string? contradictory) => Guard(() =>
        {
            var query = p.ToQuery() with { WithCasualties = true };
            if (contradictory is not null)
            {
                query = query with
                {
                    Contradiction = bool.TryParse(contradictory, out var c) ? c : throw new FormatException($"contradictory '{contradictory}': expected true or false"),
                };
            }

            return Results.Ok(gate.Use(s =>
            {
                var (events, total, exact) = Page(s, query, p.ExactTotal);
                var ids = new long[events.Count];
                for (int i = 0; i < ids.Length; i++)
                {
                    ids[i] = events[i].Id;
                }

                var mentions = s.MentionsOf(ids);
                var items = new EventFiguresDto[events.Count];
                for (int i = 0; i < items.Length; i++)
                {
                    var e = events[i];
                    items[i] = new EventFiguresDto(e.Id, e.Class, e.DateValue, e.Place?.Name, ReconciledFigureDto.For(mentions.GetValueOrDefault(e.Id) ?? []));
                }

                return new PageOf<EventFiguresDto>(total, exact, query.Limit, query.Offset, items);
            }));
        }))
            .WithName("ListFigures")
            .WithSummary("Casualty figures of events with each source's value and whether the sources disagree; contradictory=true keeps only disagreements.")
            .Produces<PageOf<EventFiguresDto>>()
            .ProducesProblem(StatusCodes.Status400BadRequest);

        api.MapGet("/articles", (StoreGate gate, string? limit, string? offset) => Guard(() =>
        {
            var (l, o) = Paging(limit, offset);
            return Results.Ok(gate.Use(s =>
            {
                var list = s.ListArticles(l, o);
                var items = new ArticleSummaryDto[list.Count];
                for (int i = 0; i < items.Length; i++)
                {
                    items[i] = ArticleSummaryDto.From(list[i]);
                }

                return new PageOf<ArticleSummaryDto>(s.Stats().Articles, true, l, o, items);
            }));
        }))
            .WithName("ListArticles")
            .WithSummary("Stored articles, newest publication first; paged with limit and offset.")
            .Produces<PageOf<ArticleSummaryDto>>()
            .ProducesProblem(StatusCodes.Status400BadRequest);

        api.MapGet("/articles/{id:long}", (StoreGate gate, long id) =>
        {
            var article = gate.Use(s => s.GetArticle(id));
            if (article is null)
            {
                return NotFound($"no article {id}");
            }

            JsonElement? analysis = null;
            if (article.AnalysisJson is { } json)
            {
                using var doc = JsonDocument.Parse(json);
                analysis = doc.RootElement.Clone();
            }

            var sightings = new SightingDto[article.Sightings.Count];
            for (int i = 0; i < sightings.Length; i++)
            {
                var s = article.Sightings[i];
                sightings[i] = new SightingDto(s.Location, s.Format, s.Url, s.SeenAt, s.Similarity);
            }

            return Results.Ok(new ArticleDetailDto(ArticleSummaryDto.From(article.Summary), article.Text, analysis, sightings));
        })
            .WithName("GetArticle")
            .WithSummary("One article: its text, the analysis stored with it (docs/output-format.md) and where it was read.")
            .Produces<ArticleDetailDto>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/search", (StoreGate gate, string? q, string? limit) => Guard(() =>
        {
            if (string.IsNullOrWhiteSpace(q))
            {
                throw new FormatException("q: give the words to search for");
            }

            var (l, _) = Paging(limit, null);
            var hits = gate.Use(s => s.SearchArticles(q, l));
            var items = new SearchHitDto[hits.Count];
            for (int i = 0; i < items.Length; i++)
            {
                var h = hits[i];
                items[i] = new SearchHitDto(h.Id, h.ExternalId, h.Title, h.Url, h.Published is { } d ? DateRange.Iso(d) : null, h.Rank);
            }

            return Results.Ok(items);
        }))
            .WithName("SearchArticles")
            .WithSummary("Full-text search over article titles and texts (the store's index: SQLite FTS5 or PostgreSQL tsvector), best first.")
            .Produces<SearchHitDto[]>()
            .ProducesProblem(StatusCodes.Status400BadRequest);

        api.MapPost("/articles", async (HttpContext context, StoreGate gate) =>
        {
            if (!SitrepServer.KeyAccepted(context.Request, options.ApiKey))
            {
                return Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "API key required", detail: $"writes need the server's key in the {SitrepServer.ApiKeyHeader} header");
            }

            if (!context.Request.HasJsonContentType())
            {
                return Problem(StatusCodes.Status415UnsupportedMediaType, "send the article as JSON (Content-Type: application/json)");
            }

            NewArticleDto? body;
            try
            {
                body = await JsonSerializer.DeserializeAsync<NewArticleDto>(context.Request.Body, SitrepServer.Json, context.RequestAborted).ConfigureAwait(false);
            }
            catch (JsonException ex)
            {
                return Problem(StatusCodes.Status400BadRequest, $"malformed JSON: {ex.Message}");
            }
            catch (BadHttpRequestException ex)
            {
                // Kestrel's body limit: 413 with the limit named, not a generic error.
                return Problem(ex.StatusCode, ex.StatusCode == StatusCodes.Status413PayloadTooLarge ? $"the body is larger than {options.MaxBodyBytes} bytes" : ex.Message);
            }

            if (body is null || string.IsNullOrWhiteSpace(body.Text))
            {
                return Problem(StatusCodes.Status400BadRequest, "\"text\": required, the article's plain text");
            }

            DateOnly? published = null;
            if (!string.IsNullOrWhiteSpace(body.Published))
            {
                if (!EventFilters.TryParseDate(body.Published, out var d))
                {
                    return Problem(StatusCodes.Status400BadRequest, $"\"published\" '{body.Published}': not a valid date (YYYY-MM-DD)");
                }

                published = d;
            }

            var record = new ArticleRecord(body.Text)
            {
                ExternalId = body.Id,
                Title = body.Title,
                Url = body.Url,
                Outlet = body.Outlet,
                Published = published,
                Location = "api:" + (body.Id ?? body.Url ?? DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture)),
                Format = "api",
            };

            AddResult result;
            try
            {
                // The pipeline is built on first use, outside the store's lock: reads go on meanwhile.
                var pipeline = gate.Pipeline;
                result = gate.Use(s => IngestRunner.IngestOne(s, pipeline, record, context.RequestAborted));
            }
            catch (StageException ex)
            {
                return Problem(StatusCodes.Status422UnprocessableEntity, $"analysis failed: {ex.Message}");
            }

            var dto = new IngestResultDto(
                result.Status switch { AddStatus.New => "new", AddStatus.Duplicate => "duplicate", _ => "near_duplicate" },
                result.ArticleId,
                result.EventsCreated,
                result.EventsMerged);
            return result.Status == AddStatus.New ? Results.Created($"/api/articles/{result.ArticleId}", dto) : Results.Ok(dto);
        })
            .WithName("AddArticle")
            .WithSummary("Analyzes an article with the standard pipeline and stores it, as `sitrep ingest` does; a copy of a stored article only adds a sighting.")
            .Accepts<NewArticleDto>("application/json")
            .Produces<IngestResultDto>(StatusCodes.Status201Created)
            .Produces<IngestResultDto>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

        // Unknown API paths answer as the API does (problem+json), not with the page.
        api.Map("/{**rest}", (string? rest) => NotFound($"no API endpoint /api/{rest}")).ExcludeFromDescription();
    }

    /// <summary>
    /// Beyond the page asked for, counting stops this many matches further (<see cref="PageOf{T}"/>): each
    /// match counted past the page costs a row read, which on a broad filter over a million events
    /// costs more than the page itself.
    /// </summary>
    public const int CountAhead = 200;

    private static (IReadOnlyList<FusedEvent> Events, long Total, bool Exact) Page(IEventStore store, EventQuery query, bool exact)
    {
        if (exact)
        {
            return (store.QueryEvents(query), store.CountEvents(query), true);
        }

        long cap = (long)query.Offset + query.Limit + CountAhead;
        var (events, total) = store.QueryPage(query, cap + 1);
        return total > cap ? (events, cap, false) : (events, total, true);
    }

    internal static (int Limit, int Offset) Paging(string? limit, string? offset)
    {
        int l = DefaultLimit, o = 0;
        if (!string.IsNullOrEmpty(limit) && (!int.TryParse(limit, NumberStyles.None, CultureInfo.InvariantCulture, out l) || l is < 1 or > MaxLimit))
        {
            throw new FormatException($"limit '{limit}': expected 1 to {MaxLimit}");
        }

        if (!string.IsNullOrEmpty(offset) && !int.TryParse(offset, NumberStyles.None, CultureInfo.InvariantCulture, out o))
        {
            throw new FormatException($"offset '{offset}': expected 0 or more");
        }

        return (l, o);
    }

    /// <summary>Runs a handler whose parameter problems throw <see cref="FormatException"/>, answering them with 400.</summary>
    private static IResult Guard(Func<IResult> body)
    {
        try
        {
            return body();
        }
        catch (FormatException ex)
        {
            return Problem(StatusCodes.Status400BadRequest, ex.Message);
        }
    }

    private static IResult NotFound(string detail) => Problem(StatusCodes.Status404NotFound, detail);

    private static IResult Problem(int status, string detail) => Results.Problem(statusCode: status, detail: detail);
}
