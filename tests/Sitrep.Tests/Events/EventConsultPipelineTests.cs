using Sitrep.Events;
using Sitrep.Pipeline;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Events;

/// <summary>
/// The consult2 round (docs/events-rounds.md, "Consult2 round"): a call with a party ("during a call with", "spoke by phone") is a
/// consultation, a call with the press is a briefing; "meet" before a need, a standard or a reaction ("meet the requirements",
/// "met with criticism") is no meeting. Each case on a sentence of its own, through the real default pipeline.
/// </summary>
public sealed class EventConsultPipelineTests
{
    private static readonly DateOnly Published = new(2024, 5, 10);

    private static IReadOnlyList<Event> Events(string text)
        => Analyzer.EventsOfSentence(text, Published);

    [Fact]
    public void A_call_with_a_foreign_leader_is_a_consultation()
        => Assert.Contains(Events("The Finnish president, during a call with Polish President Andrzej Duda on Tuesday, raised the border closures."),
            e => e.Class == EventClasses.Consult);

    [Fact]
    public void Two_ministers_speaking_by_phone_is_a_consultation()
        => Assert.Contains(Events("Wadephul and Sikorski spoke by phone on Tuesday about the border crossings."),
            e => e.Class == EventClasses.Consult);

    [Fact]
    public void A_call_with_journalists_is_no_consultation()
        => Assert.DoesNotContain(Events("The spokesman said during a daily call with journalists on Tuesday that the border stays open."),
            e => e.Class == EventClasses.Consult);

    [Fact]
    public void A_phone_call_with_reporters_is_no_consultation()
        => Assert.DoesNotContain(Events("A senior official told reporters during a phone call on Tuesday that the convoy had arrived."),
            e => e.Class == EventClasses.Consult);

    [Fact]
    public void Speaking_on_condition_of_anonymity_is_no_consultation()
        => Assert.DoesNotContain(Events("The official spoke on condition of anonymity about the border crossings on Tuesday."),
            e => e.Class == EventClasses.Consult);

    [Fact]
    public void Meeting_a_requirement_is_no_meeting()
        => Assert.DoesNotContain(Events("The new brigades meet the standards of the alliance, the ministry said on Tuesday."),
            e => e.Class == EventClasses.Consult);

    [Fact]
    public void Meeting_with_criticism_is_no_meeting()
        => Assert.DoesNotContain(Events("The proposal met with strong criticism from the Polish government."),
            e => e.Class == EventClasses.Consult);

    [Fact]
    public void Meeting_a_minister_is_still_a_meeting()
        => Assert.Contains(Events("The Lithuanian president met with the Polish defence minister in Vilnius on Tuesday."),
            e => e.Class == EventClasses.Consult);

    [Fact]
    public void A_national_security_meeting_is_no_consultation()
        => Assert.DoesNotContain(Events("On Tuesday, the Hungarian prime minister chaired a national security meeting."),
            e => e.Class == EventClasses.Consult);

    [Fact]
    public void A_meeting_with_ones_own_generals_is_no_consultation()
        => Assert.DoesNotContain(Events("After a meeting with Generals Tarnavskyi and Naiev on Tuesday, the president ordered new fortifications."),
            e => e.Class == EventClasses.Consult);

    [Fact]
    public void A_meeting_of_a_foreign_minister_is_still_a_consultation()
        => Assert.Contains(Events("After a meeting with the Estonian foreign minister on Tuesday, the president ordered new fortifications."),
            e => e.Class == EventClasses.Consult);

    [Fact]
    public void Two_leaders_who_talked_consulted()
        => Assert.Contains(Events("On Tuesday, Erdogan talked to Vladimir Putin on the sidelines of the summit in Astana."),
            e => e.Class == EventClasses.Consult);

    [Fact]
    public void Speaking_with_a_titled_leader_is_a_consultation()
        => Assert.Contains(Events("Chancellor Scholz spoke with President Duda on Tuesday about the border."),
            e => e.Class == EventClasses.Consult);

    [Fact]
    public void Speaking_to_the_media_is_no_consultation()
        => Assert.DoesNotContain(Events("Speaking to Lithuanian media on Tuesday, the president said the border stays open."),
            e => e.Class == EventClasses.Consult);

    [Fact]
    public void Speaking_to_students_is_no_consultation()
        => Assert.DoesNotContain(Events("Speaking to students at the Polish Academy of Sciences on Tuesday, the minister said the border stays open."),
            e => e.Class == EventClasses.Consult);

    [Fact]
    public void Speaking_with_a_counterpart_is_a_consultation()
        => Assert.Contains(Events("The Latvian foreign minister spoke with his Polish counterpart on Tuesday about the border."),
            e => e.Class == EventClasses.Consult);
}
