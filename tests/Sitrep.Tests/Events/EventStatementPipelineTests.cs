using Sitrep.Events;
using Sitrep.Pipeline;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Events;

/// <summary>
/// The rules of the statements round (docs/events-rounds.md, *Statements round*), each on a sentence of its own, through the real default
/// pipeline. Each text opens with a neutral line, so the sentence under test is not the title.
/// </summary>
public sealed class EventStatementPipelineTests
{
    private static readonly DateOnly Published = new(2024, 5, 10);

    private static IReadOnlyList<Event> Events(string sentence)
        => Analyzer.EventsOfSentence(sentence, Published);

    [Theory]
    [InlineData("The minister said there would be no impunity for the crimes committed by the occupiers.")]
    [InlineData("The prosecutor said her office had opened an investigation into atrocities in the village.")]
    public void Words_of_blame_governed_by_a_procedure_are_no_accusation(string sentence)
        => Assert.DoesNotContain(Events(sentence), e => e.Class == EventClasses.Accuse);

    [Fact]
    public void Words_of_blame_outside_a_procedure_still_accuse()
        => Assert.Contains(Events("The spokesman said the shelling of the hospital was one more of the regime's crimes."),
            e => e.Class == EventClasses.Accuse);

    [Fact]
    public void Calling_parties_to_act_is_a_request()
        => Assert.Contains(Events("The foreign minister called both governments to resume negotiations without delay."),
            e => e.Class == EventClasses.Request);

    [Theory]
    [InlineData("The chancellor called the prime minister to discuss energy prices.")]
    [InlineData("The reservist was called to serve in the spring.")]
    [InlineData("The army is calling up more soldiers to join the front.")]
    public void A_call_to_talk_a_passive_call_and_a_call_up_are_no_request(string sentence)
        => Assert.DoesNotContain(Events(sentence), e => e.Class == EventClasses.Request);

    [Theory]
    [InlineData("The defence minister warned that his country was prepared to use its nuclear arsenal.")]
    [InlineData("The spokesman said supply convoys entering the region would be legitimate targets.")]
    public void A_declared_readiness_to_use_force_is_a_threat(string sentence)
        => Assert.Contains(Events(sentence), e => e.Class == EventClasses.Threaten);

    [Theory]
    [InlineData("The farmers said they were ready to use the new seeds this spring.")]
    [InlineData("Russia may be ready to use nuclear weapons, analysts believe.")]
    public void Readiness_to_use_something_else_or_without_a_speaker_is_no_threat(string sentence)
        => Assert.DoesNotContain(Events(sentence), e => e.Class == EventClasses.Threaten);

    [Fact]
    public void A_quoted_verb_after_a_modal_in_reported_speech_is_a_demand()
        => Assert.Contains(Events("The mayor told reporters that the regional council should \"double\" its spending on shelters."),
            e => e.Class == EventClasses.Request);

    [Theory]
    [InlineData("The former mayor pleaded not guilty at the hearing on Monday.")]
    [InlineData("The two officers pleaded guilty to taking bribes.")]
    public void A_plea_in_court_is_no_request(string sentence)
        => Assert.DoesNotContain(Events(sentence), e => e.Class == EventClasses.Request);

    [Fact]
    public void A_plea_for_help_is_still_a_request()
        => Assert.Contains(Events("The governor pleaded for more air defence systems on Monday."), e => e.Class == EventClasses.Request);

    [Fact]
    public void A_reply_in_words_of_blame_is_an_accusation()
        => Assert.Contains(Events("The senator replied that the regime's claims were \"lies and propaganda\"."),
            e => e.Class == EventClasses.Accuse);
}
