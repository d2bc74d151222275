using Sitrep.Events;
using Sitrep.Pipeline;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Events;

/// <summary>
/// The rules of the precision round (docs/events-rounds.md, "Precision round"), each on sentences of its own, through the real
/// default pipeline (several rules read part-of-speech tags). Each text opens with a neutral line, so the sentence under
/// test is not the title.
/// </summary>
public sealed class EventPrecisionPipelineTests
{
    private static readonly DateOnly Published = new(2024, 5, 10);

    private static IReadOnlyList<Event> Events(string text)
        => Analyzer.EventsOfSentence(text, Published);

    [Theory]
    [InlineData("The cabinet reconsidered the possibility of the country joining the alliance.", EventClasses.Cooperate)]
    [InlineData("The envoy made an attempt to pressure the rebels into negotiating a truce.", EventClasses.Consult)]
    [InlineData("He said their aim was to use the crisis as a pretext to impose more sanctions on the country.", EventClasses.Sanction)]
    public void A_noun_of_possibility_governs_a_noun_or_gerund_after_it(string sentence, string eventClass)
        => Assert.DoesNotContain(Events(sentence), e => e.Class == eventClass);

    [Fact]
    public void Called_for_and_calling_for_are_one_request_retold()
        => Assert.Single(Events("The bishop called for safe corridors for the trapped civilians. In his sermon the bishop kept calling for "
            + "corridors for the civilians."), e => e.Class == EventClasses.Request);

    [Fact]
    public void A_meeting_retold_by_the_other_party_by_surname_is_one_meeting()
    {
        var meeting = Assert.Single(Events("Latvia's foreign minister Edgars Rinkevics met Australia's Penny Wong in Canberra. Wong said the "
            + "meeting had focused on sanctions and on grain."), e => e.Class == EventClasses.Consult);
        Assert.DoesNotContain(meeting.Actors, a => a.Name == "Wong");
        Assert.Contains(meeting.Targets, a => a.Name == "Penny Wong");
    }

    [Fact]
    public void An_accusation_rejected_later_is_the_accusation_retold()
        => Assert.Single(Events("The Pentagon accused the Kremlin of lying about the convoy. Russia's ambassador Anatoly Antonov "
            + "rejected the accusation."), e => e.Class == EventClasses.Accuse);

    [Fact]
    public void Withdrawing_from_talks_is_a_sanction_and_withdrawing_from_a_city_a_retreat()
    {
        var talks = Events("The delegation withdrew from talks with the other side on Tuesday.");
        Assert.Contains(talks, e => e.Class == EventClasses.Sanction);
        Assert.DoesNotContain(talks, e => e.Class == EventClasses.Retreat);

        var city = Events("The troops withdrew from the city on Tuesday, days before the talks.");
        Assert.Contains(city, e => e.Class == EventClasses.Retreat);
        Assert.DoesNotContain(city, e => e.Class == EventClasses.Sanction);
    }

    [Theory]
    [InlineData("Foreign firms closed their shops in protest against the invasion.", EventClasses.Protest)]
    [InlineData("At the request of a reader, the mayor published the letter.", EventClasses.Request)]
    [InlineData("\"I ask myself, along with many others, whether peace is really being searched for,\" the bishop said.", EventClasses.Request)]
    [InlineData("\"That is exactly the point,\" the head of state agreed.", EventClasses.Agree)]
    public void Idioms_of_manner_and_saying_are_not_events(string sentence, string eventClass)
        => Assert.DoesNotContain(Events(sentence), e => e.Class == eventClass);

    [Theory]
    [InlineData("Since the war began, the republic has condemned the aggression several times.", EventClasses.Accuse)]
    [InlineData("The army engages in routine drills near the border as part of its training.", EventClasses.Mobilize)]
    public void An_act_told_as_repeated_is_a_habit(string sentence, string eventClass)
        => Assert.DoesNotContain(Events(sentence), e => e.Class == eventClass);

    [Fact]
    public void A_protest_noun_before_a_common_noun_is_a_modifier()
        => Assert.DoesNotContain(Events("The ministry said the army had used riot control agents in the trenches."),
            e => e.Class == EventClasses.Protest);

    [Theory]
    [InlineData("The republic joined sanctions against the country over her assault on Ukraine.")]
    [InlineData("Analysts wrote that the attack on Ukraine reduced the likelihood of other interventions.")]
    public void A_war_owned_by_a_pronoun_or_the_article_is_a_name_of_the_war(string sentence)
        => Assert.DoesNotContain(Events(sentence), e => e.Class == EventClasses.Assault);

    [Fact]
    public void The_start_of_the_invasion_named_as_a_point_in_time_is_background()
        => Assert.DoesNotContain(Events("The president kept this stance both before and after the start of the Russian invasion in "
            + "March 2023."), e => e.Class == EventClasses.Fight);

    [Theory]
    [InlineData("Activists showed a monster for the army, which invaded the country and is committing war crimes there.")]
    [InlineData("The report said the war increased dependence on nuclear weapons.It added that the forces need years to rebuild.")]
    public void A_cue_word_outside_the_triggers_clause_does_not_choose_its_sense(string sentence)
        => Assert.DoesNotContain(Events(sentence), e => e.Class == EventClasses.Mobilize);

    [Theory]
    [InlineData("Trade with the countries that have adopted sanctions has increased.", EventClasses.Sanction)]
    [InlineData("Activists showed a monster for the Russian army, which has launched an invasion of the neighbouring country.", EventClasses.Fight)]
    public void A_noun_trigger_as_the_object_of_a_describing_relative_clause_is_no_event(string sentence, string eventClass)
        => Assert.DoesNotContain(Events(sentence), e => e.Class == eventClass);

    [Fact]
    public void A_dash_closes_a_parenthetical_so_the_year_after_it_dates_the_main_clause()
        => Assert.DoesNotContain(Events("The leader - who has been in power since 1994 - claimed victory in disputed elections in 2020, "
            + "triggering mass protests."), e => e.Class == EventClasses.Protest);

    [Fact]
    public void A_gerund_after_in_following_a_noun_is_content()
        => Assert.DoesNotContain(Events("The former minister criticised the chancellor for his hesitation in providing military aid."),
            e => e.Class == EventClasses.Aid);

    [Theory]
    [InlineData("Officials said a larger barrage is likely to cause severe damage in the cities.")]
    [InlineData("Reports spoke of an attack from the north that was supposed to start at dawn.")]
    public void An_act_expected_to_happen_is_not_an_event(string sentence)
        => Assert.DoesNotContain(Events(sentence), e => e.Class == EventClasses.Assault);
}
