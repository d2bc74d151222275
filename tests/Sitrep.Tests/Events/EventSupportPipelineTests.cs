using Sitrep.Events;
using Sitrep.Pipeline;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Events;

/// <summary>
/// The support round (docs/events-rounds.md, "Support round"): thanks are SUPPORT of a partner thanked, not of an audience or one's own
/// side; "backed" is SUPPORT as a past act with an object, not as an adverb, a perfect, a passive or a movement. Each case on a
/// sentence of its own, through the real default pipeline.
/// </summary>
public sealed class EventSupportPipelineTests
{
    private static readonly DateOnly Published = new(2024, 5, 10);

    private static IReadOnlyList<Event> Events(string text)
        => Analyzer.EventsOfSentence(text, Published);

    [Fact]
    public void Thanking_a_foreign_government_is_support()
        => Assert.Contains(Events("The Estonian prime minister thanked Japan for the new loan guarantees on 7 May."),
            e => e.Class == EventClasses.Support);

    [Fact]
    public void Thanking_someone_for_backing_is_support()
        => Assert.Contains(Events("The foreign minister thanked him for his support of the grain corridor on 7 May."),
            e => e.Class == EventClasses.Support);

    [Fact]
    public void Thanking_an_audience_is_no_support()
        => Assert.DoesNotContain(Events("Thank you for reading our coverage of the summit."),
            e => e.Class == EventClasses.Support);

    [Fact]
    public void Thanking_ones_own_forces_is_no_support()
        => Assert.DoesNotContain(Events("Zelensky thanked the Ukrainian military for holding the line near Chasiv Yar on 7 May."),
            e => e.Class == EventClasses.Support);

    // A guard, not the rule's case: it passes with the rule's "thanks to" check switched off (that check is not what keeps it
    // out), and keeps any path from making a cause SUPPORT.
    [Fact]
    public void Thanks_to_a_cause_is_no_support_even_without_the_thanks_to_check()
        => Assert.DoesNotContain(Events("The harvest was saved thanks to the dry weather in May."),
            e => e.Class == EventClasses.Support);

    [Fact]
    public void Backing_a_measure_is_support()
        => Assert.Contains(Events("Norway backed the proposed tribunal for the crime of aggression on 7 May."),
            e => e.Class == EventClasses.Support);

    [Fact]
    public void Back_as_an_adverb_is_no_support()
        => Assert.DoesNotContain(Events("The convoy turned back in early May after the bridge collapsed."),
            e => e.Class == EventClasses.Support);

    [Fact]
    public void Backed_by_a_state_is_no_support()
        => Assert.DoesNotContain(Events("The militia was backed by Moscow when it seized the town hall on 7 May."),
            e => e.Class == EventClasses.Support);

    [Fact]
    public void Backing_off_is_no_support()
        => Assert.DoesNotContain(Events("The ministry backed off its plan to raise fuel taxes on 7 May."),
            e => e.Class == EventClasses.Support);

    [Fact]
    public void Thanking_all_the_states_that_helped_is_support()
        => Assert.Contains(Events("The Moldovan president thanked all the states that sent generators to Chisinau on 7 May."),
            e => e.Class == EventClasses.Support);

    [Fact]
    public void Gratitude_to_a_foreign_state_is_support()
        => Assert.Contains(Events("The Moldovan president said on 7 May that she was grateful to Romania for the emergency power supplies."),
            e => e.Class == EventClasses.Support);

    [Fact]
    public void Gratitude_to_ones_own_staff_is_no_support()
        => Assert.DoesNotContain(Events("The mayor said on 7 May that she was grateful to the hospital staff for their patience."),
            e => e.Class == EventClasses.Support);
}
