using Sitrep.Events;
using Sitrep.Pipeline;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Events;

/// <summary>
/// The verbal2 round (docs/events-rounds.md, *Verbal2 round*): the attributed-statement mends and the rules found on unlabelled articles,
/// each on a sentence of its own (not from the corpus), through the real default pipeline, with a control that keeps the act.
/// </summary>
public sealed class EventVerbalSecondPipelineTests
{
    private static readonly DateOnly Published = new(2024, 5, 10);

    private static IReadOnlyList<Event> Events(string text)
        => Analyzer.EventsOfSentence(text, Published);

    [Fact]
    public void A_curly_negated_intent_of_the_speakers_side_is_a_denial()
        => Assert.Contains(Events("“We don’t want a war with our neighbours,” the Kremlin said on Tuesday."),
            e => e.Class == EventClasses.Reject && e.Actors.Any(a => a.Name == "Russia"));

    [Fact]
    public void A_curly_negated_hostile_act_is_no_accusation()
        => Assert.DoesNotContain(Events("“Washington doesn’t fuel the conflict,” the Kremlin said on Monday."),
            e => e.Class == EventClasses.Accuse);

    [Fact]
    public void What_a_party_knows_is_no_statement_of_it()
        => Assert.DoesNotContain(Events("The Kremlin knows most Russians don’t want to lose their foreign holidays."),
            e => e.Class == EventClasses.Reject);

    [Fact]
    public void A_country_before_a_comma_gives_the_next_speaker_no_party()
        => Assert.DoesNotContain(Events("A Russia left humiliated would be pushed closer to Iran, Hartmann said."),
            e => e.Class == EventClasses.Accuse);

    [Fact]
    public void Aid_requested_is_no_aid_given()
        => Assert.DoesNotContain(Events("The Canadian government requested $2bn in military aid for Ukraine from parliament on Monday."),
            e => e.Class == EventClasses.Aid);

    [Fact]
    public void Aid_sent_stays_aid()
        => Assert.Contains(Events("Canada sent $2bn in military aid to Ukraine on Monday."),
            e => e.Class == EventClasses.Aid);

    [Fact]
    public void A_refusal_held_so_far_is_a_stance_not_an_act()
        => Assert.DoesNotContain(Events("India has so far refused to condemn the invasion of Ukraine."),
            e => e.Class == EventClasses.Reject);

    [Fact]
    public void A_refusal_held_for_years_is_a_stance_not_an_act()
        => Assert.DoesNotContain(Events("For two years, Berlin refused to send its Taurus missiles to Ukraine."),
            e => e.Class == EventClasses.Reject);

    [Fact]
    public void A_refusal_on_a_day_stays_an_act()
        => Assert.Contains(Events("Berlin refused on Monday to send its Taurus missiles to Ukraine."),
            e => e.Class == EventClasses.Reject);

    [Fact]
    public void An_accusation_about_a_span_of_shelling_stays_an_accusation()
        => Assert.Contains(Events("Kyiv accused Moscow on Monday of shelling the city for months."),
            e => e.Class == EventClasses.Accuse);
}
