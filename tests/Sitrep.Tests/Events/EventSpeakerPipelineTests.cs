using Sitrep.Events;
using Sitrep.Pipeline;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Events;

/// <summary>
/// The rules of the speakers round (docs/events.md, *Speakers round*): who may voice a statement and when a statement is a
/// standing position, each on a sentence of its own, through the real default pipeline.
/// </summary>
public sealed class EventSpeakerPipelineTests
{
    private static readonly DateOnly Published = new(2024, 5, 10);

    private static IReadOnlyList<Event> Events(string sentence)
        => Analyzer.EventsOfSentence(sentence, Published);

    [Theory]
    [InlineData("The British analyst also noted that the regional governors should publish casualty figures.")]
    [InlineData("The veteran correspondent accused the ministry of hiding its losses.")]
    public void A_commentator_voices_no_party_statement(string sentence)
        => Assert.DoesNotContain(Events(sentence), e => e.Class is EventClasses.Request or EventClasses.Accuse);

    [Fact]
    public void An_official_saying_another_party_should_act_still_requests()
        => Assert.Contains(Events("The Polish foreign minister said that Hungary should stop blocking the aid package."),
            e => e.Class == EventClasses.Request);

    [Fact]
    public void A_duty_laid_on_the_speakers_own_party_is_no_request()
        => Assert.DoesNotContain(Events("The NATO chief said the alliance must keep up its deliveries of ammunition."),
            e => e.Class == EventClasses.Request);

    [Fact]
    public void A_word_of_blame_qualifying_the_war_is_an_epithet_not_an_accusation()
        => Assert.DoesNotContain(Events("The minister said the tariff answered Russia's illegal and brutal invasion of its neighbour."),
            e => e.Class == EventClasses.Accuse);

    [Theory]
    [InlineData("The president has previously warned Russia against using chemical weapons.")]
    [InlineData("Moscow has long accused the Baltic states of mistreating Russian speakers.")]
    [InlineData("The cardinal has often criticized the arms trade.")]
    public void A_statement_told_as_earlier_or_habitual_is_a_standing_position(string sentence)
        => Assert.DoesNotContain(Events(sentence), e => e.Class is EventClasses.Request or EventClasses.Accuse);

    [Fact]
    public void A_statement_of_the_articles_time_still_accuses()
        => Assert.Contains(Events("Moscow on Tuesday accused the Baltic states of mistreating Russian speakers."),
            e => e.Class == EventClasses.Accuse);
}
