using Sitrep.Events;
using Sitrep.Pipeline;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Events;

public sealed class EventEvaluationTests
{
    private static GoldEvent Gold(string eventClass, string? date, string? place = null, string? country = null)
        => new("a.txt", 1, new Span(0, 10), eventClass, null, date, place, country, []);

    private static Event Predicted(string eventClass, string? date, string precision = EventDates.Day, PlaceMention? place = null)
        => new(eventClass, new Span(0, 10), Certainties.Confirmed)
        {
            Date = date is null ? null : new EventDate(date, precision, FromPublished: false),
            Place = place,
        };

    private static PlaceMention Place(string name, string country, string level = PlaceLevels.Populated)
        => new(new Span(0, 1), name, level, country);

    [Fact]
    public void A_tiny_synthetic_gold_scores_strict_and_class_only_F1()
    {
        IReadOnlyList<GoldEvent> gold =
        [
            Gold(EventClasses.Assault, "2024-11-17", "Sumy Oblast", "UA"),
            Gold(EventClasses.Assault, "2024-W46-WE"),
            Gold(EventClasses.Aid, "2024-11-18"),
        ];
        IReadOnlyList<Event> predicted =
        [
            Predicted(EventClasses.Assault, "2024-11-17TEV", place: Place("Sumy", "UA", PlaceLevels.Admin1)),
            Predicted(EventClasses.Assault, "2024-10", EventDates.Month),
            Predicted(EventClasses.Mobilize, "2024-11-18"),
        ];

        var result = EventEvaluation.Evaluate([(gold, predicted)]);

        // Strict: the Sumy strike matches; the October strike has the wrong date; MOBILIZE is spurious; AID is missed.
        Assert.Equal(new Sitrep.Evaluation.Score(1, 3, 3), result.Strict);
        Assert.Equal(new Sitrep.Evaluation.Score(2, 3, 3), result.ClassOnly);
        Assert.Equal(100.0 / 3, result.Strict.F1, 6);
        Assert.Equal(2, result.StrictByClass.ByLabel[EventClasses.Assault].Gold);
    }

    [Fact]
    public void Same_sentence_counts_a_match_only_when_the_coded_event_tells_the_gold_sentence()
    {
        // One gold accusation in the sentence at 0..10; Sitrep coded an accusation of the same day from another sentence (40..60):
        // class, date and place agree, so it matches, but it tells another act of the article, so it is no same-sentence match
        // until one of its mentions is the gold's sentence.
        IReadOnlyList<GoldEvent> gold = [Gold(EventClasses.Accuse, "2022-02-16")];
        var elsewhere = new Event(EventClasses.Accuse, new Span(40, 60), Certainties.Confirmed)
        {
            Date = new EventDate("2022-02-16", EventDates.Day, FromPublished: false),
        };
        var retold = elsewhere with { Mentions = [new Span(40, 60), new Span(2, 8)] };

        var apart = EventEvaluation.Evaluate([(gold, (IReadOnlyList<Event>)[elsewhere])]);
        var joined = EventEvaluation.Evaluate([(gold, (IReadOnlyList<Event>)[retold])]);

        Assert.Equal(new Sitrep.Evaluation.Score(1, 1, 1), apart.Strict);
        Assert.Equal(new Sitrep.Evaluation.Score(0, 1, 1), apart.SameSentence);
        Assert.Equal(new Sitrep.Evaluation.Score(1, 1, 1), joined.SameSentence);
    }

    [Fact]
    public void A_gold_event_takes_the_prediction_no_other_gold_event_can_use()
    {
        // The first gold event (no place) agrees with both predictions, the second (Belarus) only with the first: a matching
        // that takes predictions in gold order would pair one of them and leave the other gold event unmatched.
        IReadOnlyList<GoldEvent> gold =
        [
            Gold(EventClasses.Mobilize, "2022-02-08"),
            Gold(EventClasses.Mobilize, "2022-02-08", country: "BY"),
        ];
        IReadOnlyList<Event> predicted =
        [
            Predicted(EventClasses.Mobilize, "2022-02-08", place: Place("Belarus", "BY", PlaceLevels.Country)),
            Predicted(EventClasses.Mobilize, "2022-02-08", place: Place("Slovakia", "SK", PlaceLevels.Country)),
        ];

        var result = EventEvaluation.Evaluate([(gold, predicted)]);

        Assert.Equal(new Sitrep.Evaluation.Score(2, 2, 2), result.Strict);
        Assert.DoesNotContain(EventEvaluation.ErrorLines("a.txt", gold, predicted, new string('x', 10)), l => l.Contains("WRONG", StringComparison.Ordinal));
    }

    [Fact]
    public void Actors_are_scored_over_the_class_date_place_pairs_by_name_and_by_equal_sets()
    {
        // Constructed: three gold events and four predictions. The accusation pairs with Russia against Russia and Ukraine
        // (1 of 1 predicted name right, 1 of 2 gold names found); the meeting pairs with no actor on either side (equal sets,
        // no names); the strike pairs with "Putin" coded as a person against the gold's Russia (a name wrong, one missed);
        // the AID prediction has no gold partner and its actor is not counted.
        const string text = "Russia and Ukraine accused. Talks were held. Missiles hit Kyiv. Aid was sent.";
        var gold = new List<GoldEvent>
        {
            new("a.txt", 1, new Span(0, 27), EventClasses.Accuse, null, "2024-11-18", null, null, ["Russia", "Ukraine"]),
            new("a.txt", 2, new Span(28, 44), EventClasses.Consult, null, "2024-11-18", null, null, []),
            new("a.txt", 3, new Span(45, 62), EventClasses.Assault, null, "2024-11-18", "Kyiv", "UA", ["Russia"]),
        };
        var date = new EventDate("2024-11-18", EventDates.Day, FromPublished: false);
        var predicted = new List<Event>
        {
            new(EventClasses.Accuse, new Span(0, 27), Certainties.Confirmed) { Date = date, Actors = [new Actor("russia", "state")] },
            new(EventClasses.Consult, new Span(28, 44), Certainties.Confirmed) { Date = date },
            new(EventClasses.Assault, new Span(45, 62), Certainties.Confirmed) { Date = date, Place = Place("Kyiv", "UA"), Actors = [new Actor("Putin", "person")] },
            new(EventClasses.Aid, new Span(63, 77), Certainties.Confirmed) { Date = date, Actors = [new Actor("Germany", "state")] },
        };

        var actors = EventEvaluation.Evaluate([(gold, predicted)]).Actors;
        var lines = EventEvaluation.ErrorLines("a.txt", gold, predicted, text).Where(l => l.Split('\t')[1] == "WRONG-ACTOR").ToList();

        Assert.Equal(new Sitrep.Evaluation.Score(1, 2, 3), actors.Names);
        Assert.Equal((3, 1), (actors.Pairs, actors.EqualSets));
        Assert.Equal(["ACCUSE", "ASSAULT"], lines.Select(l => l.Split('\t')[2]));
        Assert.Contains("actors Russia | pred", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void An_article_marked_without_events_counts_predictions_as_false()
    {
        IReadOnlyList<GoldEvent> gold = [Gold(GoldEvent.NoEvent, null)];
        IReadOnlyList<Event> predicted = [Predicted(EventClasses.Fight, "2024-11-18")];
        var result = EventEvaluation.Evaluate([(gold, predicted)]);
        Assert.Equal(new Sitrep.Evaluation.Score(0, 1, 0), result.Strict);
    }

    [Theory]
    [InlineData("2024-11-17", "2024-11-17TEV", true)]
    [InlineData("2024-11-17", "2024-11-16", false)]
    [InlineData("2024-11", "2024-11-17", true)]
    [InlineData("2024-11-17", "2024-11", false)]
    [InlineData("2024-W46-WE", "2024-11-16", true)]
    [InlineData("2024-W46-WE", "2024-11-14", false)]
    [InlineData("2024-W46", "2024-W46-WE", true)]
    [InlineData("2024", "2024-03", true)]
    [InlineData("2024-Q1", "2024-02-10", true)]
    public void Dates_agree_at_the_gold_precision(string gold, string predicted, bool agrees)
        => Assert.Equal(agrees, EventDates.AgreeAtGoldPrecision(gold, predicted));

    [Fact]
    public void The_error_listing_names_wrong_places_misses_and_false_alarms()
    {
        const string text = "Missiles hit Kyiv. Talks were held.";
        var gold = new List<GoldEvent>
        {
            new("a.txt", 1, new Span(0, 18), EventClasses.Assault, null, "2024-11-18", "Kyiv", "UA", []),
            new("a.txt", 2, new Span(19, 35), EventClasses.Consult, null, "2024-11-18", null, null, []),
        };
        var date = new EventDate("2024-11-18", EventDates.Day, FromPublished: true);
        var predicted = new List<Event>
        {
            new(EventClasses.Assault, new Span(0, 18), Certainties.Confirmed) { Date = date, Place = Place("Lviv", "UA") },
            new(EventClasses.Accuse, new Span(19, 35), Certainties.Confirmed) { Date = date },
        };

        var lines = EventEvaluation.ErrorLines("a.txt", gold, predicted, text);

        Assert.Equal(["WRONG-PLACE", "MISS", "FALSE"], lines.Select(l => l.Split('\t')[1]));
        Assert.Contains("Missiles hit Kyiv.", lines[0], StringComparison.Ordinal);
    }

    [Fact]
    public void The_error_listing_names_a_strict_match_told_from_another_sentence()
    {
        // The Lviv strike is a strict match told in the gold's own sentence: no row; the Kyiv one is told only in the retelling.
        const string text = "Missiles hit Kyiv. The strike hit Kyiv. Drones hit Lviv.";
        var gold = new List<GoldEvent>
        {
            new("a.txt", 1, new Span(0, 18), EventClasses.Assault, null, "2024-11-18", "Kyiv", "UA", []),
            new("a.txt", 2, new Span(40, 56), EventClasses.Assault, null, "2024-11-18", "Lviv", "UA", []),
        };
        var date = new EventDate("2024-11-18", EventDates.Day, FromPublished: true);
        var predicted = new List<Event>
        {
            new(EventClasses.Assault, new Span(19, 39), Certainties.Confirmed) { Date = date, Place = Place("Kyiv", "UA") },
            new(EventClasses.Assault, new Span(40, 56), Certainties.Confirmed) { Date = date, Place = Place("Lviv", "UA") },
        };

        var lines = EventEvaluation.ErrorLines("a.txt", gold, predicted, text);

        Assert.Equal(new Sitrep.Evaluation.Score(2, 2, 2), EventEvaluation.Evaluate([(gold, predicted)]).Strict);
        Assert.Equal(["OTHER-SENTENCE"], lines.Select(l => l.Split('\t')[1]));
        Assert.Contains("Missiles hit Kyiv. || The strike hit Kyiv.", lines[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Places_agree_by_normalized_name_and_country_or_by_country_alone()
    {
        Assert.True(EventEvaluation.PlaceAgrees("Sumy Oblast", "UA", Place("Sumy region", "UA", PlaceLevels.Admin1)));
        Assert.True(EventEvaluation.PlaceAgrees("Kyiv", "UA", Place("Kiev", "UA")));
        Assert.False(EventEvaluation.PlaceAgrees("Kyiv", "UA", Place("Kharkiv", "UA")));
        Assert.False(EventEvaluation.PlaceAgrees("Kursk", "RU", null));
        Assert.True(EventEvaluation.PlaceAgrees(null, "UA", Place("Pokrovsk", "UA")));
        Assert.True(EventEvaluation.PlaceAgrees(null, null, null));
        Assert.True(EventEvaluation.PlaceAgrees(null, null, Place("Ukraine", "UA", PlaceLevels.Country)));
        Assert.False(EventEvaluation.PlaceAgrees(null, null, Place("Pokrovsk", "UA")));
        Assert.True(EventEvaluation.PlaceAgrees("geonames:703448", "UA", Place("Kyiv", "UA") with { GeonamesId = 703448 }));
    }

    [Fact]
    public void A_malformed_gold_line_is_reported_with_its_file_and_line()
    {
        var path = Path.Combine(Path.GetTempPath(), $"sitrep-gold-{Guid.NewGuid():N}.tsv");
        File.WriteAllText(path, "# header\na.txt\t0\t10\tASSAULT\t-\t2024-11-17\t-\t-\t-\na.txt\tx\t10\tASSAULT\t-\t-\t-\t-\t-\n");
        try
        {
            var ex = Assert.Throws<FormatException>(() => EventEvaluation.ParseGold(path));
            Assert.Contains($"{path}:3", ex.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Rows_after_a_portion_line_belong_to_that_portion()
    {
        var path = Path.Combine(Path.GetTempPath(), $"sitrep-gold-{Guid.NewGuid():N}.tsv");
        File.WriteAllText(path, "a.txt\t0\t10\tASSAULT\t-\t2024-11-17\t-\t-\t-\n# portion: blind\nb.txt\t0\t0\tNONE\t-\t-\t-\t-\t-\n");
        try
        {
            var gold = EventEvaluation.ParseGold(path);
            Assert.Equal([GoldEvent.DevelopmentPortion, "blind"], gold.Select(g => g.Portion));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void The_shipped_gold_file_parses_and_covers_at_least_25_articles()
    {
        var gold = EventEvaluation.ParseGold(Path.Combine(Paths.RepoRoot, "tests", "Sitrep.Tests", "Events", "events.gold.tsv"));
        Assert.True(gold.Select(g => g.File).Distinct().Count() >= 25);
        Assert.All(gold, g => Assert.True(g.Evidence.Length > 0 || g.Class == GoldEvent.NoEvent));
        Assert.Contains(gold, g => g.Portion == "blind");
    }

    [Fact]
    public void A_labelling_scored_as_a_second_labelling_of_itself_agrees_fully()
    {
        // The agreement mode turns rows into predictions; every date, place and country form of the gold must survive it.
        var gold = EventEvaluation.ParseGold(Path.Combine(Paths.RepoRoot, "tests", "Sitrep.Tests", "Events", "events.gold.tsv"));
        var articles = gold.GroupBy(g => g.File).Select(g => ((IReadOnlyList<GoldEvent>)g.ToList(),
            (IReadOnlyList<Event>)g.Where(r => r.Class != GoldEvent.NoEvent).Select(EventEvaluation.AsPrediction).ToList()));
        var result = EventEvaluation.Evaluate(articles);
        Assert.Equal(100.0, result.Strict.F1, 6);
    }

    [Theory]
    [InlineData("events.agreement.tsv", 27)]
    [InlineData("events.agreement-2.tsv", 18)]
    public void The_second_labellings_cover_only_articles_of_the_gold_file(string file, int articles)
    {
        var events = Path.Combine(Paths.RepoRoot, "tests", "Sitrep.Tests", "Events");
        var goldFiles = EventEvaluation.ParseGold(Path.Combine(events, "events.gold.tsv")).Select(g => g.File).ToHashSet();
        var second = EventEvaluation.ParseGold(Path.Combine(events, file));
        Assert.Equal(articles, second.Select(r => r.File).Distinct().Count());
        Assert.All(second, r => Assert.Contains(r.File, goldFiles));
    }

    [SkippableFact]
    public void Gold_offsets_are_runs_of_whole_sentences_of_the_articles()
    {
        Skip.If(Paths.SharedData is null, "../shared/data is absent");
        var dir = Path.Combine(Paths.SharedData!, "ukraine-news", "articles");
        foreach (var group in EventEvaluation.ParseGold(Path.Combine(Paths.RepoRoot, "tests", "Sitrep.Tests", "Events", "events.gold.tsv")).GroupBy(g => g.File))
        {
            var doc = Some.Tokenized(File.ReadAllText(Path.Combine(dir, group.Key)));
            foreach (var g in group.Where(g => g.Class != GoldEvent.NoEvent))
            {
                // The gold was cut by a splitter that kept sentences glued without a space as one: a run of whole sentences.
                Assert.True(
                    doc.Sentences.Any(s => s.Span.Start == g.Evidence.Start) && doc.Sentences.Any(s => s.Span.End == g.Evidence.End),
                    $"{group.Key} line {g.Line}: {g.Evidence} is not a run of whole sentences");
            }
        }
    }
}

/// <summary>
/// Accuracy guard: event F1 of the real default pipeline on the gold articles, per portion of the gold file (docs/events.md),
/// floors a few points below the measured figures after stop 17 (class+date+place, class only): development (72.57, 81.01),
/// blind (80.00, 80.00) and blind-2 (69.57, 73.91), development data since the factuality round (their errors were read);
/// development-2 (57.02, 69.79) and development-3 (56.05, 68.15), development data since the development-2/3 round;
/// development-4 (41.71, 62.56), fresh texts labelled before the system ran on them and scored once on 8ec936b; blind-3
/// (48.42, 56.84), blind-4 (37.21, 53.49) and blind-5 (41.38, 56.90), labelled before the system ran on them and never used to
/// write rules. The third floor guards the same-sentence F1 (a match must also tell the gold's evidence sentence), measured at
/// stop 20 (after the milplace round): development 63.29, blind 70.59, blind-2 57.78, development-2 50.21, development-3 45.37,
/// development-4 28.57, blind-3 42.55, blind-4 25.29, blind-5 28.32. Floors are raised where a figure rose more than 3 points
/// within a stop; at stop 22, development-4's class+date+place (46.73 to 49.76).
/// </summary>
public sealed class EventAccuracyGuardTests
{
    private static readonly Lazy<Dictionary<string, EventEvalResult>> Results = new(() =>
    {
        var dir = Path.Combine(Paths.SharedData!, "ukraine-news", "articles");
        var pipeline = SitrepDefaults.CreateDefault();
        var pairs = new Dictionary<string, List<(IReadOnlyList<GoldEvent>, IReadOnlyList<Event>)>>();
        foreach (var group in EventEvaluation.ParseGold(Path.Combine(Paths.RepoRoot, "tests", "Sitrep.Tests", "Events", "events.gold.tsv")).GroupBy(g => g.File))
        {
            var doc = pipeline.Analyze(group.Key, File.ReadAllText(Path.Combine(dir, group.Key)), Sitrep.Evaluation.CorpusFiles.PublishedFromName(group.Key));
            var gold = group.ToList();
            if (!pairs.TryGetValue(gold[0].Portion, out var list))
            {
                pairs[gold[0].Portion] = list = [];
            }

            list.Add((gold, doc.Events));
        }

        return pairs.ToDictionary(p => p.Key, p => EventEvaluation.Evaluate(p.Value));
    });

    [SkippableTheory]
    [InlineData(GoldEvent.DevelopmentPortion, 69.0, 78.0, 60.0)]
    [InlineData("blind", 75.0, 76.0, 67.0)]
    [InlineData("blind-2", 65.0, 69.0, 54.0)]
    [InlineData("development-2", 53.0, 65.0, 47.0)]
    [InlineData("development-3", 53.0, 65.0, 42.0)]
    [InlineData("development-4", 45.0, 59.0, 31.0)]
    [InlineData("blind-3", 45.0, 53.0, 39.0)]
    [InlineData("blind-4", 34.0, 50.0, 22.0)]
    [InlineData("blind-5", 42.0, 53.0, 30.0)]
    public void Event_F1_of_each_gold_portion_stays_above_its_floors(string portion, double strictFloor, double classOnlyFloor, double sameSentenceFloor)
    {
        Skip.If(Paths.SharedData is null, "../shared/data is absent");
        var result = Results.Value[portion];
        Assert.True(result.Strict.F1 >= strictFloor, $"{portion}: class+date+place F1 {result.Strict.F1:F2} < {strictFloor}");
        Assert.True(result.ClassOnly.F1 >= classOnlyFloor, $"{portion}: class-only F1 {result.ClassOnly.F1:F2} < {classOnlyFloor}");
        Assert.True(result.SameSentence.F1 >= sameSentenceFloor, $"{portion}: same-sentence F1 {result.SameSentence.F1:F2} < {sameSentenceFloor}");
    }

    // The actor figure over the class+date+place pairs (docs/events.md, "Actor agreement"), measured at the actoreval round on the
    // development portions: names F1 and the share of pairs with equal actor sets; the held-out portions' floors from their totals,
    // scored once after the round's merge (blind-3 52.17 / 45.83%, blind-4 30.30 / 31.25%, blind-5 56.00 / 57.69%). At the
    // stop's end (after the pronactor round) the equal-set share of development (60.47%) and blind-5 (61.54%) had risen more than
    // 3 points, so those two floors rose to 56 and 57. The actorlist2 round raised development-4 (36.73 / 26.92% to 46.00 /
    // 32.08%: officials it names, Stefanchuk, Xi, coded as their states), so its floors rose to 42 and 28.
    [SkippableTheory]
    [InlineData(GoldEvent.DevelopmentPortion, 62.0, 56.0)]
    [InlineData("blind", 68.0, 55.0)]
    [InlineData("blind-2", 55.0, 46.0)]
    [InlineData("development-2", 52.0, 44.0)]
    [InlineData("development-3", 44.0, 32.0)]
    [InlineData("development-4", 42.0, 28.0)]
    [InlineData("blind-3", 48.0, 41.0)]
    [InlineData("blind-4", 26.0, 27.0)]
    [InlineData("blind-5", 52.0, 57.0)]
    public void Actor_agreement_of_each_portion_stays_above_its_floors(string portion, double namesFloor, double equalSetsFloor)
    {
        Skip.If(Paths.SharedData is null, "../shared/data is absent");
        var actors = Results.Value[portion].Actors;
        Assert.True(actors.Names.F1 >= namesFloor, $"{portion}: actor names F1 {actors.Names.F1:F2} < {namesFloor}");
        Assert.True(actors.EqualShare >= equalSetsFloor, $"{portion}: equal actor sets {actors.EqualShare:F2}% < {equalSetsFloor}");
    }
}
