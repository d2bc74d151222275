using Sitrep.Fusion;

namespace Sitrep.Storage;

/// <summary>An article as read from a file, a feed, a JSON Lines corpus or a web archive.</summary>
public sealed record ArticleRecord(string Text)
{
    /// <summary>The id the input gave it (a JSONL "id", a file name), kept for reference.</summary>
    public string? ExternalId { get; init; }

    public string? Title { get; init; }

    public string? Url { get; init; }

    public string? Outlet { get; init; }

    /// <summary>ISO 3166 alpha-2 country of the outlet, where the input says.</summary>
    public string? OutletCountry { get; init; }

    public string? Language { get; init; }

    public DateOnly? Published { get; init; }

    /// <summary>Where it was read: a path, PATH:LINE for JSON Lines, PATH#N for feed items, PATH@OFFSET for WARC records.</summary>
    public string Location { get; init; } = "";

    /// <summary>text, html, rss, jsonl, warc.</summary>
    public string Format { get; init; } = "text";
}

public enum AddStatus
{
    /// <summary>A new article, stored with its events.</summary>
    New,

    /// <summary>The same text (after normalization) was stored before; a sighting was recorded.</summary>
    Duplicate,

    /// <summary>A near-duplicate (word 5-gram Jaccard ≥ 0.9) of a stored article; a sighting was recorded.</summary>
    NearDuplicate,
}

public sealed record AddResult(AddStatus Status, long ArticleId, int EventsCreated, int EventsMerged);

/// <summary>Filters of <c>sitrep events</c> and <c>sitrep export</c>; unset fields do not filter.</summary>
public sealed record EventQuery
{
    public DateOnly? Since { get; init; }

    public DateOnly? Until { get; init; }

    /// <summary>A place or admin1 name, matched case-insensitively.</summary>
    public string? Place { get; init; }

    /// <summary>ISO 3166 alpha-2.</summary>
    public string? Country { get; init; }

    public (double Lat, double Lon, double Km)? Near { get; init; }

    /// <summary>A substring of an actor's or target's name, case-insensitive.</summary>
    public string? Actor { get; init; }

    public string? Class { get; init; }

    /// <summary>A substring of a mention's reported source, its article's outlet or its URL.</summary>
    public string? Source { get; init; }

    /// <summary>Only events whose sources contradict each other on a figure (true), or only those that do not (false).</summary>
    public bool? Contradiction { get; init; }

    /// <summary>Only events with a killed or injured figure.</summary>
    public bool WithCasualties { get; init; }

    public int Limit { get; init; } = 100;

    /// <summary>Matches to skip before the first returned, for paging (same order as the list).</summary>
    public int Offset { get; init; }
}

/// <summary>A stored mention with the article it came from.</summary>
public sealed record StoredMention(long Id, long EventId, EventMention Mention)
{
    public string? ArticleExternalId { get; init; }

    public string? Title { get; init; }

    public string? Url { get; init; }

    public string? Outlet { get; init; }

    public DateOnly? Published { get; init; }
}

public sealed record StoreStats(long Articles, long Sightings, long Events, long Mentions, long Figures);

/// <summary>A stored article without its text, as article lists show it.</summary>
public sealed record ArticleSummary(long Id, string? ExternalId, string? Title, string? Url, string? Outlet, DateOnly? Published, int WordCount, int EventCount);

/// <summary>Where and when a stored article was read; a duplicate adds a sighting, not an article.</summary>
public sealed record Sighting(string Location, string Format, string? Url, string SeenAt, double Similarity);

/// <summary>A stored article with its text, the analysis JSON stored with it, and its sightings.</summary>
public sealed record StoredArticle(ArticleSummary Summary, string Text, string? AnalysisJson, IReadOnlyList<Sighting> Sightings);

public sealed record ArticleHit(long Id, string? ExternalId, string? Title, string? Url, DateOnly? Published, double Rank);

/// <summary>
/// Where analyzed articles and fused events live. One writer at a time; each <see cref="Add"/>
/// is one transaction (or part of a group's), so a killed process leaves whole articles or none.
/// </summary>
public interface IEventStore : IDisposable
{
    /// <summary>The schema version after migrations ran.</summary>
    int SchemaVersion { get; }

    /// <summary>Content hashes of every stored article, so that a rerun skips analyzing what it already has.</summary>
    HashSet<string> ContentHashes();

    /// <summary>Stores an article and its event mentions, fused into events, in one transaction; or records a sighting of a (near-)duplicate.</summary>
    AddResult Add(ArticleRecord article, ArticleFingerprint fingerprint, string? analysisJson, IReadOnlyList<EventMention> mentions)
        => Add(article, fingerprint, analysisJson is null ? null : System.Text.Encoding.UTF8.GetBytes(analysisJson), mentions);

    /// <summary>
    /// As <see cref="Add(ArticleRecord, ArticleFingerprint, string?, IReadOnlyList{EventMention})"/>, with the analysis JSON
    /// as the UTF-8 bytes the JSON writer produced: the ingest writer stores them without a round trip through UTF-16.
    /// </summary>
    AddResult Add(ArticleRecord article, ArticleFingerprint fingerprint, byte[]? analysisUtf8, IReadOnlyList<EventMention> mentions);

    /// <summary>
    /// Starts a group commit: the <see cref="Add"/> calls until <see cref="CommitGroup"/> share one
    /// transaction, so a killed process keeps the whole group or none of it (never part of an article).
    /// </summary>
    void BeginGroup();

    /// <summary>Commits the open group, if any.</summary>
    void CommitGroup();

    /// <summary>Discards the open group, if any: none of its articles is stored.</summary>
    void RollbackGroup();

    IReadOnlyList<FusedEvent> QueryEvents(EventQuery query);

    /// <summary>
    /// How many events match the query's filters (its limit and offset aside). With <paramref name="atMost"/>
    /// above 0 counting stops there: a result of <paramref name="atMost"/> means "at least that many"
    /// (counting every match of a broad filter over millions of events costs more than the page itself).
    /// </summary>
    long CountEvents(EventQuery query, long atMost = 0);

    /// <summary>
    /// One page of <see cref="QueryEvents"/> with <see cref="CountEvents"/>'s total (capped at
    /// <paramref name="countAtMost"/> when above 0), in one pass where the filters allow (--near scans once).
    /// </summary>
    (IReadOnlyList<FusedEvent> Events, long Total) QueryPage(EventQuery query, long countAtMost = 0);

    FusedEvent? GetEvent(long id);

    /// <summary>Stored articles, newest publication first (undated last), then newest stored first.</summary>
    IReadOnlyList<ArticleSummary> ListArticles(int limit, int offset);

    StoredArticle? GetArticle(long id);

    /// <summary>The mentions of the given events, each list in article order.</summary>
    IReadOnlyDictionary<long, List<StoredMention>> MentionsOf(IReadOnlyCollection<long> eventIds);

    IReadOnlyList<ArticleHit> SearchArticles(string text, int limit = 20);

    StoreStats Stats();
}
