using Sitrep.Events;
using Sitrep.Pipeline;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Events;

/// <summary>
/// The actorfix round (docs/events.md, *Actorfix round*): "be" before a present participle is the progressive, an active verb,
/// so its subject is the actor, not the target of a passive. Sentences from fresh articles.
/// </summary>
public sealed class EventActorfixPipelineTests
{
    private static readonly DateOnly Published = new(2024, 5, 8);

    private static IReadOnlyList<Event> EventsOf(string sentence) => Analyzer.EventsOfSentence(sentence, Published);

    private static bool HasActor(Event e, string name) => e.Actors.Any(a => a.Name == name);

    private static bool HasTarget(Event e, string name) => e.Targets.Any(a => a.Name == name);

    [Fact]
    public void The_subject_of_a_progressive_fights()
        => Assert.Contains(EventsOf("Today, Russia is fighting not together with Ukraine but against Ukraine."),
            e => e.Class == EventClasses.Fight && HasActor(e, "Russia") && !HasTarget(e, "Russia") && HasTarget(e, "Ukraine"));

    [Fact]
    public void The_subject_of_a_progressive_demands()
        => Assert.Contains(EventsOf("Russia is demanding the withdrawal of Nato from eastern Europe precisely because it presents a deterrent and a constraining factor on its ambitions."),
            e => e.Class == EventClasses.Request && HasActor(e, "Russia") && HasTarget(e, "NATO"));

    [Fact]
    public void A_possessive_subject_of_a_progressive_is_the_actor()
        => Assert.Contains(EventsOf("But Ukraine’s leader is urging US president Joe Biden and alliance leaders to take immediate “concrete steps”, including security guarantees, a roadmap and timeline."),
            e => e.Class == EventClasses.Request && HasActor(e, "Ukraine") && HasTarget(e, "United States") && !HasTarget(e, "Ukraine"));

    [Fact]
    public void A_passive_after_be_still_makes_its_subject_the_target()
        => Assert.Contains(EventsOf("Ukrainian civilians were killed by Russian forces in Bucha."),
            e => e.Class == EventClasses.Assault && HasActor(e, "Russia") && HasTarget(e, "Civilians"));
}
