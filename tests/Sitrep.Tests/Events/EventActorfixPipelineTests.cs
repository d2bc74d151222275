using Sitrep.Events;
using Sitrep.Pipeline;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Events;

/// <summary>
/// The actorfix round (docs/events-rounds.md, *Actorfix round*): "be" before a present participle is the progressive, an active verb,
/// so its subject is the actor, not the target of a passive; and the object of another verb is not the trigger's subject.
/// Sentences from fresh articles.
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

    [Fact]
    public void The_object_of_a_verb_of_telling_is_not_the_actor_of_a_later_verb()
        => Assert.Contains(EventsOf("Oleksii Vlasenko, 32, a Kyiv-based business travel entrepreneur told CNN he attended one of the tours in July, visiting several conflict-damaged cities."),
            e => e.Class == EventClasses.Consult && !HasActor(e, "CNN"));

    [Fact]
    public void The_object_of_a_threat_is_not_the_actor_of_the_drills_ordered_after_it()
        => Assert.Contains(EventsOf("Russia threatened to strike British military facilities and ordered its military to hold battlefield nuclear weapons drills in a move the Kremlin described as a response to comments from the French president, Emmanuel Macron, and from the British foreign secretary, David Cameron."),
            e => e.Class == EventClasses.Mobilize && !HasActor(e, "United Kingdom"));

    [Fact]
    public void A_place_left_is_not_the_broker_of_a_deal()
        => Assert.Contains(EventsOf("The first UN-chartered vessel laden with grain meanwhile left Ukraine for Africa following a hallmark deal brokered by Turkey and the UN to relieve a global food crisis."),
            e => e.Class == EventClasses.Agree && HasActor(e, "Turkey") && !HasActor(e, "Ukraine"));

    [Fact]
    public void The_object_before_an_infinitive_is_its_subject()
        => Assert.Contains(EventsOf("President Vladimir Putin has ordered Russian forces to rehearse deploying tactical nuclear weapons, as part of military drills to respond to what he called “threats” by the West."),
            e => e.Class == EventClasses.Mobilize && HasActor(e, "Russia"));

    [Fact]
    public void A_possessive_subject_after_a_reporting_verb_is_still_the_subject()
        => Assert.Contains(EventsOf("Iryna Vereshchuk, the minister of reintegration of temporarily occupied territories, has said Ukraine’s government has approved a draft law that will punish people for forcing Russian passports on to Ukrainian citizens."),
            e => e.Class == EventClasses.Support && HasActor(e, "Ukraine"));

    // The actoreval round (docs/events.md, *Actoreval round*): parties coordinated before a verb's subject are actors too.
    [Fact]
    public void Parties_coordinated_before_the_subject_are_actors_too()
        => Assert.Contains(EventsOf("Washington and London have pledged to increase offensive military aid to Ukraine and have announced arms deliveries, ammunition and anti-tank weapons."),
            e => e.Class == EventClasses.Aid && HasActor(e, "United States") && HasActor(e, "United Kingdom") && HasTarget(e, "Ukraine"));

    [Fact]
    public void Both_parties_of_a_relative_clause_reject()
        => Assert.Contains(EventsOf("Russian officials said NATO must promise not to allow Ukraine to join the alliance, among other demands, which the United States and NATO have rejected."),
            e => e.Class == EventClasses.Reject && HasActor(e, "United States") && HasActor(e, "NATO"));

    [Fact]
    public void A_list_that_goes_on_into_a_prepositional_phrase_is_not_the_subject()
        => Assert.Contains(EventsOf("The United States sent additional soldiers to Poland and Romania, and Germany increased the number of troops in Lithuania."),
            e => e.Class == EventClasses.Mobilize && HasActor(e, "Germany") && !HasActor(e, "Romania"));

    // The mend23a round: a list that goes on left to another verb's object is that verb's objects (the reviewer's constructed
    // sentences); after a reporting verb it is the reported clause's subjects.
    [Fact]
    public void Another_verbs_object_is_not_coordinated_with_the_subject_constructed()
        => Assert.Contains(EventsOf("Putin met Erdogan, and Zelensky accused Russia of war crimes."),
            e => e.Class == EventClasses.Accuse && HasActor(e, "Ukraine") && !HasActor(e, "Turkey") && HasTarget(e, "Russia"));

    [Fact]
    public void Another_verbs_object_before_and_is_not_a_subject_constructed()
        => Assert.Contains(EventsOf("Russia attacked Ukraine and Belarus deployed troops."),
            e => e.Class == EventClasses.Mobilize && HasActor(e, "Belarus") && !HasActor(e, "Ukraine"));

    [Fact]
    public void Another_verbs_object_does_not_take_the_targets_place_constructed()
        => Assert.Contains(EventsOf("Biden met Zelensky and Germany pledged to send more tanks to Ukraine."),
            e => e.Class == EventClasses.Aid && HasActor(e, "Germany") && !HasActor(e, "Ukraine") && HasTarget(e, "Ukraine"));

    [Fact]
    public void Parties_after_a_reporting_verb_are_the_reported_clauses_subjects_constructed()
        => Assert.Contains(EventsOf("Zelensky said the US and UK pledged to send more tanks to Ukraine."),
            e => e.Class == EventClasses.Aid && HasActor(e, "United States") && HasActor(e, "United Kingdom") && HasTarget(e, "Ukraine"));
}
