using Sitrep.Events;
using Sitrep.Pipeline;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Events;

/// <summary>
/// The falseverbal round (docs/events-rounds.md, *Falseverbal round*): statement and exchange words that name no act of a party, each
/// rule on a sentence of its own (not from the corpus), through the real default pipeline, with a control that keeps the act.
/// </summary>
public sealed class EventVerbalWordPipelineTests
{
    private static readonly DateOnly Published = new(2024, 5, 10);

    private static IReadOnlyList<Event> Events(string text)
        => Analyzer.EventsOfSentence(text, Published);

    [Fact]
    public void An_agreement_left_is_no_agreement_made()
        => Assert.DoesNotContain(Events("Hungary walked out of the gas transit deal with Kyiv after the talks failed."),
            e => e.Class == EventClasses.Agree);

    [Fact]
    public void An_agreement_reached_is_an_agreement_made()
        => Assert.Contains(Events("Turkey and Ukraine reached a deal on grain transit in Ankara on Tuesday."),
            e => e.Class == EventClasses.Agree);

    [Fact]
    public void Asking_someone_about_something_puts_a_question()
        => Assert.DoesNotContain(Events("The television host asked the Polish president about calls for more sanctions on Tuesday."),
            e => e.Class == EventClasses.Request);

    [Fact]
    public void Asking_a_party_to_act_is_a_request()
        => Assert.Contains(Events("Poland asked Germany on Tuesday to provide more air defence systems."),
            e => e.Class == EventClasses.Request);

    [Fact]
    public void Allowing_oneself_something_permits_no_party()
        => Assert.DoesNotContain(Events("It was at the summit that the Indian prime minister allowed himself to criticise Moscow's actions."),
            e => e.Class == EventClasses.Support);

    [Fact]
    public void Allowing_a_party_to_use_weapons_is_an_authorization()
        => Assert.Contains(Events("Germany has permitted Poland to send its Leopard tanks to Ukraine."),
            e => e.Class == EventClasses.Support && e.Mode == "authorization");

    [Fact]
    public void Negotiations_quantified_by_any_are_no_meeting()
        => Assert.DoesNotContain(Events("Lithuania ruled out territorial concessions in any negotiations with Moscow on Monday."),
            e => e.Class == EventClasses.Consult);

    [Fact]
    public void Sanctions_prepared_for_a_condition_are_no_sanction_imposed()
        => Assert.DoesNotContain(Events("On Monday the White House drew up sanctions packages for Russian banks if Moscow invades Ukraine."),
            e => e.Class == EventClasses.Sanction);

    [Fact]
    public void Sanctions_with_an_embedded_question_stay_an_act()
        => Assert.Contains(Events("On Monday the United States withdrew from talks with Moscow and now the Kremlin must decide if it wants to return."),
            e => e.Class == EventClasses.Sanction);

    [Fact]
    public void A_summit_held_is_a_meeting()
        => Assert.Contains(Events("The leaders of France and Germany held a summit in Paris on Monday."),
            e => e.Class == EventClasses.Consult);

    [Fact]
    public void The_country_a_war_is_waged_on_is_no_venue_of_talks_about_it()
        => Assert.Contains(Events("The Polish and Czech prime ministers held talks in the morning on Russia's war against Ukraine, the government said on Monday."),
            e => e.Class == EventClasses.Consult && e.Place is null);

    [Fact]
    public void A_summit_held_in_a_country_keeps_its_venue()
        => Assert.Contains(Events("The leaders of France and Germany held a summit in Poland on Monday."),
            e => e.Class == EventClasses.Consult && e.Place is { } place && place.Country == "PL");
}
