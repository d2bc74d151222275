using System.Buffers;
using System.Data.Common;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Sitrep.Fusion;
using Sitrep.Pipeline;

namespace Sitrep.Storage;

/// <summary>
/// The store over ADO.NET, shared by SQLite and PostgreSQL: the same tables, the same SQL with
/// @named parameters, and a <see cref="SqlDialect"/> for what differs (key columns, full-text search).
/// </summary>
public abstract class SqlEventStore : IEventStore
{
    private readonly DbConnection _connection;
    private readonly SqlDialect _dialect;
    private readonly Dictionary<string, DbCommand> _prepared = new(StringComparer.Ordinal);

    // What this store last wrote or read of an event and of its mentions, so that fusion neither parses
    // candidate rows again nor reloads an event's mentions to re-merge it. An entry is used only while
    // its mention count equals the row's (mentions are only ever added, so another writer's change
    // shows), and both are dropped when a transaction fails.
    private DbTransaction? _group;
    private readonly Dictionary<long, FusedEvent> _eventCache = [];
    private readonly Dictionary<long, List<CachedMention>> _mentionCache = [];

    /// <summary>Beyond this many cached events the caches start afresh, bounding memory on long runs.</summary>
    private const int CacheLimit = 200_000;

    private readonly record struct CachedMention(long Id, EventMention Mention);

    private protected SqlEventStore(DbConnection connection, SqlDialect dialect)
    {
        _connection = connection;
        _dialect = dialect;
        SchemaVersion = Schema.Migrate(connection, dialect);
    }

    public int SchemaVersion { get; }

    private protected DbConnection Connection => _connection;

    /// <summary>How many candidate events fusion compares a new mention with.</summary>
    private const int CandidateLimit = 64;

    public HashSet<string> ContentHashes()
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        using var cmd = Command(null, "SELECT content_hash FROM articles");
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            set.Add(r.GetString(0));
        }

        return set;
    }

    public AddResult Add(ArticleRecord article, ArticleFingerprint fingerprint, string? analysisJson, IReadOnlyList<EventMention> mentions)
        => Add(article, fingerprint, analysisJson is null ? null : Encoding.UTF8.GetBytes(analysisJson), mentions);

    public AddResult Add(ArticleRecord article, ArticleFingerprint fingerprint, byte[]? analysisJson, IReadOnlyList<EventMention> mentions)
    {
        try
        {
            return AddCore(article, fingerprint, analysisJson, mentions);
        }
        catch
        {
            // The transaction (the group's included) is rolled back: what the caches hold may not be stored.
            _eventCache.Clear();
            _mentionCache.Clear();
            RollbackGroup();
            throw;
        }
    }

    private AddResult AddCore(ArticleRecord article, ArticleFingerprint fingerprint, byte[]? analysisJson, IReadOnlyList<EventMention> mentions)
    {
        var now = DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
        if (_group is { } group)
        {
            return AddIn(group, article, fingerprint, analysisJson, mentions, now);
        }

        using var tx = BeginWrite();
        var result = AddIn(tx, article, fingerprint, analysisJson, mentions, now);
        tx.Commit();
        return result;
    }

    private AddResult AddIn(DbTransaction tx, ArticleRecord article, ArticleFingerprint fingerprint, byte[]? analysisJson, IReadOnlyList<EventMention> mentions, string now)
    {

        if (Scalar(tx, "SELECT id FROM articles WHERE content_hash = @h", ("h", fingerprint.ContentHash)) is { } existing)
        {
            long id = Convert.ToInt64(existing, CultureInfo.InvariantCulture);
            AddSighting(tx, id, article, 1.0, now);
            return new AddResult(AddStatus.Duplicate, id, 0, 0);
        }

        if (FindNearDuplicate(tx, article.Text, fingerprint) is { } near)
        {
            AddSighting(tx, near.Id, article, near.Similarity, now);
            return new AddResult(AddStatus.NearDuplicate, near.Id, 0, 0);
        }

        long articleId = Convert.ToInt64(Scalar(
            tx,
            $$"""
            INSERT INTO articles (content_hash, external_id, url, title, outlet, outlet_country, language, published, text, word_count, minhash, analysis, event_count, ingested_at)
            VALUES (@h, @x, @u, @t, @o, @oc, @l, @p, @text, @wc, @mh, {{_dialect.Utf8Text("@an")}}, @ec, @now) RETURNING id
            """,
            ("h", fingerprint.ContentHash),
            ("x", article.ExternalId),
            ("u", article.Url),
            ("t", article.Title),
            ("o", article.Outlet),
            ("oc", article.OutletCountry),
            ("l", article.Language),
            ("p", article.Published is { } pub ? DateRange.Iso(pub) : null),
            ("text", article.Text),
            ("wc", fingerprint.WordCount),
            ("mh", NearDuplicates.SignatureBytes(fingerprint.Signature)),
            ("an", _dialect.Utf8TextValue(analysisJson)),
            ("ec", mentions.Count),
            ("now", now)), CultureInfo.InvariantCulture);

        // One statement for all bands: per-statement overhead, not the rows, is the cost here.
        var bands = fingerprint.BandKeys.Distinct().ToArray();
        var bandArgs = new (string, object?)[bands.Length + 1];
        bandArgs[0] = ("a", articleId);
        for (int i = 0; i < bands.Length; i++)
        {
            bandArgs[i + 1] = (BandKeyNames[i], (long)bands[i]);
        }

        Execute(tx, BandInsertSql[bands.Length], bandArgs);

        if (_dialect.FullTextInsert is { } fts)
        {
            Execute(tx, fts, ("id", articleId), ("title", article.Title ?? ""), ("text", article.Text));
        }

        AddSighting(tx, articleId, article, 1.0, now);

        int created = 0, merged = 0;
        for (int i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i] with { ArticleId = articleId, Published = article.Published };
            var match = FindMatchingEvent(tx, m);
            if (match is null)
            {
                var fused = EventFusion.Merge([m]);
                long eventId = InsertEvent(tx, fused, now);
                long mentionId = InsertMention(tx, eventId, i, m);
                if (_eventCache.Count >= CacheLimit)
                {
                    _eventCache.Clear();
                    _mentionCache.Clear();
                }

                _eventCache[eventId] = fused with { Id = eventId };
                _mentionCache[eventId] = [new CachedMention(mentionId, m)];
                created++;
            }
            else
            {
                long mentionId = InsertMention(tx, match.Id, i, m);
                var all = MentionsForMerge(tx, match, new CachedMention(mentionId, m));
                var fused = EventFusion.Merge([.. all.Select(c => c.Mention)], match.Id);
                UpdateEvent(tx, match, fused, now);
                _eventCache[match.Id] = fused;
                merged++;
            }

        }

        return new AddResult(AddStatus.New, articleId, created, merged);
    }

    public void BeginGroup()
    {
        if (_group is not null)
        {
            throw new InvalidOperationException("a group is already open");
        }

        _group = BeginWrite();
    }

    private DbTransaction BeginWrite()
    {
        // SQLite's transactions here begin IMMEDIATE, which already lets one writer in at a time.
        var tx = _connection.BeginTransaction();
        if (_dialect.WriterTurn is { } turn)
        {
            Execute(tx, turn);
        }

        return tx;
    }

    public void CommitGroup()
    {
        if (_group is { } group)
        {
            _group = null;
            using (group)
            {
                group.Commit();
            }
        }
    }

    public void RollbackGroup()
    {
        if (_group is { } group)
        {
            _group = null;
            _eventCache.Clear();
            _mentionCache.Clear();
            using (group)
            {
                group.Rollback();
            }
        }
    }

    private void AddSighting(DbTransaction tx, long articleId, ArticleRecord article, double similarity, string now)
    {
        // One sighting per (article, location): reading the same file again is not a new sighting.
        Execute(
            tx,
            "INSERT INTO sightings (article_id, location, format, url, seen_at, similarity) VALUES (@a, @loc, @f, @u, @t, @s) ON CONFLICT (article_id, location) DO NOTHING",
            ("a", articleId),
            ("loc", article.Location),
            ("f", article.Format),
            ("u", article.Url),
            ("t", now),
            ("s", similarity));
    }

    /// <summary>The articles sharing a band with a fingerprint (one parameter per band); all fingerprints have <see cref="NearDuplicates.Bands"/> band keys.</summary>
    private static readonly string BandMatchSql =
        $"SELECT DISTINCT article_id FROM article_bands WHERE band_key IN ({string.Join(", ", BandNames(NearDuplicates.Bands).Select(k => "@" + k))})";

    private static string[] BandNames(int n) => [.. Enumerable.Range(0, n).Select(i => $"k{i}")];

    private static readonly string[] BandKeyNames = BandNames(NearDuplicates.Bands);

    /// <summary>The insert of an article's n distinct band keys, by n.</summary>
    private static readonly string[] BandInsertSql =
        [.. Enumerable.Range(0, NearDuplicates.Bands + 1).Select(n => $"INSERT INTO article_bands (band_key, article_id) VALUES {string.Join(", ", BandNames(n).Select(k => $"(@{k}, @a)"))}")];

    private readonly List<long> _bandMatches = [];

    private (long Id, double Similarity)? FindNearDuplicate(DbTransaction tx, string text, ArticleFingerprint fp)
    {
        var args = new (string, object?)[fp.BandKeys.Length];
        for (int i = 0; i < args.Length; i++)
        {
            args[i] = (BandKeyNames[i], (long)fp.BandKeys[i]);
        }

        // The articles sharing a band are almost always none, so their signatures are read one by one.
        _bandMatches.Clear();
        ReadIntegers(tx, BandMatchSql, args, 1, _bandMatches);
        var candidates = new List<long>();
        foreach (var id in _bandMatches)
        {
            // The signature estimate (±0.03) screens candidates before the exact comparison of texts.
            if (Scalar(tx, "SELECT minhash FROM articles WHERE id = @id", ("id", id)) is byte[] bytes
                && NearDuplicates.EstimateSimilarity(NearDuplicates.SignatureFromBytes(bytes), fp.Signature) >= NearDuplicates.Threshold - 0.1)
            {
                candidates.Add(id);
            }
        }

        (long, double)? best = null;
        foreach (var id in candidates)
        {
            if (Scalar(tx, "SELECT text FROM articles WHERE id = @id", ("id", id)) is string other)
            {
                double sim = NearDuplicates.Similarity(text, other);
                if (sim >= NearDuplicates.Threshold && (best is null || sim > best.Value.Item2))
                {
                    best = (id, sim);
                }
            }
        }

        return best;
    }

    /// <summary>
    /// The event's mentions with the one just added, in the order <see cref="LoadMentions"/> gives
    /// (publication date, undated first, then mention id), from the cache when it is current.
    /// </summary>
    private List<CachedMention> MentionsForMerge(DbTransaction tx, FusedEvent match, CachedMention added)
    {
        if (_mentionCache.TryGetValue(match.Id, out var list) && list.Count == match.MentionCount)
        {
            int at = list.Count;
            while (at > 0 && ComparePublished(list[at - 1].Mention.Published, added.Mention.Published) > 0)
            {
                at--;
            }

            list.Insert(at, added);
            return list;
        }

        // The new mention is already stored, so a fresh load holds it.
        return Load(tx, match.Id);

        static int ComparePublished(DateOnly? a, DateOnly? b) => a is null ? (b is null ? 0 : -1) : b is null ? 1 : a.Value.CompareTo(b.Value);
    }

    /// <summary>The stored mentions of an event, from the cache while it is current.</summary>
    private List<CachedMention> MentionsOf(DbTransaction tx, FusedEvent e) =>
        _mentionCache.TryGetValue(e.Id, out var list) && list.Count == e.MentionCount ? list : Load(tx, e.Id);

    private List<CachedMention> Load(DbTransaction tx, long eventId)
    {
        List<CachedMention> list = [.. (LoadMentions(tx, [eventId]).GetValueOrDefault(eventId) ?? []).Select(s => new CachedMention(s.Id, s.Mention))];
        _mentionCache[eventId] = list;
        return list;
    }

    /// <summary>
    /// The candidate query's SQL for each shape: [dated, placed (0 none, 1 region, 2 with a box, 3 a past day with no place,
    /// 4 a past day in a country: these also meet the other, see <see cref="EventFusion.PastDay"/>)]. A past day needs a
    /// date, so [0, 3] and [0, 4] are never chosen; they are built only to keep the table rectangular.
    /// </summary>
    private static readonly string[,] CandidateSql = MakeCandidateSql();

    private static string[,] MakeCandidateSql()
    {
        var all = new string[2, 5];
        for (int dated = 0; dated < 2; dated++)
        {
            for (int placed = 0; placed < 5; placed++)
            {
                var sql = new StringBuilder("SELECT id, mention_count FROM events WHERE class_key = @c");
                sql.Append(dated == 1 ? " AND date_start >= @lo AND date_start <= @hi AND date_end >= @from" : " AND date_start IS NULL");
                sql.Append(placed switch
                {
                    0 => " AND place_name IS NULL",
                    3 => " AND (place_name IS NULL OR place_level = 'country')",
                    4 => " AND (place_name IS NULL OR (place_level = 'country' AND country = @cc))",
                    _ => " AND country = @cc",
                });
                if (placed == 2)
                {
                    sql.Append(" AND ((lat BETWEEN @la0 AND @la1 AND lon BETWEEN @lo0 AND @lo1) OR geo_precision >= 3 OR place_level IN ('admin1', 'admin2'))");
                }

                all[dated, placed] = sql.Append(CultureInfo.InvariantCulture, $" ORDER BY id LIMIT {CandidateLimit}").ToString();
            }
        }

        return all;
    }

    private readonly List<long> _candidateRows = [];

    private FusedEvent? FindMatchingEvent(DbTransaction tx, EventMention m)
    {
        var args = new List<(string, object?)>(9) { ("c", Key(m.Class)) };
        int dated = 0, placed = 0;
        if (m.Date is { } d)
        {
            dated = 1;
            int slack = EventFusion.PublishedDateSlackDays;
            args.Add(("lo", DateRange.Iso(d.Start.AddDays(-DateRange.MaxDays - slack))));
            args.Add(("hi", DateRange.Iso(d.End.AddDays(slack))));
            args.Add(("from", DateRange.Iso(d.Start.AddDays(-slack))));
        }

        bool past = EventFusion.PastDay(m) is not null;
        if (m.Place is null && past)
        {
            placed = 3;
        }
        else if (m.Place is { } p)
        {
            placed = past && p.Level == PlaceLevels.Country ? 4 : 1;
            args.Add(("cc", p.Country.ToUpperInvariant()));
            if (!p.IsRegion && p.Lat is { } lat && p.Lon is { } lon)
            {
                placed = 2;
                var box = Geo.BoundingBox(lat, lon, EventFusion.NearbyKm);
                args.Add(("la0", box.MinLat));
                args.Add(("la1", box.MaxLat));
                args.Add(("lo0", box.MinLon));
                args.Add(("lo1", box.MaxLon));
            }
        }

        var candidates = new List<(long Id, int Count)>();
        _candidateRows.Clear();
        ReadIntegers(tx, CandidateSql[dated, placed], [.. args], 2, _candidateRows);
        for (int i = 0; i < _candidateRows.Count; i += 2)
        {
            candidates.Add((_candidateRows[i], (int)_candidateRows[i + 1]));
        }

        foreach (var (id, count) in candidates)
        {
            if (!_eventCache.TryGetValue(id, out var e) || e.MentionCount != count)
            {
                e = ReadEvents(tx, "SELECT * FROM events WHERE id = @id", [("id", id)])[0];
                _eventCache[id] = e;
            }

            if (EventFusion.SameEvent(e, m, () => MentionsOf(tx, e).Select(c => c.Mention)))
            {
                return e;
            }
        }

        return null;
    }

    private long InsertEvent(DbTransaction tx, FusedEvent e, string now)
    {
        long id = Convert.ToInt64(Scalar(
            tx,
            """
            INSERT INTO events (class, class_key, mode, acled_event_type, acled_sub_event_type, date_value, date_precision, date_from_published, date_start, date_end,
              place_name, place_key, place_level, country, admin1, admin1_key, lat, lon, lat_band, geo_precision, geonames_id, actors, targets,
              killed_low, killed_high, injured_low, injured_high, certainty, contradiction, mention_count, updated_at)
            VALUES (@class, @ck, @mode, @at, @ast, @dv, @dp, @dfp, @ds, @de, @pn, @pk, @pl, @cc, @a1, @a1k, @lat, @lon, @lb, @gp, @gid, @actors, @targets,
              @kl, @kh, @il, @ih, @cert, @contra, @mc, @now) RETURNING id
            """,
            [.. EventParameters(e), ("now", now)]), CultureInfo.InvariantCulture);
        InsertActors(tx, id, e);
        return id;
    }

    private void UpdateEvent(DbTransaction tx, FusedEvent before, FusedEvent e, string now)
    {
        Execute(
            tx,
            """
            UPDATE events SET class = @class, class_key = @ck, mode = @mode, acled_event_type = @at, acled_sub_event_type = @ast,
              date_value = @dv, date_precision = @dp, date_from_published = @dfp, date_start = @ds, date_end = @de,
              place_name = @pn, place_key = @pk, place_level = @pl, country = @cc, admin1 = @a1, admin1_key = @a1k, lat = @lat, lon = @lon, lat_band = @lb,
              geo_precision = @gp, geonames_id = @gid, actors = @actors, targets = @targets,
              killed_low = @kl, killed_high = @kh, injured_low = @il, injured_high = @ih, certainty = @cert, contradiction = @contra,
              mention_count = @mc, updated_at = @now WHERE id = @id
            """,
            [.. EventParameters(e), ("now", now), ("id", e.Id)]);

        // The actor rows are rewritten only when the merge changed the lists.
        if (!SameActors(before.Actors, e.Actors) || !SameActors(before.Targets, e.Targets))
        {
            Execute(tx, "DELETE FROM event_actors WHERE event_id = @id", ("id", e.Id));
            InsertActors(tx, e.Id, e);
        }
    }

    private static bool SameActors(IReadOnlyList<Actor> a, IReadOnlyList<Actor> b)
    {
        if (a.Count != b.Count)
        {
            return false;
        }

        for (int i = 0; i < a.Count; i++)
        {
            if (!string.Equals(a[i].Name, b[i].Name, StringComparison.Ordinal) || !string.Equals(a[i].Kind, b[i].Kind, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static (string, object?)[] EventParameters(FusedEvent e) =>
    [
        ("class", e.Class),
        ("ck", Key(e.Class)),
        ("mode", e.Mode),
        ("at", e.AcledEventType),
        ("ast", e.AcledSubEventType),
        ("dv", e.DateValue),
        ("dp", e.DatePrecision),
        ("dfp", e.DateFromPublished ? 1 : 0),
        ("ds", e.Date is { } d ? DateRange.Iso(d.Start) : null),
        ("de", e.Date is { } d2 ? DateRange.Iso(d2.End) : null),
        ("pn", e.Place?.Name),
        ("pk", e.Place is { } p ? Key(p.Name) : null),
        ("pl", e.Place?.Level),
        ("cc", e.Place?.Country.ToUpperInvariant()),
        ("a1", e.Place?.Admin1),
        ("a1k", e.Place?.Admin1 is { } a1 ? Key(a1) : null),
        ("lat", e.Place?.Lat),
        ("lon", e.Place?.Lon),
        ("lb", e.Place?.Lat is { } lat ? Geo.LatBand(lat) : null),
        ("gp", e.Place?.Precision),
        ("gid", e.Place?.GeonamesId),
        ("actors", StoreJson.Actors(e.Actors)),
        ("targets", StoreJson.Actors(e.Targets)),
        ("kl", e.Killed?.Low),
        ("kh", e.Killed?.High),
        ("il", e.Injured?.Low),
        ("ih", e.Injured?.High),
        ("cert", e.Certainty),
        ("contra", e.Contradiction ? 1 : 0),
        ("mc", e.MentionCount),
    ];

    /// <summary>Actor rows in one statement at most this long; longer lists take several.</summary>
    private const int ActorsPerStatement = 8;

    private static readonly string[] ActorSql = MakeActorSql();

    private static readonly string[][] ActorNames = [.. Enumerable.Range(0, ActorsPerStatement).Select(i => new[] { $"r{i}", $"n{i}", $"k{i}", $"kind{i}" })];

    private static string[] MakeActorSql()
    {
        var sql = new string[ActorsPerStatement + 1];
        for (int n = 1; n <= ActorsPerStatement; n++)
        {
            var sb = new StringBuilder("INSERT INTO event_actors (event_id, role, name, name_key, kind) VALUES ");
            for (int i = 0; i < n; i++)
            {
                sb.Append(CultureInfo.InvariantCulture, $"{(i == 0 ? "" : ", ")}(@e, @r{i}, @n{i}, @k{i}, @kind{i})");
            }

            sql[n] = sb.Append(" ON CONFLICT DO NOTHING").ToString();
        }

        return sql;
    }

    private void InsertActors(DbTransaction tx, long eventId, FusedEvent e)
    {
        // Several rows per statement: per-statement overhead, not the rows, is most of the cost here.
        int total = e.Actors.Count + e.Targets.Count;
        for (int start = 0; start < total; start += ActorsPerStatement)
        {
            int n = Math.Min(ActorsPerStatement, total - start);
            var args = new (string, object?)[1 + 4 * n];
            args[0] = ("e", eventId);
            for (int i = 0; i < n; i++)
            {
                int at = start + i;
                var (role, a) = at < e.Actors.Count ? ("actor", e.Actors[at]) : ("target", e.Targets[at - e.Actors.Count]);
                var names = ActorNames[i];
                args[1 + 4 * i] = (names[0], role);
                args[2 + 4 * i] = (names[1], a.Name);
                args[3 + 4 * i] = (names[2], Key(a.Name));
                args[4 + 4 * i] = (names[3], a.Kind);
            }

            Execute(tx, ActorSql[n], args);
        }
    }

    private long InsertMention(DbTransaction tx, long eventId, int ordinal, EventMention m)
    {
        long mentionId = Convert.ToInt64(Scalar(
            tx,
            """
            INSERT INTO event_mentions (event_id, article_id, ordinal, evidence_start, evidence_end, evidence_text, source, certainty,
              class, mode, acled_event_type, acled_sub_event_type, date_value, date_precision, date_from_published, place, actors, targets, weapons,
              killed_value, killed_low, killed_high, killed_qualifier, injured_value, injured_low, injured_high, injured_qualifier)
            VALUES (@e, @a, @o, @es, @ee, @et, @src, @cert, @class, @mode, @at, @ast, @dv, @dp, @dfp, @place, @actors, @targets, @weapons,
              @kv, @kl, @kh, @kq, @iv, @il, @ih, @iq) RETURNING id
            """,
            ("e", eventId),
            ("a", m.ArticleId),
            ("o", ordinal),
            ("es", m.EvidenceStart),
            ("ee", m.EvidenceEnd),
            ("et", m.EvidenceText),
            ("src", m.Source),
            ("cert", m.Certainty),
            ("class", m.Class),
            ("mode", m.Mode),
            ("at", m.AcledEventType),
            ("ast", m.AcledSubEventType),
            ("dv", m.DateValue),
            ("dp", m.DatePrecision),
            ("dfp", m.DateFromPublished ? 1 : 0),
            ("place", m.Place is null ? null : StoreJson.Place(m.Place)),
            ("actors", StoreJson.Actors(m.Actors)),
            ("targets", StoreJson.Actors(m.Targets)),
            ("weapons", StoreJson.Strings(m.Weapons)),
            ("kv", m.Killed?.Value),
            ("kl", m.Killed?.Low),
            ("kh", m.Killed?.High),
            ("kq", m.Killed?.Qualifier),
            ("iv", m.Injured?.Value),
            ("il", m.Injured?.Low),
            ("ih", m.Injured?.High),
            ("iq", m.Injured?.Qualifier)), CultureInfo.InvariantCulture);

        InsertFigures(tx, mentionId, m);
        return mentionId;
    }

    private void InsertFigures(DbTransaction tx, long mentionId, EventMention m)
    {
        for (int i = 0; i < m.Figures.Count; i++)
        {
            var f = m.Figures[i];
            Execute(
                tx,
                "INSERT INTO mention_figures (mention_id, ordinal, role, value, low, high, qualifier, unit, text, object) VALUES (@m, @o, @r, @v, @lo, @hi, @q, @u, @t, @ob)",
                ("m", mentionId),
                ("o", i),
                ("r", f.Role),
                ("v", f.Value),
                ("lo", f.Low),
                ("hi", f.High),
                ("q", f.Qualifier),
                ("u", f.Unit),
                ("t", f.Text),
                ("ob", f.Object));
        }
    }

    public IReadOnlyList<FusedEvent> QueryEvents(EventQuery query)
    {
        var (sql, args) = FilteredEvents(query);
        if (query.Near is { } n)
        {
            return NearEvents(NearHits(sql.ToString(), args, n), query.Limit, query.Offset);
        }

        sql.Append(CultureInfo.InvariantCulture, $" ORDER BY e.date_start {_dialect.DescNullsLast}, e.id DESC");
        if (query.Limit > 0)
        {
            sql.Append(CultureInfo.InvariantCulture, $" LIMIT {query.Limit}");
        }

        if (query.Offset > 0)
        {
            sql.Append(CultureInfo.InvariantCulture, $"{(query.Limit > 0 ? "" : $" LIMIT {long.MaxValue}")} OFFSET {query.Offset}");
        }

        return ReadEvents(null, sql.ToString(), args);
    }

    public long CountEvents(EventQuery query, long atMost = 0)
    {
        var (sql, args) = FilteredEvents(query);
        if (query.Near is { } n)
        {
            long hits = NearHits(sql.ToString(), args, n).Count;
            return atMost > 0 ? Math.Min(hits, atMost) : hits;
        }

        var filtered = sql.ToString();
        var count = atMost > 0
            // In the list's order, so the capped count walks the index the page itself was read from.
            ? $"SELECT COUNT(*) FROM ({filtered.Replace("SELECT * FROM events e", "SELECT 1 FROM events e", StringComparison.Ordinal)} ORDER BY e.date_start {_dialect.DescNullsLast}, e.id DESC LIMIT {atMost}) t"
            : filtered.Replace("SELECT * FROM events e", "SELECT COUNT(*) FROM events e", StringComparison.Ordinal);
        return Convert.ToInt64(Scalar(null, count, [.. args]), CultureInfo.InvariantCulture);
    }

    public (IReadOnlyList<FusedEvent> Events, long Total) QueryPage(EventQuery query, long countAtMost = 0)
    {
        if (query.Near is { } n)
        {
            var (sql, args) = FilteredEvents(query);
            var hits = NearHits(sql.ToString(), args, n);
            long total = countAtMost > 0 ? Math.Min(hits.Count, countAtMost) : hits.Count;
            return (NearEvents(hits, query.Limit, query.Offset), total);
        }

        var events = QueryEvents(query);
        if (events.Count > 0 && events.Count < query.Limit)
        {
            // A short page is the last one: its end is the total.
            return (events, query.Offset + events.Count);
        }

        return (events, CountEvents(query, countAtMost));
    }

    public FusedEvent? GetEvent(long id)
    {
        var list = ReadEvents(null, "SELECT * FROM events WHERE id = @id", [("id", id)]);
        return list.Count == 0 ? null : list[0];
    }

    /// <summary>The SELECT over events with every filter of the query as WHERE terms; order and limit are the caller's.</summary>
    private (StringBuilder Sql, List<(string, object?)> Args) FilteredEvents(EventQuery query)
    {
        var sql = new StringBuilder("SELECT * FROM events e WHERE 1 = 1");
        var args = new List<(string, object?)>();
        if (query.Class is { } cls)
        {
            sql.Append(" AND e.class_key = @class");
            args.Add(("class", Key(cls)));
        }

        if (query.Since is { } since)
        {
            // date_start is indexed; an event's span is at most MaxDays, so this bound keeps the scan a range.
            sql.Append(" AND e.date_start >= @sinceLow AND e.date_end >= @since");
            args.Add(("sinceLow", DateRange.Iso(since.AddDays(-DateRange.MaxDays))));
            args.Add(("since", DateRange.Iso(since)));
        }

        if (query.Until is { } until)
        {
            sql.Append(" AND e.date_start <= @until");
            args.Add(("until", DateRange.Iso(until)));
        }

        if (query.Place is { } place)
        {
            sql.Append(" AND (e.place_key = @place OR e.admin1_key = @place)");
            args.Add(("place", Key(place)));
        }

        if (query.Country is { } country)
        {
            sql.Append(" AND e.country = @country");
            args.Add(("country", country.ToUpperInvariant()));
        }

        if (query.Near is { } near)
        {
            // One longitude range per latitude band (ix_events_lat_band), then the exact box.
            var box = Geo.BoundingBox(near.Lat, near.Lon, near.Km);
            sql.Append(" AND e.lat_band IN (");
            for (int band = Geo.LatBand(box.MinLat), last = Geo.LatBand(box.MaxLat); band <= last; band++)
            {
                sql.Append(CultureInfo.InvariantCulture, $"{band}{(band < last ? ", " : ")")}");
            }

            sql.Append(" AND e.lon BETWEEN @lo0 AND @lo1 AND e.lat BETWEEN @la0 AND @la1");
            args.Add(("la0", box.MinLat));
            args.Add(("la1", box.MaxLat));
            args.Add(("lo0", box.MinLon));
            args.Add(("lo1", box.MaxLon));
        }

        if (query.Actor is { } actor)
        {
            sql.Append(" AND EXISTS (SELECT 1 FROM event_actors x WHERE x.event_id = e.id AND x.name_key LIKE @actor)");
            args.Add(("actor", "%" + Key(actor) + "%"));
        }

        if (query.Source is { } source)
        {
            sql.Append(
                " AND EXISTS (SELECT 1 FROM event_mentions m JOIN articles a ON a.id = m.article_id WHERE m.event_id = e.id"
                + " AND (lower(COALESCE(m.source, '')) LIKE @src OR lower(COALESCE(a.outlet, '')) LIKE @src OR lower(COALESCE(a.url, '')) LIKE @src))");
            args.Add(("src", "%" + Key(source) + "%"));
        }

        if (query.Contradiction is { } contradiction)
        {
            sql.Append(contradiction ? " AND e.contradiction = 1" : " AND e.contradiction = 0");
        }

        if (query.WithCasualties)
        {
            sql.Append(" AND (e.killed_low IS NOT NULL OR e.injured_low IS NOT NULL)");
        }

        return (sql, args);
    }

    /// <summary>The ids and dates of the events within the distance, newest first, undated last.</summary>
    private List<(long Id, string? Date)> NearHits(string filteredSql, List<(string, object?)> args, (double Lat, double Lon, double Km) near)
    {
        var hits = new List<(long Id, string? Date)>();
        using (var cmd = Command(null, filteredSql.Replace("SELECT * FROM events e", "SELECT e.id, e.lat, e.lon, e.date_start FROM events e", StringComparison.Ordinal), [.. args]))
        using (var r = cmd.ExecuteReader())
        {
            while (r.Read())
            {
                if (Geo.DistanceKm(near.Lat, near.Lon, r.GetDouble(1), r.GetDouble(2)) <= near.Km)
                {
                    hits.Add((Convert.ToInt64(r.GetValue(0), CultureInfo.InvariantCulture), NullableString(r, 3)));
                }
            }
        }

        hits.Sort((a, b) => a.Date is null != b.Date is null
            ? (a.Date is null ? 1 : -1)
            : string.CompareOrdinal(b.Date, a.Date) is var c && c != 0 ? c : b.Id.CompareTo(a.Id));
        return hits;
    }

    /// <summary>
    /// --near in two steps: the box scan reads only id, position and date (from the covering index),
    /// the exact distance and the limit are applied here, and only the rows kept are read in full.
    /// </summary>
    private List<FusedEvent> NearEvents(List<(long Id, string? Date)> hits, int limit, int offset)
    {
        if (offset > 0)
        {
            hits.RemoveRange(0, Math.Min(offset, hits.Count));
        }

        if (limit > 0 && hits.Count > limit)
        {
            hits.RemoveRange(limit, hits.Count - limit);
        }

        var events = new List<FusedEvent>(hits.Count);
        foreach (var chunk in hits.Chunk(500))
        {
            var ids = string.Join(", ", chunk.Select(h => h.Id.ToString(CultureInfo.InvariantCulture)));
            events.AddRange(ReadEvents(null, $"SELECT * FROM events WHERE id IN ({ids})", []));
        }

        var order = new Dictionary<long, int>(hits.Count);
        for (int i = 0; i < hits.Count; i++)
        {
            order[hits[i].Id] = i;
        }

        events.Sort((a, b) => order[a.Id].CompareTo(order[b.Id]));
        return events;
    }

    public IReadOnlyDictionary<long, List<StoredMention>> MentionsOf(IReadOnlyCollection<long> eventIds) => LoadMentions(null, eventIds);

    private Dictionary<long, List<StoredMention>> LoadMentions(DbTransaction? tx, IReadOnlyCollection<long> eventIds)
    {
        var result = new Dictionary<long, List<StoredMention>>();
        foreach (var chunk in eventIds.Distinct().Chunk(500))
        {
            var inList = string.Join(", ", chunk.Select(id => id.ToString(CultureInfo.InvariantCulture)));
            var figures = new Dictionary<long, List<MentionFigure>>();
            using (var cmd = Command(tx, $"SELECT f.mention_id, f.role, f.value, f.low, f.high, f.qualifier, f.unit, f.text, f.object FROM mention_figures f JOIN event_mentions m ON m.id = f.mention_id WHERE m.event_id IN ({inList}) ORDER BY f.mention_id, f.ordinal"))
            using (var r = cmd.ExecuteReader())
            {
                while (r.Read())
                {
                    long mid = Convert.ToInt64(r.GetValue(0), CultureInfo.InvariantCulture);
                    if (!figures.TryGetValue(mid, out var list))
                    {
                        figures[mid] = list = [];
                    }

                    list.Add(new MentionFigure(r.GetString(1), r.GetDouble(2), r.GetString(5))
                    {
                        Low = NullableDouble(r, 3),
                        High = NullableDouble(r, 4),
                        Unit = NullableString(r, 6),
                        Text = NullableString(r, 7),
                        Object = NullableString(r, 8),
                    });
                }
            }

            using (var cmd = Command(tx, $"SELECT m.*, a.external_id AS a_external_id, a.title AS a_title, a.url AS a_url, a.outlet AS a_outlet, a.published AS a_published FROM event_mentions m JOIN articles a ON a.id = m.article_id WHERE m.event_id IN ({inList}) ORDER BY m.event_id, a.published IS NOT NULL, a.published, m.id"))
            using (var r = cmd.ExecuteReader())
            {
                var col = Columns(r);
                while (r.Read())
                {
                    long id = Convert.ToInt64(r.GetValue(col["id"]), CultureInfo.InvariantCulture);
                    long eventId = Convert.ToInt64(r.GetValue(col["event_id"]), CultureInfo.InvariantCulture);
                    var published = NullableString(r, col["a_published"]) is { } p ? DateOnly.ParseExact(p, "yyyy-MM-dd", CultureInfo.InvariantCulture) : (DateOnly?)null;
                    var mention = new EventMention(r.GetString(col["class"]), r.GetString(col["certainty"]))
                    {
                        ArticleId = Convert.ToInt64(r.GetValue(col["article_id"]), CultureInfo.InvariantCulture),
                        Mode = NullableString(r, col["mode"]),
                        AcledEventType = NullableString(r, col["acled_event_type"]),
                        AcledSubEventType = NullableString(r, col["acled_sub_event_type"]),
                        DateValue = NullableString(r, col["date_value"]),
                        DatePrecision = NullableString(r, col["date_precision"]),
                        DateFromPublished = Convert.ToInt32(r.GetValue(col["date_from_published"]), CultureInfo.InvariantCulture) != 0,
                        Place = NullableString(r, col["place"]) is { } pj ? StoreJson.ParsePlace(pj) : null,
                        Published = published,
                        Actors = StoreJson.ParseActors(r.GetString(col["actors"])),
                        Targets = StoreJson.ParseActors(r.GetString(col["targets"])),
                        Weapons = StoreJson.ParseStrings(r.GetString(col["weapons"])),
                        Killed = ReadFigure(r, col, "killed"),
                        Injured = ReadFigure(r, col, "injured"),
                        Figures = figures.GetValueOrDefault(id) ?? [],
                        EvidenceStart = Convert.ToInt32(r.GetValue(col["evidence_start"]), CultureInfo.InvariantCulture),
                        EvidenceEnd = Convert.ToInt32(r.GetValue(col["evidence_end"]), CultureInfo.InvariantCulture),
                        EvidenceText = r.GetString(col["evidence_text"]),
                        Source = NullableString(r, col["source"]),
                    };
                    if (!result.TryGetValue(eventId, out var list))
                    {
                        result[eventId] = list = [];
                    }

                    list.Add(new StoredMention(id, eventId, mention)
                    {
                        ArticleExternalId = NullableString(r, col["a_external_id"]),
                        Title = NullableString(r, col["a_title"]),
                        Url = NullableString(r, col["a_url"]),
                        Outlet = NullableString(r, col["a_outlet"]),
                        Published = published,
                    });
                }
            }
        }

        return result;
    }

    private static FigureValue? ReadFigure(DbDataReader r, Dictionary<string, int> col, string prefix)
    {
        if (NullableDouble(r, col[prefix + "_value"]) is not { } v)
        {
            return null;
        }

        return new FigureValue(v, NullableString(r, col[prefix + "_qualifier"]) ?? Qualifiers.Exact, NullableDouble(r, col[prefix + "_low"]), NullableDouble(r, col[prefix + "_high"]));
    }

    private const string ArticleSummaryColumns = "id, external_id, title, url, outlet, published, word_count, event_count";

    public IReadOnlyList<ArticleSummary> ListArticles(int limit, int offset)
    {
        var list = new List<ArticleSummary>();
        using var cmd = Command(
            null,
            $"SELECT {ArticleSummaryColumns} FROM articles ORDER BY published IS NULL, published DESC, id DESC LIMIT @limit OFFSET @offset",
            ("limit", limit > 0 ? limit : long.MaxValue),
            ("offset", Math.Max(0, offset)));
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            list.Add(ReadArticleSummary(r));
        }

        return list;
    }

    public StoredArticle? GetArticle(long id)
    {
        ArticleSummary summary;
        string text;
        string? analysis;
        using (var cmd = Command(null, $"SELECT {ArticleSummaryColumns}, text, analysis FROM articles WHERE id = @id", ("id", id)))
        using (var r = cmd.ExecuteReader())
        {
            if (!r.Read())
            {
                return null;
            }

            summary = ReadArticleSummary(r);
            text = r.GetString(8);
            analysis = NullableString(r, 9);
        }

        var sightings = new List<Sighting>();
        using (var cmd = Command(null, "SELECT location, format, url, seen_at, similarity FROM sightings WHERE article_id = @id ORDER BY id", ("id", id)))
        using (var r = cmd.ExecuteReader())
        {
            while (r.Read())
            {
                sightings.Add(new Sighting(r.GetString(0), r.GetString(1), NullableString(r, 2), r.GetString(3), Convert.ToDouble(r.GetValue(4), CultureInfo.InvariantCulture)));
            }
        }

        return new StoredArticle(summary, text, analysis, sightings);
    }

    private static ArticleSummary ReadArticleSummary(DbDataReader r) => new(
        Convert.ToInt64(r.GetValue(0), CultureInfo.InvariantCulture),
        NullableString(r, 1),
        NullableString(r, 2),
        NullableString(r, 3),
        NullableString(r, 4),
        NullableString(r, 5) is { } p ? DateOnly.ParseExact(p, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
        Convert.ToInt32(r.GetValue(6), CultureInfo.InvariantCulture),
        Convert.ToInt32(r.GetValue(7), CultureInfo.InvariantCulture));

    public IReadOnlyList<ArticleHit> SearchArticles(string text, int limit = 20)
    {
        var hits = new List<ArticleHit>();
        if (string.IsNullOrWhiteSpace(text))
        {
            return hits;
        }

        using var cmd = Command(null, _dialect.FullTextQuery, ("q", _dialect.FullTextParameter(text)), ("limit", limit));
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            hits.Add(new ArticleHit(
                Convert.ToInt64(r.GetValue(0), CultureInfo.InvariantCulture),
                NullableString(r, 1),
                NullableString(r, 2),
                NullableString(r, 3),
                NullableString(r, 4) is { } p ? DateOnly.ParseExact(p, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
                Convert.ToDouble(r.GetValue(5), CultureInfo.InvariantCulture)));
        }

        return hits;
    }

    public StoreStats Stats()
    {
        long Count(string table) => Convert.ToInt64(Scalar(null, $"SELECT COUNT(*) FROM {table}"), CultureInfo.InvariantCulture);
        return new StoreStats(Count("articles"), Count("sightings"), Count("events"), Count("event_mentions"), Count("mention_figures"));
    }

    private List<FusedEvent> ReadEvents(DbTransaction? tx, string sql, List<(string, object?)> args)
    {
        var list = new List<FusedEvent>();
        var cmd = Prepared(tx, sql, [.. args], out bool kept);
        using var owned = kept ? null : cmd;
        using var r = cmd.ExecuteReader();
        var col = Columns(r);
        while (r.Read())
        {
            EventPlace? place = null;
            if (NullableString(r, col["place_name"]) is { } name)
            {
                place = new EventPlace(name, NullableString(r, col["place_level"]) ?? PlaceLevels.Populated, NullableString(r, col["country"]) ?? "")
                {
                    Admin1 = NullableString(r, col["admin1"]),
                    Lat = NullableDouble(r, col["lat"]),
                    Lon = NullableDouble(r, col["lon"]),
                    Precision = r.IsDBNull(col["geo_precision"]) ? 1 : Convert.ToInt32(r.GetValue(col["geo_precision"]), CultureInfo.InvariantCulture),
                    GeonamesId = r.IsDBNull(col["geonames_id"]) ? null : Convert.ToInt64(r.GetValue(col["geonames_id"]), CultureInfo.InvariantCulture),
                };
            }

            DateRange? date = null;
            if (NullableString(r, col["date_start"]) is { } ds && NullableString(r, col["date_end"]) is { } de)
            {
                date = new DateRange(DateOnly.ParseExact(ds, "yyyy-MM-dd", CultureInfo.InvariantCulture), DateOnly.ParseExact(de, "yyyy-MM-dd", CultureInfo.InvariantCulture));
            }

            bool contradiction = Convert.ToInt32(r.GetValue(col["contradiction"]), CultureInfo.InvariantCulture) != 0;
            list.Add(new FusedEvent(r.GetString(col["class"]), r.GetString(col["certainty"]))
            {
                Id = Convert.ToInt64(r.GetValue(col["id"]), CultureInfo.InvariantCulture),
                Mode = NullableString(r, col["mode"]),
                AcledEventType = NullableString(r, col["acled_event_type"]),
                AcledSubEventType = NullableString(r, col["acled_sub_event_type"]),
                DateValue = NullableString(r, col["date_value"]),
                DatePrecision = NullableString(r, col["date_precision"]),
                DateFromPublished = Convert.ToInt32(r.GetValue(col["date_from_published"]), CultureInfo.InvariantCulture) != 0,
                Date = date,
                Place = place,
                Actors = StoreJson.ParseActors(r.GetString(col["actors"])),
                Targets = StoreJson.ParseActors(r.GetString(col["targets"])),
                Killed = Range(r, col, "killed"),
                Injured = Range(r, col, "injured"),
                Contradiction = contradiction,
                MentionCount = Convert.ToInt32(r.GetValue(col["mention_count"]), CultureInfo.InvariantCulture),
            });
        }

        return list;

        static ReconciledFigure? Range(DbDataReader r, Dictionary<string, int> col, string prefix)
            => NullableDouble(r, col[prefix + "_low"]) is { } lo && NullableDouble(r, col[prefix + "_high"]) is { } hi
                ? new ReconciledFigure(lo, hi, false, 0)
                : null;
    }

    private static Dictionary<string, int> Columns(DbDataReader r)
    {
        var map = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (int i = 0; i < r.FieldCount; i++)
        {
            map.TryAdd(r.GetName(i), i);
        }

        return map;
    }

    private static string? NullableString(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    private static double? NullableDouble(DbDataReader r, int i) => r.IsDBNull(i) ? null : Convert.ToDouble(r.GetValue(i), CultureInfo.InvariantCulture);

    /// <summary>The case-folded key that indexed name columns are matched on.</summary>
    internal static string Key(string s) => s.Trim().ToLowerInvariant();

    private DbCommand Command(DbTransaction? tx, string sql, params (string Name, object? Value)[] args)
    {
        var cmd = _connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        foreach (var (name, value) in args)
        {
            AddParameter(cmd, name, value);
        }

        return cmd;
    }

    internal static void AddParameter(DbCommand cmd, string name, object? value)
    {
        var p = cmd.CreateParameter();
        // With its "@" the SQLite driver binds by one lookup; bare, it tries each prefix in turn.
        p.ParameterName = "@" + name;
        p.Value = value ?? DBNull.Value;
        cmd.Parameters.Add(p);
    }

    private object? Scalar(DbTransaction? tx, string sql, params (string, object?)[] args)
    {
        if (Fast(sql) is { } fast)
        {
            return fast.Run(args, scalar: true);
        }

        var cmd = Prepared(tx, sql, args, out bool kept);
        try
        {
            var value = cmd.ExecuteScalar();
            return value is DBNull ? null : value;
        }
        finally
        {
            if (!kept)
            {
                cmd.Dispose();
            }
        }
    }

    /// <summary>Runs a query and appends the first <paramref name="columns"/> columns of every row, as integers, to <paramref name="into"/>.</summary>
    private void ReadIntegers(DbTransaction tx, string sql, (string, object?)[] args, int columns, List<long> into)
    {
        if (Fast(sql) is { } fast)
        {
            fast.ReadIntegers(args, columns, into);
            return;
        }

        var cmd = Prepared(tx, sql, args, out bool kept);
        using (kept ? null : cmd)
        using (var r = cmd.ExecuteReader())
        {
            while (r.Read())
            {
                for (int c = 0; c < columns; c++)
                {
                    into.Add(Convert.ToInt64(r.GetValue(c), CultureInfo.InvariantCulture));
                }
            }
        }
    }

    private void Execute(DbTransaction? tx, string sql, params (string, object?)[] args)
    {
        if (Fast(sql) is { } fast)
        {
            fast.Run(args, scalar: false);
            return;
        }

        var cmd = Prepared(tx, sql, args, out bool kept);
        try
        {
            cmd.ExecuteNonQuery();
        }
        finally
        {
            if (!kept)
            {
                cmd.Dispose();
            }
        }
    }

    /// <summary>Most statements have only a few shapes; more than this are built afresh each time.</summary>
    private const int PreparedLimit = 256;

    /// <summary>
    /// A statement run below ADO.NET, where the store's driver offers one (SQLite): the values are bound by
    /// position to a statement prepared once, which spares the per-value name lookups, conversions and
    /// reader objects that dominate the cost of the small inserts the ingest writer runs thousands of times.
    /// It runs in whatever transaction the connection has open.
    /// </summary>
    private protected interface IFastStatement : IDisposable
    {
        /// <summary>Runs the statement with these values (names as in the SQL, without "@"); with <paramref name="scalar"/>, returns the first column of the first row.</summary>
        object? Run((string Name, object? Value)[] args, bool scalar);

        /// <summary>Runs a query and appends the first <paramref name="columns"/> columns of every row, as integers, to <paramref name="into"/>.</summary>
        void ReadIntegers((string Name, object? Value)[] args, int columns, List<long> into);
    }

    /// <summary>A fast statement for this SQL, or null to run it through ADO.NET.</summary>
    private protected virtual IFastStatement? PrepareFast(string sql) => null;

    private readonly Dictionary<string, IFastStatement?> _fast = new(StringComparer.Ordinal);

    private IFastStatement? Fast(string sql)
    {
        if (!_fast.TryGetValue(sql, out var fast) && _fast.Count < PreparedLimit)
        {
            fast = PrepareFast(sql);
            _fast[sql] = fast;
        }

        return fast;
    }

    /// <summary>
    /// A command kept for its SQL text and reused with new values: preparing a statement costs more
    /// than running the insert, and an ingest runs the same dozen statements for every article.
    /// The caller disposes it only when it is not <paramref name="kept"/> (the store disposes kept ones with the connection).
    /// </summary>
    private DbCommand Prepared(DbTransaction? tx, string sql, (string Name, object? Value)[] args, out bool kept)
    {
        kept = true;
        if (!_prepared.TryGetValue(sql, out var cmd))
        {
            cmd = _connection.CreateCommand();
            cmd.CommandText = sql;
            foreach (var (name, value) in args)
            {
                AddParameter(cmd, name, value);
            }

            if (_prepared.Count < PreparedLimit)
            {
                _prepared[sql] = cmd;
            }
            else
            {
                kept = false;
            }
        }
        else if (cmd.Parameters.Count == args.Length)
        {
            for (int i = 0; i < args.Length; i++)
            {
                var p = cmd.Parameters[i];
                if (p.ParameterName.Length != args[i].Name.Length + 1 || !p.ParameterName.AsSpan(1).SequenceEqual(args[i].Name))
                {
                    throw new InvalidOperationException($"parameter {i} is {p.ParameterName} in the kept command, @{args[i].Name} now: {sql}");
                }

                p.Value = args[i].Value ?? DBNull.Value;
            }
        }
        else
        {
            cmd.Parameters.Clear();
            foreach (var (name, value) in args)
            {
                AddParameter(cmd, name, value);
            }
        }

        cmd.Transaction = tx;
        return cmd;
    }


    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            RollbackGroup();
            foreach (var cmd in _prepared.Values)
            {
                cmd.Dispose();
            }

            _prepared.Clear();
            foreach (var fast in _fast.Values)
            {
                fast?.Dispose();
            }

            _fast.Clear();
            _connection.Dispose();
        }
    }
}

/// <summary>The small JSON values stored in text columns: actor lists, a place, string lists.</summary>
internal static class StoreJson
{
    // One buffer and writer per thread, reset for each value: the writer stores several of these per event.
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    [ThreadStatic]
    private static Utf8JsonWriter? t_writer;

    private static Utf8JsonWriter Writer()
    {
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(1024);
        buffer.ResetWrittenCount();
        if (t_writer is { } w)
        {
            w.Reset(buffer);
            return w;
        }

        return t_writer = new Utf8JsonWriter(buffer);
    }

    private static string Written(Utf8JsonWriter w)
    {
        w.Flush();
        return Encoding.UTF8.GetString(t_buffer!.WrittenSpan);
    }

    public static string Actors(IReadOnlyList<Actor> actors)
    {
        if (actors.Count == 0)
        {
            return "[]";
        }

        var w = Writer();
        WriteActorArray(w, actors);
        return Written(w);
    }

    /// <summary>The store's and the exports' one JSON form of an actor list: <c>[{"name":…,"kind":…}]</c>.</summary>
    internal static void WriteActorArray(Utf8JsonWriter w, IReadOnlyList<Actor> actors)
    {
        w.WriteStartArray();
        foreach (var a in actors)
        {
            w.WriteStartObject();
            w.WriteString("name", a.Name);
            w.WriteString("kind", a.Kind);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    public static List<Actor> ParseActors(string json)
    {
        var list = new List<Actor>();
        using var doc = JsonDocument.Parse(json);
        foreach (var e in doc.RootElement.EnumerateArray())
        {
            list.Add(new Actor(e.GetProperty("name").GetString() ?? "", e.TryGetProperty("kind", out var k) ? k.GetString() ?? "" : ""));
        }

        return list;
    }

    public static string Strings(IReadOnlyList<string> values)
    {
        if (values.Count == 0)
        {
            return "[]";
        }

        var w = Writer();
        w.WriteStartArray();
        foreach (var v in values)
        {
            w.WriteStringValue(v);
        }

        w.WriteEndArray();
        return Written(w);
    }

    public static List<string> ParseStrings(string json) => JsonSerializer.Deserialize(json, StoreJsonContext.Default.ListString) ?? [];

    public static string Place(EventPlace p)
    {
        var w = Writer();
        w.WriteStartObject();
        w.WriteString("name", p.Name);
        w.WriteString("level", p.Level);
        w.WriteString("country", p.Country);
        if (p.Admin1 is not null)
        {
            w.WriteString("admin1", p.Admin1);
        }

        if (p.Lat is { } lat && p.Lon is { } lon)
        {
            w.WriteNumber("lat", lat);
            w.WriteNumber("lon", lon);
        }

        w.WriteNumber("precision", p.Precision);
        if (p.GeonamesId is { } id)
        {
            w.WriteNumber("geonames_id", id);
        }

        w.WriteEndObject();

        return Written(w);
    }

    public static EventPlace ParsePlace(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var e = doc.RootElement;
        return new EventPlace(e.GetProperty("name").GetString() ?? "", e.GetProperty("level").GetString() ?? "", e.GetProperty("country").GetString() ?? "")
        {
            Admin1 = e.TryGetProperty("admin1", out var a) ? a.GetString() : null,
            Lat = e.TryGetProperty("lat", out var la) ? la.GetDouble() : null,
            Lon = e.TryGetProperty("lon", out var lo) ? lo.GetDouble() : null,
            Precision = e.TryGetProperty("precision", out var p) ? p.GetInt32() : 1,
            GeonamesId = e.TryGetProperty("geonames_id", out var g) ? g.GetInt64() : null,
        };
    }
}

[System.Text.Json.Serialization.JsonSerializable(typeof(List<string>))]
internal sealed partial class StoreJsonContext : System.Text.Json.Serialization.JsonSerializerContext;
