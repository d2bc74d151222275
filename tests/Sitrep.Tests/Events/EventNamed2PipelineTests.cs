using Sitrep.Events;
using Sitrep.Pipeline;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Events;

/// <summary>
/// The named2 round: a gerund that opens its clause as the subject of a modal (Factuality), "asked" as a passive participle
/// with no "be" (a question put to the main clause's speaker), and "you" with a present verb outside a quote (the reader addressed).
/// Sentences from fresh articles, RAMS and WikiEvents, with the act or the request told as done beside them.
/// </summary>
public sealed class EventNamed2PipelineTests
{
    private static readonly DateOnly Published = new(2024, 5, 6);

    private static IReadOnlyList<Event> Analyze(string text)
        => Analyzer.EventsOfText(text, Published);

    [Fact]
    public void A_gerund_after_that_under_a_modal_is_not_coded()
    {
        var events = Analyze("After Macron said in February that sending Western troops to Ukraine could not be ruled out, Putin warned “this really threatens a conflict with the use of nuclear weapons, and therefore the destruction of civilization.”\n");
        Assert.DoesNotContain(events, e => e.Class == EventClasses.Mobilize);
    }

    [Fact]
    public void A_sentence_opening_gerund_under_a_modal_is_not_coded()
    {
        var events = Analyze("Recapturing rebel districts of Aleppo would greatly strengthen President Bashar al-Assad’s position in the six-year-long war.\n");
        Assert.DoesNotContain(events, e => e.Class is EventClasses.Fight or EventClasses.Assault);
    }

    [Fact]
    public void A_gerund_object_under_a_modal_beyond_five_words_is_not_coded()
    {
        var events = Analyze("Allowing the war in Ukraine to fester will only prolong and deepen the instability already wrought.\n");
        Assert.DoesNotContain(events, e => e.Class == EventClasses.Support);
    }

    [Fact]
    public void A_gerund_subject_of_a_past_verb_is_still_coded()
    {
        var events = Analyze("Officials said that shelling by Russian forces destroyed two schools in Kharkiv on Sunday, and more attacks could follow.\n");
        Assert.Contains(events, e => e.Class == EventClasses.Assault);
    }

    [Fact]
    public void A_sentence_opening_asked_is_no_request()
    {
        var events = Analyze("Asked to expand on this point, the foreign secretary said: “If we saw an invasion into Ukraine, there would be severe costs in terms of a long-running conflict.”\n");
        Assert.DoesNotContain(events, e => e.Class == EventClasses.Request);
    }

    [Fact]
    public void A_comma_set_asked_with_an_agent_is_no_request()
    {
        var events = Analyze("Meanwhile, Mularczyk, asked in May by the daily \"Die Welt\", whether there is now a good time for reparation claims, replied that compensation is needed.\n");
        Assert.DoesNotContain(events, e => e.Class == EventClasses.Request);
    }

    [Fact]
    public void A_finite_asked_after_a_comma_is_still_a_request()
    {
        var events = Analyze("Zelensky, speaking in Kyiv on Monday, asked Germany to send more air defence systems.\n");
        Assert.Contains(events, e => e.Class == EventClasses.Request);
    }

    [Fact]
    public void A_present_verb_with_you_outside_a_quote_is_no_act()
    {
        var events = Analyze("By submitting your email, you agree to our Terms of Service and Privacy Policy.\n");
        Assert.DoesNotContain(events, e => e.Class == EventClasses.Agree);
    }
}
