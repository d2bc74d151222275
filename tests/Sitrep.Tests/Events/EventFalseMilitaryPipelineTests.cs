using Sitrep.Events;
using Sitrep.Pipeline;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Events;

/// <summary>
/// The readings of the false-military round (docs/events-rounds.md, "False-military round"), each on sentences of its own, through
/// the real default pipeline.
/// </summary>
public sealed class EventFalseMilitaryPipelineTests
{
    private static readonly DateOnly Published = new(2024, 5, 10);

    private static IReadOnlyList<Event> Analyze(string text)
        => Analyzer.EventsOfText(text, Published);

    private const string Commentary =
        "I have argued for years that we owe our friends more than words.\n"
        + "We cannot look away, and I do not think our leaders can either.\n"
        + "My own view is simple: we must stand with them.\n";

    private const string Reporting =
        "The governor gave a briefing in the regional capital.\n"
        + "Officials counted the damage.\n"
        + "Rescue teams worked through the day.\n";

    [Fact]
    public void An_unanchored_attack_in_an_opinion_piece_is_not_coded()
    {
        const string act = "The invaders have bombarded the country without mercy.\n";
        Assert.DoesNotContain(Analyze(Commentary + act), e => e.Class == EventClasses.Assault);
        Assert.Contains(Analyze(Reporting + act), e => e.Class == EventClasses.Assault);
    }

    [Fact]
    public void An_attack_with_a_town_in_an_opinion_piece_is_still_coded()
    {
        var events = Analyze(Commentary + "The invaders bombarded Kharkiv on Tuesday.\n");
        Assert.Contains(events, e => e.Class == EventClasses.Assault);
    }

    [Fact]
    public void An_arrest_continuing_a_narrative_of_a_distant_year_is_history()
    {
        Assert.DoesNotContain(Analyze("In 1999 the army entered the province.\nSoldiers arrested hundreds of students.\n"),
            e => e.Class == EventClasses.Coerce);
        Assert.Contains(Analyze("On Monday the army entered the province.\nSoldiers arrested hundreds of students.\n"),
            e => e.Class == EventClasses.Coerce);
    }

    [Fact]
    public void Atrocities_committed_are_no_troop_commitment()
    {
        Assert.DoesNotContain(Analyze("The brigade committed atrocities against villagers near the river.\n"),
            e => e.Class == EventClasses.Mobilize);
        Assert.DoesNotContain(Analyze("Prosecutors listed crimes committed by the soldiers of the brigade.\n"),
            e => e.Class == EventClasses.Mobilize);
        Assert.Contains(Analyze("The alliance committed 3,000 more troops to the eastern flank on Monday.\n"),
            e => e.Class == EventClasses.Mobilize);
    }

    [Fact]
    public void A_strike_noun_coordinated_before_a_weapon_names_a_kind_of_weapon()
    {
        Assert.DoesNotContain(Analyze("The new package holds 300 strike and reconnaissance drones for the navy.\n"),
            e => e.Class == EventClasses.Assault);
    }

    [Fact]
    public void A_bare_attack_noun_with_no_party_place_time_or_figure_is_not_one_act()
    {
        Assert.DoesNotContain(Analyze("Scattered explosions go on, one after another.\n"), e => e.Class == EventClasses.Assault);
        Assert.Contains(Analyze("Scattered explosions shook Kharkiv on Monday.\n"), e => e.Class == EventClasses.Assault);
    }
}
