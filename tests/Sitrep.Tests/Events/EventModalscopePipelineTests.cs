using Sitrep.Events;
using Sitrep.Pipeline;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Events;

/// <summary>
/// The modalscope round (docs/events-rounds.md, "Modalscope round"): a modal governs a base form, so a simple past after "and" is a
/// verb of its own clause, not the modal's; sentences from fresh articles, through the real default pipeline.
/// </summary>
public sealed class EventModalscopePipelineTests
{
    private static IReadOnlyList<Event> Events(string text, DateOnly published)
        => Analyzer.EventsOfSentence(text, published);

    [Fact]
    public void A_simple_past_after_and_is_not_under_the_modal_of_the_clause_before()
        => Assert.Contains(
            Events("He said the US would continue to draw down its embassy in Kyiv and reiterated calls for any American citizens who remain in Ukraine to leave immediately, following Joe Biden’s comment that “things could go crazy quickly”.", new(2022, 2, 11)),
            e => e.Class == EventClasses.Request);

    [Fact]
    public void A_simple_past_after_and_passes_a_modal_inside_a_quote()
        => Assert.Contains(
            Events("The British Minister of Foreign Affairs also assured that London would deliver \"all equipment that she would need to displace the Russians\" and urged that every \"partner of Ukraine\" would do the same.", new(2022, 9, 5)),
            e => e.Class == EventClasses.Request);

    [Fact]
    public void A_base_form_after_and_stays_under_the_modal()
        => Assert.DoesNotContain(
            Events("The ambassadors of the member nations of OSCE with whom I interacted made it clear that their countries will defend themselves and welcome American presence, commitment, and leadership.", new(2022, 5, 1)),
            e => e.Class == EventClasses.Support);
}
