using Sitrep.Events;
using Sitrep.Pipeline;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Events;

/// <summary>
/// The retell round (docs/events.md, *Retell round*): one record per act within an article, each rule on sentences of its own
/// (not from the corpus), through the real default pipeline, with a control that keeps two records where there are two.
/// The corpus cases that the rule mends depend on more context than a test sentence carries (a date or place that other
/// rules misattribute); these sentences guard the behaviour (one record, the meeting's own place kept) and its limit.
/// </summary>
public sealed class EventRetellRoundPipelineTests
{
    private static readonly DateOnly Published = new(2024, 5, 10);

    private static IReadOnlyList<Event> Events(string text)
        => Analyzer.EventsOfSentence(text, Published);

    [Fact]
    public void A_definite_meeting_with_a_place_of_another_clause_retells_the_meeting()
    {
        var meetings = Events("Hungarian Prime Minister Viktor Orban met Chinese leader Xi Jinping in Beijing on Wednesday, vowing to deepen trade ties.\n"
            + "The meeting, which Chinese state media described as warm, was the leaders' first since a summit in Uzbekistan last year.")
            .Where(e => e.Class == EventClasses.Consult).ToList();
        var meeting = Assert.Single(meetings);
        Assert.Equal("Beijing", meeting.Place?.Name);
        Assert.Equal(2, meeting.Mentions.Count);
    }

    [Fact]
    public void A_definite_visit_to_another_place_stays_a_second_meeting()
        => Assert.Equal(2, Events("Hungarian Prime Minister Viktor Orban met Chinese leader Xi Jinping in Beijing on Monday.\n"
            + "The visit to Brussels by the Hungarian leader comes as relations between the European Union and China have worsened.")
            .Count(e => e.Class == EventClasses.Consult));
}
