using Sitrep.Events;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Events;

/// <summary>
/// The actorlist round (docs/events-rounds.md, *Actorlist round*): officials of 2022-2024 the actor list lacked are coded as
/// their state, under a bare surname too; the actorlist2 round added more, a two-letter surname ("Xi") and the State Department.
/// Sentences from fresh articles.
/// </summary>
public sealed class EventActorListPipelineTests
{
    [Fact]
    public void A_prime_ministers_bare_surname_is_her_state()
        => Assert.Contains(Analyzer.EventsOfSentence(
                "Kallas said that training Ukraine’s forces on their territory would not be escalatory, adding that “Russia’s propaganda is about being at war with NATO; they don’t need an excuse.”",
                new DateOnly(2022, 7, 22)),
            e => e.Class == EventClasses.Accuse && e.Actors.Any(a => a.Name == "Estonia") && e.Actors.All(a => a.Name != "NATO"));

    [Fact]
    public void A_foreign_secretarys_full_name_is_her_state()
        => Assert.Contains(Analyzer.EventsOfSentence(
                "Earlier, Liz Truss emphasized that the world could not give up sanctions against Russia, because it cannot allow Vladimir Putin to blackmail him.",
                new DateOnly(2022, 9, 5)),
            e => e.Actors.Any(a => a.Name == "United Kingdom") && e.Actors.All(a => a.Name != "Liz Truss"));

    [Fact]
    public void A_un_spokesmans_surname_is_the_united_nations()
        => Assert.Contains(Analyzer.EventsOfSentence(
                "Dujarric took issue with criticism aimed at his boss and told Fox News Digital that Guterres remained actively focused on the humanitarian and diplomatic aspects of the Russian invasion.",
                new DateOnly(2022, 3, 21)),
            e => e.Class == EventClasses.Accuse && e.Actors.Any(a => a.Name == "United Nations"));

    [Fact]
    public void A_presidents_surname_gives_her_government_not_the_state()
        => Assert.Contains(Analyzer.EventsOfSentence(
                "Sandu claimed Russian agitators wanted to provoke violent clashes in Moldova not just to overthrow the government, but as part of an overall tactic to sow divisions and prevent the country from joining the European Union.",
                new DateOnly(2023, 3, 11)),
            e => e.Class == EventClasses.Accuse && e.Actors.Any(a => a.Name == "Moldova" && a.Kind == "government"));

    [Fact]
    public void A_two_letter_surname_of_a_listed_leader_is_his_state()
        => Assert.Contains(Analyzer.EventsOfSentence(
                "During his visit on Monday, Xi praised Putin and called him a “dear friend.”",
                new DateOnly(2023, 3, 22)),
            e => e.Class == EventClasses.Support && e.Actors.Any(a => a.Name == "China") && e.Actors.All(a => a.Name != "Xi"));

    [Fact]
    public void A_defence_ministers_bare_surname_is_his_state()
        => Assert.Contains(Analyzer.EventsOfSentence(
                "Marles also reaffirmed Australia’s commitment to the multinational program to train Ukrainian armed forces personnel in the UK, through Operation Kudu.",
                new DateOnly(2024, 4, 27)),
            e => e.Class == EventClasses.Support && e.Actors.Any(a => a.Name == "Australia") && e.Actors.All(a => a.Name != "Marles"));

    [Fact]
    public void The_state_department_is_the_united_states()
        => Assert.Contains(Analyzer.EventsOfSentence(
                "Last month, the State Department authorized the departure of nonemergency personnel from the US Embassy in Kyiv and ordered family members to depart the country.",
                new DateOnly(2022, 2, 11)),
            e => e.Actors.Any(a => a.Name == "United States") && e.Actors.All(a => a.Name != "State Department"));
}
