using Sitrep.Events;
using Sitrep.Pipeline;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Events;

/// <summary>
/// The meetfalse round (docs/events-rounds.md, "Meetfalse round"): a meeting noun that begins the sentence as its definite or
/// possessive subject and is described ("Friday's meeting was productive", "The visit ... comes as tensions ...", "It was the
/// first official visit of such level") retells a meeting an earlier sentence has told; the description is no record of its
/// own. With no meeting told before ("The talks came as ..." opening a RAMS window) it stays. A verb of proposing or pressing
/// for an act ("suggest convening a summit", "insists on holding the TCG meeting", "has advocated ... invading Syria") makes the
/// noun or gerund after it hypothetical, as a possibility noun does. Sentences from articles in no gold
/// portion and from RAMS, through the real default pipeline.
/// </summary>
public sealed class EventMeetfalsePipelineTests
{
    private static readonly DateOnly Published = new(2022, 2, 11);

    private static IReadOnlyList<Event> Consults(string text)
        => [.. Analyzer.EventsOfSentence(text, Published).Where(e => e.Class == EventClasses.Consult)];

    [Fact]
    public void A_possessive_meeting_described_by_be_retells_the_meeting_told()
    {
        const string Told = "After joining with his Australian, Indian and Japanese counterparts for a meeting of the Quad in Melbourne, "
            + "Blinken made the case that allowing Russia to further invade Ukraine would have far wider consequences.";
        var consult = Assert.Single(Consults(Told + " Friday’s meeting was productive, said India’s minister of external affairs, Dr S. Jaishankar."));
        Assert.All(consult.Mentions, m => Assert.True(m.End <= Told.Length, "the record is the meeting told, not its description"));
    }

    [Fact]
    public void It_was_the_first_visit_retells_the_meeting_told()
    {
        const string Told = "Now I had another good meeting with the Minister of Foreign Affairs of the Kingdom of Saudi Arabia.";
        var consult = Assert.Single(Consults(Told + " It was the first official visit of such level by a representative of this country."));
        Assert.All(consult.Mentions, m => Assert.True(m.End <= Told.Length, "the record is the meeting told, not its description"));
    }

    [Fact]
    public void Talks_described_with_no_meeting_told_before_stay()
        => Assert.Single(Consults("Kerry believes the plan is the best chance to limit fighting that is driving thousands of Syrians into exile "
            + "in Europe. The talks came as opposition groups effectively surrendered the Damascus suburb of Daraya to the government after a "
            + "grueling four - year siege ."));

    [Fact]
    public void A_summit_suggested_is_no_consultation()
        => Assert.Empty(Consults("I also suggest convening a summit of permanent members of the UN Security Council in the coming weeks, with the "
            + "participation of Ukraine, Germany, and Turkey."));

    [Fact]
    public void A_meeting_insisted_on_is_no_consultation()
        => Assert.Empty(Consults("Yesterday and today, Ukraine insists on holding the TCG meeting."));

    [Fact]
    public void An_invasion_advocated_is_no_fight()
        => Assert.DoesNotContain(Analyzer.EventsOfSentence("' Innate hostility ' On the campaign trail , Mr Trump has advocated killing the "
            + "families of terrorists and invading Syria to eradicate the so - called Islamic State group and appropriate its oil .", Published),
            e => e.Class == EventClasses.Fight);

    [Fact]
    public void Aid_after_the_noun_advocate_stays()
        => Assert.Contains(Analyzer.EventsOfSentence("It’s no coincidence that Australia, a country that could have chosen to sit out this conflict, "
            + "has been such an enthusiastic advocate of the Ukrainian cause, even providing $70m-worth of defensive equipment.", Published),
            e => e.Class == EventClasses.Aid);

    // The proposal round (docs/events-rounds.md, "Proposal round"): "insisted" and "suggested" are verbs of reporting too; a noun with a
    // finite verb of its own after it is the subject of the reported clause, not what is proposed (the reviewer's sentence).
    [Fact]
    public void A_noun_that_heads_a_reported_clause_after_insisted_stays_an_act()
        => Assert.Contains(Analyzer.EventsOfSentence("Ukrainian officials insisted the missile strike on Kyiv on Monday was carried out by Russia.",
            Published), e => e.Class == EventClasses.Assault);

    // A bare verb after the noun is what a verb of proposing asks for, not a reported fact (a fresh article's sentence; another
    // rule drops its talks too, so the second sentence, written for the check, is the one that fails if a bare verb counted).
    [Fact]
    public void A_noun_with_a_bare_verb_after_recommended_stays_proposed()
    {
        Assert.Empty(Consults("Putin pal Henry Kissinger issued a statement that recommended talks begin but fighting continue until the "
            + "“pre-war line” is reached."));
        Assert.DoesNotContain(Analyzer.EventsOfSentence("The general recommended strikes on Russian positions continue through the winter.",
            Published), e => e.Class == EventClasses.Assault);
    }

    // "demanding" joins demand, demands, demanded (written after the fresh sentence "passed a resolution demanding Russia end its
    // occupation of the Zaporizhzhia nuclear power plant").
    [Fact]
    public void A_withdrawal_a_resolution_is_demanding_is_not_told()
        => Assert.DoesNotContain(Analyzer.EventsOfSentence("The board passed a resolution demanding Russia withdraw its forces from the plant.",
            Published), e => e.Class == EventClasses.Retreat);
}
