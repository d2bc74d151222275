using Sitrep.Events;
using Sitrep.Pipeline;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Events;

/// <summary>
/// The gathering round (docs/events-rounds.md, "Gathering round"): a meeting, summit, conference or forum that is the audience of a
/// statement ("remarks to the conference", "told a meeting") or its setting ("said at a solemn meeting", "made the statement
/// during a solemn meeting") is where the statement was made, not a consultation, when no party is named with it. A party after
/// its "of" or "with" ("addressed a meeting of foreign ministers of G7 nations"), a conference named by its capitalized name
/// ("during the Munich Safety Conference"), and a meeting that is the subject of what was said ("said the meeting was seen as a
/// step") stay. Sentences from articles in no gold portion and from RAMS, through the real default pipeline.
/// </summary>
public sealed class EventGatheringPipelineTests
{
    private static readonly DateOnly Published = new(2024, 5, 7);

    private static IReadOnlyList<Event> Consults(string text)
        => [.. Analyzer.EventsOfSentence(text, Published).Where(e => e.Class == EventClasses.Consult)];

    [Fact]
    public void A_statement_said_at_a_solemn_meeting_is_no_consultation()
        => Assert.Empty(Consults("MINSK, 7 May (BelTA) - Belarus should be ready for any scenario, although it is still hard to believe that "
            + "Western Europe has taken leave of its senses and will cross the line, Belarusian President Aleksandr Lukashenko said at a solemn "
            + "meeting on the occasion of Victory Day in Minsk on 7 May, BelTA has learned."));

    [Fact]
    public void A_statement_made_during_a_solemn_meeting_is_no_consultation()
        => Assert.Empty(Consults("Belarus President Aleksandr Lukashenko made the statement during a solemn meeting on the occasion of Victory "
            + "Day on 7 May, BelTA has learned."));

    [Fact]
    public void Remarks_to_the_conference_are_no_consultation()
        => Assert.Empty(Consults("In earlier remarks to the conference, Zelensky posed a question asking why Ukraine had not been permitted to "
            + "join NATO."));

    [Fact]
    public void A_meeting_with_inhabitants_where_a_politician_spoke_is_no_consultation()
        => Assert.Empty(Consults("\"The Germans did not settle accounts for us from World War II,\" Jarosław Kaczyński said at a meeting with the "
            + "inhabitants of Sochaczew."));

    [Fact]
    public void A_meeting_of_ministers_addressed_stays()
        => Assert.Single(Consults("NATO Secretary General Jens Stoltenberg and EU foreign policy chief Josep Borrell addressed a meeting of "
            + "foreign ministers of G7 nations meeting on the Italian resort island of Capri."));

    [Fact]
    public void A_named_conference_where_a_statement_was_made_stays()
        => Assert.Single(Consults("NATO Secretary General Jens Stoltenberg said during the Munich Safety Conference that he sent a message to "
            + "the head of the Russian Ministry of Foreign Affairs Sergei Ławrowa with an appeal that Russia would get involved in Dialog with "
            + "the Council of NATO."));

    [Fact]
    public void A_capitalized_gathering_with_no_party_in_its_name_stays()
        // Written for the check (no sentence of the data decides it: the names there hold a place, "the Munich Safety Conference",
        // which keeps the gathering on its own): a capitalized name is a conference of parties, not a mere audience.
        => Assert.Single(Consults("Ukrainian Foreign Minister Dmytro Kuleba told the Shangri-La Dialogue Forum on Saturday that Russia "
            + "was losing the war."));

    [Fact]
    public void A_meeting_that_is_the_subject_of_what_was_said_stays()
        => Assert.Single(Consults("Al Jazeera 's Natasha Ghoneim , reporting from Havana 's airport , said the meeting was seen as a step towards "
            + "healing the almost 1,000-year rift between the two churches ."));
}
