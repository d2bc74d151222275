using Sitrep.Events;
using Sitrep.Pipeline;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Events;

/// <summary>
/// The retell2 round (docs/events-rounds.md, "Retell2 round"): a statement told again in other words, with the same source on the same
/// day, is one act; told on another day it is another. Sentences from a fresh article (Biden's remarks of 18 February 2022).
/// </summary>
public sealed class EventRetell2PipelineTests
{
    private static readonly DateOnly Published = new(2022, 2, 19);

    private static IReadOnlyList<Event> Analyze(string text)
        => Analyzer.EventsOfText(text, Published);

    [Fact]
    public void A_statement_told_again_in_other_words_by_the_same_source_on_the_same_day_is_one_act()
    {
        var rejections = Analyze("Markets fell on Friday.\n\nBiden emphasized that there is no evidence that Ukraine is preparing for the "
            + "offensive in Donbas. He added that Russian reports in this matter \"deny logic\".\n").Where(e => e.Class == EventClasses.Reject).ToList();
        var rejection = Assert.Single(rejections);
        Assert.Equal(2, rejection.Mentions.Count);
    }

    [Fact]
    public void The_same_source_on_another_day_tells_another_act()
    {
        // One mention told on a stated day, one with the publication date: their dates nest, so only the equal-date test keeps
        // them apart.
        var rejections = Analyze("Markets fell on Friday.\n\nLavrov said Russia does not want war. On Wednesday, Lavrov said Russia "
            + "rejects the claims.\n").Where(e => e.Class == EventClasses.Reject).ToList();
        Assert.Equal(2, rejections.Count);
    }
}
