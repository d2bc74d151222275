using Sitrep.Events;
using Sitrep.Pipeline;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Events;

/// <summary>
/// The reference article with the annotations the upstream stages should give it, filled in by hand
/// (entities, times, figures, quotes and attributions, places), then coded by the event stage.
/// </summary>
public sealed class ReferenceArticleTests
{
    private static readonly Lazy<Document> Coded = new(() =>
    {
        var doc = Annotated();
        new EventStage().Process(doc, CancellationToken.None);
        return doc;
    });

    private static Document Doc => Coded.Value;

    internal static Document Annotated()
    {
        var text = File.ReadAllText(Paths.Sample("atacms-approval.txt"));
        var doc = Some.Tokenized(text);

        void Entity(string type, string part, string? canonical = null, int occurrence = 0)
            => doc.Entities.Add(new EntityMention(type, Some.SpanOf(text, part, occurrence)) { Canonical = canonical });
        void Time(string part, string value, string type = TimexTypes.Date, int occurrence = 0)
            => doc.Times.Add(new TimeExpression(Some.SpanOf(text, part, occurrence), type, value));
        void Figure(string part, double value, string qualifier, string? obj = null, string? kind = null, string? unit = null)
            => doc.Figures.Add(new Figure(Some.SpanOf(text, part), value, qualifier)
            {
                Object = obj is null ? null : Some.SpanOf(text, obj),
                Kind = kind,
                Unit = unit,
            });
        void Place(string part, string name, string level, string country, int occurrence = 0)
            => doc.Places.Add(new PlaceMention(Some.SpanOf(text, part, occurrence), name, level, country));
        void Attribution(string part, string? source, string kind)
        {
            var span = Some.SpanOf(text, part);
            var sentence = doc.Sentences[doc.SentenceIndexAt(span.Start)].Span;
            doc.Attributions.Add(new Attribution(span, source is null ? null : Some.SpanOf(text, source), kind) { Scope = sentence });
        }

        Entity(EntityTypes.Person, "Joe Biden");
        Entity(EntityTypes.Person, "Volodymyr Zelensky");
        Entity(EntityTypes.Person, "Vladimir Putin");
        Entity(EntityTypes.Person, "Serhiy Kuzan");
        Entity(EntityTypes.Weapon, "ATACMS", "ATACMS");
        Entity(EntityTypes.Weapon, "Storm Shadow", "Storm Shadow");
        Entity(EntityTypes.Norp, "North Korean", "North Korea");
        Entity(EntityTypes.Organization, "NATO");

        Time("earlier this year", "2024");
        Time("currently", "PRESENT_REF");
        Time("last month", "2024-10");
        Time("October", "2024-10");
        Time("the weekend", "2024-W46-WE");
        Time("in months", "P1M", TimexTypes.Duration);
        Time("Sunday evening", "2024-11-17TEV", TimexTypes.Time);
        Time("January", "2025-01");

        Figure("about 11,000", 11000, Qualifiers.Approx, "North Korean soldiers");
        Figure("over 2,000", 2000, Qualifiers.MoreThan);
        Figure("at least 10", 10, Qualifiers.AtLeast, "casualties", "casualties");
        Figure("around 120", 120, Qualifiers.Approx, "missiles");
        Figure("90", 90, Qualifiers.Exact, "drones");
        Figure("$55.5 billion", 55.5e9, Qualifiers.Exact, unit: "USD");

        Attribution("Reports suggest", null, "reports");
        Attribution("According to estimates", "estimates", "according_to");
        Attribution("Recent reports indicate", null, "reports");
        Attribution("according to Ukrainian officials", "Ukrainian officials", "according_to");
        Attribution("according to estimates", "estimates", "according_to");

        var confirmed = Some.SpanOf(text, "Ukraine successfully utilized U.S.-supplied long-range missiles for strikes on Russian targets in the eastern front");
        doc.Quotes.Add(new Quote(Some.SpanOf(text, "Zelensky", 2), Some.SpanOf(text, "confirmed"), confirmed, QuoteKinds.Indirect));
        doc.Quotes.Add(new Quote(Some.SpanOf(text, "Zelensky", 1), Some.SpanOf(text, "remarked"), Some.SpanOf(text, "such things are not announced, missiles speak for themselves."), QuoteKinds.Direct));

        Place("Russia’s Kursk region", "Kursk Oblast", PlaceLevels.Admin1, "RU");
        Place("Kursk", "Kursk Oblast", PlaceLevels.Admin1, "RU", 1);
        Place("Kursk", "Kursk Oblast", PlaceLevels.Admin1, "RU", 2);
        Place("Moscow", "Moscow", PlaceLevels.Populated, "RU");
        Place("Donetsk region", "Donetsk Oblast", PlaceLevels.Admin1, "UA");
        Place("Pokrovsk", "Pokrovsk", PlaceLevels.Populated, "UA");
        Place("Sumy region", "Sumy Oblast", PlaceLevels.Admin1, "UA");
        var onUkraine = Some.SpanOf(text, "drone strikes on Ukraine");
        doc.Places.Add(new PlaceMention(new Span(onUkraine.End - "Ukraine".Length, onUkraine.End), "Ukraine", PlaceLevels.Country, "UA"));
        return doc;
    }

    private static readonly Lazy<EventLookup> Lookup = new(() => new EventLookup(Doc));

    private static Event Single(string evidencePart, string eventClass) => Lookup.Value.Single(evidencePart, eventClass);

    private static string? SourceText(Event e) => Lookup.Value.SourceText(e);

    private static bool HasQuantity(Event e, double value) => EventLookup.HasQuantity(e, value);

    [Fact]
    public void The_US_approval_of_long_range_missiles_is_support_for_Ukraine()
    {
        var e = Single("has approved the use of long-range missiles", EventClasses.Support);
        Assert.Equal(EventModes.Authorization, e.Mode);
        Assert.Equal(["United States"], e.Actors.Select(a => a.Name));
        Assert.Equal("government", e.Actors[0].Kind);
        Assert.Contains(e.Targets, a => a.Name == "Ukraine");
        Assert.Equal(new AcledType("Strategic developments", "Other"), e.Acled);
        Assert.Equal(Certainties.Confirmed, e.Certainty);
        Assert.True(e.Date!.FromPublished);
        Assert.Equal("approved", Doc.TextOf(e.Trigger!.Value));
    }

    [Fact]
    public void Later_mentions_of_the_approval_merge_into_the_first()
    {
        Assert.DoesNotContain(Doc.Events, e => e.Class == EventClasses.Support && Doc.TextOf(e.Evidence).Contains("Responding to reports", StringComparison.Ordinal));
        Assert.DoesNotContain(Doc.Events, e => Doc.TextOf(e.Evidence).Contains("arrives just in time", StringComparison.Ordinal));
    }

    [Fact]
    public void The_weekend_assault_has_missiles_drones_casualties_and_its_source()
    {
        var e = Single("largest coordinated assaults", EventClasses.Assault);
        Assert.Equal(EventModes.Missile, e.Mode);
        Assert.Equal(["Russia"], e.Actors.Select(a => a.Name));
        Assert.Equal(["Ukraine"], e.Targets.Select(a => a.Name));
        Assert.True(HasQuantity(e, 120) && HasQuantity(e, 90) && HasQuantity(e, 10));
        Assert.Contains("missiles", e.Weapons);
        Assert.Contains("drones", e.Weapons);
        Assert.Equal("Ukrainian officials", SourceText(e));
        Assert.Equal(Certainties.Reported, e.Certainty);
        Assert.Equal("2024-W46-WE", e.Date!.Value);
        Assert.Equal(EventDates.Week, e.Date.Precision);
        Assert.False(e.Date.FromPublished);
        Assert.Equal("Shelling/artillery/missile attack", e.Acled!.SubEventType);
        Assert.DoesNotContain(Doc.Events, x => Doc.TextOf(x.Evidence).StartsWith("This assault involved", StringComparison.Ordinal));
    }

    [Fact]
    public void The_Sunday_evening_strikes_are_in_the_Sumy_region()
    {
        var e = Single("On Sunday evening, missile strikes continued", EventClasses.Assault);
        Assert.Equal(EventModes.Missile, e.Mode);
        Assert.Equal("Sumy Oblast", e.Place!.Name);
        Assert.Equal("UA", e.Place.Country);
        Assert.Equal("2024-11-17TEV", e.Date!.Value);
        Assert.Equal(EventDates.Day, e.Date.Precision);
        Assert.Contains(e.Targets, a => a.Name == "Civilians");
    }

    [Fact]
    public void North_Korean_soldiers_stationed_in_Kursk_are_a_mobilization()
    {
        var e = Single("currently stationed in Kursk", EventClasses.Mobilize);
        Assert.Equal(["North Korea"], e.Actors.Select(a => a.Name));
        Assert.Equal("military", e.Actors[0].Kind);
        Assert.Equal("Kursk Oblast", e.Place!.Name);
        Assert.True(HasQuantity(e, 11000));
        Assert.Equal("estimates", SourceText(e));
        Assert.Equal(Certainties.Reported, e.Certainty);
        Assert.Equal("2024-11-18", e.Date!.Value);
        Assert.False(e.Date.FromPublished);
    }

    [Fact]
    public void US_military_assistance_is_aid_to_Ukraine_with_its_amount()
    {
        var e = Single("leading supplier of military assistance", EventClasses.Aid);
        Assert.Equal(["United States"], e.Actors.Select(a => a.Name));
        Assert.Equal(["Ukraine"], e.Targets.Select(a => a.Name));
        Assert.Contains(e.Quantities, q => q.Value == 55.5e9 && q.Unit == "USD");
        Assert.Equal("estimates", SourceText(e));
        Assert.Equal(Certainties.Reported, e.Certainty);
    }

    [Fact]
    public void Russian_drone_strikes_in_October_are_a_drone_assault()
    {
        var e = Single("increased its drone strikes", EventClasses.Assault);
        Assert.Equal(EventModes.Drone, e.Mode);
        Assert.Equal(["Russia"], e.Actors.Select(a => a.Name));
        Assert.Equal(["Ukraine"], e.Targets.Select(a => a.Name));
        Assert.Equal("2024-10", e.Date!.Value);
        Assert.Equal(EventDates.Month, e.Date.Precision);
        Assert.True(HasQuantity(e, 2000));
        Assert.Equal(PlaceLevels.Country, e.Place!.Level);
        Assert.Equal("UA", e.Place.Country);
        Assert.Equal("Air/drone strike", e.Acled!.SubEventType);
    }

    [Fact]
    public void Ukraine_strikes_on_Russian_targets_last_month_are_confirmed_by_Zelensky()
    {
        var e = Single("for strikes on Russian targets", EventClasses.Assault);
        Assert.Equal(EventModes.Missile, e.Mode);
        Assert.Equal(["Ukraine"], e.Actors.Select(a => a.Name));
        Assert.Equal(["Russia"], e.Targets.Select(a => a.Name));
        Assert.Equal("2024-10", e.Date!.Value);
        Assert.Equal(Certainties.Confirmed, e.Certainty);
        Assert.Equal("Zelensky", SourceText(e));
    }

    [Fact]
    public void The_Kursk_incursion_is_a_fight_this_year()
    {
        var e = Single("unexpected incursion", EventClasses.Fight);
        Assert.Equal(["Ukraine"], e.Actors.Select(a => a.Name));
        Assert.Equal(["Russia"], e.Targets.Select(a => a.Name));
        Assert.Equal("Kursk Oblast", e.Place!.Name);
        Assert.Equal("2024", e.Date!.Value);
        Assert.Equal(EventDates.Year, e.Date.Precision);
        Assert.Equal(new AcledType("Battles", "Armed clash"), e.Acled);
    }

    [Fact]
    public void Fighting_around_Pokrovsk_takes_the_most_specific_place()
    {
        var e = Single("continue to battle against Russian advances", EventClasses.Fight);
        Assert.Equal("Pokrovsk", e.Place!.Name);
        Assert.Equal(["Ukraine"], e.Actors.Select(a => a.Name));
        Assert.Equal(["Russia"], e.Targets.Select(a => a.Name));
    }

    [Theory]
    [InlineData("would signify a direct involvement")]
    [InlineData("may facilitate the UK and France")]
    [InlineData("have not publicly reacted")]
    [InlineData("prepares to leave office in January")]
    [InlineData("ATACMS, noted for their speed and range")]
    public void Hypothetical_future_and_negated_statements_are_not_events(string part)
    {
        var span = Some.SpanOf(Doc.Text, part);
        var putin = Doc.Events.Where(e => e.Evidence.Contains(span)).ToList();

        // Putin's warning itself is an event (THREATEN); what he says would follow is not.
        Assert.All(putin, e => Assert.Equal(EventClasses.Threaten, e.Class));
    }

    [Fact]
    public void Every_event_has_its_evidence_sentence_and_trigger_inside_it()
    {
        Assert.InRange(Doc.Events.Count, 10, 16);
        foreach (var e in Doc.Events)
        {
            Assert.Contains(Doc.Sentences, s => s.Span == e.Evidence);
            Assert.True(e.Evidence.Contains(e.Trigger!.Value));
        }
    }
}
