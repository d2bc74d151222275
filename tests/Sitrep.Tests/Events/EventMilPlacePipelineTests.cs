using Sitrep.Events;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Events;

/// <summary>
/// The place readings of the milplace round (docs/events-rounds.md, "Milplace round"), on sentences of fresh articles (in no gold
/// portion), through the real default pipeline.
/// </summary>
public sealed class EventMilPlacePipelineTests
{
    private static readonly DateOnly Published = new(2022, 2, 4);

    [Fact]
    public void A_country_whose_border_the_troops_stand_along_is_not_where_they_stand()
    {
        var mobilize = Assert.Single(Analyzer.EventsOfSentence(
            "Russia, while mobilizing more than 100,000 troops along the Ukraine border, denies it plans to invade.", Published),
            e => e.Class == EventClasses.Mobilize);
        Assert.Null(mobilize.Place);
    }

    [Fact]
    public void A_country_after_the_border_of_is_not_where_the_troops_stand()
    {
        var mobilize = Assert.Single(Analyzer.EventsOfSentence(
            "Russia has amassed more than 130,000 troops on the eastern border of Ukraine, a continued threat to its sovereignty.", Published),
            e => e.Class == EventClasses.Mobilize);
        Assert.Null(mobilize.Place);
    }

    [Fact]
    public void A_country_after_by_is_the_agent_of_the_attack_not_its_place()
    {
        var assault = Assert.Single(Analyzer.EventsOfSentence(
            "Nord Stream 1 and 2 — both blown up recently by Russia to frighten Europe.", Published),
            e => e.Class == EventClasses.Assault);
        Assert.Null(assault.Place);
    }

    [Fact]
    public void A_capital_after_by_is_an_agent_and_the_attacked_country_places_the_attack()
    {
        var assault = Assert.Single(Analyzer.EventsOfSentence(
            "\"American sanctions against Russia introduced after its brutal attack on Ukraine failed to stop the import of drones by Moscow,\" wrote the New York Times.",
            new DateOnly(2023, 3, 22)),
            e => e.Class == EventClasses.Assault);
        Assert.Equal("Ukraine", assault.Place?.Name);
    }

    [Fact]
    public void A_town_before_a_possessive_locates_what_lies_in_it()
    {
        var assault = Assert.Single(Analyzer.EventsOfSentence(
            "A port city said to be of critical strategic importance, Mariupol's fate rests on its Azovstal iron and steel plant, which remains under the control of Ukrainian forces despite relentless Russian attacks.",
            new DateOnly(2022, 4, 20)),
            e => e.Class == EventClasses.Assault);
        Assert.Equal("Mariupol", assault.Place?.Name);
    }

    [Fact]
    public void An_attack_on_a_people_named_by_its_demonym_lands_in_their_country()
    {
        const string text = "Ukraine gave UN investigators \u201cunimpeded confidential access\u201d to detainees at official detention centres, she said. " +
            "The UN has previously found that Russia summarily executed Ukrainian prisoners, but this is the first time it has said civilians were also executed.";
        int trigger = text.IndexOf("executed Ukrainian", StringComparison.Ordinal);
        var assault = Assert.Single(Analyzer.EventsOfText(text, new DateOnly(2023, 6, 27)),
            e => e.Class == EventClasses.Assault && e.Trigger?.Start == trigger);
        Assert.Equal("Ukraine", assault.Place?.Name);
    }

    [Fact]
    public void An_attack_on_a_country_named_as_a_target_by_its_own_name_takes_no_place_from_it()
    {
        var assault = Assert.Single(Analyzer.EventsOfText(
            "Germany supported Russia\u2019s Nord Stream 1 and 2 pipelines. Nord Stream 1 and 2 \u2014 both blown up recently by Russia to frighten Europe.",
            new DateOnly(2023, 1, 24)),
            e => e.Class == EventClasses.Assault);
        Assert.Null(assault.Place);
    }
}
