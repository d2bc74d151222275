using Sitrep.Events;
using Sitrep.Pipeline;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Events;

/// <summary>
/// The partyactor round (docs/events-rounds.md, *Partyactor round*): an official whom the article ties to a state (or a listed
/// organisation) by a title of office acts for it, so the event's actor is the state, not the person's name; former holders,
/// opposition figures and titles of bodies the actor list does not hold tie nobody. Sentences from fresh articles and RAMS.
/// </summary>
public sealed class EventPartyActorPipelineTests
{
    private static readonly DateOnly Published = new(2024, 5, 10);

    private static IReadOnlyList<Event> EventsOfText(string text) => Analyzer.EventsOfText(text, Published);

    private static bool HasActor(Event e, string name) => e.Actors.Any(a => a.Name == name);

    [Fact]
    public void A_titled_official_acts_for_the_state()
        => Assert.Contains(EventsOfText("Italian Foreign Minister Antonio Tajani opened the first working session by calling for new sanctions against Iran for its weekend attack and concrete help for Ukraine."),
            e => e.Class == EventClasses.Request && HasActor(e, "Italy") && !e.Actors.Any(a => a.Kind == ActorMentions.PersonKind));

    [Fact]
    public void An_ambassador_named_after_the_state_acts_for_it()
        => Assert.Contains(EventsOfText("Russia Ambassador Vasily Nebenzya on Monday slammed the West, claiming it is trying to will a Ukrainian war into existence."),
            e => e.Class == EventClasses.Accuse && HasActor(e, "Russia") && !HasActor(e, "Vasily Nebenzya"));

    [Fact]
    public void A_title_after_the_name_ties_the_person_and_a_shorter_mention_of_the_name()
        => Assert.Contains(EventsOfText("The 36-page report came as Beth Van Schaack, the US ambassador-at-large for Global Criminal Justice, visited Kyiv. "
            + "“It is notable he said quite openly that this war is based on false pretences and that Ukraine and Nato had no intention of attacking Russia and this is very much a war of Russia’s own making,” Van Schaack said."),
            e => e.Class == EventClasses.Accuse && HasActor(e, "United States") && !HasActor(e, "Van Schaack"));

    [Fact]
    public void A_portfolio_word_before_the_office_still_ties()
        => Assert.Contains(EventsOfText("Ukraine’s Culture Minister Oleksandr Tkachenko welcomes the news, saying Ukraine had “received assurances… that they will hold Eurovision… with an extremely high integration of Ukrainian contexts and presenters.”"),
            e => e.Class == EventClasses.Support && HasActor(e, "Ukraine") && !HasActor(e, "Oleksandr Tkachenko"));

    [Fact]
    public void A_former_holder_does_not_act_for_the_state()
        => Assert.DoesNotContain(EventsOfText("Former U.S. President Bill Clinton ( center ) talks with his daughter Chelsea Clinton prior the first presidential debate."),
            e => HasActor(e, "United States"));

    [Fact]
    public void An_opposition_leader_keeps_the_name()
        => Assert.DoesNotContain(EventsOfText("The Australian Labor opposition leader, Anthony Albanese, slammed Putin for “aggression in the name of a poisonous, nationalistic lie”."),
            e => HasActor(e, "Australia"));

    [Fact]
    public void A_body_the_actor_list_does_not_hold_ties_nobody()
        => Assert.DoesNotContain(EventsOfText("“The Prosecutor General's Office of Belarus nominated Brest Fortress for inclusion in the UNESCO World Heritage List as a memorial symbolizing the fight against Nazism, the fight against the policy of genocide throughout the world. "
            + "Large-scale work is conducted to set up expositions dedicated to the genocide of the Belarusian people in all corners of our country. Together with the Education Ministry we have prepared supplements about the genocide of the Belarusian people to the history textbooks,” representative of the General Prosecutor's Office Sergei Shikunets said."),
            e => e.Actors.Any(a => a.Name == "General Prosecutor's Office"));
}
