using Sitrep.Events;
using Sitrep.Pipeline;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Events;

/// <summary>
/// The nominal round (docs/events-rounds.md, "Nominal round"): a meeting named as the setting of a speech, after "at" and a
/// capitalized name ("speaking at the St. Petersburg International Economic Forum"), is no consultation, nor is the singular
/// noun "talk" without a partner ("all the talk about"); a request noun
/// that is the object of an answer, of its neglect or of a rejection ("responses to Russian security demands", "despite our
/// requests") names a request, not one made. The nominal2 round: a bare plural meeting noun with no date, place or party
/// ("at summits and forums") names a kind of meeting, a trigger after "please" is an imperative, and "every Ukrainian I
/// met" (a contact relative clause) describes a person. Sentences from articles
/// in no gold portion and from RAMS, through the real default pipeline.
/// </summary>
public sealed class EventNominalPipelineTests
{
    private static readonly DateOnly Published = new(2023, 7, 31);

    private static IReadOnlyList<Event> Events(string text)
        => Analyzer.EventsOfSentence(text, Published);

    [Fact]
    public void A_speech_at_a_named_forum_is_no_consultation()
        => Assert.DoesNotContain(Events("Speaking at the St. Petersburg International Economic Forum, Putin said the rest of the tactical nuclear "
            + "weapons Russia intends to move to Belarus would be transferred “by the end of the summer or by the end of the year.”"),
            e => e.Class == EventClasses.Consult);

    [Fact]
    public void A_speech_at_a_named_conference_is_no_consultation()
        => Assert.DoesNotContain(Events("President Zelensky delivered an impassioned and forthright speech at the Munich Security Conference on "
            + "Feb. 19 – one of the most important of his political career and in Ukraine’s history as an independent state."),
            e => e.Class == EventClasses.Consult);

    [Fact]
    public void A_meeting_on_the_sidelines_of_a_named_conference_stays()
        => Assert.Contains(Events("On the sidelines of the Munich Security Conference, Chairman of the Verkhovna Rada of Ukraine Ruslan "
            + "Stefanchuk met with the newly elected President of the Czech Republic, Petr Pavel."),
            e => e.Class == EventClasses.Consult);

    [Fact]
    public void A_visit_after_a_title_of_names_stays()
        => Assert.Contains(Events("Secretary of State Antony Blinken's visit to Kyiv on Thursday was designed to underline that message."),
            e => e.Class == EventClasses.Consult);

    [Fact]
    public void Talk_in_the_singular_is_speech_not_negotiation()
        => Assert.DoesNotContain(Events("And all the talk about the strategic necessity of Russia securing a land corridor to Crimea - which it "
            + "took after the full scale invasion - underscores the strategic importance of Crimea to Russian military thinking."),
            e => e.Class == EventClasses.Consult);

    [Fact]
    public void Talks_in_the_plural_stay_a_consultation()
        => Assert.Contains(Events("Talks between Putin and France’s President Macron this week were more conciliatory in tone."),
            e => e.Class == EventClasses.Consult);

    [Fact]
    public void Responses_to_demands_are_no_request()
        => Assert.DoesNotContain(Events("Last Wednesday, the United States and NATO delivered their written responses to Russian security demands, "
            + "offering Moscow what US Secretary of State Antony Blinken described as a diplomatic off-ramp from a dangerous path of escalation toward war."),
            e => e.Class == EventClasses.Request);

    [Fact]
    public void Acceding_to_demands_is_no_request()
        => Assert.DoesNotContain(Events("Clearly, Putin was blackmailing, getting Europe to accede to his demands to test their resolve and see "
            + "how firm they are in keeping commitments to punish Russia for its crimes."),
            e => e.Class == EventClasses.Request);

    [Fact]
    public void Requests_set_aside_by_despite_are_no_request()
        => Assert.DoesNotContain(Events("“The Russian Federation did not grant us such access, despite our requests,” Bogner said."),
            e => e.Class == EventClasses.Request);

    [Fact]
    public void Requests_not_responded_to_are_no_request()
        => Assert.DoesNotContain(Events("The Secret Service has n't responded to formal document requests ."),
            e => e.Class == EventClasses.Request);

    [Fact]
    public void A_demand_made_stays_a_request()
        => Assert.Contains(Events("Moscow demands binding security guarantees from the west that include a pledge to roll Nato forces out of "
            + "eastern Europe and to never expand into Ukraine."),
            e => e.Class == EventClasses.Request);

    [Fact]
    public void Summits_and_forums_in_a_bare_plural_are_no_consultation()
        => Assert.DoesNotContain(Events("I said this at summits and forums."), e => e.Class == EventClasses.Consult);

    [Fact]
    public void Regular_meetings_with_families_are_no_consultation()
        => Assert.DoesNotContain(Events("And no European leader knows what regular meetings with the families of the deceased are."),
            e => e.Class == EventClasses.Consult);

    [Fact]
    public void Eavesdropping_on_telephone_conversations_is_no_consultation()
        => Assert.DoesNotContain(Events("When we were searching for prisoners who had escaped a detention centre , Melis Turganbayev ( the former "
            + "interior minister ) came to me and said that they had been eavesdropping on telephone conversations of wives and mistresses of criminals ."),
            e => e.Class == EventClasses.Consult);

    [Fact]
    public void Bare_plural_meetings_with_a_date_and_a_place_stay()
        => Assert.Contains(Analyzer.EventsOfSentence("On Tuesday in Vilnius, meetings of the first day of the NATO summit were held, where, among others, focused on "
            + "discussing issues regarding Ukraine membership in the structures of the alliance.", new DateOnly(2023, 7, 12)),
            e => e.Class == EventClasses.Consult);

    [Fact]
    public void A_visit_after_please_is_an_imperative()
        => Assert.DoesNotContain(Events("For more information, please visit Onet"), e => e.Class == EventClasses.Consult);

    [Fact]
    public void A_person_described_by_a_contact_clause_is_no_consultation()
        => Assert.DoesNotContain(Events("The statue reflects the conviction of every Ukrainian I met."), e => e.Class == EventClasses.Consult);

    [Fact]
    public void People_we_meet_in_a_contact_clause_are_no_consultation()
        => Assert.DoesNotContain(Events("“ People we meet who are displaced took shelter in schools , in unfinished buildings and other facilities , "
            + "some of which are simply skeleton infrastructure ."), e => e.Class == EventClasses.Consult);

    [Fact]
    public void A_meeting_told_after_when_stays()
        => Assert.Contains(Events("When I met President Zelenskiy, together with colleagues from the Atlantic magazine a few weeks ago, his greatest "
            + "fear was that the victory in the battle for Kyiv meant that too many people would think the war over when it was just shifting to "
            + "a different, more deadly phase in the Donbas."), e => e.Class == EventClasses.Consult);
}
