using Sitrep.Events;
using Sitrep.Pipeline;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Events;

/// <summary>
/// The invplace round (docs/events-rounds.md, "Invplace round"): an act that names a day more than a week before publication takes
/// no place and no actors from a mention merged into it whose sentence states no time of its own; sentences from two fresh articles
/// of 18 August 2022, through the real default pipeline.
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
}
