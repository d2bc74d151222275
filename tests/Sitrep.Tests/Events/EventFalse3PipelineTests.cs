using Sitrep.Events;
using Sitrep.Pipeline;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Events;

/// <summary>
/// The false3 round: a word of blame governed by "allegations" (a procedure's subject), and "rally" in the sense of
/// rallying support. Sentences from fresh articles, with the protest told as done beside them.
/// </summary>
public sealed class EventFalse3PipelineTests
{
    private static readonly DateOnly Published = new(2022, 8, 18);

    private static IReadOnlyList<Event> Analyze(string text)
        => Analyzer.EventsOfText(text, Published);

    [Fact]
    public void A_blame_word_after_allegations_is_no_accusation()
    {
        var events = Analyze("Van Schaack in a briefing said tens of thousands of individual allegations of war crimes were being examined by trained investigators inside and outside Ukraine.\n");
        Assert.DoesNotContain(events, e => e.Class == EventClasses.Accuse);
    }

    [Fact]
    public void Rallying_support_or_allies_is_no_protest()
    {
        var support = Analyze("Biden, now the US president, recently traveled to Warsaw to rally international support for Ukraine’s fight to repel Russian aggression.\n");
        var allies = Analyze("“Any threats to your country we take seriously, and we have rallied our allies and our partners to speak with one voice,” the vice president said.\n");
        Assert.DoesNotContain(support, e => e.Class == EventClasses.Protest);
        Assert.DoesNotContain(allies, e => e.Class == EventClasses.Protest);
    }

    [Fact]
    public void A_rally_in_a_city_is_still_a_protest()
    {
        var events = Analyze("Several thousand Ukrainians rallied in Kyiv on Saturday to show unity amid fears of a Russian invasion.\n");
        Assert.Contains(events, e => e.Class == EventClasses.Protest);
    }
}
