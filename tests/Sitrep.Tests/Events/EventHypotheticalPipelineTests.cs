using Sitrep.Events;
using Sitrep.Pipeline;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Events;

/// <summary>The hypothetical round's rule (EventCoder.Hypothetical.cs), each on a sentence of its own.</summary>
public sealed class EventHypotheticalPipelineTests
{
    private static readonly DateOnly Published = new(2024, 5, 10);

    private static IReadOnlyList<Event> Analyze(string text)
        => Analyzer.EventsOfText(text, Published);

    [Fact]
    public void An_attack_inside_an_if_clause_opened_mid_sentence_is_not_coded()
    {
        var events = Analyze("The minister told reporters in Riga that the alliance stands ready, if enemy troops, stationed for months near the northern border of the country, launch attacks on the port.\n");
        Assert.DoesNotContain(events, e => e.Class == EventClasses.Assault);
    }

    [Fact]
    public void An_attack_after_a_contrast_that_closes_the_condition_is_still_coded()
    {
        var events = Analyze("The talks would resume if both sides agreed, but on Monday enemy troops launched attacks on the port of Odesa.\n");
        Assert.Contains(events, e => e.Class == EventClasses.Assault);
    }

    [Fact]
    public void An_elliptical_if_not_leaves_the_attack_coded()
    {
        var events = Analyze("On Monday, if not earlier, troops of the Russian army based in the occupied south shelled the port of Odesa.\n");
        Assert.Contains(events, e => e.Class == EventClasses.Assault);
    }
}
