using Sitrep.Events;
using Sitrep.Pipeline;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Events;

/// <summary>
/// The rules of the exchange round (docs/events-rounds.md, "Exchange round"): meetings, sanctions, agreements, support and aid told
/// as a standing state or in general rather than as one act. Each on sentences of its own, through the real default pipeline;
/// every case of the two negative theories gives an event on the code before the round (ddceb39).
/// </summary>
public sealed class EventExchangePipelineTests
{
    private static readonly DateOnly Published = new(2024, 5, 10);

    private static IReadOnlyList<Event> Events(string text)
        => Analyzer.EventsOfSentence(text, Published);

    [Theory]
    [InlineData("Despite the regime being sanctioned over the war, the fund raised its forecast for the economy.")]
    [InlineData("In connection with sanctions imposed after the annexation, the firm cut its output on Monday.")]
    [InlineData("Exports fell sharply on Monday because of sanctions imposed on the banks.")]
    [InlineData("Amid sanctions imposed by the West, the company moved its offices to Dubai on Monday.")]
    public void Sanctions_named_as_the_circumstance_of_another_clause_are_the_regime_in_force(string sentence)
        => Assert.DoesNotContain(Events(sentence), e => e.Class == EventClasses.Sanction);

    [Theory]
    [InlineData("The European Union imposed sanctions on three Belarusian banks on Monday.")]
    [InlineData("Exports fell after Canada imposed new sanctions on the banks on Monday.")]
    public void Sanctions_imposed_as_an_act_stay_events(string sentence)
        => Assert.Contains(Events(sentence), e => e.Class == EventClasses.Sanction);

    [Theory]
    [InlineData("The Moldovan president said on Tuesday she was still open to direct talks with the separatist leader.")]
    [InlineData("The envoy said on Monday his government was open to negotiations with Baku.")]
    [InlineData("\"Talks with Ankara are difficult,\" the adviser admitted.")]
    [InlineData("The minister said on Monday that the country had kept its principles during negotiations.")]
    public void Talks_named_as_a_stance_or_in_general_are_no_meeting(string sentence)
        => Assert.DoesNotContain(Events(sentence), e => e.Class == EventClasses.Consult);

    [Theory]
    [InlineData("The presidents of Poland and Lithuania began direct talks in Vilnius on Wednesday.")]
    [InlineData("The two foreign ministers held talks in Baku on Monday.")]
    [InlineData("The talks with Ankara were difficult, the adviser said on Monday.")]
    public void Talks_that_took_place_stay_meetings(string sentence)
        => Assert.Contains(Events(sentence), e => e.Class == EventClasses.Consult);

    [Fact]
    public void Sanctions_as_the_object_of_a_stance_toward_them_are_the_regime_in_force()
        => Assert.DoesNotContain(Events("Officials said on Monday that the Kazakh firms helped Moscow evade the sanctions imposed on Russia in 2023."),
            e => e.Class == EventClasses.Sanction);

    [Fact]
    public void A_meeting_noun_without_a_date_of_its_own_retells_the_meeting_before_it_whatever_actors_its_sentence_gives()
    {
        var meeting = Assert.Single(Events("The Chinese leader held a phone call with Vladimir Putin on Wednesday, CNN reported. After a "
            + "telephone conversation with the Chinese leader, the Kremlin's statement spoke of a deep partnership."), e => e.Class == EventClasses.Consult);
        Assert.Equal(2, meeting.Mentions.Count);
    }

    [Fact]
    public void A_meeting_noun_at_another_place_is_another_meeting()
        => Assert.Equal(2, Events("The Polish president met the Czech prime minister in Prague on Monday. A meeting with the Slovak "
            + "president in Bratislava followed.").Count(e => e.Class == EventClasses.Consult));

    [Theory]
    [InlineData("Tourists from Russia are still welcome in Turkey and Egypt.")]
    [InlineData("He switched on a laptop in the flat, allowing investigators to locate him.")]
    [InlineData("The new radar is what allows the army to see much further.")]
    public void Welcome_as_an_adjective_and_allow_as_a_consequence_are_no_support(string sentence)
        => Assert.DoesNotContain(Events(sentence), e => e.Class == EventClasses.Support);

    // The false4 round (docs/events-rounds.md): a law, a bill or a supply as the subject of allow or authorize; sentences from a
    // fresh article (20240511T114500Z_UA_en_434f8d8107) and RAMS dev.
    [Theory]
    [InlineData("Currently in year three of the full-scale unprovoked invasion of Ukraine, North Korea and Iran’s ammunition deliveries are allowing Russia to preserve a notable heavy weapons advantage in a battle now described as a war of attrition.")]
    [InlineData("The House bill authorizes $ 600.7 million for research , development , test and evaluation.")]
    public void A_law_or_a_supply_allows_as_a_consequence_not_as_support(string sentence)
        => Assert.DoesNotContain(Events(sentence), e => e.Class == EventClasses.Support);

    [Fact]
    public void A_government_allowing_an_ally_to_use_weapons_is_still_an_authorization()
        => Assert.Contains(Events("On Monday the Dutch government allowed Ukraine to use its F-16 jets against targets in Russia."),
            e => e.Class == EventClasses.Support);

    [Fact]
    public void Sanctions_told_as_existing_are_the_regime_in_force()
        => Assert.DoesNotContain(Events("The existing sanctions imposed on Belarus in 2023 cover potash exports, the ministry said on Monday."),
            e => e.Class == EventClasses.Sanction);

    [Theory]
    [InlineData("Diplomats from Estonia and Latvia gathered in Riga on Wednesday for talks about the border.")]
    [InlineData("Delegations from Armenia and Azerbaijan arrived in Geneva on Tuesday for negotiations on the border.")]
    public void A_time_phrase_before_for_does_not_make_the_talks_its_topic(string sentence)
        => Assert.Contains(Events(sentence), e => e.Class == EventClasses.Consult);

    [Fact]
    public void Talks_inside_a_topic_after_to_stay_a_topic()
        => Assert.DoesNotContain(Events("The minister spoke on the lack of alternatives to talks and peace initiatives."),
            e => e.Class == EventClasses.Consult);

    [Fact]
    public void An_exclusion_announced_for_a_coming_occasion_is_a_sanction_dated_by_the_announcement()
    {
        var exclusion = Assert.Single(Events("The Belarusian president will not be invited to the anniversary parade in August, the "
            + "organizers said."), e => e.Class == EventClasses.Sanction);
        Assert.True(exclusion.Date?.FromPublished);
    }

    [Fact]
    public void An_exclusion_takes_the_date_stated_before_it()
        => Assert.Equal("2024-05-06", Assert.Single(Events("On Monday the Polish government confirmed that it will not invite Russian "
            + "diplomats to the commemoration in January."), e => e.Class == EventClasses.Sanction).Date?.Value);

    [Theory]
    [InlineData("The mayor said he would not invite the ambassador.")]
    [InlineData("Belarus is not invited to the summit, the minister said.")]
    public void A_conditional_or_standing_non_invitation_is_no_sanction(string sentence)
        => Assert.DoesNotContain(Events(sentence), e => e.Class == EventClasses.Sanction);

    [Theory]
    [InlineData("The Armenian delegation withdrew from talks with Baku on Monday.", "SANCTION")]
    [InlineData("Kyiv rejected negotiations on Monday, the ministry said.", "REJECT")]
    public void Talks_that_are_the_object_of_another_act_are_no_meeting(string sentence, string act)
    {
        var events = Events(sentence);
        Assert.Contains(events, e => e.Class == act);
        Assert.DoesNotContain(events, e => e.Class == EventClasses.Consult);
    }
}
