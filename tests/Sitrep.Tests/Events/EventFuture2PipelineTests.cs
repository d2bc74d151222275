using Sitrep.Events;
using Sitrep.Pipeline;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Events;

/// <summary>
/// The future2 round: acts told as planned, expected, required or still to come. Sentences from fresh articles (one from
/// development-4), with acts told as done beside them.
/// </summary>
public sealed class EventFuture2PipelineTests
{
    private static readonly DateOnly Published = new(2024, 4, 27);

    private static IReadOnlyList<Event> Analyze(string text)
        => Analyzer.EventsOfText(text, Published);

    [Theory]
    [InlineData("US Secretary of State Antony Blinken said Friday that a Russian invasion of Ukraine “could begin at any time,” including during the Beijing Winter Olympics.", EventClasses.Fight)]
    [InlineData("The next summit in Madrid is the best time for truth.", EventClasses.Consult)]
    [InlineData("Rather than just sitting, waiting in their defensive positions in Bakhmut for the next Russian assault, the generals are building combat power.", EventClasses.Assault)]
    [InlineData("Simply put, setting conditions for the eventual assault on Crimea requires the precision deep strike capability of the Army Tactical Missile System.", EventClasses.Assault)]
    [InlineData("However, the recent aid package includes long-range missiles, or ATACMS, which suggests Ukraine is readying an offensive against Crimea.", EventClasses.Fight)]
    [InlineData("Ukraine’s blueprint envisages Russia withdrawing all of its troops from the country’s territory.", EventClasses.Retreat)]
    [InlineData("Instead, it requires providing the Ukrainians with the weapons they need to win the war on their own.", EventClasses.Aid)]
    [InlineData("He added that in the coming weeks he was expecting a meeting with the Secretary of State Antony Blinken.", EventClasses.Consult)]
    [InlineData("The SE advancing towards Crimea will become the ME when the Russian army in the Donbas has been defeated and destroyed.", EventClasses.Assault)]
    public void An_act_still_to_come_is_not_an_event(string sentence, string eventClass)
        => Assert.DoesNotContain(Analyze(sentence + "\n"), e => e.Class == eventClass);

    [Fact]
    public void A_closing_quote_before_a_modal_still_ends_the_noun_phrase_of_a_told_act()
    {
        var events = Analyze("Russian missiles struck Kharkiv on Monday in what officials called a “terrorist attack”, and more strikes could follow.\n");
        Assert.Contains(events, e => e.Class == EventClasses.Assault);
    }
}
