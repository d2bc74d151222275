using Sitrep.Events;
using Sitrep.Pipeline;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Events;

/// <summary>
/// The background round (docs/events-rounds.md, "Background round"): the war or a campaign named as the circumstance or the time of
/// another clause, on sentences of its own, through the real default pipeline.
/// </summary>
public sealed class EventBackgroundPipelineTests
{
    private static readonly DateOnly Published = new(2024, 5, 10);

    private static IReadOnlyList<Event> Analyze(string text)
        => Analyzer.EventsOfText(text, Published);

    [Fact]
    public void Fighting_named_after_despite_is_the_setting_of_another_clause()
    {
        Assert.DoesNotContain(Analyze("Ukrainian bakers kept selling bread to their neighbours despite the fighting.\n"),
            e => e.Class == EventClasses.Fight);
    }

    [Fact]
    public void A_counteroffensive_named_after_amid_is_background()
    {
        Assert.DoesNotContain(Analyze("Farmers planted less wheat this spring amid the long Ukrainian counteroffensive.\n"),
            e => e.Class == EventClasses.Fight);
    }

    [Fact]
    public void Fighting_with_a_town_after_amid_is_still_coded()
    {
        Assert.Contains(Analyze("The convoy turned back amid heavy fighting around Kupiansk on Tuesday.\n"),
            e => e.Class == EventClasses.Fight);
    }

    [Fact]
    public void The_invasion_as_the_time_of_another_clause_is_background()
    {
        Assert.DoesNotContain(Analyze("Eight months after Russia invaded the country, the museum reopened its doors.\n"),
            e => e.Class == EventClasses.Fight);
        Assert.DoesNotContain(Analyze("When the invasion began, the theatre moved its rehearsals into the cellar.\n"),
            e => e.Class == EventClasses.Fight);
        Assert.DoesNotContain(Analyze("Even before the president launched his full invasion, the farmers had sold their grain.\n"),
            e => e.Class == EventClasses.Fight);
    }

    [Fact]
    public void An_offensive_at_whose_start_or_in_whose_midst_something_happened_is_a_stretch_of_time()
    {
        Assert.DoesNotContain(Analyze("Ukrainian pollsters interviewed voters at the start of the Ukrainian counteroffensive.\n"),
            e => e.Class == EventClasses.Fight);
        Assert.DoesNotContain(Analyze("Ukrainian pollsters interviewed voters in the midst of Russia's winter offensive.\n"),
            e => e.Class == EventClasses.Fight);
    }

    [Fact]
    public void Fighting_told_grinding_on_is_the_war_going_on()
    {
        Assert.DoesNotContain(Analyze("The Ukrainian orchestra toured abroad even as the fighting grinds on.\n"),
            e => e.Class == EventClasses.Fight);
    }

    [Fact]
    public void Fighting_that_continues_in_a_named_town_is_still_coded()
    {
        Assert.Contains(Analyze("Officials said on Sunday that fighting continues in the city of Chasiv Yar.\n"),
            e => e.Class == EventClasses.Fight);
    }
}
