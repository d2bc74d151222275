using System.Text.Json;
using Sitrep.Fusion;
using Sitrep.Storage;

namespace Sitrep.Server.Api;

// The JSON shapes of the HTTP API (snake_case on the wire). They mirror `sitrep export --format json`
// (docs/store.md) so that a client reads one vocabulary; docs/server.md shows examples.

/// <summary>
/// A page of a list. <c>total</c> counts every match when <c>total_exact</c> is true; on broad queries
/// over large stores counting stops at offset + limit + 200 and <c>total_exact</c> is false ("at least");
/// <c>total=exact</c> in the query string asks for the full count.
/// </summary>
public sealed record PageOf<T>(long Total, bool TotalExact, int Limit, int Offset, IReadOnlyList<T> Items);

public sealed record ActorDto(string Name, string Kind);

public sealed record PlaceDto(string Name, string Level, string Country, string? Admin1, double? Lat, double? Lon, int Precision, long? GeonamesId)
{
    public static PlaceDto? From(EventPlace? p) => p is null
        ? null
        : new(p.Name, p.Level, p.Country, p.Admin1, p.Lat is { } la ? Math.Round(la, 5) : null, p.Lon is { } lo ? Math.Round(lo, 5) : null, p.Precision, p.GeonamesId);
}

public sealed record DateDto(string? Value, string? Precision, string Start, string End, bool FromPublished);

public sealed record AcledDto(string? EventType, string? SubEventType);

public sealed record RangeDto(double Low, double High);

public sealed record FigureValueDto(double Value, string Qualifier, double? Low, double? High)
{
    public static FigureValueDto? From(FigureValue? f) => f is null ? null : new(f.Value, f.Qualifier, f.Low, f.High);
}

/// <summary>An event as lists show it: the fused record without its sources.</summary>
public sealed record EventSummaryDto(
    long Id,
    string Class,
    string? Mode,
    AcledDto? Acled,
    DateDto? Date,
    PlaceDto? Place,
    IReadOnlyList<ActorDto> Actors,
    IReadOnlyList<ActorDto> Targets,
    RangeDto? Killed,
    RangeDto? Injured,
    string Certainty,
    bool Contradiction,
    int MentionCount)
{
    public static EventSummaryDto From(FusedEvent e) => new(
        e.Id,
        e.Class,
        e.Mode,
        e.AcledEventType is null ? null : new AcledDto(e.AcledEventType, e.AcledSubEventType),
        e.Date is { } d ? new DateDto(e.DateValue, e.DatePrecision, DateRange.Iso(d.Start), DateRange.Iso(d.End), e.DateFromPublished) : null,
        PlaceDto.From(e.Place),
        ToActors(e.Actors),
        ToActors(e.Targets),
        e.Killed is { } k ? new RangeDto(k.Low, k.High) : null,
        e.Injured is { } i ? new RangeDto(i.Low, i.High) : null,
        e.Certainty,
        e.Contradiction,
        e.MentionCount);

    internal static ActorDto[] ToActors(IReadOnlyList<Pipeline.Actor> list)
    {
        var result = new ActorDto[list.Count];
        for (int i = 0; i < list.Count; i++)
        {
            result[i] = new ActorDto(list[i].Name, list[i].Kind);
        }

        return result;
    }
}

public sealed record EvidenceDto(int Start, int End, string Text);

public sealed record MentionFigureDto(string Role, double Value, string Qualifier, double? Low, double? High, string? Unit, string? Text, string? Object);

/// <summary>One article's report of the event: what it said, and the sentence it said it in.</summary>
public sealed record MentionDto(
    long Id,
    long ArticleId,
    string? Article,
    string? Title,
    string? Url,
    string? Outlet,
    string? Published,
    string? Source,
    string Certainty,
    string Class,
    string? Date,
    PlaceDto? Place,
    IReadOnlyList<ActorDto> Actors,
    IReadOnlyList<ActorDto> Targets,
    IReadOnlyList<string> Weapons,
    FigureValueDto? Killed,
    FigureValueDto? Injured,
    IReadOnlyList<MentionFigureDto> Figures,
    EvidenceDto Evidence)
{
    public static MentionDto From(StoredMention s)
    {
        var m = s.Mention;
        var figures = new MentionFigureDto[m.Figures.Count];
        for (int i = 0; i < figures.Length; i++)
        {
            var f = m.Figures[i];
            figures[i] = new MentionFigureDto(f.Role, f.Value, f.Qualifier, f.Low, f.High, f.Unit, f.Text, f.Object);
        }

        return new(
            s.Id,
            m.ArticleId,
            s.ArticleExternalId,
            s.Title,
            s.Url,
            s.Outlet,
            s.Published is { } p ? DateRange.Iso(p) : null,
            m.Source,
            m.Certainty,
            m.Class,
            m.DateValue,
            PlaceDto.From(m.Place),
            EventSummaryDto.ToActors(m.Actors),
            EventSummaryDto.ToActors(m.Targets),
            m.Weapons,
            FigureValueDto.From(m.Killed),
            FigureValueDto.From(m.Injured),
            figures,
            new EvidenceDto(m.EvidenceStart, m.EvidenceEnd, m.EvidenceText));
    }
}

/// <summary>One source's value for a figure of an event.</summary>
public sealed record SourceValueDto(long ArticleId, string? Title, string? Outlet, string? Source, string? Published, double Value, string Qualifier, double? Low, double? High);

/// <summary>A figure (killed, injured) reconciled across the event's sources: the range, whether they disagree, and each value.</summary>
public sealed record ReconciledFigureDto(string Role, double Low, double High, bool Disagreement, IReadOnlyList<SourceValueDto> Values)
{
    public static List<ReconciledFigureDto> For(IReadOnlyList<StoredMention> mentions)
    {
        var list = new List<ReconciledFigureDto>(2);
        Add(list, "killed", mentions, static m => m.Killed);
        Add(list, "injured", mentions, static m => m.Injured);
        return list;
    }

    private static void Add(List<ReconciledFigureDto> list, string role, IReadOnlyList<StoredMention> mentions, Func<EventMention, FigureValue?> pick)
    {
        var values = new List<SourceValueDto>();
        var raw = new List<FigureValue?>();
        foreach (var s in mentions)
        {
            if (pick(s.Mention) is { } v)
            {
                raw.Add(v);
                values.Add(new SourceValueDto(s.Mention.ArticleId, s.Title, s.Outlet, s.Mention.Source, s.Published is { } p ? DateRange.Iso(p) : null, v.Value, v.Qualifier, v.Low, v.High));
            }
        }

        if (FigureReconciler.Reconcile(raw) is { } r)
        {
            list.Add(new ReconciledFigureDto(role, r.Low, r.High, r.Contradiction, values));
        }
    }
}

/// <summary>An article that reports the event, once however many mentions it holds.</summary>
public sealed record SourceDto(long ArticleId, string? Article, string? Title, string? Url, string? Outlet, string? Published, IReadOnlyList<string> ReportedBy);

public sealed record EventDetailDto(EventSummaryDto Event, IReadOnlyList<SourceDto> Sources, IReadOnlyList<ReconciledFigureDto> Figures, IReadOnlyList<MentionDto> Mentions)
{
    public static EventDetailDto From(FusedEvent e, IReadOnlyList<StoredMention> mentions)
    {
        var sources = new List<SourceDto>();
        var byArticle = new Dictionary<long, List<string>>();
        foreach (var s in mentions)
        {
            if (!byArticle.TryGetValue(s.Mention.ArticleId, out var reported))
            {
                byArticle[s.Mention.ArticleId] = reported = [];
                sources.Add(new SourceDto(s.Mention.ArticleId, s.ArticleExternalId, s.Title, s.Url, s.Outlet, s.Published is { } p ? DateRange.Iso(p) : null, reported));
            }

            if (s.Mention.Source is { } src && !reported.Contains(src))
            {
                reported.Add(src);
            }
        }

        var dtos = new MentionDto[mentions.Count];
        for (int i = 0; i < dtos.Length; i++)
        {
            dtos[i] = MentionDto.From(mentions[i]);
        }

        return new(EventSummaryDto.From(e), sources, ReconciledFigureDto.For(mentions), dtos);
    }
}

/// <summary>An event's figures with every source's value: the rows of the contradictory-figures view.</summary>
public sealed record EventFiguresDto(long EventId, string Class, string? Date, string? Place, IReadOnlyList<ReconciledFigureDto> Figures);

public sealed record ArticleSummaryDto(long Id, string? ExternalId, string? Title, string? Url, string? Outlet, string? Published, int WordCount, int EventCount)
{
    public static ArticleSummaryDto From(ArticleSummary a)
        => new(a.Id, a.ExternalId, a.Title, a.Url, a.Outlet, a.Published is { } p ? DateRange.Iso(p) : null, a.WordCount, a.EventCount);
}

public sealed record SightingDto(string Location, string Format, string? Url, string SeenAt, double Similarity);

/// <summary>An article's text and the analysis stored with it (the `sitrep analyze` JSON: docs/output-format.md).</summary>
public sealed record ArticleDetailDto(ArticleSummaryDto Article, string Text, JsonElement? Analysis, IReadOnlyList<SightingDto> Sightings);

public sealed record SearchHitDto(long Id, string? ExternalId, string? Title, string? Url, string? Published, double Rank);

/// <summary>The body of POST /api/articles.</summary>
public sealed record NewArticleDto
{
    /// <summary>The article's plain text (required).</summary>
    public string? Text { get; init; }

    public string? Title { get; init; }

    public string? Url { get; init; }

    public string? Outlet { get; init; }

    /// <summary>Publication date, YYYY-MM-DD: relative dates ("last month") resolve against it.</summary>
    public string? Published { get; init; }

    /// <summary>The caller's own id for the article, kept for reference.</summary>
    public string? Id { get; init; }
}

public sealed record IngestResultDto(string Status, long ArticleId, int EventsCreated, int EventsMerged);
