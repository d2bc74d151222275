using Sitrep.Events;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Events;

/// <summary>
/// The glue round (docs/events-rounds.md, "Glue round"): sentences glued without a space after the full stop are split by the text
/// stage; the rules that read a sentence's neighbours, each on sentences of its own, through the real default pipeline.
/// </summary>
public sealed class EventGlueTests
{
    private static readonly DateOnly Published = new(2024, 3, 15);

    [Fact]
    public void A_pronoun_subject_after_a_connective_goes_on_with_the_date_of_the_sentence_before()
    {
        var denial = Assert.Single(Analyzer.EventsOfSentence(
            "The two envoys spoke on Monday.However, she denied reports that the border would close.", Published),
            e => e.Class == EventClasses.Reject);
        Assert.Equal("2024-03-11", denial.Date?.Value);
    }

    [Fact]
    public void A_sentence_opened_by_this_and_a_verb_goes_on_with_the_date_of_the_sentence_before()
    {
        var denial = Assert.Single(Analyzer.EventsOfSentence(
            "The two envoys spoke on Monday.This was when the minister denied reports that the border would close.", Published),
            e => e.Class == EventClasses.Reject);
        Assert.Equal("2024-03-11", denial.Date?.Value);
    }

    [Fact]
    public void Two_glued_sentences_each_keep_their_own_event_of_one_class()
    {
        var strikes = Analyzer.EventsOfSentence(
            "Russian missiles struck Odesa on Tuesday.Drones hit a depot in Sumy on Wednesday.", Published)
            .Where(e => e.Class == EventClasses.Assault).ToList();
        Assert.Equal(2, strikes.Count);
    }
}
