using Sitrep.Events;
using Sitrep.Pipeline;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Events;

/// <summary>
/// The onset round (docs/events-rounds.md, "Onset round"): an invasion named with a calendar date of its own is told as begun on that
/// date, as an onset verb tells it; sentences from the fresh articles and a development-4 article, through the real default
/// pipeline.
/// </summary>
public sealed class EventOnsetPipelineTests
{
    private static Event? Invasion(string text, DateOnly published)
        => Analyzer.EventsOfText(text, published).FirstOrDefault(e => e.Class == EventClasses.Fight);

    [Fact]
    public void An_invasion_with_its_day_after_it_is_coded_on_that_day()
    {
        var fight = Invasion("Russia’s invasion on February 24 came after the winter crop of wheat was planted, meaning it is now ready "
            + "to harvest.\n", new DateOnly(2022, 7, 13));
        Assert.Equal("2022-02-24", fight?.Date?.Value);
    }

    [Fact]
    public void An_invasion_of_a_day_after_after_is_coded_on_that_day()
    {
        var fight = Invasion("As the Reuters agency recently reported, citing sources close to the Russian leader, Vladimir Putin shortly "
            + "after the invasion of 24 February was to reject the preliminary peace agreement with Ukraine.\n", new DateOnly(2022, 9, 16));
        Assert.Equal("2022-02-24", fight?.Date?.Value);
    }

    [Fact]
    public void An_invasion_with_its_month_is_coded_in_that_month()
    {
        var fight = Invasion("President Vladimir Putin’s planned annexation of parts of Russian-occupied Ukraine, after sham referendums "
            + "there, is at least as dangerous a moment in the war as the marathon televised spectacle that prefaced Russia’s invasion "
            + "in February.\n", new DateOnly(2022, 9, 29));
        Assert.Equal("2022-02", fight?.Date?.Value);
    }

    [Fact]
    public void An_invasion_whose_date_modifies_it_is_coded_on_that_date()
    {
        var fight = Invasion("The report mentioned the Oct. 7 invasion of Israel, which has sparked months of protests and hostilities "
            + "throughout the U.S.\n", new DateOnly(2024, 4, 26));
        Assert.Equal("2023-10-07", fight?.Date?.Value);
    }

    [Fact]
    public void The_time_of_a_verb_before_the_invasion_is_not_the_invasions_date()
    {
        Assert.Null(Invasion("During a vote by the UN last year condemning Russia’s invasion of Ukraine, Eritrea was one of only four "
            + "nations globally that openly endorsed the invasion.\n", new DateOnly(2023, 7, 27)));
    }

    [Fact]
    public void A_date_far_after_the_invasion_belongs_to_another_noun()
    {
        Assert.Null(Invasion("The CIA has been central in the administration’s strategy toward Russia during the invasion of Ukraine, "
            + "including downgrading and releasing intelligence surrounding the invasion in the leadup to the conflict last year.\n",
            new DateOnly(2023, 7, 21)));
    }

    [Fact]
    public void The_invasion_without_a_date_stays_the_name_of_the_war()
    {
        Assert.Null(Invasion("Farmers sold less grain abroad after Russia’s invasion of Ukraine.\n", new DateOnly(2022, 7, 13)));
    }

    // The onset2 round: since/before/until before an invasion with a date of its own do not make it a mere time anchor.
    [Fact]
    public void An_invasion_with_its_day_after_before_is_coded_on_that_day()
    {
        var fight = Invasion("Shortly before Russia’s February 24 invasion of Ukraine, Beijing and Moscow announced a “no limits” "
            + "partnership.\n", new DateOnly(2022, 7, 10));
        Assert.Equal("2022-02-24", fight?.Date?.Value);
    }

    [Fact]
    public void An_invasion_with_its_month_and_year_after_before_is_coded_in_that_month()
    {
        var fight = Invasion("Xi and Russian President Vladimir Putin declared before the February 2022 invasion that their governments "
            + "had a \"no-limits\" friendship.\n", new DateOnly(2023, 7, 31));
        Assert.Equal("2022-02", fight?.Date?.Value);
    }

    [Fact]
    public void An_invasion_whose_date_has_a_comma_among_its_modifiers_is_coded_on_that_date()
    {
        var fight = Invasion("The day before the February 24, 2022 invasion, Putin declared them Russian territories and used them as a "
            + "pretext to invade the entire country.\n", new DateOnly(2022, 8, 18));
        Assert.Equal("2022-02-24", fight?.Date?.Value);
    }

    [Fact]
    public void An_invasion_dated_two_years_back_after_since_is_background_not_an_act_of_today()
    {
        Assert.Null(Invasion("Since the February 2022 invasion of Ukraine, leaders of Russian universities, which are overwhelmingly "
            + "funded by the state, have zealously adopted the Kremlin’s intolerance of any dissent.\n", new DateOnly(2024, 5, 7)));
    }

    [Fact]
    public void A_dated_invasion_takes_its_place_from_its_own_phrase_not_from_the_clause_it_dates()
    {
        var fight = Invasion("Shortly before Russia’s February 24 invasion of Ukraine, Beijing and Moscow announced a “no limits” "
            + "partnership.\n", new DateOnly(2022, 7, 10));
        Assert.Equal("Ukraine", fight?.Place?.Name);
    }
}
