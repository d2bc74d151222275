using Sitrep.Figures;
using Sitrep.Pipeline;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Figures;

public class FiguresStageTests
{
    private static readonly FiguresStage Stage = new();

    private static Document Run(string text, Action<Document>? before = null)
    {
        var doc = Some.Tokenized(text);
        before?.Invoke(doc);
        Stage.Process(doc, CancellationToken.None);
        return doc;
    }

    private static Figure Single(string text)
    {
        var doc = Run(text);
        return Assert.Single(doc.Figures);
    }

    private static string? ObjectOf(Document doc, Figure f) => f.Object is { } o ? doc.TextOf(o) : null;

    [Fact]
    public void Reference_article_gives_the_six_figures_once_each()
    {
        var text = File.ReadAllText(Paths.Sample("atacms-approval.txt"));
        var doc = Run(text);
        var f = doc.Figures;
        Assert.Equal(6, f.Count);

        Assert.Equal(("about 11,000", 11000d, Qualifiers.Approx, "North Korean soldiers"), (doc.TextOf(f[0].Span), f[0].Value, f[0].Qualifier, ObjectOf(doc, f[0])));
        Assert.Equal(("over 2,000", 2000d, Qualifiers.MoreThan, "drone strikes"), (doc.TextOf(f[1].Span), f[1].Value, f[1].Qualifier, ObjectOf(doc, f[1])));
        Assert.Equal(("at least 10", 10d, Qualifiers.AtLeast, "casualties", "casualties"), (doc.TextOf(f[2].Span), f[2].Value, f[2].Qualifier, ObjectOf(doc, f[2]), f[2].Kind));
        Assert.Equal(("around 120", 120d, Qualifiers.Approx, "missiles"), (doc.TextOf(f[3].Span), f[3].Value, f[3].Qualifier, ObjectOf(doc, f[3])));
        Assert.Equal(("90", 90d, Qualifiers.Approx, "drones"), (doc.TextOf(f[4].Span), f[4].Value, f[4].Qualifier, ObjectOf(doc, f[4])));
        Assert.Equal(("$55.5 billion", 55_500_000_000d, "USD", Qualifiers.Exact), (doc.TextOf(f[5].Span), f[5].Value, f[5].Unit, f[5].Qualifier));
        Assert.Equal(f.Count, f.Select(x => x.Span).Distinct().Count());
    }

    [Theory]
    [InlineData("Officials said 11,000 soldiers arrived.", 11000d)]
    [InlineData("The fund holds 55.5 units.", 55.5)]
    [InlineData("Two children were rescued.", 2d)]
    [InlineData("They found a dozen shells.", 12d)]
    [InlineData("The convoy had one hundred and twenty trucks.", 120d)]
    [InlineData("The convoy had twenty-five trucks.", 25d)]
    [InlineData("Officials counted seven thousand soldiers.", 7000d)]
    [InlineData("Some 1.5m people left the city.", 1_500_000d)]
    [InlineData("It sent a million rounds.", 1_000_000d)]
    [InlineData("Half of the residents left.", 0.5)]
    [InlineData("Two-thirds of the homes were hit.", 2d / 3)]
    [InlineData("About a third of the total was lost.", 1d / 3)]
    public void Number_phrases_get_their_value(string text, double value)
        => Assert.Equal(value, Single(text).Value, 6);

    [Theory]
    [InlineData("The aid totals $1.2bn this year.", 1_200_000_000d, "USD")]
    [InlineData("London pledged £3 million more.", 3_000_000d, "GBP")]
    [InlineData("Brussels added €2bn in loans.", 2_000_000_000d, "EUR")]
    [InlineData("Kyiv paid 500 hryvnias each.", 500d, "UAH")]
    [InlineData("The fine was five million roubles.", 5_000_000d, "RUB")]
    [InlineData("Turnout fell to 40% overall.", 40d, "percent")]
    [InlineData("Turnout fell to 40 percent overall.", 40d, "percent")]
    [InlineData("Turnout fell to 40 per cent overall.", 40d, "percent")]
    [InlineData("The front is 1,000 kilometres long.", 1000d, "km")]
    [InlineData("They shipped 25 million tons of grain.", 25_000_000d, "tonne")]
    public void Money_and_measures_get_their_unit(string text, double value, string unit)
    {
        var f = Single(text);
        Assert.Equal(value, f.Value, 3);
        Assert.Equal(unit, f.Unit);
    }

    [Theory]
    [InlineData("There were about 300 of them.", Qualifiers.Approx)]
    [InlineData("It fired roughly 300 shells.", Qualifiers.Approx)]
    [InlineData("An estimated 300 people fled.", Qualifiers.Approx)]
    [InlineData("Nearly 300 people fled.", Qualifiers.Approx)]
    [InlineData("Almost 300 people fled.", Qualifiers.Approx)]
    [InlineData("More than 300 people fled.", Qualifiers.MoreThan)]
    [InlineData("Upwards of 300 people fled.", Qualifiers.MoreThan)]
    [InlineData("At least 300 people fled.", Qualifiers.AtLeast)]
    [InlineData("No fewer than 300 people fled.", Qualifiers.AtLeast)]
    [InlineData("Fewer than 300 people fled.", Qualifiers.LessThan)]
    [InlineData("It holds under 300 people.", Qualifiers.LessThan)]
    [InlineData("Up to 300 people fled.", Qualifiers.AtMost)]
    [InlineData("As many as 300 people fled.", Qualifiers.AtMost)]
    [InlineData("Officials say 300 or more people fled.", Qualifiers.AtLeast)]
    [InlineData("Officials say 300 or so people fled.", Qualifiers.Approx)]
    [InlineData("The strike killed at least one civilian.", Qualifiers.AtLeast)]
    [InlineData("Dozens of people fled.", Qualifiers.AtLeast)]
    public void Qualifiers_are_read_from_the_words_around_the_number(string text, string qualifier)
        => Assert.Equal(qualifier, Single(text).Qualifier);

    [Theory]
    [InlineData("It will take 10 to 15 trucks.", 10d, 15d)]
    [InlineData("It will take 10-15 trucks.", 10d, 15d)]
    [InlineData("It will take 10–15 trucks.", 10d, 15d)]
    [InlineData("It will take between 5 and 7 trucks.", 5d, 7d)]
    [InlineData("It will take two or three trucks.", 2d, 3d)]
    [InlineData("It will cost $1-2bn next year.", 1e9, 2e9)]
    [InlineData("Losses are 70 to 80,000 men.", 70_000d, 80_000d)]
    public void Ranges_have_low_high_and_a_midpoint_value(string text, double low, double high)
    {
        var f = Single(text);
        Assert.Equal(Qualifiers.Range, f.Qualifier);
        Assert.Equal(low, f.Low);
        Assert.Equal(high, f.High);
        Assert.Equal((low + high) / 2, f.Value);
    }

    [Theory]
    [InlineData("The strike killed at least seven people.", "killed", Qualifiers.AtLeast, "people")]
    [InlineData("Seven people were killed in the strike.", "killed", Qualifiers.Exact, "people")]
    [InlineData("Shelling left 18 dead overnight.", "killed", Qualifiers.Exact, null)]
    [InlineData("The death toll rose to 12 on Monday.", "killed", Qualifiers.Exact, null)]
    [InlineData("At least 90 civilians died there.", "killed", Qualifiers.AtLeast, "civilians")]
    [InlineData("The blast injured 20 people.", "injured", Qualifiers.Exact, "people")]
    [InlineData("Twenty people were wounded.", "injured", Qualifiers.Exact, "people")]
    [InlineData("Three soldiers are missing.", "missing", Qualifiers.Exact, "soldiers")]
    [InlineData("Three people are known to have died.", "killed", Qualifiers.Exact, "people")]
    [InlineData("Troops captured 30 soldiers near the river.", "captured", Qualifiers.Exact, "soldiers")]
    [InlineData("More than 1 million people were displaced.", "displaced", Qualifiers.MoreThan, "people")]
    [InlineData("The attack caused at least 10 casualties.", "casualties", Qualifiers.AtLeast, "casualties")]
    public void Casualty_counts_carry_their_kind(string text, string kind, string qualifier, string? counted)
    {
        var doc = Run(text);
        var f = Assert.Single(doc.Figures);
        Assert.Equal(kind, f.Kind);
        Assert.Equal(qualifier, f.Qualifier);
        Assert.Equal(counted, ObjectOf(doc, f));
    }

    [Fact]
    public void Killing_and_injuring_give_each_number_its_kind()
    {
        var doc = Run("The missile hit a mall, killing 3 and injuring 10.");
        Assert.Equal(["killed", "injured"], doc.Figures.Select(f => f.Kind));
    }

    [Fact]
    public void An_inserted_including_phrase_does_not_hide_the_casualty_verb()
    {
        var doc = Run("The minister said 198 civilians, including three children, had been killed.");
        Assert.Equal([(198d, "killed"), (3d, "killed")], doc.Figures.Select(f => (f.Value, f.Kind!)));
    }

    [Fact]
    public void A_qualifier_does_not_spread_over_a_comma_list()
    {
        var doc = Run("It sends 400 vehicles, more than 1,600 missiles, 4m rounds and 60 boats.");
        Assert.Equal([Qualifiers.Exact, Qualifiers.MoreThan, Qualifiers.Exact, Qualifiers.Exact], doc.Figures.Select(f => f.Qualifier));
    }

    [Fact]
    public void A_captured_village_is_not_a_casualty()
        => Assert.Null(Single("Russian troops captured 10 villages.").Kind);

    [Theory]
    [InlineData("The war began in 2014 and escalated in 2022.")]
    [InlineData("The strike came on 17 November after dark.")]
    [InlineData("The strike came on November 17 after dark.")]
    [InlineData("Sirens sounded at 10:30 in Kyiv.")]
    [InlineData("Sirens sounded at 5 p.m. in Kyiv.")]
    [InlineData("The hotline works 24/7 for residents.")]
    [InlineData("The Ukrainian Air Force is waiting for F-16 jets.")]
    [InlineData("The Su-34 and the S-300 and the T-72 were hit.")]
    [InlineData("Russia launched Shahed-136 drones at the city.")]
    [InlineData("Berlin will send Leopard 2 tanks.")]
    [InlineData("Ukraine used M777 howitzers.")]
    [InlineData("Allies invoked Article 5 of the treaty.")]
    [InlineData("It breached Resolution 2231 of the council.")]
    [InlineData("It is covered by section 3 of the law.")]
    [InlineData("The 93rd Brigade and the 1st Brigade held the line.")]
    [InlineData("It is the second largest city.")]
    [InlineData("Call +380 44 123 4567 for help.")]
    [InlineData("The siege lasted three years.")]
    [InlineData("The bill passed by a 79-18 vote.")]
    [InlineData("No one was hurt.")]
    [InlineData("It was one of the largest attacks.")]
    [InlineData("Ukraine received 155 mm shells.")]
    [InlineData("It happened on 9 May in Moscow.")]
    [InlineData("They waited for one wave after another.")]
    [InlineData("On Saturday evening (27.04) the police detained him.")]
    [InlineData("They spent 6 and 8 days in captivity.")]
    [InlineData("Who is the number one power?")]
    public void Dates_times_labels_and_model_names_are_not_figures(string text)
        => Assert.Empty(Run(text).Figures);

    [Fact]
    public void Ages_are_figures_without_an_object()
    {
        var doc = Run("A boy aged 12, a 71-year-old man, a seven-year-old girl and a man at the age of 40 were hurt.");
        Assert.Equal([(12d, "age"), (71d, "age"), (7d, "age"), (40d, "age")], doc.Figures.Select(f => (f.Value, f.Unit!)));
        Assert.All(doc.Figures, f => Assert.Null(f.Object));
    }

    [Fact]
    public void Numbers_inside_a_time_expression_are_left_to_the_time_stage()
    {
        const string text = "The offensive lasted 90 days in total.";
        var doc = Run(text, d => d.Times.Add(new TimeExpression(Some.SpanOf(text, "90"), TimexTypes.Duration, "P90D")));
        Assert.Empty(doc.Figures);
    }

    [Fact]
    public void The_thing_counted_named_before_a_bare_number_is_found()
    {
        var doc = Run("Moscow increased its drone strikes on Ukraine, with over 2,000 recorded in October.");
        Assert.Equal("drone strikes", ObjectOf(doc, Assert.Single(doc.Figures)));
    }

    [Fact]
    public void A_qualifier_before_a_coordination_covers_both_numbers()
    {
        var doc = Run("It involved around 120 missiles and 90 drones.");
        Assert.All(doc.Figures, f => Assert.Equal(Qualifiers.Approx, f.Qualifier));

        var strict = new FiguresStage(new FiguresOptions { DistributeQualifiers = false });
        var doc2 = Some.Tokenized("It involved around 120 missiles and 90 drones.");
        strict.Process(doc2, CancellationToken.None);
        Assert.Equal(Qualifiers.Exact, doc2.Figures[1].Qualifier);
    }

    [Fact]
    public void Vague_plurals_are_at_least_two_of_their_unit()
    {
        var doc = Run("Dozens of homes, hundreds of thousands of people and tens of thousands of troops.");
        Assert.Equal([24d, 200_000d, 20_000d], doc.Figures.Select(f => f.Value));
        Assert.All(doc.Figures, f => Assert.Equal(Qualifiers.AtLeast, f.Qualifier));
    }

    [Fact]
    public void Running_twice_gives_the_same_figures()
    {
        var doc = Run("About 300 people fled.");
        Stage.Process(doc, CancellationToken.None);
        Assert.Single(doc.Figures);
    }
}
