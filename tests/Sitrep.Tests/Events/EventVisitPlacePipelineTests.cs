using Sitrep.Events;
using Sitrep.Pipeline;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Events;

/// <summary>
/// The place readings of the visitplace round (docs/events-rounds.md, "Visitplace round"), on sentences of fresh articles, through
/// the real default pipeline: "to" before a country locates a meeting only after a word of travel, an agreement's or a
/// cooperation's countries are read as a meeting's are, a city that names a government is read as a country, and a meeting
/// named again takes the place of the meeting told before it; and of the meetplace2 round: the city a meeting's name begins
/// with ("the Munich Security Conference") and the place that hosted it ("Belarus hosted ... negotiations") are where it was; and
/// of the calls round: a call is not placed at the country of the called party's title, and that party keeps calls apart; and of
/// the placefix round: a visit to a country takes the one city of it where the article's meetings were; and of the placecarry round:
/// a time's possessive ("this week’s summit", "Saturday’s terror attack") names a told act again as a determiner does.
/// </summary>
public sealed class EventVisitPlacePipelineTests
{
    private static readonly DateOnly Published = new(2024, 5, 7);

    [Fact]
    public void A_dateline_city_that_names_a_government_is_still_where_the_meeting_was()
    {
        // A development article's lead: Minsk names Belarus's government, but as the dateline it is where Lukashenko met Moroz.
        var consult = Assert.Single(Analyzer.EventsOfSentence(
            "MINSK, 14 February (BelTA) – The West is trying to unleash a conflict involving Ukraine, but no one plans to fight "
            + "against it, Belarusian President Aleksandr Lukashenko said as he met with Ukrainian politician and statesman Alexander "
            + "Moroz on 14 February, BelTA informs.", new DateOnly(2022, 2, 14)),
            e => e.Class == EventClasses.Consult);
        Assert.Equal("Minsk", consult.Place?.Name);
    }

    [Fact]
    public void A_country_goods_are_delivered_to_is_not_where_the_talks_were()
    {
        var consult = Assert.Single(Analyzer.EventsOfSentence(
            "“More effort is needed to curtail delivery of dual use goods to Russia that find their way to the battlefield,” von der "
            + "Leyen said after talks, adding that “this does affect EU-China relations”.", Published),
            e => e.Class == EventClasses.Consult);
        Assert.Null(consult.Place);
    }

    [Fact]
    public void A_country_drones_are_sold_to_is_not_where_the_meetings_were()
    {
        var consult = Assert.Single(Analyzer.EventsOfSentence(
            "Iran-watchers had predicted the sale of Iranian-made drones to Russia during the Tehran meetings last week.", Published),
            e => e.Class == EventClasses.Consult);
        Assert.NotEqual("RU", consult.Place?.Country);
    }

    [Fact]
    public void A_country_after_a_visit_to_is_where_the_visit_took_place()
    {
        var consult = Assert.Single(Analyzer.EventsOfSentence(
            "And during a visit to Ukraine last week, British Foreign Secretary David Cameron said that Ukraine could use "
            + "British-supplied weapons to strike targets inside Russia.", Published),
            e => e.Class == EventClasses.Consult);
        Assert.Equal("UA", consult.Place?.Country);
    }

    [Fact]
    public void A_country_a_deal_is_offered_to_is_not_where_the_deal_was_made()
    {
        var agree = Assert.Single(Analyzer.EventsOfSentence(
            "Sudan has also concluded a big deal offering Russia a port on Africa’s eastern coast for 25 years.", Published),
            e => e.Class == EventClasses.Agree);
        Assert.Null(agree.Place);
    }

    [Fact]
    public void A_city_that_names_a_government_is_not_where_the_talks_were()
    {
        var consult = Assert.Single(Analyzer.EventsOfSentence(
            "In the talks of Warsaw with the new German government, the topic of reparations appeared, but there was no official "
            + "conclusion so far.", Published),
            e => e.Class == EventClasses.Consult);
        Assert.Null(consult.Place);
    }

    [Fact]
    public void A_city_that_names_a_government_is_not_where_the_meeting_was()
    {
        var consult = Assert.Single(Analyzer.EventsOfSentence(
            "Vladimir Putin thanked the Chinese leader, Xi Jinping, for his “balanced” approach to the Ukraine crisis and blasted "
            + "Washington’s “ugly” policies, at a meeting that followed the recent setbacks for Moscow on the battlefield.", Published),
            e => e.Class == EventClasses.Consult);
        Assert.Null(consult.Place);
    }

    [Fact]
    public void A_meeting_named_again_takes_the_place_of_the_summit_told_before_it()
    {
        // An agency report on the Versailles summit (fresh article 20220310T151500Z_PL_en_d0a7b9abea, up to the retelling):
        // "the meeting with leaders", eight paragraphs on, names the summit again and is now merged into it.
        const string Text = """
            The two -day summit of European Union leaders begins in Versailles.They will discuss Russia's invasion of Ukraine, its consequences, as well as the sanctions of the aggressor."We want Ukraine to be free and democratic," the head of the European Commission Ursula von der Leyen said before the talks.

            The heads of the European Union countries and governments meet on Thursday at a two -day informal summit of the European Council in Versailles in Paris, during which they will discuss subsequent sanctions against Russia for an invasion of Ukraine, including banks and natural persons, and the consequences of war.

            Read the report of tvn24.pl: Russia's attack on Ukraine

            Prime Minister Mateusz Morawiecki went to the top.EU leaders, after 17 o'clock, were greeted by French President Emmanuel Macron.

            KE boss: This is a defining moment for all of Europe

            After arriving at Versailles, the head of the European Commission Ursula von der Leyen spoke about the goals of the meeting.

            In her opinion, "this is a defining moment for all of Europe" - we see that Putin's war is also a matter regarding the resistance of economies and democracy - she said.She announced that the participants of the summit would of course "talk about Ukraine, which is part of our European family.""We want Ukraine to be free and democratic," said von der Leyen.

            - This peak will refer to the significant defense capabilities of the European Union, also energy is very important because we must leave the dependence on fossil fuels from Russia - the head of the European Commission emphasized.

            Chairman of the European Council Charles Michel reported that "this peak is strategic".- It is very important to send a very strong signal today and tomorrow about the determination of the European Union, determining the future, how we can withdraw from depending on Russian gas. "

            - We will also refer to issues related to European defense.We will talk about European defense abilities, as well as the relationship between this and the current situation in Ukraine - he continued.He emphasized that community members are "determined, united, tough".

            As the head of EU diplomacy reminded Josep Borrell, Russia brought a war to Ukraine "for no reason".- We have to work in two directions at the meeting with leaders - he said.
            """;
        var consult = Assert.Single(Analyzer.EventsOfText(Text, new DateOnly(2022, 3, 10)), e => e.Class == EventClasses.Consult);
        Assert.Equal("Versailles", consult.Place?.Name);
    }

    [Fact]
    public void A_summit_named_again_with_a_time_possessive_takes_the_place_of_the_summit_told_before_it()
    {
        // Fresh article 20230727T141500Z_US_en_9566156170 (placecarry round): "this week’s summit", 24 paragraphs after the lead,
        // is the St. Petersburg summit; the time's possessive determines it as "the" would. Coded unmerged, so that merging does
        // not hide the retelling's own place.
        var doc = Analyzer.Pipeline.Analyze("summit",
            "A summit between Russian President Vladimir Putin and African leaders began in St. Petersburg on Thursday, with a far "
            + "lower turnout than previous years.\n\nAt this week’s summit, Putin is working against the backdrop of the Ukraine war, "
            + "which has driven the country into diplomatic isolation and prompted heavy sanctions from the West.\n",
            new DateOnly(2023, 7, 27));
        new EventStage(new EventOptions { MergeWithinDocument = false }).Process(doc, CancellationToken.None);
        var retold = Assert.Single(doc.Events, e => e.Class == EventClasses.Consult && doc.Text.AsSpan(e.Evidence.Start).StartsWith("At this week", StringComparison.Ordinal));
        Assert.Equal("Saint Petersburg", retold.Place?.Name);
    }

    [Fact]
    public void An_attack_named_again_with_a_time_possessive_takes_the_place_of_the_attack_told_before_it()
    {
        // WikiEvents dev (VOA, 2017-06-05; placecarry round): "Saturday’s terror attack" is the London attack of the sentence before.
        var events = Analyzer.EventsOfText(
            "Britain’s security services are facing awkward questions after it emerged the ringleader of Saturday’s terror attack in "
            + "the heart of London was known to them. On Sunday, police arrested 12 people, seven women and five men in connection "
            + "with Saturday’s terror attack.", new DateOnly(2017, 6, 5));
        var assaults = events.Where(e => e.Class == EventClasses.Assault).ToList();
        Assert.NotEmpty(assaults);
        Assert.All(assaults, a => Assert.Equal("London", a.Place?.Name));
    }

    [Fact]
    public void The_city_a_conference_is_named_after_is_where_it_met()
    {
        // meetplace2 round: the places stage leaves "Munich" out of the ORG span "Munich Security Conference".
        var events = Analyzer.EventsOfSentence(
            "On the sidelines of the Munich Security Conference, Chairman of the Verkhovna Rada of Ukraine Ruslan Stefanchuk met with "
            + "the newly elected President of the Czech Republic, Petr Pavel, and expressed hope for the support of the Czech Republic "
            + "during the NATO Summit in Vilnius.", new DateOnly(2022, 2, 16));
        Assert.Contains(events, e => e.Class == EventClasses.Consult && e.Place?.Name == "Munich");
        Assert.DoesNotContain(events, e => e.Class == EventClasses.Consult && e.Place?.Name == "Vilnius");
    }

    [Fact]
    public void The_city_meetings_are_named_after_is_where_they_were()
    {
        var consult = Assert.Single(Analyzer.EventsOfSentence(
            "Iran-watchers had predicted the sale of Iranian-made drones to Russia during the Tehran meetings last week.", Published),
            e => e.Class == EventClasses.Consult);
        Assert.Equal("Tehran", consult.Place?.Name);
    }

    [Fact]
    public void A_meeting_at_a_named_conference_is_not_placed_at_the_dateline()
    {
        var events = Analyzer.EventsOfSentence(
            "BRUSSELS — When Vice President Harris met privately with Volodymyr Zelensky at the Munich Security Conference in "
            + "February, she told the Ukrainian leader something he didn’t want to hear: Refrain from attacking Russian oil refineries.",
            new DateOnly(2024, 4, 15));
        var consult = Assert.Single(events, e => e.Class == EventClasses.Consult);
        Assert.Equal("Munich", consult.Place?.Name);
    }

    [Fact]
    public void A_country_that_hosted_negotiations_is_where_they_were()
    {
        var consult = Assert.Single(Analyzer.EventsOfSentence(
            "Belarus hosted three successful rounds of Ukrainian-Russian negotiations, which opened up real prospects for bringing the "
            + "conflict to an end.", new DateOnly(2022, 9, 26)),
            e => e.Class == EventClasses.Consult);
        Assert.Equal("BY", consult.Place?.Country);
    }

    [Fact]
    public void A_capital_that_hosted_a_conference_is_where_it_met()
    {
        var consult = Assert.Single(Analyzer.EventsOfSentence(
            "Just last weekend, Moscow hosted a conference for pro-Russian Moldovan opposition leaders, who announced a new election "
            + "bloc ahead of Moldova’s October presidential elections.", new DateOnly(2024, 4, 25)),
            e => e.Class == EventClasses.Consult);
        Assert.Equal("Moscow", consult.Place?.Name);
    }

    [Fact]
    public void A_visit_to_the_country_goes_to_the_country_named_before()
    {
        var consult = Assert.Single(Analyzer.EventsOfSentence(
            "The Australian government has announced a new $100m assistance package for Ukraine, which includes munitions and "
            + "military equipment, during a visit to the country by the deputy prime minister, Richard Marles.", new DateOnly(2024, 4, 27)),
            e => e.Class == EventClasses.Consult);
        Assert.Equal("UA", consult.Place?.Country);
    }

    [Fact]
    public void Calls_with_titled_parties_are_not_placed_at_their_countries_and_stay_apart()
    {
        // Zelensky's week in review (a fresh article, published 2023-02-26): four calls told one after the other, each with
        // another president; each is its own event, and none took place in the called party's country.
        var calls = Analyzer.EventsOfText(
            "Wednesday - a conversation with British Prime Minister Rishi Sunak. The first conversation in the history of bilateral "
            + "relations with the President of Uganda. A conversation with the President of Pakistan. A conversation with the "
            + "President of Estonia.", new DateOnly(2023, 2, 26)).Where(e => e.Class == EventClasses.Consult).ToList();
        Assert.Equal(4, calls.Count);
        Assert.All(calls, c => Assert.Null(c.Place));
        Assert.Contains(calls, c => c.Targets.Any(t => t.Name == "Pakistan"));
    }

    [Fact]
    public void A_meeting_with_another_titled_party_does_not_merge_into_a_call()
    {
        // A fresh article (Zelensky's address of 2022-07-21): the call with Sullivan and Milley took place nowhere the text says,
        // and the negotiations with the President of Costa Rica are another meeting.
        var consults = Analyzer.EventsOfText(
            "Today, Head of my Office Andriy Yermak and General Zaluzhny had another conversation with US President’s National "
            + "Security Advisor Jacob Sullivan and United States Chairman of the Joint Chiefs of Staff General Mark Milley.\n\n"
            + "I held negotiations with the President of Costa Rica – for the first time in the history of relations between our "
            + "states.", new DateOnly(2022, 7, 22)).Where(e => e.Class == EventClasses.Consult).ToList();
        Assert.Equal(2, consults.Count);
        Assert.Contains(consults, c => c.Place is null);
        Assert.Contains(consults, c => c.Place?.Name == "Costa Rica");
    }

    [Fact]
    public void A_visit_to_a_country_takes_the_city_the_article_met_in()
    {
        // A fresh article (2024-04-17): the visit is told by its country, the meeting by its city, in another paragraph.
        const string Text = "Olaf Scholz told XI Jinping that Russia's invasion of Ukraine on a full scale threatens global "
            + "security.During the meeting in Beijing, the German Chancellor insisted that the Chinese leader would put more pressure "
            + "on Russia, a neighbor and a close strategic partner of China to end the war.\n\n\"The word China is important in Russia. "
            + "That's why I asked President XI to put pressure on Russia, so that Putin finally stop his crazy campaign, withdraw his "
            + "troops and ended this terrible war\" - wrote the German Chancellor on Platform X on the X on the last day of a three "
            + "-day visit to China.";
        int visit = Text.IndexOf("visit to", StringComparison.Ordinal);
        var consult = Assert.Single(Analyzer.EventsOfText(Text, new DateOnly(2024, 4, 17)),
            e => e.Class == EventClasses.Consult && e.Trigger?.Start == visit);
        Assert.Equal("Beijing", consult.Place?.Name);
    }

    [Fact]
    public void A_meeting_in_a_country_that_was_not_visited_keeps_the_country()
    {
        // A fresh article (2024-04-19): the second round met in another Belarusian place than the first round's Gomel region.
        const string Text = "The first round of talks, which lasted more than five hours, was facilitated by President Alexander "
            + "Lukashenko of Belarus and was held in the Gomel region of Belarus on Feb. 28. Three days later they met again in "
            + "Belovezhskaya Pushcha, also in Belarus.";
        int met = Text.IndexOf("met again", StringComparison.Ordinal);
        var consult = Assert.Single(Analyzer.EventsOfText(Text, new DateOnly(2024, 4, 19)),
            e => e.Class == EventClasses.Consult && e.Trigger?.Start == met);
        Assert.Equal("Belarus", consult.Place?.Name);
    }

    [Fact]
    public void A_trip_to_a_list_of_countries_does_not_take_the_city_of_one()
    {
        // A fresh article (2023-07-27): the peace mission went to two countries; the St. Petersburg summit is another meeting.
        const string Text = "A summit between Russian President Vladimir Putin and African leaders began in St. Petersburg on "
            + "Thursday, with a far lower turnout than previous years.\n\nLast month, an African delegation led by South African "
            + "President Cyril Ramaphosa led a “peace mission” to Russia and Ukraine to broker peace talks between the warring nations.";
        var events = Analyzer.EventsOfText(Text, new DateOnly(2023, 7, 27));
        Assert.Contains(events, e => e.Class == EventClasses.Consult && e.Place?.Name == "Saint Petersburg");
        Assert.DoesNotContain(events, e => e.Class == EventClasses.Consult && e.Place?.Name == "Saint Petersburg"
            && e.Trigger?.Start > Text.IndexOf("Last month", StringComparison.Ordinal));
    }
}
