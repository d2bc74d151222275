using Sitrep.Events;
using Sitrep.Pipeline;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Events;

/// <summary>
/// The trigger rows of the lexicon round (docs/events-rounds.md, "Lexicon round"): words mined from corpus articles outside the
/// gold file, each on a sentence of its own, through the real default pipeline.
/// </summary>
public sealed class EventMinedTriggerPipelineTests
{
    private static readonly DateOnly Published = new(2024, 5, 10);

    private static IReadOnlyList<Event> Events(string text)
        => Analyzer.EventsOfSentence(text, Published);

    [Fact]
    public void Blowing_up_a_bridge_is_an_explosives_attack()
        => Assert.Contains(Events("Partisans blew up a railway bridge near Melitopol on 7 May."),
            e => e.Class == EventClasses.Assault && e.Mode == "explosives");

    [Fact]
    public void Executing_prisoners_is_an_attack()
        => Assert.Contains(Events("The unit executed six captured prisoners near Bakhmut on 7 May."),
            e => e.Class == EventClasses.Assault);

    [Fact]
    public void Executing_a_plan_is_no_attack()
        => Assert.DoesNotContain(Events("The ministry executed its budget plan on 7 May."),
            e => e.Class == EventClasses.Assault);

    [Fact]
    public void Redeploying_troops_is_a_troop_movement()
        => Assert.Contains(Events("Belarus redeployed two battalions to the Polish border on 7 May."),
            e => e.Class == EventClasses.Mobilize);

    [Fact]
    public void Dispatching_soldiers_is_a_troop_movement()
        => Assert.Contains(Events("Moldova dispatched 300 soldiers to the northern border on 7 May."),
            e => e.Class == EventClasses.Mobilize);

    [Fact]
    public void Dispatching_a_letter_is_no_troop_movement()
        => Assert.DoesNotContain(Events("The mayor dispatched a letter to the council on 7 May."),
            e => e.Class == EventClasses.Mobilize);

    [Theory]
    [InlineData("Poland implored Germany to deliver more shells on 7 May.")]
    [InlineData("Latvia pressed for tougher measures against Belarus on 7 May.")]
    [InlineData("The envoy exhorted both sides to return to the table on 7 May.")]
    public void Imploring_pressing_for_and_exhorting_are_requests(string text)
        => Assert.Contains(Events(text), e => e.Class == EventClasses.Request);

    [Theory]
    [InlineData("Lithuania castigated Belarus over the border incident on 7 May.")]
    [InlineData("Estonia rebuked Moscow for the airspace violation on 7 May.")]
    [InlineData("The foreign minister berated Minsk over the migrant flights on 7 May.")]
    public void Castigating_rebuking_and_berating_are_accusations(string text)
        => Assert.Contains(Events(text), e => e.Class == EventClasses.Accuse);

    [Fact]
    public void A_ceremony_boycotted_by_envoys_is_a_sanction()
        => Assert.Contains(Events("The parade in Minsk was boycotted by Poland and Lithuania on 7 May."),
            e => e.Class == EventClasses.Sanction);

    [Fact]
    public void Suspending_a_treaty_is_a_sanction()
        => Assert.Contains(Events("Belarus suspended its participation in the arms control treaty on 7 May."),
            e => e.Class == EventClasses.Sanction);

    [Fact]
    public void Suspending_flights_is_no_sanction()
        => Assert.DoesNotContain(Events("The airline suspended flights to Minsk on 7 May."),
            e => e.Class == EventClasses.Sanction);

    [Fact]
    public void Firing_a_named_missile_type_is_an_attack()
        => Assert.Contains(Events("Russian forces fired Iskanders at Kramatorsk on 7 May."),
            e => e.Class == EventClasses.Assault);

    [Fact]
    public void Taking_control_of_villages_is_a_clash()
        => Assert.Contains(Events("Ukrainian units took control of two villages near Kupiansk on 7 May."),
            e => e.Class == EventClasses.Fight);

    [Fact]
    public void Taking_over_a_bank_is_no_clash()
        => Assert.DoesNotContain(Events("The fund took over the bank in Minsk on 7 May."),
            e => e.Class == EventClasses.Fight);

    [Fact]
    public void Providing_a_named_air_defence_system_is_aid()
        => Assert.Contains(Events("Germany provided Moldova with a Patriot battery on 7 May."),
            e => e.Class == EventClasses.Aid);

    // The fightreject round: a counterattack is a clash as a counteroffensive is (fresh articles of 2022-08-18 and 2022-09-16).
    [Theory]
    [InlineData("Kyiv’s counter-attack in Kherson and Zaporizhzhia is strategically important because they control water and power to Crimea and form a land bridge to Russia.")]
    [InlineData("The Nato secretary general, Jens Stoltenberg, said Ukraine’s counterattack against Russian troops had been very effective, but warned nations should prepare for the long haul as this did not signal the beginning of the end of the war.")]
    public void A_counterattack_is_a_clash(string text)
        => Assert.Contains(Events(text), e => e.Class == EventClasses.Fight);

    // The acts3 round: troops and weapons moved, forces concentrated, a trip to a place (fresh articles and RAMS/WikiEvents dev).
    [Theory]
    [InlineData("Satellite imagery showed new Russian military movements, with helicopters and tanks moving closer to the border in multiple sites around the Ukraine border.")]
    [InlineData("Last month, Putin said Russia had moved a first batch of tactical nuclear weapons to Belarus, claiming they were placed there for \u201cdeterrence.\u201d")]
    [InlineData("Within 10 days of the attacks, the army moved in to the Bogside area of Derry to take control of a part of the city that had become out-of-bounds.")]
    [InlineData("\"Now Russia is concentrating its forces.")]
    public void Moving_or_concentrating_forces_is_a_troop_movement(string text)
        => Assert.Contains(Events(text), e => e.Class == EventClasses.Mobilize);

    [Theory]
    [InlineData("Russia moved some troops away from the border on 7 May.")]
    [InlineData("Russia has moved troops out of Kherson.")]
    public void Moving_troops_away_is_no_build_up(string text)
        => Assert.DoesNotContain(Events(text), e => e.Class == EventClasses.Mobilize);

    [Theory]
    [InlineData("Yellen traveled to Guangzhou and Beijing last month to warn Chinese officials that they \"must not provide material support for Russia\u2019s war.\"")]
    [InlineData("Biden, now the US president, recently traveled to Warsaw to rally international support for Ukraine\u2019s fight to repel Russian aggression.")]
    public void Travelling_to_a_place_is_a_visit(string text)
        => Assert.Contains(Events(text), e => e.Class == EventClasses.Consult);

    [Fact]
    public void Travelling_to_see_something_is_no_visit()
        => Assert.DoesNotContain(Events("\u201cPeople are interested in traveling to see the destruction after the war."),
            e => e.Class == EventClasses.Consult);

    // Lexicon3 round: a legislature's vote that passes an aid bill or package (`pass` + @aidpackage), fresh-text sentences.
    [Fact]
    public void A_legislature_passing_aid_is_aid()
        => Assert.Contains(Events("After months of delay, on Tuesday, Congress passed urgent aid for Ukraine in its fight against Russian aggression."),
            e => e.Class == EventClasses.Aid);

    [Fact]
    public void Passing_an_aid_bill_takes_the_verb_as_trigger()
    {
        const string text = "Officials gave a briefing.\nThe Senate overwhelmingly passed a $95 billion foreign aid bill on Tuesday, delivering billions of dollars in weapons and support to key U.S. allies Ukraine and Israel despite some opposition from both parties\u2019 bases.\n";
        int passed = text.IndexOf("passed", StringComparison.Ordinal);
        Assert.Contains(Analyzer.EventsOfText(text, new DateOnly(2024, 4, 24)), e => e.Class == EventClasses.Aid && e.Trigger?.Start == passed);
    }

    [Fact]
    public void Urging_a_legislature_to_pass_aid_is_no_aid_by_the_legislature()
    {
        const string text = "Officials gave a briefing.\nOn Thursday, Biden called for a dramatic increase in aid to Ukraine, urging Congress to pass a new $33 billion spending package that includes military and humanitarian aid.\n";
        int pass = text.IndexOf("pass ", StringComparison.Ordinal);
        Assert.DoesNotContain(Analyzer.EventsOfText(text, new DateOnly(2022, 5, 2)), e => e.Trigger?.Start == pass);
    }
}
