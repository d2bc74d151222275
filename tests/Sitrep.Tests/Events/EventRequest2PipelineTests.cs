using Sitrep.Events;
using Sitrep.Pipeline;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Events;

/// <summary>
/// The request2 round (docs/events-rounds.md, "Request2 round"): a request restated ("reiterated calls for"), from a fresh article,
/// through the real default pipeline.
/// </summary>
public sealed class EventRequest2PipelineTests
{
    private static readonly DateOnly Published = new(2023, 2, 13);

    private static IReadOnlyList<Event> Events(string text)
        => Analyzer.EventsOfSentence(text, Published);

    [Fact]
    public void Reiterated_calls_for_sanctions_is_the_speakers_request()
        => Assert.Contains(
            Events("President Zelensky last night reiterated calls for more international sanctions against Moscow, announcing that Ukraine had put into effect a recent decision to impose sanctions on 200 people working for the Russian nuclear industry."),
            e => e.Class == EventClasses.Request && e.Actors.Any(a => a.Name == "Ukraine"));

    // The urged round: the tagger reads "urged foreign ministers" after a plural noun as an adjective ("armed foreign fighters").
    [Fact]
    public void A_past_verb_tagged_as_an_adjective_after_a_plural_subject_is_still_the_request()
        => Assert.Contains(
            Events("CAPRI, Italy (AP) — Top NATO and European Union officials urged foreign ministers from leading industrialized nations on Thursday to take quick, concrete steps to provide more air defense systems and artillery to Ukraine."),
            e => e.Class == EventClasses.Request && e.Actors.Any(a => a.Name == "European Union"));

    [Fact]
    public void Reiterated_support_stays_support()
    {
        var events = Events("Payne reiterated Australia’s “strong support for Ukraine sovereignty and territorial integrity” on Monday.");
        Assert.Contains(events, e => e.Class == EventClasses.Support);
        Assert.DoesNotContain(events, e => e.Class == EventClasses.Request);
    }

    // Written for the row order (the support row is cued by "support", which the request's content names).
    [Fact]
    public void A_restated_call_for_allies_to_support_is_a_request()
    {
        var events = Events("Zelensky reiterated his call for Western allies to support Ukraine with more weapons.");
        Assert.Contains(events, e => e.Class == EventClasses.Request);
        Assert.DoesNotContain(events, e => e.Class == EventClasses.Support);
    }

    [Fact]
    public void Reiterating_a_stance_in_a_phone_call_is_no_request()
        => Assert.DoesNotContain(
            Events("Biden reiterated in a call with Zelensky on Monday that the United States stands with Ukraine."),
            e => e.Class == EventClasses.Request);
}
