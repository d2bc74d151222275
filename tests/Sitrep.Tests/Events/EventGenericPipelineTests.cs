using Sitrep.Events;
using Sitrep.Pipeline;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Events;

/// <summary>
/// The generic round: acts told as usual (an adverb of frequency in their clause) and acts in a relative clause on a generic
/// head (those who, any or every before the head). Sentences from fresh articles and RAMS, with a particular act beside them.
/// </summary>
public sealed class EventGenericPipelineTests
{
    private static readonly DateOnly Published = new(2024, 4, 27);

    private static IReadOnlyList<Event> Analyze(string text)
        => Analyzer.EventsOfText(text, Published);

    [Fact]
    public void An_act_told_as_usual_is_no_event()
    {
        var settlements = Analyze("Fundamentally, negotiated settlements are often morally unsatisfying.\n");
        var talks = Analyze("Hillary Clinton, for instance, talks constantly about her fears that families will be separated.\n");
        Assert.DoesNotContain(settlements, e => e.Class == EventClasses.Consult);
        Assert.DoesNotContain(talks, e => e.Class == EventClasses.Consult);
    }

    [Fact]
    public void An_adverb_of_frequency_beyond_punctuation_leaves_the_act()
    {
        var events = Analyze("In the video, which was released on social media, the group's militants in Chechen — commonly referred to as Chechnya — urged Muslims in Russia to join the fight against the West.\n");
        Assert.Contains(events, e => e.Class == EventClasses.Request);
    }

    [Fact]
    public void An_act_in_a_relative_clause_on_a_generic_head_is_no_event()
    {
        var threat = Analyze("But he vowed that Moscow had an answer for any country that threatened it.\n");
        var backed = Analyze("Looking back, I recall the jubilation among those who backed the invasion at how easily it had seemed to go.\n");
        var killed = Analyze("Those whose fathers were killed or wounded do not need to pass entry exams.\n");
        Assert.DoesNotContain(threat, e => e.Class == EventClasses.Threaten);
        Assert.DoesNotContain(backed, e => e.Class == EventClasses.Support);
        Assert.DoesNotContain(killed, e => e.Class == EventClasses.Assault);
    }

    [Fact]
    public void An_act_quantified_by_any_or_every_is_no_event()
    {
        var events = Analyze("Moving west, any invading force would reach the banks of the Dnieper River.\n");
        Assert.DoesNotContain(events, e => e.Class == EventClasses.Fight);
    }

    [Fact]
    public void An_act_in_a_relative_clause_on_a_particular_head_stays()
    {
        var events = Analyze("Police on Monday detained the men who attacked the convoy near Kharkiv.\n");
        Assert.Contains(events, e => e.Class == EventClasses.Assault);
    }
}
