using Sitrep.Events;
using Sitrep.Pipeline;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Events;

/// <summary>
/// The place and date rules of the place/date round (docs/events-rounds.md), each on a sentence of its own, through the real
/// default pipeline (the rules read the time and place stages' output and part-of-speech tags).
/// </summary>
public sealed class EventPlaceDatePipelineTests
{
    private static readonly DateOnly Published = new(2024, 5, 10);

    private static IReadOnlyList<Event> Events(string sentence)
        => Analyzer.EventsOfSentence(sentence, Published);

    [Fact]
    public void A_calendar_date_dates_the_act_before_now_does()
    {
        var fight = Assert.Single(Events("Russia began its current offensive against Ukraine on March 3, 2024."), e => e.Class == EventClasses.Fight);
        Assert.Equal("2024-03-03", fight.Date?.Value);
    }

    [Fact]
    public void A_when_clause_after_a_time_is_dated_by_it()
    {
        var mobilize = Assert.Single(Events("Tensions have been rising since January, when Russian troops started massing near the border."),
            e => e.Class == EventClasses.Mobilize);
        Assert.Equal("2024-01", mobilize.Date?.Value);
    }

    [Fact]
    public void An_opening_after_clause_with_a_month_dates_the_main_clause()
    {
        var support = Assert.Single(Events("After the team won the final in February, the president congratulated the players."),
            e => e.Class == EventClasses.Support);
        Assert.Equal("2024-02", support.Date?.Value);
    }

    [Fact]
    public void A_place_after_in_right_after_another_place_yields_to_the_place_it_holds()
    {
        var fight = Assert.Single(Events("Officials said the town of Kreminna, in Luhansk, has fallen to Russian forces."),
            e => e.Class == EventClasses.Fight);
        Assert.Equal("Kreminna", fight.Place?.Name);
    }

    [Fact]
    public void A_place_in_a_whose_clause_does_not_locate_the_act_before_it()
    {
        var mobilize = Assert.Single(Events("Russia deployed 30,000 troops to Belarus, whose border is a short drive from Kyiv."),
            e => e.Class == EventClasses.Mobilize);
        Assert.Equal("BY", mobilize.Place?.Country);
    }

    [Fact]
    public void A_place_in_a_noun_phrase_after_a_dash_does_not_locate_the_act_before_it()
    {
        var retreat = Assert.Single(Events("The ministry said some troops were withdrawing from the border - the first sign from Moscow of a de-escalation."),
            e => e.Class == EventClasses.Retreat);
        Assert.NotEqual("Moscow", retreat.Place?.Name);
    }

    [Fact]
    public void A_next_sentence_telling_when_the_remarks_were_made_dates_the_statement()
    {
        var accuse = Assert.Single(Events("The novelist has condemned the government's war on its neighbour. "
            + "She made the comments in a radio interview on Tuesday."), e => e.Class == EventClasses.Accuse);
        Assert.Equal("2024-05-07", accuse.Date?.Value);
        Assert.False(accuse.Date?.FromPublished);
    }

    [Fact]
    public void A_date_before_the_remarks_in_the_next_sentence_does_not_date_the_statement()
    {
        var accuse = Assert.Single(Events("The novelist has condemned the government's war on its neighbour. "
            + "She plans to publish a new book in 2025 and made her remarks in a radio interview."), e => e.Class == EventClasses.Accuse);
        Assert.True(accuse.Date?.FromPublished);
    }

    [Fact]
    public void A_place_in_an_appositive_after_a_place_yields_to_the_place_it_describes()
    {
        var assault = Assert.Single(Events("Pokrovsk, the town of Donetsk miners, was shelled overnight."), e => e.Class == EventClasses.Assault);
        Assert.Equal("Pokrovsk", assault.Place?.Name);
    }

    [Fact]
    public void A_capital_ending_a_prepositional_phrase_before_a_verb_is_no_acting_subject()
    {
        var fight = Assert.Single(Events("Most of the troops taking part in the offensive on Belarus's capital Minsk are now ten miles from the city."),
            e => e.Class == EventClasses.Fight);
        Assert.Equal("Minsk", fight.Place?.Name);
    }
}
