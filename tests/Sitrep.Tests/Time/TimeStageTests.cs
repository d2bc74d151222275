using Sitrep.Pipeline;
using Sitrep.Tests.Support;
using Sitrep.Time;

namespace Sitrep.Tests.Time;

public class TimeStageTests
{
    private static readonly TimeStage Stage = new();

    private static List<TimeExpression> Times(string text, DateOnly? published = null)
    {
        var doc = Some.Tokenized(text, published);
        Stage.Process(doc, CancellationToken.None);
        return doc.Times;
    }

    private static TimeExpression Only(string text, string expected, DateOnly? published = null)
    {
        var doc = Some.Tokenized(text, published);
        Stage.Process(doc, CancellationToken.None);
        var found = doc.Times.Where(t => doc.TextOf(t.Span) == expected).ToList();
        Assert.True(found.Count == 1, $"expected one \"{expected}\" in: {string.Join(" | ", doc.Times.Select(t => doc.TextOf(t.Span) + "=" + t.Value))}");
        return found[0];
    }

    private static void AssertValue(string text, string expression, string type, string value, DateOnly? published = null)
    {
        var t = Only(text, expression, published);
        Assert.Equal(type, t.Type);
        Assert.Equal(value, t.Value);
    }

    [Fact]
    public void Reference_article_times_resolve_against_its_publication_date()
    {
        var text = File.ReadAllText(Paths.Sample("atacms-approval.txt"));
        var doc = Some.Tokenized(text, new DateOnly(2024, 11, 18));
        Stage.Process(doc, CancellationToken.None);
        string ValueOf(string expression) => doc.Times.Single(t => doc.TextOf(t.Span) == expression).Value;

        Assert.Equal("2024-10", ValueOf("last month"));
        Assert.Equal("2024-10", ValueOf("October"));
        Assert.Equal("2024-11-17TEV", ValueOf("Sunday evening"));
        Assert.Equal("2025-01", ValueOf("January"));
        Assert.Equal("2024", ValueOf("earlier this year"));
        Assert.Equal("2024-W46-WE", ValueOf("the weekend"));
        Assert.Equal("PRESENT_REF", ValueOf("now"));
        Assert.Equal(TimexTypes.Time, doc.Times.Single(t => doc.TextOf(t.Span) == "Sunday evening").Type);
        Assert.Equal("START", doc.Times.Single(t => doc.TextOf(t.Span) == "earlier this year").Mod);
        Assert.DoesNotContain(doc.Times, t => doc.TextOf(t.Span).Contains("may", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("The talks ended on 17 November 2024.", "17 November 2024", "2024-11-17")]
    [InlineData("The strike came on Nov. 17, officials said.", "Nov. 17", "2024-11-17")]
    [InlineData("The offensive began in 2024.", "2024", "2024")]
    [InlineData("The plan was drafted in November 2024.", "November 2024", "2024-11")]
    [InlineData("Prices fell in mid-2023.", "mid-2023", "2023")]
    [InlineData("The convoy was hit two days ago.", "two days ago", "2024-11-16")]
    [InlineData("The envoy arrived yesterday.", "yesterday", "2024-11-17")]
    [InlineData("The envoy arrives today.", "today", "2024-11-18")]
    [InlineData("The summit will take place next week.", "next week", "2024-W48")]
    [InlineData("Prices rose last month.", "last month", "2024-10")]
    [InlineData("The base was struck in January.", "January", "2024-01")]
    [InlineData("The new government will take office in January.", "January", "2025-01")]
    [InlineData("Drone strikes intensified in October.", "October", "2024-10")]
    [InlineData("The village was shelled on Sunday.", "Sunday", "2024-11-17")]
    [InlineData("The village was shelled Sunday.", "Sunday", "2024-11-17")]
    [InlineData("The minister said Friday that talks had stalled.", "Friday", "2024-11-15")]
    [InlineData("Fighting continued over the weekend.", "the weekend", "2024-W46-WE")]
    public void Dates_resolve_against_the_publication_date(string text, string expression, string value)
        => AssertValue(text, expression, TimexTypes.Date, value);

    [Theory]
    [InlineData("The siege lasted three years.", "three years", "P3Y")]
    [InlineData("The war has gone on for 1,000 days.", "1,000 days", "P1000D")]
    [InlineData("It was the largest assault in months.", "months", "PXM")]
    [InlineData("The talks took 2 1/2 hours.", "2 1/2 hours", "PT2H30M")]
    [InlineData("A two-year programme was agreed.", "two-year", "P2Y")]
    public void Durations_get_iso_periods(string text, string expression, string value)
        => AssertValue(text, expression, TimexTypes.Duration, value);

    [Theory]
    [InlineData("Shelling was reported every day.", "every day", "P1D")]
    [InlineData("The ministry publishes weekly figures.", "weekly", "P1W")]
    [InlineData("The council meets every Monday.", "every Monday", "XXXX-WXX-1")]
    public void Sets_recur(string text, string expression, string value)
        => AssertValue(text, expression, TimexTypes.Set, value);

    [Theory]
    [InlineData("Fighting has recently intensified.", "recently", "PAST_REF")]
    [InlineData("The front is now quiet.", "now", "PRESENT_REF")]
    [InlineData("Troops are currently stationed there.", "currently", "PRESENT_REF")]
    [InlineData("Talks may resume in the future.", "the future", "FUTURE_REF")]
    public void Fuzzy_references_are_recognized(string text, string expression, string value)
        => AssertValue(text, expression, TimexTypes.Date, value);

    [Theory]
    [InlineData("The strike hit at 10:35 a.m. on Friday.", "10:35 a.m. on Friday", "2024-11-15T10:35")]
    [InlineData("Sirens sounded this morning.", "this morning", "2024-11-18TMO")]
    [InlineData("Explosions were heard last night.", "last night", "2024-11-17TNI")]
    public void Times_of_day_carry_their_date(string text, string expression, string value)
        => AssertValue(text, expression, TimexTypes.Time, value);

    [Theory]
    [InlineData("The decision may facilitate new deliveries.")]
    [InlineData("Troops march toward the border.")]
    [InlineData("The Sun newspaper and Sat-Nav makers were cited.")]
    [InlineData("A 6-year-old boy was among the wounded.")]
    public void Ordinary_words_are_not_taken_for_times(string text)
        => Assert.Empty(Times(text));

    [Fact]
    public void May_is_a_month_after_a_preposition()
        => AssertValue("The offensive began in May.", "May", TimexTypes.Date, "2024-05");

    [Fact]
    public void A_past_verb_the_tagger_called_a_participle_still_sets_the_tense()
    {
        var doc = new Document("t", "The operator changed from a fiscal year to a calendar year in December.", new DateOnly(2024, 11, 18));
        new PipelineBuilder().UseDefaults().Build().Process(doc);
        Assert.Equal("2023-12", doc.Times.Single(t => doc.TextOf(t.Span) == "December").Value);
    }

    [Fact]
    public void Without_a_publication_date_that_year_after_a_relative_year_is_left_out()
    {
        var doc = new Document("t", "The town fell last year and was retaken later that year.", null);
        new PipelineBuilder().UseDefaults().Build().Process(doc);
        Assert.Equal(["PAST_REF"], doc.Times.Select(t => t.Value));
    }

    [Fact]
    public void Without_a_publication_date_relative_times_keep_only_their_direction()
    {
        var doc = new Document("t", "Prices rose last month and will fall next week.", null);
        new PipelineBuilder().UseDefaults().Build().Process(doc);
        Assert.Equal(["PAST_REF", "FUTURE_REF"], doc.Times.Select(t => t.Value));
    }

    [Theory]
    [InlineData("The militia took the town in June 2019 and lost it later that year.", "later that year", "2019")]
    [InlineData("The port was shelled on March 3, 2022. Earlier that day, the mayor had left.", "Earlier that day", "2022-03-03")]
    [InlineData("The siege began in April 2022. The following month, the garrison surrendered.", "The following month", "2022-05")]
    [InlineData("The ceasefire collapsed in 2014. The following year, talks resumed.", "The following year", "2015")]
    [InlineData("Shelling resumed on Oct. 30, 2024, days after a truce signed the previous Friday.", "the previous Friday", "2024-10-25")]
    [InlineData("The strike hit Kharkiv on Nov. 2. The next day, troops withdrew.", "The next day", "2024-11-03")]
    [InlineData("Rockets fell on Nov. 10. The day before, sirens had sounded.", "The day before", "2024-11-09")]
    [InlineData("Rockets fell on Nov. 10. The day after, the school reopened.", "The day after", "2024-11-11")]
    [InlineData("Revenue dropped to $300 million in 2023, down from $450 million the year before.", "the year before", "2022")]
    public void Narrative_times_anchor_to_the_time_last_mentioned(string text, string expression, string value)
        => AssertValue(text, expression, TimexTypes.Date, value);

    [Theory]
    [InlineData("Russia and Belarus signed an agreement to place Moscow’s non-strategic nuclear weapons in Belarus in May of 2023 and the transfer was completed by October of that year.", "October of that year", "2023-10")]
    [InlineData("The town was shelled in March 2022 and fell in June that same year.", "June that same year", "2022-06")]
    public void A_month_of_that_year_takes_the_year_last_told_of(string text, string expression, string value)
        => AssertValue(text, expression, TimexTypes.Date, value, new DateOnly(2024, 5, 6));

    [Theory]
    [InlineData("The bridge was hit on Nov. 2. That night, the power failed.", "That night", "2024-11-02TNI")]
    [InlineData("The bridge was hit on Nov. 2. The next morning, engineers arrived.", "The next morning", "2024-11-03TMO")]
    public void Parts_of_a_narrated_day_take_that_day(string text, string expression, string value)
        => AssertValue(text, expression, TimexTypes.Time, value);

    [Fact]
    public void The_day_before_an_event_is_not_anchored_to_the_last_date()
        => Assert.DoesNotContain(Times("The town was shelled on Nov. 2, the day before the vote."), t => t.Value == "2024-11-01");

    [Fact]
    public void That_night_with_no_day_told_of_is_left_out()
        => Assert.Empty(Times("That night the power failed."));

    [Fact]
    public void That_year_with_nothing_mentioned_before_is_not_a_time()
        => Assert.Empty(Times("Officials said that year-round patrols would continue."));

    [Fact]
    public void A_clock_time_takes_the_day_just_told_of()
        => AssertValue("The convoy was struck on Nov. 2. The blast came at 10 p.m. as it crossed the bridge.", "10 p.m.", TimexTypes.Time, "2024-11-02T22:00");

    [Fact]
    public void A_deadline_after_until_lies_ahead_even_for_a_weekday()
        => AssertValue("Officials have given the militia until Thursday to withdraw.", "Thursday", TimexTypes.Date, "2024-11-21");

    [Theory]
    [InlineData("Profit should grow throughout the fiscal year.", "the fiscal year", TimexTypes.Duration, "P1Y")]
    [InlineData("Sales for the year rose 5%.", "the year", TimexTypes.Date, "2024")]
    public void The_year_is_a_stretch_throughout_and_the_year_reported_on_after_for(string text, string expression, string type, string value)
        => AssertValue(text, expression, type, value);

    [Fact]
    public void The_year_told_by_its_end_is_a_twelve_month_period()
        => AssertValue("Exports fell 5% in the year ended March 31.", "the year", TimexTypes.Duration, "P1Y");

    [Fact]
    public void Last_fall_read_in_winter_is_the_fall_of_the_year_before()
    {
        var doc = Some.Tokenized("The offensive stalled last fall.", new DateOnly(2025, 2, 6));
        Stage.Process(doc, CancellationToken.None);
        Assert.Equal("2024-FA", Assert.Single(doc.Times).Value);
    }

    [Fact]
    public void The_current_quarter_is_the_one_in_progress()
        => AssertValue("Deliveries will slow in the current quarter.", "the current quarter", TimexTypes.Date, "2024-Q4");

    [Fact]
    public void Last_years_quarter_is_the_quarter_named_a_year_back()
        => AssertValue("Profit rose in the third quarter from last year's quarter.", "last year's quarter", TimexTypes.Date, "2023-Q3");

    [Fact]
    public void The_quarter_told_by_its_last_day_is_the_calendar_quarter_holding_most_of_it()
        => AssertValue("Sales rose 8% in the quarter ended July 31.", "the quarter", TimexTypes.Date, "2024-Q2");

    [Fact]
    public void The_week_of_a_date_is_the_week_holding_it()
        => AssertValue("A hearing is set for the week of Dec. 2.", "the week of Dec. 2", TimexTypes.Date, "2024-W49");

    [Theory]
    [InlineData("The commander, 52 years old, was captured.")]
    [InlineData("The region imports about three-quarters of its grain.")]
    public void Ages_and_fractions_are_not_durations(string text)
        => Assert.Empty(Times(text));

    [Fact]
    public void A_weekday_with_its_date_is_one_expression_with_the_dates_value()
    {
        var times = Times("Talks resumed on Friday, Nov. 15, in Doha.");
        var t = Assert.Single(times);
        Assert.Equal("2024-11-15", t.Value);
    }

    [Theory]
    [InlineData("On Sunday (28.04) the court issued an order to arrest.", "Sunday (28.04)", TimexTypes.Date, "2024-04-28")]
    [InlineData("On Saturday evening (27.04) the police detained a 57-year-old Russian suspect.", "Saturday evening (27.04)", TimexTypes.Time, "2024-04-27TEV")]
    [InlineData("The minister arrived in Kyiv on Tuesday (23.04).", "Tuesday (23.04)", TimexTypes.Date, "2024-04-23")]
    public void A_weekday_with_its_day_and_month_in_brackets_is_one_expression_with_that_date(string text, string expression, string type, string value)
        => AssertValue(text, expression, type, value, new DateOnly(2024, 4, 29));

    [Fact]
    public void A_bracketed_number_that_is_no_day_and_month_is_left_out_of_the_weekday()
        => AssertValue("Turnout on Sunday (57.40) was the lowest in years.", "Sunday", TimexTypes.Date, "2024-04-28", new DateOnly(2024, 4, 29));

    [Theory]
    [InlineData("The envoy headed Tuesday to Kyiv.", "2024-11-19")]
    [InlineData("The envoy was told Tuesday that the talks were off.", "2024-11-12")]
    [InlineData("On Tuesday, Vladimir Putin was inaugurated for another six-year term.", "2024-11-12")]
    [InlineData("On Tuesday, a U.S. Army soldier was detained in Vladivostok on charges of theft.", "2024-11-12")]
    [InlineData("On Tuesday, the league plans to hold a news conference.", "2024-11-19")]
    public void A_bare_weekday_six_days_back_gives_way_to_the_day_after_publication_unless_an_auxiliary_or_an_opening_past_clause_says_past(string text, string value)
        => AssertValue(text, "Tuesday", TimexTypes.Date, value);

    [Theory]
    [InlineData("Crowds gathered to mark the anniversary on Sunday.", "2024-11-17")]
    [InlineData("The vote will take place on Sunday.", "2024-11-24")]
    public void A_bare_weekday_six_days_ahead_gives_way_to_the_day_before_publication_unless_will_says_future(string text, string value)
        => AssertValue(text, "Sunday", TimexTypes.Date, value);

    [Fact]
    public void A_past_form_after_be_is_a_passive_that_takes_the_auxiliarys_tense()
        => AssertValue("The runoff will be held in March.", "March", TimexTypes.Date, "2025-03");

    [Fact]
    public void The_morning_after_a_day_just_told_of_is_that_days_morning()
        => AssertValue("Shares fell sharply on Friday. Dealers sold heavily in the morning.", "the morning", TimexTypes.Time, "2024-11-15TMO");

    [Fact]
    public void A_year_earlier_beside_the_first_nine_months_is_the_year_before()
        => AssertValue(
            "Profit rose in the third quarter. In the first nine months, net income rose to $5 million from $4 million a year earlier.",
            "a year earlier",
            TimexTypes.Date,
            "2023");

    [Fact]
    public void A_quarter_mentioned_in_passing_does_not_replace_the_quarter_reported_on()
        => AssertValue(
            "Net income rose 20% in the third quarter. After a flat second quarter, margins recovered. Sales were higher than a year ago.",
            "a year ago",
            TimexTypes.Date,
            "2023-Q3");

    [Theory]
    [InlineData("The company's fiscal year ended Jan. 31.", "Jan. 31", "2024-01-31")]
    [InlineData("The offer ran past the Nov. 21 deadline.", "Nov. 21", "2024-11-21")]
    public void A_closed_period_lies_behind_and_past_the_is_a_preposition(string text, string expression, string value)
        => AssertValue(text, expression, TimexTypes.Date, value);

    [Theory]
    [InlineData("The two blasts came only minutes apart.")]
    [InlineData("The deal should close in a matter of days.")]
    [InlineData("The story ran in USA Today.")]
    [InlineData("The poster recalled the film High Noon.")]
    [InlineData("The quarter-to-quarter comparison was helped by charges.")]
    [InlineData("Inflation rose 9% year-on-year.")]
    public void Bare_plural_units_names_and_high_noon_are_not_times(string text)
        => Assert.Empty(Times(text));

    [Theory]
    [InlineData("The town has been under siege for months.", "months", "PXM")]
    [InlineData("Troops could arrive within weeks.", "weeks", "PXW")]
    [InlineData("Sales fell over several quarters.", "several quarters", "PXQ")]
    public void Bare_plural_units_after_a_preposition_or_vague_quantity_are_durations(string text, string expression, string value)
        => AssertValue(text, expression, TimexTypes.Duration, value);

    [Fact]
    public void The_second_of_two_coordinated_days_takes_the_month_of_the_first()
        => AssertValue("The summit will be held on April 24 and 25 in Washington.", "25", TimexTypes.Date, "2025-04-25");

    [Fact]
    public void A_number_after_a_date_that_counts_something_is_not_a_day()
        => Assert.DoesNotContain(Times("On Nov. 2 and 3 people were hurt."), t => t.Value == "2024-11-03");

    [Theory]
    [InlineData("The column was hit by mid afternoon.", "mid afternoon", TimexTypes.Time, "2024-11-18TAF")]
    [InlineData("Lawyers left their third day-long meeting.", "day-long", TimexTypes.Duration, "P1D")]
    [InlineData("The rights let holders buy at the then current price.", "then current", TimexTypes.Date, "PAST_REF")]
    [InlineData("Losses will continue through the first two quarters of 2025.", "the first two quarters of 2025", TimexTypes.Date, "2025-H1")]
    [InlineData("Sales were flat this year through August.", "August", TimexTypes.Date, "2024-08")]
    [InlineData("It will be financed at a later date.", "a later date", TimexTypes.Date, "FUTURE_REF")]
    [InlineData("They will live without power for a while.", "a while", TimexTypes.Duration, "PXX")]
    [InlineData("It's the second day of an offensive by the army.", "the second day", TimexTypes.Date, "2024-11-18")]
    [InlineData("The index fell after Oct. 12, the day before the plunge.", "the day", TimexTypes.Date, "2024-10-12")]
    public void Less_common_forms_are_recognized(string text, string expression, string type, string value)
        => AssertValue(text, expression, type, value);

    [Fact]
    public void Last_followed_by_the_month_just_gone_is_that_month_a_year_back()
        => AssertValue("Two helicopters crashed last February.", "last February", TimexTypes.Date, "2023-02", new DateOnly(2024, 3, 1));

    [Theory]
    [InlineData("The campaign runs until Election Day.", "Election Day", "2024-11-05")]
    [InlineData("Protesters prayed as Easter week began.", "Easter week", "2024-W13")]
    [InlineData("The truce held on Easter Sunday.", "Easter Sunday", "2024-03-31")]
    public void Movable_feasts_get_their_date(string text, string expression, string value)
        => AssertValue(text, expression, TimexTypes.Date, value);

    [Fact]
    public void Easter_island_is_a_place()
        => Assert.Empty(Times("Tourists flew to Easter Island."));

    [Theory]
    [InlineData("Now, he says, the talks have stalled.")]
    [InlineData("Currently, the army holds three villages.")]
    [InlineData("\"Now, we see that edge eroded,\" he said.")]
    public void A_sentence_opening_now_or_currently_with_a_comma_is_left_out(string text)
        => Assert.Empty(Times(text));

    [Theory]
    [InlineData("Now the talks have stalled.", "Now")]
    [InlineData("The army now holds three villages.", "now")]
    [InlineData("The army, currently, holds three villages.", "currently")]
    public void Now_and_currently_elsewhere_are_the_present(string text, string expression)
        => AssertValue(text, expression, TimexTypes.Date, "PRESENT_REF");

    [Fact]
    public void The_last_half_of_a_decade_is_that_decade_marked_end()
    {
        var t = Only("Sales were flat through the last half of the '80s.", "the last half of the '80s");
        Assert.Equal("198", t.Value);
        Assert.Equal("END", t.Mod);
    }

    [Theory]
    [InlineData("Islam will one day be the second largest religion.")]
    [InlineData("She hoped he one day follow his father.")]
    public void One_day_between_a_subject_or_modal_and_its_verb_is_the_future(string text)
        => AssertValue(text, "one day", TimexTypes.Date, "FUTURE_REF");

    [Fact]
    public void One_day_as_a_length_stays_a_duration()
        => AssertValue("The strike lasted one day.", "one day", TimexTypes.Duration, "P1D");

    [Fact]
    public void A_capitalized_march_between_the_and_a_noun_is_the_month()
        => AssertValue("The March accession will let the three countries join.", "March", TimexTypes.Date, "2025-03");

    [Theory]
    [InlineData("The March on the capital drew thousands.")]
    [InlineData("Veterans joined the march against the war.")]
    public void A_march_that_goes_somewhere_is_not_a_month(string text)
        => Assert.Empty(Times(text));

    [Theory]
    [InlineData("Shelling resumed the day before yesterday.", "the day before yesterday", "2024-11-16")]
    [InlineData("Talks began the day before last Tuesday's hearing.", "the day before last Tuesday", "2024-11-11")]
    [InlineData("The day after Christmas the convoy will leave.", "The day after Christmas", "2024-12-26")]
    public void The_day_before_or_after_a_day_is_one_day_off_it(string text, string expression, string value)
        => AssertValue(text, expression, TimexTypes.Date, value);

    [Theory]
    [InlineData("Two flights will leave on Monday and Tuesday nights.", "Monday", "XXXX-WXX-1TNI")]
    [InlineData("Two flights will leave on Monday and Tuesday nights.", "Tuesday nights", "XXXX-WXX-2TNI")]
    [InlineData("The market opens on Sunday mornings.", "Sunday mornings", "XXXX-WXX-7TMO")]
    public void A_weekday_with_a_plural_part_of_day_is_a_set(string text, string expression, string value)
        => AssertValue(text, expression, TimexTypes.Set, value);

    [Fact]
    public void Overnight_after_a_day_of_the_past_week_is_the_night_before_it()
        => AssertValue("Shares fell Friday in London. Dealers blamed overnight losses in New York.", "overnight", TimexTypes.Time, "2024-11-14TNI");

    [Fact]
    public void Overnight_with_no_recent_day_told_is_the_night_of_publication()
        => AssertValue("The embassy was bombed on Oct. 2. Drones struck the capital overnight.", "overnight", TimexTypes.Time, "2024-11-18TNI");

    [Theory]
    [InlineData("The bonds would be redeemed in five years.", "five years", TimexTypes.Date, "2029")]
    [InlineData("Elections will be held in three months.", "three months", TimexTypes.Date, "2025-02")]
    [InlineData("The army took the town in two weeks.", "two weeks", TimexTypes.Duration, "P2W")]
    public void In_n_units_ahead_is_a_date_and_in_the_past_a_length(string text, string expression, string type, string value)
        => AssertValue(text, expression, type, value);

    [Theory]
    [InlineData("The war shapes today's youth more than any election.")]
    [InlineData("In today’s world, drones decide battles.")]
    public void Today_s_with_a_generic_noun_is_nowadays_and_left_out(string text)
        => Assert.Empty(Times(text));

    [Fact]
    public void Today_s_with_an_event_is_the_day()
        => AssertValue("Today's vote was postponed.", "Today", TimexTypes.Date, "2024-11-18");

    [Fact]
    public void The_future_of_a_people_is_its_fate_not_a_time()
        => Assert.Empty(Times("The talks are vital to the future of both nations."));

    [Fact]
    public void The_future_as_a_time_stays_a_reference()
        => AssertValue("More drones will come in the future.", "the future", TimexTypes.Date, "FUTURE_REF");

    [Fact]
    public void A_weekday_after_a_possessive_before_a_capitalized_noun_is_that_day()
        => AssertValue("In his Sunday Mass, the bishop prayed for the dead.", "Sunday", TimexTypes.Date, "2024-11-17");

    [Fact]
    public void A_weekday_before_a_capitalized_noun_is_still_a_name()
        => Assert.Empty(Times("The Sunday Times reported the strike."));

    [Fact]
    public void A_week_or_so_ago_is_a_point_back_in_time_marked_approximate()
    {
        var t = Only("Then, a week or so ago, the general picked the date.", "a week or so ago");
        Assert.Equal(TimexTypes.Date, t.Type);
        Assert.Equal("2024-W46", t.Value);
        Assert.Equal("APPROX", t.Mod);
    }

    [Theory]
    [InlineData("Kyiv said Tuesday it had repelled the attack.")]
    [InlineData("The ministry told reporters on Tuesday that the bridge was hit.")]
    public void A_report_dated_by_a_weekday_six_days_back_stays_in_the_past(string text)
        => AssertValue(text, "Tuesday", TimexTypes.Date, "2024-11-12");

    private static readonly DateOnly Autumn = new(2024, 11, 18);

    [Fact]
    public void Months_later_reach_the_month_after_the_last_date_given()
    {
        var t = Only("The dam was blown up on June 6, 2023. Two months later, the village flooded again.", "Two months", Autumn);
        Assert.Equal("P2M", t.Value);
        Assert.Equal("2023-08", t.Point);
    }

    [Fact]
    public void Days_after_that_count_from_the_day_named()
        => Assert.Equal("2022-03-21", Only("Talks opened in Istanbul on March 18, 2022. Three days after that, they broke down.", "Three days", Autumn).Point);

    [Fact]
    public void Years_earlier_count_back_from_the_year_given()
        => Assert.Equal("2014", Only("The border was closed in 2019, five years earlier than planned.", "five years", Autumn).Point);

    [Fact]
    public void Later_with_no_date_given_stays_a_length_only()
        => Assert.Null(Only("Two months later, the village flooded again.", "Two months", Autumn).Point);

    [Fact]
    public void A_day_before_an_event_is_not_anchored_to_the_last_date()
        => Assert.Null(Only("Shelling began on May 2, 2024. A day before the attack sirens sounded.", "A day", Autumn).Point);

    [Fact]
    public void A_point_past_publication_is_left_fuzzy()
        => Assert.Null(Only("The bridge opened in 2014. Two decades later, we still pay for it.", "Two decades", Autumn).Point);

    [Theory]
    [InlineData("The siege began in late summer last year.", "late summer last year", "2023-SU")]
    [InlineData("Repairs are due in spring next year.", "spring next year", "2025-SP")]
    public void A_season_before_a_relative_year_is_that_years_season(string text, string expression, string value)
        => AssertValue(text, expression, TimexTypes.Date, value, Autumn);

    [Fact]
    public void Almost_a_year_ago_is_last_year_with_a_modifier()
    {
        var t = Only("The offensive stalled almost one year ago.", "almost one year ago", Autumn);
        Assert.Equal("2023", t.Value);
        Assert.NotNull(t.Mod);
    }

    [Fact]
    public void The_first_week_of_an_event_is_a_length_not_the_calendar_week()
        => AssertValue("During the first week of the war, support rose.", "the first week", TimexTypes.Duration, "P1W", Autumn);
}
