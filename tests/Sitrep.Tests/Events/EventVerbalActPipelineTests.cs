using Sitrep.Events;
using Sitrep.Pipeline;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Events;

/// <summary>
/// The rules of the development-2/3 round (docs/events-rounds.md), each on a sentence of its own, through the real default pipeline
/// (the rules read part-of-speech tags). Each text opens with a neutral line, so the sentence under test is not the title.
/// </summary>
public sealed class EventVerbalActPipelineTests
{
    private static readonly DateOnly Published = new(2024, 5, 10);

    private static IReadOnlyList<Event> Events(string sentence)
        => Analyzer.EventsOfSentence(sentence, Published);

    [Theory]
    [InlineData("The former minister has slammed the chancellor for his hesitation.", EventClasses.Accuse)]
    [InlineData("The businessman blasted the government's conduct of the war on Tuesday.", EventClasses.Accuse)]
    [InlineData("Two oligarchs also spoke out against the conflict in February.", EventClasses.Accuse)]
    [InlineData("The general reiterated the country's support for Ukraine in a message to his troops.", EventClasses.Support)]
    [InlineData("The president congratulated the player on her victory.", EventClasses.Support)]
    [InlineData("Russia warned the United States against supplying long-range weapons.", EventClasses.Request)]
    [InlineData("He also dismissed comments made by the chancellor on Monday.", EventClasses.Reject)]
    [InlineData("The minister called the invasion a brazen act of aggression.", EventClasses.Accuse)]
    public void Verbal_acts_the_lexicon_now_covers_are_coded(string sentence, string eventClass)
        => Assert.Contains(Events(sentence), e => e.Class == eventClass);

    [Fact]
    public void A_demand_with_should_in_reported_speech_is_a_request_by_the_speaker()
    {
        var request = Assert.Single(Events("The foreign minister told reporters that EU countries should restrict visas for Russians."),
            e => e.Class == EventClasses.Request);
        Assert.Null(request.Place);
    }

    [Theory]
    [InlineData("The general said that Russia should not win the war.")]
    [InlineData("The chancellor stressed that everyone must be vigilant.")]
    [InlineData("The minister said we must help our neighbours.")]
    [InlineData("Russia should withdraw its troops.")]
    public void Opinions_own_duties_and_the_narrators_modals_are_not_requests(string sentence)
        => Assert.DoesNotContain(Events(sentence), e => e.Class == EventClasses.Request);

    [Theory]
    [InlineData("Ukraine is afraid of an attack from the territory of Belarus.")]
    [InlineData("The United States has accused Russia of deploying chemical weapons in Ukraine.")]
    [InlineData("Officials are trying to discourage partners from providing more military aid.")]
    public void Feared_attacks_and_acts_named_as_content_are_not_events(string sentence)
        => Assert.DoesNotContain(Events(sentence), e => e.Class is EventClasses.Assault or EventClasses.Mobilize or EventClasses.Aid);

    [Fact]
    public void A_noun_of_possibility_does_not_make_a_later_finite_verb_hypothetical()
        => Assert.Contains(Events("The Kremlin said it sees the alliance as a security threat, and is demanding legal guarantees."),
            e => e.Class == EventClasses.Request);

    [Fact]
    public void An_object_relative_clause_reports_its_subjects_act()
        => Assert.Contains(Events("He called for a freeze of hostilities, which both Russia and Ukraine quickly rejected."),
            e => e.Class == EventClasses.Reject);

    [Theory]
    [InlineData("The ambassador said the blockade of the port was \"illegal and cynical\".")]
    [InlineData("\"Their statements are lies,\" the spokeswoman told journalists on Monday.")]
    public void Reported_speech_that_blames_in_words_of_wrongdoing_is_an_accusation(string sentence)
        => Assert.Contains(Events(sentence), e => e.Class == EventClasses.Accuse);

    [Theory]
    [InlineData("The illegal blockade of the port continued for a third week.")]
    [InlineData("The minister said the Genocide Museum would reopen in spring.")]
    [InlineData("The ministers said they discussed combating illegal fishing and countering disinformation.")]
    [InlineData("The minister said Russian aggression had driven up grain prices.")]
    public void Words_of_blame_without_a_speaker_or_inside_a_name_are_no_accusation(string sentence)
        => Assert.DoesNotContain(Events(sentence), e => e.Class == EventClasses.Accuse);

    [Theory]
    [InlineData("\"Whole nations were attacked for their riches,\" the president said at the forum.")]
    [InlineData("\"The enemy stormed our positions again and again,\" the commander said.")]
    public void An_attack_or_clash_inside_a_direct_quote_with_no_time_place_or_figure_is_rhetoric(string sentence)
        => Assert.DoesNotContain(Events(sentence), e => e.Class is EventClasses.Assault or EventClasses.Fight);

    [Fact]
    public void A_quoted_attack_with_a_place_and_a_toll_is_an_event()
        => Assert.Contains(Events("\"Two people were killed when a missile hit a school in Kharkiv,\" the governor said."),
            e => e.Class == EventClasses.Assault);
}
