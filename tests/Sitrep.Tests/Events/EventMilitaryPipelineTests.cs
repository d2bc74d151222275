using Sitrep.Events;
using Sitrep.Pipeline;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Events;

/// <summary>
/// The rules of the military-acts round (docs/events-rounds.md, "Military-acts round"): troop movements and withdrawals the lexicon
/// did not reach, and troops described by a participle, each on sentences of its own, through the real default pipeline.
/// </summary>
public sealed class EventMilitaryPipelineTests
{
    private static readonly DateOnly Published = new(2024, 5, 10);

    private static IReadOnlyList<Event> Events(string text)
        => Analyzer.EventsOfSentence(text, Published);

    [Fact]
    public void Gathering_soldiers_near_a_border_is_a_troop_movement()
        => Assert.Contains(Events("Belarus gathered about 20,000 soldiers near the Polish border on 7 May."),
            e => e.Class == EventClasses.Mobilize);

    [Fact]
    public void Gathering_without_troops_is_no_troop_movement()
        => Assert.DoesNotContain(Events("Investigators gathered evidence in the village on 7 May."),
            e => e.Class == EventClasses.Mobilize);

    [Fact]
    public void Amassing_firepower_is_a_troop_movement()
        => Assert.Contains(Events("Belarus amassed heavy firepower along the frontier on 7 May."),
            e => e.Class == EventClasses.Mobilize);

    [Fact]
    public void Drawing_down_embassy_staff_is_a_withdrawal()
        => Assert.Contains(Events("Canada drew down most of its staff at the embassy in Minsk on 7 May."),
            e => e.Class == EventClasses.Retreat);

    [Fact]
    public void Drawing_down_stockpiles_is_no_withdrawal()
        => Assert.DoesNotContain(Events("The army drew down its stockpiles of shells on 7 May."),
            e => e.Class == EventClasses.Retreat);

    [Fact]
    public void Troops_described_by_a_participle_after_a_preposition_are_no_troop_movement()
        => Assert.DoesNotContain(Events("The envoy spoke of the removal of the soldiers gathered around Moldova."),
            e => e.Class == EventClasses.Mobilize);

    [Fact]
    public void Troops_massed_as_a_clause_after_as_many_as_are_a_troop_movement()
        => Assert.Contains(Events("Tension grew after as many as 50,000 Belarusian troops massed close to the border on 7 May."),
            e => e.Class == EventClasses.Mobilize);

    [Fact]
    public void A_withdrawal_someone_was_forced_to_make_is_reported()
        => Assert.Contains(Events("Belarusian units were forced to withdraw from the village on 7 May."),
            e => e.Class == EventClasses.Retreat);

    [Fact]
    public void An_arrest_a_court_issued_an_order_for_is_reported()
        => Assert.Contains(Events("A court in Minsk issued an order to arrest the blogger on 7 May."),
            e => e.Class == EventClasses.Coerce);

    [Fact]
    public void A_withdrawal_that_would_be_forced_is_not_reported()
        => Assert.DoesNotContain(Events("New sanctions would force Belarus to withdraw its units from the border."),
            e => e.Class == EventClasses.Retreat);

    [Fact]
    public void A_purpose_after_in_order_to_is_not_reported()
        => Assert.DoesNotContain(Events("Belarus closed the road in order to deploy more soldiers near the border."),
            e => e.Class == EventClasses.Mobilize);
}
