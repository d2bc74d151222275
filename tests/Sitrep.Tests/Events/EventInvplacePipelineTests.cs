using Sitrep.Events;
using Sitrep.Pipeline;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Events;

/// <summary>
/// The invplace round (docs/events-rounds.md, "Invplace round"): an act whose stated date ends more than a week before publication takes
/// no place and no roles from a mention merged into it whose sentence states no time of its own; passages from fresh articles
/// (two of 18 August 2022, one of 27 July 2023), through the real default pipeline.
/// </summary>
public sealed class EventInvplacePipelineTests
{
    private static readonly DateOnly Published = new(2022, 8, 18);

    private static Event? Invasion(string text)
        => Analyzer.EventsOfText(text, Published).FirstOrDefault(e => e.Class == EventClasses.Fight && e.Date?.Value == "2022-02-24");

    [Fact]
    public void A_past_invasion_takes_no_place_from_the_next_sentence_that_goes_on_with_it()
    {
        var fight = Invasion("In the first hours of its invasion on February 24, Russia poured troops and weapons through Crimea into "
            + "southern Ukraine. It eventually captured the city of Kherson — the only major city it holds.\n");
        Assert.NotNull(fight);
        Assert.NotEqual("Kherson", fight.Place?.Name);
    }

    [Fact]
    public void A_past_invasion_takes_no_place_or_actor_from_an_undated_act_told_after_it()
    {
        var fight = Invasion("The day before the February 24, 2022 invasion, Putin declared them Russian territories and used them as a "
            + "pretext to invade the entire country.\n\nKyiv’s counter-attack in Kherson and Zaporizhzhia is strategically important "
            + "because they control water and power to Crimea and form a land bridge to Russia.\n");
        Assert.NotNull(fight);
        Assert.NotEqual("Kherson", fight.Place?.Name);
        Assert.DoesNotContain(fight.Actors, a => a.Name == "Ukraine");
    }

    [Fact]
    public void A_past_mission_dated_by_its_month_takes_no_actor_from_an_undated_meeting_told_later()
    {
        var mission = Analyzer.EventsOfText(
            "Last month, an African delegation led by South African President Cyril Ramaphosa led a “peace mission” to "
            + "Russia and Ukraine to broker peace talks between the warring nations. The peace mission did not achieve its "
            + "desired goal, with the delegation unable to persuade Putin and Ukrainian leader Volodymyr Zelensky to end the "
            + "war - now in its second year.\n\nWagner leader appears on sidelines\n\nThe African states being represented at "
            + "the St. Petersburg summit will be keen to sway Russia into rejoining the grain deal, and Putin has courted "
            + "African leaders for years in a deliberate effort to broaden Moscow’s global influence. At the last summit in "
            + "2019, Russia announced arms deals worth billions of dollars for the continent, along with a plan to double its "
            + "trade volume with the region.\n\nRussia’s Wagner mercenaries have also been deployed in some African states. A "
            + "CNN investigation from 2022 showed how an elaborate Russian scheme was plundering Sudan’s riches in a bid to "
            + "fortify Russia against Western sanctions and to buttress Moscow’s war effort in Ukraine.\n\nYevgeny Prigozhin, "
            + "Wagner’s founder and chief, was spotted on the sidelines of the summit on Thursday, his first sighting inside "
            + "Russia since he led an armed rebellion against the country’s military last month.\n\nPrigozhin was seen "
            + "meeting with an African dignitary who is part of the Central African Republic delegation, according to "
            + "accounts associated with the mercenary group.\n\nWagner has had a presence in the Central African Republic for "
            + "several years, as previously reported by CNN.\n",
            new DateOnly(2023, 7, 27)).FirstOrDefault(e => e.Class == EventClasses.Consult && e.Date?.Value == "2023-06");
        Assert.NotNull(mission);
        Assert.DoesNotContain(mission.Actors, a => a.Name == "Wagner Group");
    }
}
