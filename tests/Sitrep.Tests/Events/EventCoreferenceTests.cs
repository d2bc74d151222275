using Sitrep.Events;
using Sitrep.Pipeline;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Events;

/// <summary>One event per real event within an article: retellings merge, summaries and topics are not acts of their own.</summary>
public sealed class EventCoreferenceTests
{
    private static Document Code(string text, Action<Document> annotate)
    {
        var doc = Some.Tokenized(text);
        annotate(doc);
        new EventStage().Process(doc, CancellationToken.None);
        return doc;
    }

    [Fact]
    public void A_retelling_with_a_nested_date_and_place_is_the_same_event_with_the_most_specific_of_both()
    {
        var text = "Russian missiles struck the Kharkiv region in November. The Russian missile strike on Kharkiv on Sunday killed two people.";
        var doc = Code(text, d =>
        {
            d.Places.Add(new PlaceMention(Some.SpanOf(text, "Kharkiv"), "Kharkiv Oblast", PlaceLevels.Admin1, "UA") { Admin1 = "Kharkiv Oblast" });
            d.Places.Add(new PlaceMention(Some.SpanOf(text, "Kharkiv", 1), "Kharkiv", PlaceLevels.Populated, "UA") { Admin1 = "Kharkiv Oblast" });
            d.Times.Add(new TimeExpression(Some.SpanOf(text, "November"), TimexTypes.Date, "2024-11"));
            d.Times.Add(new TimeExpression(Some.SpanOf(text, "Sunday"), TimexTypes.Date, "2024-11-17"));
            d.Figures.Add(new Figure(Some.SpanOf(text, "two people"), 2, Qualifiers.Exact) { Kind = "killed" });
        });
        var e = Assert.Single(doc.Events, e => e.Class == EventClasses.Assault);
        Assert.Equal("Kharkiv", e.Place!.Name);
        Assert.Equal("2024-11-17", e.Date!.Value);
        Assert.Equal(2, e.Killed!.Value);
        Assert.Equal(2, e.Mentions.Count);
        Assert.Equal(e.Evidence, e.Mentions[0]);
    }

    [Fact]
    public void Places_that_do_not_nest_keep_events_apart()
    {
        var text = "Russian drones hit Odesa on Monday. Russian drones hit Kharkiv on Monday.";
        var doc = Code(text, d =>
        {
            d.Places.Add(new PlaceMention(Some.SpanOf(text, "Odesa"), "Odesa", PlaceLevels.Populated, "UA") { Admin1 = "Odesa Oblast" });
            d.Places.Add(new PlaceMention(Some.SpanOf(text, "Kharkiv"), "Kharkiv", PlaceLevels.Populated, "UA") { Admin1 = "Kharkiv Oblast" });
            d.Times.Add(new TimeExpression(Some.SpanOf(text, "Monday"), TimexTypes.Date, "2024-11-11"));
            d.Times.Add(new TimeExpression(Some.SpanOf(text, "Monday", 1), TimexTypes.Date, "2024-11-11"));
        });
        Assert.Equal(2, doc.Events.Count(e => e.Class == EventClasses.Assault));
        Assert.All(doc.Events, e => Assert.Empty(e.Mentions));
    }

    [Fact]
    public void A_plural_summary_of_attacks_does_not_absorb_one_attack_at_a_named_place()
    {
        var text = "Russia unleashed a string of attacks on Ukrainian rail stations on Monday. Russian forces also destroyed an oil refinery in Kremenchuk.";
        var doc = Code(text, d =>
        {
            d.Places.Add(new PlaceMention(Some.SpanOf(text, "Kremenchuk"), "Kremenchuk", PlaceLevels.Populated, "UA") { Admin1 = "Poltava Oblast" });
            d.Times.Add(new TimeExpression(Some.SpanOf(text, "Monday"), TimexTypes.Date, "2024-11-11"));
        });
        Assert.Equal(2, doc.Events.Count(e => e.Class == EventClasses.Assault));
    }

    [Fact]
    public void A_count_over_a_running_period_is_a_tally_not_an_event()
    {
        var text = "Since February, Russia has launched 1,000 drones at Ukraine.";
        var doc = Code(text, d =>
        {
            d.Times.Add(new TimeExpression(Some.SpanOf(text, "February"), TimexTypes.Date, "2024-02"));
            d.Figures.Add(new Figure(Some.SpanOf(text, "1,000 drones"), 1000, Qualifiers.Exact) { Object = Some.SpanOf(text, "drones") });
        });
        Assert.DoesNotContain(doc.Events, e => e.Class == EventClasses.Assault);
    }

    [Fact]
    public void A_count_of_one_days_attack_is_still_an_event()
    {
        var text = "On Sunday, Russia launched 120 missiles at Ukraine.";
        var doc = Code(text, d =>
        {
            d.Times.Add(new TimeExpression(Some.SpanOf(text, "Sunday"), TimexTypes.Date, "2024-11-17"));
            d.Figures.Add(new Figure(Some.SpanOf(text, "120 missiles"), 120, Qualifiers.Exact) { Object = Some.SpanOf(text, "missiles") });
        });
        Assert.Contains(doc.Events, e => e.Class == EventClasses.Assault);
    }

    [Theory]
    [InlineData("The minister spoke about new sanctions on Russia.")]
    [InlineData("He described the costs of new sanctions for the economy.")]
    [InlineData("In his speech at the Army-2022 forum, Putin omitted any mention of Kherson.")]
    public void A_statement_or_meeting_named_as_a_topic_or_setting_is_not_an_act(string text)
    {
        var doc = Some.Tokenized(text);
        new EventStage().Process(doc, CancellationToken.None);
        Assert.DoesNotContain(doc.Events, e => e.Class is EventClasses.Sanction or EventClasses.Consult);
    }

    [Fact]
    public void New_packages_of_sanctions_are_still_sanctions()
    {
        var doc = Some.Tokenized("The EU adopted two new packages of sanctions against Russia.");
        new EventStage().Process(doc, CancellationToken.None);
        Assert.Contains(doc.Events, e => e.Class == EventClasses.Sanction);
    }
}
