using Sitrep.Events;
using Sitrep.Pipeline;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Events;

/// <summary>The stage on its own: tokens only (no upstream annotations), small texts.</summary>
public sealed class EventStageTests
{
    private static Document Code(string text, Action<Document>? annotate = null)
    {
        var doc = Some.Tokenized(text);
        annotate?.Invoke(doc);
        new EventStage().Process(doc, CancellationToken.None);
        return doc;
    }

    [Fact]
    public void An_empty_document_has_no_events()
        => Assert.Empty(Code("").Events);

    [Fact]
    public void The_reference_article_without_upstream_annotations_still_yields_events()
    {
        var doc = Code(File.ReadAllText(Paths.Sample("atacms-approval.txt")));
        Assert.Contains(doc.Events, e => e.Class == EventClasses.Assault && e.Mode == EventModes.Drone && e.Actors.Any(a => a.Name == "Russia"));
        Assert.Contains(doc.Events, e => e.Class == EventClasses.Support && e.Actors.Any(a => a.Name == "United States"));
        Assert.Contains(doc.Events, e => e.Class == EventClasses.Mobilize && e.Actors.Any(a => a.Name == "North Korea"));
        Assert.All(doc.Events, e => Assert.True(e.Date!.FromPublished));
    }

    [Theory]
    [InlineData("Russian forces did not strike Kharkiv.")]
    [InlineData("Russia could launch missiles at Kyiv.")]
    [InlineData("Moscow plans to attack the city next week.")]
    [InlineData("If Russia attacks, NATO will respond.")]
    [InlineData("Did Russia strike the port?")]
    [InlineData("Ukraine wants to use the missiles to strike targets in Russia.")]
    [InlineData("An attack on the plant would be a disaster.")]
    public void Negated_hypothetical_and_future_statements_are_not_events(string text)
        => Assert.DoesNotContain(Code(text).Events, e => e.Class is EventClasses.Assault);

    [Theory]
    [InlineData("RUSSIAN MISSILES STRIKE KYIV AS TALKS STALL")]
    [InlineData("If Russia attacks Ukraine, it will begin with bombing and rocket attacks.")]
    [InlineData("A conversation between the two foreign ministers is to take place on Saturday.")]
    [InlineData("Sullivan is to meet the Chinese envoy in Rome.")]
    [InlineData("Invading Ukraine will prove to be a self-inflicted wound.")]
    [InlineData("It has long argued against sending weapons to Ukraine.")]
    [InlineData("The alliance knew of Russia's plans in advance.")]
    [InlineData("Mr Putin was in Volgograd to mark the anniversary of the Battle of Stalingrad.")]
    public void Headlines_conditions_schedules_kinds_and_names_are_not_events(string text)
        => Assert.Empty(Code(text).Events);

    [Fact]
    public void A_threat_is_an_act_in_the_past_and_a_stance_in_the_present()
    {
        Assert.Contains(Code("Russia threatened to strike British military facilities.").Events, e => e.Class == EventClasses.Threaten);
        Assert.DoesNotContain(Code("Belarus still threatens Ukraine's independence.").Events, e => e.Class == EventClasses.Threaten);
    }

    [Fact]
    public void An_attack_on_a_country_owned_by_a_state_without_date_or_place_names_the_war()
    {
        var text = "The president said the West keeps talking about Russia's attack on Ukraine.";
        var doc = Code(text, d => d.Places.Add(new PlaceMention(Some.SpanOf(text, "Ukraine"), "Ukraine", PlaceLevels.Country, "UA")));
        Assert.DoesNotContain(doc.Events, e => e.Class == EventClasses.Assault);
    }

    [Fact]
    public void An_event_dated_two_or_more_years_before_publication_is_background()
    {
        var text = "In 2014 Russia seized Crimea and sent troops into Donbas.";
        var doc = Code(text, d => d.Times.Add(new TimeExpression(Some.SpanOf(text, "2014"), TimexTypes.Date, "2014")));
        Assert.Empty(doc.Events);
    }

    [Fact]
    public void A_place_after_a_compass_direction_is_a_reference_point()
    {
        var text = "Russian missiles struck training centres on Sunday in the region of Chernihiv, north of Kyiv.";
        var doc = Code(text, d =>
        {
            d.Places.Add(new PlaceMention(Some.SpanOf(text, "Chernihiv"), "Chernihiv Oblast", PlaceLevels.Admin1, "UA"));
            d.Places.Add(new PlaceMention(Some.SpanOf(text, "Kyiv"), "Kyiv", PlaceLevels.Populated, "UA"));
        });
        Assert.Equal("Chernihiv Oblast", Assert.Single(doc.Events).Place!.Name);
    }

    [Fact]
    public void A_visit_inside_the_visitors_own_country_is_not_a_consultation()
    {
        var text = "Zelensky visited Odesa on Monday.";
        var doc = Code(text, d => d.Places.Add(new PlaceMention(Some.SpanOf(text, "Odesa"), "Odesa", PlaceLevels.Populated, "UA")));
        Assert.DoesNotContain(doc.Events, e => e.Class == EventClasses.Consult);
        var abroad = "Zelensky visited Warsaw on Monday.";
        var doc2 = Code(abroad, d => d.Places.Add(new PlaceMention(Some.SpanOf(abroad, "Warsaw"), "Warsaw", PlaceLevels.Populated, "PL")));
        Assert.Contains(doc2.Events, e => e.Class == EventClasses.Consult);
    }

    [Fact]
    public void A_passive_attack_takes_its_agent_from_the_by_phrase()
    {
        var e = Assert.Single(Code("Civilians were killed by Russian forces in the village.").Events);
        Assert.Equal(EventClasses.Assault, e.Class);
        Assert.Equal(["Russia"], e.Actors.Select(a => a.Name));
        Assert.Equal("military", e.Actors[0].Kind);
        Assert.Equal(["Civilians"], e.Targets.Select(a => a.Name));
        Assert.Equal(new AcledType("Violence against civilians", "Attack"), e.Acled);
    }

    [Fact]
    public void Troops_sent_are_a_mobilization_and_weapons_sent_are_aid()
    {
        var troops = Assert.Single(Code("The United States sent 3,000 troops to Poland.").Events);
        Assert.Equal(EventClasses.Mobilize, troops.Class);
        var weapons = Assert.Single(Code("Germany sent tanks and ammunition to Ukraine.").Events);
        Assert.Equal(EventClasses.Aid, weapons.Class);
        Assert.Equal(["Germany"], weapons.Actors.Select(a => a.Name));
        Assert.Equal(["Ukraine"], weapons.Targets.Select(a => a.Name));
    }

    [Fact]
    public void Air_defence_interceptions_are_disrupted_weapons_use()
    {
        var e = Code("Ukraine's air force shot down 30 drones overnight.").Events.Single(x => x.Class == EventClasses.Fight);
        Assert.Equal(EventModes.AirDefense, e.Mode);
        Assert.Equal("Disrupted weapons use", e.Acled!.SubEventType);
        Assert.NotNull(e.Trigger);
    }

    [Fact]
    public void A_compound_adjective_is_not_a_trigger()
        => Assert.DoesNotContain(Code("Ukraine used U.S.-supplied rockets.").Events, e => e.Class == EventClasses.Aid);

    [Fact]
    public void A_claimed_attack_is_claimed_with_its_source()
    {
        var doc = Code("Russia claimed its forces destroyed a Ukrainian command post near Bakhmut.");
        var e = doc.Events.Single(x => x.Class == EventClasses.Assault);
        Assert.Equal(Certainties.Claimed, e.Certainty);
        Assert.Equal("Russia", doc.TextOf(e.Source!.Value));
    }

    [Fact]
    public void A_reported_attack_says_reportedly()
        => Assert.Equal(Certainties.Reported, Code("Russian drones reportedly hit an energy facility in Odesa.").Events.Single().Certainty);

    [Fact]
    public void A_future_date_drops_the_event()
    {
        var text = "Russia will hold drills in January.";
        var doc = Code("Russia holds military drills in January.", d => d.Times.Add(new TimeExpression(Some.SpanOf("Russia holds military drills in January.", "January"), TimexTypes.Date, "2025-01")));
        Assert.Empty(doc.Events);
        Assert.Empty(Code(text).Events);
    }

    [Fact]
    public void A_place_used_as_the_actor_is_not_the_place()
    {
        var text = "Moscow launched drones at Kharkiv.";
        var doc = Code(text, d =>
        {
            d.Places.Add(new PlaceMention(Some.SpanOf(text, "Moscow"), "Moscow", PlaceLevels.Populated, "RU"));
            d.Places.Add(new PlaceMention(Some.SpanOf(text, "Kharkiv"), "Kharkiv", PlaceLevels.Populated, "UA"));
        });
        var e = Assert.Single(doc.Events);
        Assert.Equal("Kharkiv", e.Place!.Name);
        Assert.Equal(EventModes.Drone, e.Mode);
        Assert.Equal(["Ukraine"], e.Targets.Select(a => a.Name));
    }

    [Fact]
    public void Same_class_place_and_date_in_two_sentences_is_one_event()
    {
        var text = "Russian missiles hit Sumy on Sunday. Missile strikes on Sumy on Sunday killed two people.";
        var doc = Code(text, d =>
        {
            d.Places.Add(new PlaceMention(Some.SpanOf(text, "Sumy"), "Sumy", PlaceLevels.Populated, "UA"));
            d.Places.Add(new PlaceMention(Some.SpanOf(text, "Sumy", 1), "Sumy", PlaceLevels.Populated, "UA"));
            d.Times.Add(new TimeExpression(Some.SpanOf(text, "Sunday"), TimexTypes.Date, "2024-11-17"));
            d.Times.Add(new TimeExpression(Some.SpanOf(text, "Sunday", 1), TimexTypes.Date, "2024-11-17"));
            d.Figures.Add(new Figure(Some.SpanOf(text, "two people"), 2, Qualifiers.Exact) { Kind = "killed" });
        });
        var e = Assert.Single(doc.Events);
        Assert.Equal(2, e.Killed!.Value);
        Assert.Equal("2024-11-17", e.Date!.Value);
    }

    [Fact]
    public void Different_dates_keep_events_apart()
    {
        var text = "Russian drones hit Odesa on Monday. Russian drones hit Odesa on Friday.";
        var doc = Code(text, d =>
        {
            d.Times.Add(new TimeExpression(Some.SpanOf(text, "Monday"), TimexTypes.Date, "2024-11-11"));
            d.Times.Add(new TimeExpression(Some.SpanOf(text, "Friday"), TimexTypes.Date, "2024-11-15"));
        });
        Assert.Equal(2, doc.Events.Count);
    }

    [Fact]
    public void The_lexicons_load_and_inflect_lemmas()
    {
        var lexicon = EventLexicon.Default;
        Assert.True(lexicon.Triggers.ContainsKey("struck"));
        Assert.True(lexicon.Triggers.ContainsKey("shelling"));
        Assert.True(lexicon.Triggers.ContainsKey("deployed"));
        Assert.True(lexicon.Triggers.ContainsKey("banned"));
        Assert.Equal("Ukraine", lexicon.CountryName("UA"));
        Assert.Equal("Russia", lexicon.Adversaries["Ukraine"]);
    }

    [Fact]
    public void An_adjective_row_gives_its_base_form_only_as_a_nominal_trigger()
    {
        // "grateful" is the lexicon's adjective row (pos A).
        var lexicon = EventLexicon.Default;
        var form = Assert.Single(lexicon.Triggers["grateful"]);
        Assert.True(form.Sense.Adjective);
        Assert.True(form.AsNoun);
        Assert.False(form.AsVerb);
        Assert.False(lexicon.Triggers.ContainsKey("gratefuls"));
    }

    [Fact]
    public void A_malformed_trigger_row_names_its_line()
    {
        var ex = Assert.Throws<FormatException>(() => EventLexicon.Load("strike\tVN\tASSAULT\n", "", ""));
        Assert.Contains("triggers.tsv line 1", ex.Message, StringComparison.Ordinal);
    }
}

public sealed class CasualtyFallbackTests
{
    [Fact]
    public void Without_a_figures_stage_killed_and_injured_counts_come_from_the_words()
    {
        var doc = Some.Tokenized("At least five people were killed and 18 injured when Russian rockets hit Vinnytsia.");
        new EventStage().Process(doc, CancellationToken.None);
        var e = Assert.Single(doc.Events);
        Assert.Equal(5, e.Killed!.Value);
        Assert.Equal(Qualifiers.AtLeast, e.Killed.Qualifier);
        Assert.Equal(18, e.Injured!.Value);
        Assert.Equal("Russia", e.Actors.Single().Name);
    }

    [Fact]
    public void A_figures_stage_result_is_preferred_to_the_fallback()
    {
        var text = "A strike killed 3 people.";
        var doc = Some.Tokenized(text);
        doc.Figures.Add(new Figure(Some.SpanOf(text, "3 people"), 3, Qualifiers.Exact) { Kind = "killed", Object = Some.SpanOf(text, "people") });
        new EventStage().Process(doc, CancellationToken.None);
        Assert.Equal(Some.SpanOf(text, "3 people"), Assert.Single(doc.Events).Killed!.Span);
    }
}
