using Sitrep.Events;
using Sitrep.Pipeline;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Events;

/// <summary>
/// The rules of the violence round (docs/events-rounds.md, "Violence round"): attacks and clashes named, not reported as violence
/// of the article, each on sentences of its own, through the real default pipeline (several rules read part-of-speech tags).
/// </summary>
public sealed class EventViolencePipelineTests
{
    private static readonly DateOnly Published = new(2024, 5, 10);

    private static IReadOnlyList<Event> Events(string text)
        => Analyzer.EventsOfSentence(text, Published);

    private static bool IsViolence(Event e) => e.Class is EventClasses.Assault or EventClasses.Fight;

    [Fact]
    public void An_attack_word_alone_in_quotation_marks_is_not_meant_literally()
        => Assert.DoesNotContain(Events("In the 12 posters of the campaign, a bear \"attacks\" a tractor near Lviv."), IsViolence);

    [Fact]
    public void An_attack_in_a_quoted_phrase_of_reported_speech_without_date_or_place_is_rhetoric()
        => Assert.DoesNotContain(Events("The envoy told reporters that the show in Minsk proves how \u201cthe alliance destroys calm "
            + "in the world\u201d."), IsViolence);

    [Fact]
    public void A_quoted_phrase_that_names_a_city_still_reports_an_attack()
        => Assert.Contains(Events("The governor said \u201cRussian missiles struck Odesa overnight\u201d and damaged the port."),
            e => e.Class == EventClasses.Assault);

    [Fact]
    public void A_participant_described_by_what_was_done_to_them_is_no_attack()
        => Assert.DoesNotContain(Events("The charity helps children injured by landmines in the region."),
            e => e.Class == EventClasses.Assault);

    [Fact]
    public void Casualties_named_as_people_are_no_attack()
        => Assert.DoesNotContain(Events("The nurses cared for the dead and wounded, the priest told the paper."),
            e => e.Class == EventClasses.Assault);

    [Fact]
    public void An_act_someone_is_sentenced_for_is_the_charge_not_an_attack()
        => Assert.DoesNotContain(Events("The court sentenced the man for killing a police officer, the agency said."),
            e => e.Class == EventClasses.Assault);

    [Fact]
    public void An_act_named_in_accusations_of_it_is_the_accusation_not_an_attack()
        => Assert.DoesNotContain(Events("The minister dismissed accusations of the army attacking the convoy."), e => e.Class == EventClasses.Assault);

    [Fact]
    public void A_battle_whose_anniversary_is_marked_is_history()
        => Assert.DoesNotContain(Events("Crowds marked the anniversary of the bitter battle for Stalingrad."), IsViolence);

    [Fact]
    public void An_undated_clash_in_a_sentence_about_the_Soviet_era_is_history()
        => Assert.DoesNotContain(Events("Her grandfather fought at the bridge with the Soviet army."), IsViolence);

    [Fact]
    public void A_Soviet_made_weapon_does_not_make_a_dated_attack_history()
        => Assert.Contains(Events("Russian forces fired Soviet-made rockets at Kherson on Monday."), e => e.Class == EventClasses.Assault);

    [Fact]
    public void The_source_after_according_to_is_not_the_target_of_an_attack()
    {
        var attack = Assert.Single(Events("Russian forces attacked a convoy near Kherson on Monday, according to British officials."),
            e => e.Class == EventClasses.Assault);
        Assert.DoesNotContain(attack.Targets, a => a.Name == "United Kingdom");
    }

    [Fact]
    public void A_country_owned_attack_with_no_complement_and_no_date_or_place_names_the_war()
        => Assert.DoesNotContain(Events("Congress answers Russia's attack: the next step will be a new budget."),
            e => e.Class == EventClasses.Assault);

    [Fact]
    public void A_city_named_in_a_list_of_regions_counts_as_a_region_for_the_place_of_an_attack()
    {
        var strike = Assert.Single(Events("Russian missiles struck military depots on Sunday in the regions of Chernihiv, north of Kyiv, "
            + "and Rivne and Volyn in the west."), e => e.Class == EventClasses.Assault);
        Assert.StartsWith("Chernihiv", strike.Place?.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void An_attack_in_the_complement_of_a_describing_participle_is_part_of_the_description()
        => Assert.DoesNotContain(Events("The doctors treated patients wounded by Russian airstrikes and thanked the volunteers."),
            e => e.Class == EventClasses.Assault);

    [Fact]
    public void A_decision_to_attack_is_not_an_attack()
        => Assert.DoesNotContain(Events("The adviser denied reports that the general had already decided to attack."), IsViolence);

    [Fact]
    public void An_attack_named_after_a_feared_scenario_and_a_colon_did_not_happen()
        => Assert.DoesNotContain(Events("The embassy told its staff to leave and to plan for the worst scenario: a missile attack on Kyiv."),
            e => e.Class == EventClasses.Assault);

    [Fact]
    public void Attacks_over_recent_weeks_with_no_place_or_day_sum_up_a_campaign()
        => Assert.DoesNotContain(Events("Farmers have endured heavy drone attacks in recent weeks, the governor said."),
            e => e.Class == EventClasses.Assault);

    [Fact]
    public void Attacks_over_recent_weeks_on_a_named_town_stay_an_event()
        => Assert.Contains(Events("The town of Vovchansk has endured heavy drone attacks in recent weeks, the governor said."),
            e => e.Class == EventClasses.Assault);

    [Fact]
    public void A_shootdown_does_not_merge_into_a_capture_told_at_the_same_place()
    {
        var clashes = Events("Wagner fighters entered the city of Rostov on Monday, the group said. Later they shot down a military "
            + "helicopter over Rostov, the group said.").Where(e => e.Class == EventClasses.Fight).ToList();
        Assert.Equal(2, clashes.Count);
        Assert.Contains(clashes, e => e.Mode == "territory");
        Assert.Contains(clashes, e => e.Mode == "air-defense");
    }

    [Fact]
    public void Clashes_between_police_and_protesters_are_no_armed_clash()
        => Assert.DoesNotContain(Events("Clashes between riot police and protesters in Chisinau lasted until morning."),
            e => e.Class == EventClasses.Fight);
}
