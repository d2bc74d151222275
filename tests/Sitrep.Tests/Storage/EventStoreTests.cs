using Sitrep.Fusion;
using Sitrep.Storage;
using static Sitrep.Tests.Storage.StoreFixtures;

namespace Sitrep.Tests.Storage;

/// <summary>The store contract; run against SQLite always and PostgreSQL when a server is at hand.</summary>
public abstract class EventStoreTests : IDisposable
{
    private readonly List<IDisposable> _opened = [];

    /// <summary>A new, empty store (skips the test when the backend is unavailable).</summary>
    protected abstract IEventStore CreateStore();

    /// <summary>The same store opened again, to check what persisted.</summary>
    protected abstract IEventStore Reopen();

    protected IEventStore Store()
    {
        var store = CreateStore();
        _opened.Add(store);
        return store;
    }

    [SkippableFact]
    public void An_article_is_stored_once_and_a_second_copy_is_a_sighting()
    {
        var store = Store();
        var text = Words(1);
        var first = Add(store, text, "a.txt");
        var second = Add(store, "  " + text.ToUpperInvariant().Replace(" ", "   ", StringComparison.Ordinal), "b.txt");
        var again = Add(store, text, "a.txt");

        Assert.Equal(AddStatus.New, first.Status);
        Assert.Equal(AddStatus.Duplicate, second.Status);
        Assert.Equal(first.ArticleId, second.ArticleId);
        Assert.Equal(AddStatus.Duplicate, again.Status);
        var stats = store.Stats();
        Assert.Equal(1, stats.Articles);
        Assert.Equal(2, stats.Sightings);
    }

    [SkippableFact]
    public void A_near_duplicate_collapses_into_the_first_article()
    {
        var store = Store();
        var text = Words(2, 600);
        var edited = text.Replace("governor said", "governor told reporters", StringComparison.Ordinal) + " Updated at 10:00.";
        Assert.True(NearDuplicates.Similarity(text, edited) >= NearDuplicates.Threshold);

        var first = Add(store, text, "a.txt");
        var near = Add(store, edited, "b.txt");
        var other = Add(store, Words(3, 600), "c.txt");

        Assert.Equal(AddStatus.NearDuplicate, near.Status);
        Assert.Equal(first.ArticleId, near.ArticleId);
        Assert.Equal(AddStatus.New, other.Status);
        Assert.Equal(2, store.Stats().Articles);
        Assert.Equal(3, store.Stats().Sightings);
    }

    [SkippableFact]
    public void Reports_of_one_strike_in_two_articles_fuse_into_one_event_with_both_sources()
    {
        var store = Store();
        Add(store, Words(10), "a.txt", Strike(Kharkiv, "2024-11-17", 10, source: "regional governor"));
        var second = Add(store, Words(11), "b.txt", Strike(Pisochyn, "2024-11-17", 7, source: "police"));

        Assert.Equal(0, second.EventsCreated);
        Assert.Equal(1, second.EventsMerged);
        var e = Assert.Single(store.QueryEvents(new EventQuery()));
        Assert.Equal(2, e.MentionCount);
        Assert.Equal(7, e.Killed!.Low);
        Assert.Equal(10, e.Killed.High);
        Assert.True(e.Contradiction);
        var mentions = store.MentionsOf([e.Id])[e.Id];
        Assert.Equal(["regional governor", "police"], mentions.Select(m => m.Mention.Source).Order().Reverse());
        Assert.All(mentions, m => Assert.Single(m.Mention.Figures));
    }

    [SkippableFact]
    public void At_least_seven_and_ten_are_compatible_figures()
    {
        var store = Store();
        Add(store, Words(12), "a.txt", Strike(Kharkiv, "2024-11-17", 7, Pipeline.Qualifiers.AtLeast));
        Add(store, Words(13), "b.txt", Strike(Kharkiv, "2024-11-17", 10));

        var e = Assert.Single(store.QueryEvents(new EventQuery()));
        Assert.False(e.Contradiction);
        Assert.Equal(7, e.Killed!.Low);
        Assert.Equal(10, e.Killed.High);
    }

    [SkippableFact]
    public void Strikes_in_different_cities_or_on_different_days_stay_apart()
    {
        var store = Store();
        Add(store, Words(20), "a.txt", Strike(Kharkiv, "2024-11-17"), Strike(Odesa, "2024-11-17"));
        Add(store, Words(21), "b.txt", Strike(Kharkiv, "2024-11-12"));
        Add(store, Words(22), "c.txt", Strike(Kharkiv, "2024-11-17", actors: Ukraine));

        Assert.Equal(4, store.Stats().Events);
    }

    [SkippableFact]
    public void A_regional_report_joins_a_city_event_in_the_same_oblast()
    {
        var store = Store();
        Add(store, Words(23), "a.txt", Strike(Kharkiv, "2024-11-17", 3));
        Add(store, Words(24), "b.txt", Strike(KharkivOblast, "2024-11", 3));

        var e = Assert.Single(store.QueryEvents(new EventQuery()));
        Assert.Equal("Kharkiv", e.Place!.Name);
        Assert.Equal("2024-11-17", e.DateValue);
    }

    [SkippableFact]
    public void A_past_day_told_in_a_country_and_with_no_place_joins_one_event()
    {
        var store = Store();
        var inUkraine = new EventPlace("Ukraine", Sitrep.Pipeline.PlaceLevels.Country, "UA");
        var invasion = Strike(null, "2022-02-24") with { Class = "FIGHT", EvidenceText = "Russia began its current invasion of Ukraine on Feb. 24, 2022." };
        store.Add(Article(Words(60), "a.txt", new DateOnly(2023, 2, 16)), NearDuplicates.Fingerprint(Words(60)), "{}", [invasion with { Place = inUkraine }]);
        store.Add(Article(Words(61), "b.txt", new DateOnly(2022, 7, 13)), NearDuplicates.Fingerprint(Words(61)), "{}",
            [invasion with { EvidenceText = "Russia’s invasion on February 24 came after the winter crop of wheat was planted." }]);

        var e = Assert.Single(store.QueryEvents(new EventQuery()));
        Assert.Equal("Ukraine", e.Place!.Name);
        Assert.Equal(2, e.MentionCount);
    }

    [SkippableFact]
    public void A_past_day_told_with_no_place_and_then_in_a_country_joins_one_event()
    {
        // The reverse order: the country-level telling comes second and must find the unplaced event (candidate shape 4).
        var store = Store();
        var inUkraine = new EventPlace("Ukraine", Sitrep.Pipeline.PlaceLevels.Country, "UA");
        var invasion = Strike(null, "2022-02-24") with { Class = "FIGHT", EvidenceText = "Russia’s invasion on February 24 came after the winter crop of wheat was planted." };
        store.Add(Article(Words(62), "a.txt", new DateOnly(2022, 7, 13)), NearDuplicates.Fingerprint(Words(62)), "{}", [invasion]);
        store.Add(Article(Words(63), "b.txt", new DateOnly(2023, 2, 16)), NearDuplicates.Fingerprint(Words(63)), "{}",
            [invasion with { Place = inUkraine, EvidenceText = "Russia began its current invasion of Ukraine on Feb. 24, 2022." }]);

        var e = Assert.Single(store.QueryEvents(new EventQuery()));
        Assert.Equal(2, e.MentionCount);
    }

    [SkippableFact]
    public void Analysis_json_given_as_utf8_bytes_reads_back_as_the_same_text()
    {
        var store = Store();
        var json = """{"text":"Київ — «обстріл»","quote":"he said \"no\"","n":1}""";
        var text = Words(40);
        var id = store.Add(Article(text, "a.txt"), NearDuplicates.Fingerprint(text), System.Text.Encoding.UTF8.GetBytes(json), []).ArticleId;
        var other = Words(41);
        var none = store.Add(Article(other, "b.txt"), NearDuplicates.Fingerprint(other), (byte[]?)null, []).ArticleId;

        Assert.Equal(json, store.GetArticle(id)!.AnalysisJson);
        Assert.Null(store.GetArticle(none)!.AnalysisJson);
    }

    [SkippableFact]
    public void An_empty_title_is_stored_as_empty_text_not_as_null()
    {
        var store = Store();
        var text = Words(42);
        var id = store.Add(Article(text, "a.txt") with { Title = "", Outlet = null }, NearDuplicates.Fingerprint(text), "{}", []).ArticleId;

        var article = store.GetArticle(id)!;
        Assert.Equal("", article.Summary.Title);
        Assert.Null(article.Summary.Outlet);
    }

    [SkippableFact]
    public void A_merged_report_naming_a_new_actor_makes_the_event_findable_by_it()
    {
        var store = Store();
        Add(store, Words(43), "a.txt", Strike(Kharkiv, "2024-11-17"));
        Add(store, Words(44), "b.txt", Strike(Kharkiv, "2024-11-17"));
        Assert.Empty(store.QueryEvents(new EventQuery { Actor = "ukraine" }));

        var merged = Add(store, Words(45), "c.txt", Strike(Kharkiv, "2024-11-17", actors: [Russia, Ukraine]));

        Assert.Equal(1, merged.EventsMerged);
        var e = Assert.Single(store.QueryEvents(new EventQuery { Actor = "ukraine" }));
        Assert.Equal(["Russia", "Ukraine"], e.Actors.Select(a => a.Name).Order());
        Assert.Single(store.QueryEvents(new EventQuery { Actor = "russia" }));
        Assert.Single(store.QueryEvents(new EventQuery { Actor = "civilians" }));
    }

    [SkippableFact]
    public void Queries_filter_by_date_place_country_distance_actor_class_and_source()
    {
        var store = Store();
        Add(store, Words(30), "a.txt", Strike(Kharkiv, "2024-11-17", source: "Kharkiv governor"));
        Add(store, Words(31), "b.txt", Strike(Odesa, "2024-10-02", source: "Odesa city council"));
        Add(store, Words(32), "c.txt", Strike(Odesa, "2024-11", actors: Ukraine) with { Class = "assault" });

        int Count(EventQuery q) => store.QueryEvents(q).Count;
        Assert.Equal(3, Count(new EventQuery()));
        Assert.Equal(2, Count(new EventQuery { Since = new DateOnly(2024, 11, 1) }));
        Assert.Equal(2, Count(new EventQuery { Since = new DateOnly(2024, 11, 10), Until = new DateOnly(2024, 11, 30) }));
        Assert.Equal(1, Count(new EventQuery { Until = new DateOnly(2024, 10, 31) }));
        Assert.Equal(2, Count(new EventQuery { Place = "odesa" }));
        Assert.Equal(1, Count(new EventQuery { Place = "Kharkivska" }));
        Assert.Equal(3, Count(new EventQuery { Country = "UA" }));
        Assert.Equal(0, Count(new EventQuery { Country = "RU" }));
        Assert.Equal(1, Count(new EventQuery { Near = (50.0, 36.2, 25) }));
        Assert.Equal(0, Count(new EventQuery { Near = (50.0, 36.2, 1) }));
        Assert.Equal(1, Count(new EventQuery { Actor = "ukr" }));
        Assert.Equal(1, Count(new EventQuery { Class = "ASSAULT" }));
        Assert.Equal(1, Count(new EventQuery { Source = "council" }));
        Assert.Equal(2, Count(new EventQuery { Limit = 2 }));
        Assert.Equal("2024-11-17", store.QueryEvents(new EventQuery())[0].DateValue);
    }

    [SkippableFact]
    public void Full_text_search_finds_articles_by_their_words()
    {
        var store = Store();
        Add(store, "Shelling damaged a hospital in Kherson on Tuesday, the regional administration said.", "a.txt");
        Add(store, "Grain exports through the Black Sea corridor rose in October.", "b.txt");

        var hit = Assert.Single(store.SearchArticles("hospital Kherson"));
        Assert.Equal("Report a.txt", hit.Title);
        Assert.Empty(store.SearchArticles("submarine"));
        Assert.Empty(store.SearchArticles("\"unbalanced (quote AND"));
    }

    [SkippableFact]
    public void The_schema_version_persists_and_reopening_keeps_the_data()
    {
        var store = Store();
        Assert.True(store.SchemaVersion >= 1);
        Add(store, Words(40), "a.txt", Strike(Kharkiv, "2024-11-17", 3));
        using var again = Reopen();
        Assert.Equal(store.SchemaVersion, again.SchemaVersion);
        Assert.Equal(1, again.Stats().Events);
        Assert.Single(again.ContentHashes());
    }

    [SkippableFact]
    public void A_committed_group_keeps_all_its_articles_and_a_rolled_back_group_none()
    {
        var store = Store();
        store.BeginGroup();
        Add(store, Words(50), "a.txt", Strike(Kharkiv, "2024-11-17", 3));
        Add(store, Words(51), "b.txt", Strike(Pisochyn, "2024-11-17", 4));
        store.CommitGroup();

        store.BeginGroup();
        Add(store, Words(52), "c.txt", Strike(Kharkiv, "2024-11-17", 5));
        Add(store, Words(53), "d.txt");
        store.RollbackGroup();

        var stats = store.Stats();
        Assert.Equal(2, stats.Articles);
        Assert.Equal(1, stats.Events);
        Assert.Equal(2, stats.Mentions);
        Assert.Equal(2, store.ContentHashes().Count);
    }

    [SkippableFact]
    public void After_a_rolled_back_group_fusion_sees_only_what_was_stored()
    {
        var store = Store();
        Add(store, Words(60), "a.txt", Strike(Kharkiv, "2024-11-17", 10));
        store.BeginGroup();
        Add(store, Words(61), "b.txt", Strike(Pisochyn, "2024-11-17", 7));
        store.RollbackGroup();

        var third = Add(store, Words(62), "c.txt", Strike(Kharkiv, "2024-11-17", 10));

        Assert.Equal(1, third.EventsMerged);
        var e = Assert.Single(store.QueryEvents(new EventQuery()));
        Assert.Equal(2, e.MentionCount);
        Assert.False(e.Contradiction);
        Assert.Equal(2, store.MentionsOf([e.Id])[e.Id].Count);
    }

    [SkippableFact]
    public void Two_writers_storing_reports_of_one_strike_at_once_make_one_event()
    {
        var first = Store();
        var second = Reopen();
        _opened.Add(second);
        first.BeginGroup();
        Add(first, Words(70), "a.txt", Strike(Kharkiv, "2024-11-17", 10));
        using var started = new ManualResetEventSlim();
        var other = Task.Run(() =>
        {
            started.Set();
            return Add(second, Words(71), "b.txt", Strike(Pisochyn, "2024-11-17", 7));
        });
        started.Wait();

        // The second writer reaches the store while the first one's group is still open; it must
        // wait for it and then see its event, not create a second one.
        Thread.Sleep(300);
        first.CommitGroup();
        var result = other.GetAwaiter().GetResult();

        Assert.Equal(0, result.EventsCreated);
        Assert.Equal(1, result.EventsMerged);
        Assert.Equal(2, Assert.Single(first.QueryEvents(new EventQuery())).MentionCount);
    }

    public void Dispose()
    {
        foreach (var d in _opened)
        {
            d.Dispose();
        }

        Cleanup();
        GC.SuppressFinalize(this);
    }

    protected virtual void Cleanup()
    {
    }
}
