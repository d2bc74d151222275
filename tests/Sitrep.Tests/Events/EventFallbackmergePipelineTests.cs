using Sitrep.Events;
using Sitrep.Pipeline;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Events;

/// <summary>
/// The fallbackmerge round (docs/events-rounds.md, "Fallbackmerge round"): a mention dated only by the publication date and a later
/// one with a stated date. Event coreference already reads the fallback as no date (the dates nest) and merges on a sign of identity,
/// the stated date winning; the stated-date rule, whose only sign of identity is the equal stated date, does not take a fallback as
/// equal, since on fresh text that would merge about one right pair in eight. Sentences from fresh articles.
/// </summary>
public sealed class EventFallbackmergePipelineTests
{
    [Fact]
    public void A_publication_dated_mention_and_a_dated_retelling_with_its_word_are_one_act_dated_by_the_retelling()
    {
        // 20220429T000000Z_GB_en_2088cbef25 (the two sentences are 16 lines apart there, beyond the stem's reach).
        var assaults = Analyzer.EventsOfText("Guterres said he was shocked by the missile strikes, “not because I’m here but because Kyiv is "
            + "a sacred city for Ukrainians and Russians alike”.\n\nThursday’s missile strikes came hours after Biden asked Congress to give "
            + "immediate approval for spending that would include over $33bn in military aid.\n", new DateOnly(2022, 4, 29))
            .Where(e => e.Class == EventClasses.Assault).ToList();
        var assault = Assert.Single(assaults);
        Assert.Equal("2022-04-28", assault.Date?.Value);
        Assert.False(assault.Date?.FromPublished);
    }

    [Fact]
    public void A_publication_dated_mention_does_not_take_the_stated_date_of_another_act_of_its_class()
    {
        // 20220206T091500Z_GB_en_bc223c2a8d: the Kremlin's denial and Putin's refusal of last week are two acts of one party; a
        // stated-date rule that took the fallback as equal merged them.
        var rejections = Analyzer.EventsOfText("Deploring “western hysteria”, the Kremlin denies any intention to invade. Putin said last "
            + "week he hoped “dialogue” would succeed – while refusing to pull back his forces.\n", new DateOnly(2022, 2, 6))
            .Where(e => e.Class == EventClasses.Reject).ToList();
        Assert.Equal(2, rejections.Count);
    }
}
