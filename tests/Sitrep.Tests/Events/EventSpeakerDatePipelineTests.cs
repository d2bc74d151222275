using Sitrep.Events;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Events;

/// <summary>
/// The speaker-date rule of the stmtdate round (docs/events-rounds.md, "Stmtdate round"): a statement with no time of its own, voiced
/// by the speaker of the sentences just before, takes the day those sentences give the saying. Sentences from unlabelled
/// articles, through the real default pipeline.
/// </summary>
public sealed class EventSpeakerDatePipelineTests
{
    [Fact]
    public void A_statement_of_the_speaker_named_again_takes_the_day_of_the_saying_before_it()
    {
        // Published on the Wednesday; the undated lead keeps the lead-day rule out. The chain runs back through "he said" and a
        // quotation with no cue of its own to "on Monday".
        const string text =
            "And Russia has denied it intends to launch an attack. Russian officials said NATO must promise not to allow Ukraine "
            + "to join the alliance, among other demands, which the United States and NATO have rejected.\n\n"
            + "Russia Ambassador Vasily Nebenzya on Monday slammed the West, claiming it is trying to will a Ukrainian war into "
            + "existence.\n\n\"The deployment of Russian troops within our own territory has frequently occurred on varying scales "
            + "before and has not caused any hysterics whatsoever,\" he said. \"The discussions about a threat of war is provocative "
            + "in it of itself.\"\n\nNebenzya added: \"You are almost calling for this, you want it to happen, you are waiting for it "
            + "to happen as if you want to make your words become a reality.\"\n";
        var events = Analyzer.EventsOfText(text, new DateOnly(2022, 2, 2));
        var request = Assert.Single(events, e => e.Class == EventClasses.Request && e.Evidence.Start >= text.IndexOf("Nebenzya added", StringComparison.Ordinal));
        Assert.Equal("2022-01-31", request.Date?.Value);
        Assert.False(request.Date?.FromPublished);
    }

    [Fact]
    public void A_statement_the_speaker_also_made_takes_the_day_of_the_first()
    {
        // Published just after midnight on the Friday; "Biden asked" is Thursday's, and so is what he "also requested".
        const string text =
            "Russia hit Kyiv with cruise missile strikes in a menacing display of defiance while the UN secretary general was "
            + "visiting the city and a few hours after Joe Biden had announced a doubling of US military and economic aid to Ukraine.\n\n"
            + "Thursday’s missile strikes came hours after Biden asked Congress to give immediate approval for spending that would "
            + "include over $33bn in military aid.\n\nBiden also requested $8.5bn in economic aid to Kyiv and $3bn in humanitarian "
            + "relief.\n";
        var events = Analyzer.EventsOfText(text, new DateOnly(2022, 4, 29));
        var request = Assert.Single(events, e => e.Class == EventClasses.Request && e.Evidence.Start >= text.IndexOf("Biden also", StringComparison.Ordinal));
        Assert.Equal("2022-04-28", request.Date?.Value);
    }

    [Fact]
    public void A_month_in_a_clause_of_the_sentence_before_is_not_the_day_of_the_saying()
    {
        // "this month" dates the discovery of the bodies, not Guterres's appeal.
        var events = Analyzer.EventsOfText(
            "In nearby Bucha, where dozens of civilian bodies, some with their hands tied, were discovered this month, Guterres "
            + "backed an investigation by the international criminal court into possible war crimes in Ukraine. “I appeal to the "
            + "Russian Federation to accept, to cooperate with the ICC,” he said.\n", new DateOnly(2022, 4, 29));
        var request = Assert.Single(events, e => e.Class == EventClasses.Request);
        Assert.True(request.Date?.FromPublished);
    }
}
