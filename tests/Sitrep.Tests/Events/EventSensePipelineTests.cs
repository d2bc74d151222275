using Sitrep.Events;
using Sitrep.Pipeline;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Events;

/// <summary>
/// The collocations of the senses round (docs/events-rounds.md, "Senses round"; <c>Events/Data/senses.tsv</c>), each on sentences
/// of its own, through the real default pipeline, with the same trigger in its act sense beside it.
/// </summary>
public sealed class EventSensePipelineTests
{
    private static readonly DateOnly Published = new(2024, 5, 10);

    private static IReadOnlyList<Event> Analyze(string text)
        => Analyzer.EventsOfText(text, Published);

    [Fact]
    public void Striking_a_tone_or_a_striking_likeness_is_no_attack()
    {
        Assert.DoesNotContain(Analyze("The defence minister struck a defiant tone in Vilnius on Tuesday.\n"),
            e => e.Class == EventClasses.Assault);
        Assert.DoesNotContain(Analyze("The two reports from Tallinn on Monday show striking similarity in their figures.\n"),
            e => e.Class == EventClasses.Assault);
        Assert.Contains(Analyze("Missiles struck a fuel depot in Vilnius on Tuesday.\n"), e => e.Class == EventClasses.Assault);
    }

    [Fact]
    public void A_barrage_of_something_other_than_fire_is_no_attack()
    {
        Assert.DoesNotContain(Analyze("The minister faced a barrage of hostile questions in Warsaw on Monday.\n"),
            e => e.Class == EventClasses.Assault);
        Assert.Contains(Analyze("A barrage of rockets hit the outskirts of Kherson on Monday.\n"), e => e.Class == EventClasses.Assault);
    }

    [Fact]
    public void A_fight_against_an_abstraction_is_no_clash()
    {
        Assert.DoesNotContain(Analyze("The two ministers agreed in Riga on Monday on fighting terrorism and smuggling.\n"),
            e => e.Class == EventClasses.Fight);
        Assert.DoesNotContain(Analyze("The mayor of Riga said on Monday the battle for freedom goes on.\n"),
            e => e.Class == EventClasses.Fight);
        Assert.Contains(Analyze("Government troops were fighting rebels near Riga on Monday.\n"), e => e.Class == EventClasses.Fight);
    }

    [Fact]
    public void Infantry_fighting_vehicles_are_equipment_not_a_clash()
    {
        Assert.DoesNotContain(Analyze("Soviet-made infantry fighting vehicles reached the front near Kupiansk on Monday, the minister said.\n"),
            e => e.Class == EventClasses.Fight);
    }

    [Fact]
    public void Destroying_opponents_or_trust_is_no_attack()
    {
        Assert.DoesNotContain(Analyze("The scandal in Minsk on Monday destroyed public trust in the cabinet.\n"),
            e => e.Class == EventClasses.Assault);
        Assert.Contains(Analyze("The shelling in Kharkiv on Monday destroyed two schools.\n"), e => e.Class == EventClasses.Assault);
    }

    [Fact]
    public void The_shipped_table_loads_and_knows_its_lemmas()
    {
        Assert.False(SenseTable.Default.For("strike").IsEmpty);
        Assert.True(SenseTable.Default.For("negotiate").IsEmpty);
    }

    [Theory]
    [InlineData("strike\tafter\t3\n", "line 1: expected 4 columns")]
    [InlineData("# a comment\nstrike\tbefore\t3\ttone\n", "line 2: unknown relation 'before'")]
    [InlineData("strike\tafter\tthree\ttone\n", "line 1: reach 'three' is not a positive number")]
    [InlineData("strike\tafter\t3\t-\n", "line 1: the relation 'after' needs words")]
    public void A_bad_row_names_the_file_and_the_line(string tsv, string message)
    {
        var error = Assert.Throws<FormatException>(() => SenseTable.Parse(tsv));
        Assert.Contains("senses.tsv " + message, error.Message, StringComparison.Ordinal);
    }
}
