using Sitrep.Events;
using Sitrep.Pipeline;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Events;

/// <summary>
/// The attributed-statements round (docs/events-rounds.md, *Attributed-statements round*): an utterance the quote stage attributes to a
/// party is coded by its content, each rule on a sentence of its own, through the real default pipeline.
/// </summary>
public sealed class EventAttributedStatementPipelineTests
{
    private static readonly DateOnly Published = new(2024, 5, 10);

    private static IReadOnlyList<Event> Events(string text)
        => Analyzer.EventsOfSentence(text, Published);

    [Fact]
    public void A_party_calling_a_claim_without_evidence_rejects_it()
        => Assert.Contains(Events("\"There is no evidence of any pullback from the border,\" the NATO secretary general said."),
            e => e.Class == EventClasses.Reject && e.Actors.Any(a => a.Name == "NATO"));

    [Fact]
    public void A_party_denying_its_own_intent_rejects()
        => Assert.Contains(Events("\"We do not want a war with our neighbours,\" the Kremlin said on Tuesday."),
            e => e.Class == EventClasses.Reject && e.Actors.Any(a => a.Name == "Russia"));

    [Fact]
    public void Another_partys_negated_intent_is_no_denial()
        => Assert.DoesNotContain(Events("\"Moscow does not want peace talks,\" the Ukrainian foreign ministry said on Tuesday."),
            e => e.Class == EventClasses.Reject);

    [Fact]
    public void A_negated_belief_about_the_listeners_will_is_no_denial()
        => Assert.DoesNotContain(Events("\"I do not believe you want a long war,\" the Kremlin spokesman told the visiting senators."),
            e => e.Class == EventClasses.Reject);

    [Fact]
    public void A_party_telling_of_another_partys_hostile_act_accuses_it()
        => Assert.Contains(Events("\"Washington is dragging the whole continent into a new arms race,\" the Kremlin said on Monday."),
            e => e.Class == EventClasses.Accuse && e.Actors.Any(a => a.Name == "Russia") && e.Targets.Any(t => t.Name == "United States"));

    [Fact]
    public void A_hostile_act_under_a_modal_is_a_fear_not_a_charge()
        => Assert.DoesNotContain(Events("\"Washington may undermine the whole continent's security,\" the Kremlin said on Monday."),
            e => e.Class == EventClasses.Accuse);

    [Fact]
    public void A_party_laying_a_duty_on_another_party_requests()
        => Assert.Contains(Events("\"Belarus must close its border to the convoys,\" the Polish interior ministry said on Friday."),
            e => e.Class == EventClasses.Request && e.Targets.Any(t => t.Name == "Belarus"));

    [Fact]
    public void A_duty_stated_as_a_passive_or_a_state_is_no_request()
        => Assert.DoesNotContain(Events("\"Belarus must be held to account for the convoys,\" the Polish interior ministry said on Friday."),
            e => e.Class == EventClasses.Request);

    [Fact]
    public void A_commentator_voices_no_statement_by_content()
        => Assert.DoesNotContain(Events("\"There is no evidence of any pullback from the border,\" the military analyst said."),
            e => e.Class == EventClasses.Reject);

    [Fact]
    public void A_party_saying_another_party_plans_an_attack_accuses_it()
        => Assert.Contains(Events("In February, Moldovan President Maia Sandu, who is unapologetically pro-European, claimed Russia was planning attacks and taking hostages in Moldova."),
            e => e.Class == EventClasses.Accuse && e.Actors.Any(a => a.Name == "Moldova") && e.Targets.Any(t => t.Name == "Russia"));

    [Fact]
    public void A_plan_told_after_a_denial_of_its_evidence_accuses_no_one()
        => Assert.DoesNotContain(Events("US President Joe Biden emphasized that there is no evidence that Ukraine is preparing attacks in Donbas."),
            e => e.Class == EventClasses.Accuse);

    [Fact]
    public void A_party_telling_of_another_partys_intimidation_accuses_it()
        => Assert.Contains(Events("\"Russia's rhetoric and exercises of its nuclear forces are aimed at intimidating its neighbours,\" NATO Secretary General Jens Stoltenberg said."),
            e => e.Class == EventClasses.Accuse && e.Actors.Any(a => a.Name == "NATO") && e.Targets.Any(t => t.Name == "Russia"));
}
