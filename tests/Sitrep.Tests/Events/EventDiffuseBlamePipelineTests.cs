using Sitrep.Events;
using Sitrep.Pipeline;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Events;

/// <summary>
/// The accuse2 round (docs/events-rounds.md, "Accuse2 round"): blame told in the passive with no agent is a diffuse reaction or a
/// standing charge, not an accusation by a party; with an agent it stays. Sentences of their own, through the real default
/// pipeline.
/// </summary>
public sealed class EventDiffuseBlamePipelineTests
{
    private static readonly DateOnly Published = new(2024, 5, 10);

    private static IReadOnlyList<Event> Events(string text)
        => Analyzer.EventsOfSentence(text, Published);

    [Fact]
    public void Blame_in_the_passive_with_no_agent_is_no_accusation()
        => Assert.DoesNotContain(Events("The new border fees have been widely condemned since they took effect."),
            e => e.Class == EventClasses.Accuse);

    [Fact]
    public void A_standing_charge_in_the_passive_is_no_accusation()
        => Assert.DoesNotContain(Events("The militia is accused of looting grain stores in the occupied districts."),
            e => e.Class == EventClasses.Accuse);

    // A guard: the older participle rule (a participle right after a common noun describes it) drops this before the
    // agentless-charge check is asked.
    [Fact]
    public void Blame_told_as_a_participle_after_a_plural_noun_stays_no_accusation_under_the_participle_rule()
        => Assert.DoesNotContain(Events("Several banks criticized for their ties to Moscow closed their offices."),
            e => e.Class == EventClasses.Accuse);

    [Fact]
    public void A_charge_reported_by_its_speaker_stays_an_accusation()
        => Assert.Contains(Events("The court said the activist had been charged with insulting the army."),
            e => e.Class == EventClasses.Accuse);

    [Fact]
    public void Blame_in_the_passive_with_its_agent_is_an_accusation()
        => Assert.Contains(Events("The new border fees were condemned by Lithuania on 7 May."),
            e => e.Class == EventClasses.Accuse);

    [Fact]
    public void Blame_in_the_active_voice_is_an_accusation()
        => Assert.Contains(Events("Lithuania condemned the new border fees on 7 May."),
            e => e.Class == EventClasses.Accuse);
}
