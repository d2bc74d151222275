using Sitrep.Fusion;
using Sitrep.Pipeline;
using static Sitrep.Tests.Storage.StoreFixtures;

namespace Sitrep.Tests.Fusion;

public class NearDuplicateTests
{
    [Fact]
    public void Case_whitespace_and_punctuation_changes_keep_the_content_hash()
    {
        var a = NearDuplicates.Fingerprint("Russian drones hit Odesa overnight, officials said.");
        var b = NearDuplicates.Fingerprint("  russian DRONES hit   Odesa overnight officials said!\n");
        var c = NearDuplicates.Fingerprint("Russian drones hit Kharkiv overnight, officials said.");
        Assert.Equal(a.ContentHash, b.ContentHash);
        Assert.NotEqual(a.ContentHash, c.ContentHash);
    }

    [Fact]
    public void A_lightly_edited_copy_is_a_near_duplicate_and_another_article_is_not()
    {
        var text = Words(5, 800);
        var edited = "UPDATE: " + text.Replace("officials confirmed", "officials later confirmed", StringComparison.Ordinal);
        Assert.True(NearDuplicates.AreNearDuplicates(text, edited));
        Assert.False(NearDuplicates.AreNearDuplicates(text, Words(6, 800)));

        var fa = NearDuplicates.Fingerprint(text);
        var fb = NearDuplicates.Fingerprint(edited);
        Assert.True(NearDuplicates.EstimateSimilarity(fa.Signature, fb.Signature) > 0.8);
        Assert.Contains(fa.BandKeys, k => fb.BandKeys.Contains(k));
    }

    [Fact]
    public void Signatures_survive_a_round_trip_through_bytes()
    {
        var sig = NearDuplicates.Fingerprint(Words(7)).Signature;
        Assert.Equal(sig, NearDuplicates.SignatureFromBytes(NearDuplicates.SignatureBytes(sig)));
    }

    [Fact]
    public void A_known_text_keeps_the_signature_and_band_keys_that_stores_already_hold()
    {
        // Stores keep content hashes, signatures and band keys; a change of the hashing would make old and new
        // articles miss each other as near-duplicates, so the values are pinned.
        var fp = NearDuplicates.Fingerprint(Words(7));
        var digest = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(NearDuplicates.SignatureBytes(fp.Signature)));
        Assert.Equal("80e38920bd1af374c43b0d0bfa14b193ac8e504429bdc4f0013f9c782a0a09b0", digest);
        Assert.Equal(5413289066562565013UL, fp.BandKeys[0]);
        Assert.Equal("0f5885193587aa14fe70ecde52b00e537b73bc94a524478e256d34578013b9ef", fp.ContentHash);
    }
}

public class FigureReconcilerTests
{
    private static ReconciledFigure Reconcile(params FigureValue[] values) => FigureReconciler.Reconcile(values)!;

    [Fact]
    public void Ten_and_seven_contradict_and_give_the_range()
    {
        var r = Reconcile(new(10, Qualifiers.Exact), new(7, Qualifiers.Exact));
        Assert.True(r.Contradiction);
        Assert.Equal((7.0, 10.0), (r.Low, r.High));
        Assert.Equal(2, r.Sources);
    }

    [Fact]
    public void At_least_seven_and_ten_agree()
        => Assert.False(Reconcile(new(7, Qualifiers.AtLeast), new(10, Qualifiers.Exact)).Contradiction);

    [Fact]
    public void At_most_five_and_ten_disagree()
        => Assert.True(Reconcile(new(5, Qualifiers.AtMost), new(10, Qualifiers.Exact)).Contradiction);

    [Fact]
    public void About_ten_admits_eleven_but_not_seven()
    {
        Assert.False(Reconcile(new(10, Qualifiers.Approx), new(11, Qualifiers.Exact)).Contradiction);
        Assert.True(Reconcile(new(10, Qualifiers.Approx), new(7, Qualifiers.Exact)).Contradiction);
    }

    [Fact]
    public void A_range_admits_a_value_inside_it()
    {
        var r = Reconcile(new(6, Qualifiers.Range, 5, 8), new(7, Qualifiers.Exact));
        Assert.False(r.Contradiction);
        Assert.Equal((5.0, 8.0), (r.Low, r.High));
    }

    [Fact]
    public void No_figures_reconcile_to_nothing() => Assert.Null(FigureReconciler.Reconcile([null, null]));
}

public class DateRangeTests
{
    [Theory]
    [InlineData("2024-11-17", "2024-11-17", "2024-11-17")]
    [InlineData("2024-11-17TEV", "2024-11-17", "2024-11-17")]
    [InlineData("2024-11", "2024-11-01", "2024-11-30")]
    [InlineData("2024-02", "2024-02-01", "2024-02-29")]
    [InlineData("2024", "2024-01-01", "2024-12-31")]
    [InlineData("2024-W47", "2024-11-18", "2024-11-24")]
    [InlineData("2024-Q4", "2024-10-01", "2024-12-31")]
    public void Timex_values_cover_their_days(string value, string start, string end)
    {
        Assert.True(DateRange.TryParse(value, out var r));
        Assert.Equal(start, DateRange.Iso(r.Start));
        Assert.Equal(end, DateRange.Iso(r.End));
    }

    [Theory]
    [InlineData("")]
    [InlineData("P3Y")]
    [InlineData("PRESENT_REF")]
    [InlineData("2024-13")]
    [InlineData("2024-02-30")]
    public void Durations_references_and_impossible_dates_are_not_ranges(string value)
        => Assert.False(DateRange.TryParse(value, out _));
}

public class EventFusionTests
{
    [Fact]
    public void Same_class_day_nearby_place_and_a_shared_actor_is_the_same_event()
        => Assert.True(Same(Strike(Kharkiv, "2024-11-17"), Strike(Pisochyn, "2024-11-17")));

    [Fact]
    public void A_place_over_25_km_away_is_another_event()
        => Assert.False(Same(Strike(Kharkiv, "2024-11-17"), Strike(Odesa, "2024-11-17")));

    [Fact]
    public void A_month_precision_date_is_compatible_with_a_day_in_it_but_not_another_month()
    {
        var first = Strike(Kharkiv, "2024-11-17");
        Assert.True(Same(first, Strike(Kharkiv, "2024-11")));
        Assert.False(Same(first, Strike(Kharkiv, "2024-10")));
    }

    [Fact]
    public void A_publication_date_may_be_a_day_after_the_event()
    {
        var first = Strike(Kharkiv, "2024-11-17");
        Assert.False(Same(first, Strike(Kharkiv, "2024-11-18")));
        Assert.True(Same(first, Strike(Kharkiv, "2024-11-18") with { DateFromPublished = true }));
    }

    [Fact]
    public void Disjoint_actors_or_another_class_make_another_event()
    {
        var first = Strike(Kharkiv, "2024-11-17");
        Assert.False(Same(first, Strike(Kharkiv, "2024-11-17", actors: Ukraine)));
        Assert.False(Same(first, Strike(Kharkiv, "2024-11-17") with { Class = "protest" }));
        Assert.True(Same(first, Strike(Kharkiv, "2024-11-17") with { Actors = [] }));
    }

    [Fact]
    public void A_region_matches_a_city_in_it_but_a_country_does_not()
    {
        Assert.True(EventFusion.PlacesCompatible(KharkivOblast, Kharkiv));
        Assert.False(EventFusion.PlacesCompatible(KharkivOblast, Odesa));
        Assert.False(EventFusion.PlacesCompatible(new EventPlace("Ukraine", PlaceLevels.Country, "UA"), Kharkiv));
    }

    [Fact]
    public void Unplaced_acts_of_one_class_and_day_are_one_event_only_when_their_sentences_agree()
    {
        var arrest = Act("coerce", "Russian authorities have arrested Timur Ivanov, a deputy defence minister, on suspicion of taking a large bribe.");
        var retold = Act("coerce", "His protege, deputy defence minister Timur Ivanov, was detained on bribery charges on Tuesday.");
        var other = Act("coerce", "Police detained dozens of protesters outside the parliament on Tuesday.");
        Assert.True(Same(arrest, retold));
        Assert.False(Same(arrest, other));
    }

    [Fact]
    public void The_actors_names_and_the_words_every_war_report_uses_do_not_corroborate()
    {
        var first = Act("accuse", "Russia accused the West of attempting to split Russian society from within.");
        var second = Act("accuse", "Russia has accused Ukraine of attacking targets within its territory, including an oil depot.");
        Assert.False(Same(first, second));
    }

    [Fact]
    public void Numbers_corroborate_a_retelling_in_other_words()
    {
        var first = Act("aid", "The Senate voted on Tuesday to approve $95bn in wartime aid, along with support for allies.");
        var second = Act("aid", "The Senate passed a $95 billion foreign aid bill on Tuesday.");
        Assert.True(Same(first, second));
    }

    [Fact]
    public void Events_in_a_region_need_agreeing_sentences_too_but_a_town_and_day_suffice()
    {
        var shelling = Strike(KharkivOblast, "2024-11-17") with { EvidenceText = "Russian shelling hit a school in the Kharkiv region." };
        var drone = Strike(KharkivOblast, "2024-11-17") with { EvidenceText = "A drone struck a power line near the border, the governor said." };
        Assert.False(Same(shelling, drone));
        Assert.True(Same(shelling with { Place = Kharkiv }, drone with { Place = Kharkiv }));
    }

    [Fact]
    public void One_past_day_named_in_two_later_articles_is_one_act_though_their_words_and_places_differ()
    {
        // Two background mentions of the invasion, months after it (a development article of 16 February 2023, a fresh
        // one of 13 July 2022): no shared key but the day's number, one told "of Ukraine", one with no place.
        var began = Invasion("Russia began its current invasion of Ukraine on Feb. 24, 2022.", new DateOnly(2023, 2, 16)) with { Place = UkraineCountry };
        var wheat = Invasion("Russia’s invasion on February 24 came after the winter crop of wheat was planted, meaning it is now ready to harvest.", new DateOnly(2022, 7, 13));
        Assert.True(Same(began, wheat));
        Assert.True(Same(wheat, began));

        // Told within a week of the day, the date is the news of that week, where one day holds many acts of a class.
        var thatWeek = wheat with { Published = new DateOnly(2022, 2, 28) };
        Assert.Null(EventFusion.PastDay(thatWeek));
        Assert.False(Same(began, thatWeek));

        // With no place on either side the sentences still say too little alone (told within a week, they do not
        // merge); the past day ties them.
        var beganNowhere = began with { Place = null };
        Assert.True(Same(beganNowhere, wheat));
        Assert.True(Same(wheat, beganNowhere));
        Assert.False(Same(beganNowhere, thatWeek));
        Assert.False(Same(thatWeek, beganNowhere));
        Assert.False(Same(beganNowhere with { Published = new DateOnly(2022, 2, 27) }, thatWeek));

        // A town is still not a country, and a statement dated by the act its sentence names is no past act.
        Assert.False(Same(began with { Place = Kharkiv }, wheat with { Place = UkraineCountry }));
        Assert.Null(EventFusion.PastDay(wheat with { Class = "REJECT", AcledEventType = null }));
        Assert.Null(EventFusion.PastDay(wheat with { Class = "AID", AcledEventType = "Strategic developments" }));
    }

    private static EventMention Invasion(string evidence, DateOnly published)
        => new("FIGHT", Certainties.Confirmed)
        {
            AcledEventType = "Battles",
            AcledSubEventType = "Armed clash",
            DateValue = "2022-02-24",
            DatePrecision = "day",
            Published = published,
            Actors = [Russia],
            EvidenceText = evidence,
        };

    private static readonly EventPlace UkraineCountry = new("Ukraine", PlaceLevels.Country, "UA");

    private static bool Same(EventMention first, EventMention next)
        => EventFusion.SameEvent(EventFusion.Merge([first]), next, () => [first]);

    private static EventMention Act(string cls, string evidence)
        => new(cls, Certainties.Confirmed) { DateValue = "2024-04-23", DatePrecision = "day", Actors = [Russia], EvidenceText = evidence };

    [Fact]
    public void Merging_keeps_the_most_precise_date_and_place_and_all_actors()
    {
        var merged = EventFusion.Merge(
        [
            Strike(KharkivOblast, "2024-11", 10, Qualifiers.AtLeast) with { Certainty = Certainties.Claimed },
            Strike(Kharkiv, "2024-11-17", 12, actors: [Russia, new Actor("Russian Air Force", "military")]),
        ]);
        Assert.Equal("Kharkiv", merged.Place!.Name);
        Assert.Equal("2024-11-17", merged.DateValue);
        Assert.Equal(["Russia", "Russian Air Force"], merged.Actors.Select(a => a.Name));
        Assert.Equal(Certainties.Reported, merged.Certainty);
        Assert.False(merged.Contradiction);
        Assert.Equal((10.0, 12.0), (merged.Killed!.Low, merged.Killed.High));
        Assert.Equal(2, merged.MentionCount);
    }

    [Fact]
    public void Mentions_copy_what_the_events_stage_found()
    {
        var doc = Support.Some.Tokenized("Russian missiles killed at least 7 people in Kharkiv on Sunday, the governor said.");
        var text = doc.Text;
        doc.Events.Add(new Event("attack", new Span(0, text.Length), Certainties.Reported)
        {
            Place = new PlaceMention(Support.Some.SpanOf(text, "Kharkiv"), "Kharkiv", PlaceLevels.Populated, "UA") { Lat = 49.99, Lon = 36.23 },
            Date = new EventDate("2024-11-17", "day", false),
            Actors = [Russia],
            Killed = new Figure(Support.Some.SpanOf(text, "at least 7"), 7, Qualifiers.AtLeast) { Kind = "killed" },
            Source = Support.Some.SpanOf(text, "the governor"),
        });

        var m = Assert.Single(EventMention.FromDocument(doc));
        Assert.Equal("the governor", m.Source);
        Assert.Equal(text, m.EvidenceText);
        Assert.Equal(new FigureValue(7, Qualifiers.AtLeast), m.Killed);
        Assert.Equal("at least 7", Assert.Single(m.Figures).Text);
        Assert.Equal("Kharkiv", m.Place!.Name);
    }
}
