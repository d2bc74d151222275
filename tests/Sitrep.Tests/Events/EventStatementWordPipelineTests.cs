using Sitrep.Events;
using Sitrep.Pipeline;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Events;

/// <summary>
/// The statement rows of the lexicon2 round (docs/events-rounds.md, "Lexicon2 round"): words of blame and rejection the lexicon
/// lacked, each on a sentence of its own, through the real default pipeline.
/// </summary>
public sealed class EventStatementWordPipelineTests
{
    private static readonly DateOnly Published = new(2024, 5, 10);

    private static IReadOnlyList<Event> Events(string text)
        => Analyzer.EventsOfSentence(text, Published);

    [Fact]
    public void Deploring_an_act_is_an_accusation()
        => Assert.Contains(Events("Finland deplored Russia's seizure of the cargo ships on 7 May."),
            e => e.Class == EventClasses.Accuse);

    [Fact]
    public void Summoning_an_ambassador_is_an_accusation()
        => Assert.Contains(Events("Lithuania summoned the Belarusian ambassador over the balloon incursions on 7 May."),
            e => e.Class == EventClasses.Accuse);

    [Fact]
    public void Summoning_reserves_is_no_accusation()
        => Assert.DoesNotContain(Events("The general summoned fresh reserves to the front on 7 May."),
            e => e.Class == EventClasses.Accuse);

    [Fact]
    public void Ruling_out_a_step_is_a_rejection()
        => Assert.Contains(Events("Norway ruled out sending combat aircraft to the region on 7 May."),
            e => e.Class == EventClasses.Reject);

    [Fact]
    public void Not_ruling_out_a_step_is_no_rejection()
        => Assert.DoesNotContain(Events("Norway did not rule out sending combat aircraft to the region on 7 May."),
            e => e.Class == EventClasses.Reject);

    [Fact]
    public void Railing_against_a_party_is_an_accusation()
        => Assert.Contains(Events("The Hungarian premier railed against Brussels over the frozen funds on 7 May."),
            e => e.Class == EventClasses.Accuse);

    [Fact]
    public void A_rail_link_is_no_accusation()
        => Assert.DoesNotContain(Events("The rail link to Lviv reopened on 7 May."),
            e => e.Class == EventClasses.Accuse);

    [Fact]
    public void Dismissing_a_proposal_is_a_rejection()
        => Assert.Contains(Events("Georgia dismissed the Belarusian proposal for a transit corridor on 7 May."),
            e => e.Class == EventClasses.Reject);

    [Fact]
    public void Dismissing_an_official_is_no_rejection()
        => Assert.DoesNotContain(Events("The governor dismissed two district officials on 7 May."),
            e => e.Class == EventClasses.Reject);

    [Fact]
    public void Declining_to_send_weapons_is_a_rejection()
        => Assert.Contains(Events("Austria declined to send armoured vehicles to Kyiv on 7 May."),
            e => e.Class == EventClasses.Reject);

    [Fact]
    public void Declining_to_comment_is_no_rejection()
        => Assert.DoesNotContain(Events("The ministry declined to comment on the explosions near Kherson on 7 May."),
            e => e.Class == EventClasses.Reject);

    // Recall3 round: "stand with" a party is a statement of support (fresh text, RAMS), and an -ing form after a
    // possessive pronoun is a noun ("their standing with the party's base", RAMS).
    [Fact]
    public void Standing_firmly_with_a_people_is_support()
        => Assert.Contains(Events("The statement says that Crimea Platform participants stand firmly with the people of Ukraine as they bravely face Russia's military aggression."),
            e => e.Class == EventClasses.Support);

    [Fact]
    public void Standing_in_solidarity_with_a_people_is_support()
        => Assert.Contains(Events("\"The United States stands in solidarity with the people of Ukraine in the face of Russia's continued aggression,\" Garland said in a statement Tuesday."),
            e => e.Class == EventClasses.Support);

    [Fact]
    public void Proudly_standing_with_a_group_is_support()
        => Assert.Contains(Events("\"We are proudly standing with our transgender and gender non-confirming New Yorkers,\" Mayor Bill de Blasio said."),
            e => e.Class == EventClasses.Support);

    [Fact]
    public void A_politicians_standing_with_a_base_is_no_support()
        => Assert.DoesNotContain(Events("But Cruz's relentless jibes at his colleagues' conservative bona fides has piqued them more because it undermines their standing with the party's base."),
            e => e.Class == EventClasses.Support);
}
