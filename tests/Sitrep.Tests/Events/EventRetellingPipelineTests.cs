using Sitrep.Events;
using Sitrep.Pipeline;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Events;

/// <summary>
/// The rules of the retelling round (docs/events-rounds.md, "Retelling round"), each on sentences of its own, through the real
/// default pipeline (several rules read part-of-speech tags). Each text opens with a neutral line, so the sentence under
/// test is not the title.
/// </summary>
public sealed class EventRetellingPipelineTests
{
    private static readonly DateOnly Published = new(2024, 5, 10);

    private static IReadOnlyList<Event> Events(string text)
        => Analyzer.EventsOfSentence(text, Published);

    [Fact]
    public void A_definite_visit_told_with_a_party_of_the_meeting_and_a_country_holding_its_place_is_the_meeting_retold()
        => Assert.Single(Events("The Canadian foreign minister Melanie Joly met President Maia Sandu in Chisinau on Monday. Ms Joly said "
            + "the country needed help. Also involving the trade minister, the visit marked the first trip to Moldova by Canadian officials "
            + "since the election."), e => e.Class == EventClasses.Consult);

    [Fact]
    public void Also_before_the_trigger_tells_a_further_act_not_the_one_before_retold()
    {
        // WikiEvents dev (scenario_en_8): the second call is another request, with its own addressee.
        var calls = Events("The head of the infectious diseases department at the Hospital Universitario de Caracas, Maria Eugenia Landaeta, "
            + "called on the government today to declare the chikungunya outbreak an emergency. Landaeta also called on Venezuelans to "
            + "think critically, and to not fall into a “collective panic” regarding these diseases.").Where(e => e.Class == EventClasses.Request).ToList();
        Assert.Equal(2, calls.Count);
    }

    [Theory]
    [InlineData("were also killed")]
    [InlineData("have also been killed")]
    public void Also_in_the_passive_adds_victims_to_the_act_told(string passive)
    {
        // A passive "also" adds victims, whether its "be" stands before "also" or after it (the stop's final read).
        var attacks = Events("Russian missiles struck an apartment block in Dnipro, killing 30 people. "
            + $"Two firefighters {passive} in the strike.").Where(e => e.Class == EventClasses.Assault).ToList();
        Assert.Single(attacks);
    }

    [Fact]
    public void A_meeting_named_in_a_phrase_takes_no_place_from_the_clause_that_governs_it()
    {
        var meeting = Assert.Single(Events("The Canadian foreign minister Melanie Joly met Moldova's President Maia Sandu in Chisinau. "
            + "At a press conference in Romania after the visit, Ms Joly said the country needed help."), e => e.Class == EventClasses.Consult);
        Assert.Equal("Chisinau", meeting.Place?.Name);
    }

    [Fact]
    public void A_person_introduced_with_a_state_title_is_that_state_in_a_retelling()
        => Assert.Single(Events("The Estonian foreign minister, Margus Tsahkna, met the Japanese foreign minister, Yoko Kamikawa, on "
            + "Monday. Tsahkna said he had raised Estonia's position in his meeting with Kamikawa."), e => e.Class == EventClasses.Consult);

    [Fact]
    public void The_parties_after_between_are_not_the_place_of_the_meeting()
    {
        var talks = Assert.Single(Events("The talks between France and Germany lasted four hours, the ministry said."),
            e => e.Class == EventClasses.Consult);
        Assert.Null(talks.Place);
        Assert.Contains(talks.Targets, a => a.Name == "France");
        Assert.Contains(talks.Targets, a => a.Name == "Germany");
    }

    [Theory]
    [InlineData("The minister said the decree was an assault on the country's sovereignty and territorial integrity.")]
    [InlineData("The decree is an attack on the fundamental principles of the charter, the minister said.")]
    public void An_attack_on_an_idea_is_a_figure_of_speech(string sentence)
        => Assert.DoesNotContain(Events(sentence), e => e.Class == EventClasses.Assault);

    [Fact]
    public void A_name_of_the_war_reads_its_date_in_its_own_sentence_not_the_one_glued_after_it()
        => Assert.DoesNotContain(Events("The council joined sanctions over her assault on Ukraine.This was reported on Sunday by the "
            + "broadcaster."), e => e.Class == EventClasses.Assault);

    [Fact]
    public void Sanctions_described_by_a_participle_without_a_date_are_a_standing_state()
    {
        Assert.DoesNotContain(Events("The sanctions imposed by the allies have not broken the economy, the minister said."),
            e => e.Class == EventClasses.Sanction);
        Assert.Contains(Events("The allies imposed sanctions on the bank on Monday, the minister said."),
            e => e.Class == EventClasses.Sanction);
    }

    [Fact]
    public void A_capital_in_the_possessive_does_not_anchor_a_sentence_in_a_place()
    {
        Assert.DoesNotContain(Events("The party split over new sanctions for Russia's attack on Ukraine, citing Kyiv's reports."),
            e => e.Class == EventClasses.Assault);
        Assert.Contains(Events("The party split over new sanctions for Russia's attack on Ukraine, citing the reports of Kyiv."),
            e => e.Class == EventClasses.Assault);
    }

    [Fact]
    public void An_attack_that_is_the_object_of_a_verb_of_combat_is_the_clash_only()
    {
        var repelled = Events("Moldovan border guards repelled a Russian attack near the village of Palanca on Friday.");
        Assert.Contains(repelled, e => e.Class == EventClasses.Fight);
        Assert.DoesNotContain(repelled, e => e.Class == EventClasses.Assault);
        Assert.Contains(Events("Russian forces attacked the village of Palanca on Friday, and Moldovan troops repelled them."),
            e => e.Class == EventClasses.Assault);
    }

    [Fact]
    public void Agreements_in_the_plural_without_a_date_are_ones_in_force()
    {
        Assert.DoesNotContain(Events("The minister said the republic fully complies with its agreements with Moldova."),
            e => e.Class == EventClasses.Agree);
        Assert.Contains(Events("The minister said the republic reached an agreement with Moldova on grain exports."),
            e => e.Class == EventClasses.Agree);
    }

    [Fact]
    public void A_meeting_with_civilians_is_not_a_consultation()
        => Assert.DoesNotContain(Events("The princess said she had met residents who rebuilt their homes in the region."),
            e => e.Class == EventClasses.Consult);

    [Theory]
    [InlineData("The defence ministers of the alliance held a meeting in Vilnius on Monday. Protection of grain shipments to Poland "
        + "was also discussed.")]
    [InlineData("The defence ministers of the alliance held a meeting in Vilnius on Monday. The participants discussed support for "
        + "Moldova and ways to help Poland.")]
    public void What_was_discussed_after_a_meeting_is_its_content_with_topics_not_parties_or_places(string text)
        => Assert.Equal("Vilnius", Assert.Single(Events(text), e => e.Class == EventClasses.Consult).Place?.Name);

    [Fact]
    public void A_place_that_is_the_subject_of_another_clause_does_not_locate_the_event()
        => Assert.Null(Assert.Single(Events("The meeting of the two delegations lasted four hours and comes as Moldova prepares for new "
            + "elections."), e => e.Class == EventClasses.Consult).Place);

    [Fact]
    public void A_definite_noun_in_a_phrase_takes_no_date_from_a_glued_sentence_after_it()
    {
        var murder = Assert.Single(Analyzer.EventsOfSentence("Two men were murdered at a shopping centre in Erding on Saturday evening. The "
            + "circumstances of the murder are not clear yet.The police did not determine whether the men knew each other.- The "
            + "investigation is underway, said a spokesman, quoted on Sunday by the agency.", new DateOnly(2024, 4, 29)),
            e => e.Class == EventClasses.Assault);
        Assert.Equal("2024-04-27TEV", murder.Date?.Value);
    }
}
