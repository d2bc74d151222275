using Sitrep.Events;
using Sitrep.Pipeline;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Events;

/// <summary>
/// The twosource round (docs/events-rounds.md, "Twosource round"): one statement retold on the same day under a source written two
/// ways: the speaker named as one mention's actor and as the other's source, or an acronym and the full name. Sentences from
/// fresh articles (the Guardian, 12 February 2022; the Ukrainian foreign ministry's statement of 21 February 2022).
/// </summary>
public sealed class EventTwosourcePipelineTests
{
    private const string Lavrov = "Markets fell on Friday.\n\nThe Russian foreign minister, Sergei Lavrov, accused the US of seeking to "
        + "provoke a conflict in Ukraine during a call with his US counterpart, Antony Blinken, the Russian foreign ministry said.\n\n";

    private static IReadOnlyList<Event> Analyze(string text, DateOnly published)
        => Analyzer.EventsOfText(text, published);

    [Fact]
    public void The_speaker_named_as_actor_and_then_as_source_tells_one_statement()
    {
        var accusations = Analyze(Lavrov + "Lavrov said that “the propaganda campaign unleashed by the United States and its allies "
            + "concerning ‘Russian aggression’ against Ukraine pursues provocative goals”, the Russian foreign ministry reported.\n",
            new DateOnly(2022, 2, 12)).Where(e => e.Class == EventClasses.Accuse).ToList();
        var accusation = Assert.Single(accusations);
        Assert.Equal(2, accusation.Mentions.Count);
    }

    [Fact]
    public void Another_speaker_of_the_same_party_tells_another_statement()
    {
        var accusations = Analyze(Lavrov + "Peskov said that “the propaganda campaign unleashed by the United States and its allies "
            + "concerning ‘Russian aggression’ against Ukraine pursues provocative goals”.\n",
            new DateOnly(2022, 2, 12)).Where(e => e.Class == EventClasses.Accuse).ToList();
        Assert.Equal(2, accusations.Count);
    }

    [Fact]
    public void An_acronym_and_the_full_name_are_one_source()
    {
        var requests = Analyze("Markets fell on Monday.\n\nThe MFA expresses its gratitude to the states that provide Ukraine with "
            + "political and practical support in order to strengthen its defence resilience and calls for further intensification of "
            + "bilateral military-technical cooperation to this end.\n\n“Russia must de-escalate, withdraw its military forces from "
            + "Ukraine's sovereign territory and stop destabilizing the international security situation,” the Ministry of Foreign "
            + "Affairs of Ukraine underscores.\n", new DateOnly(2022, 2, 21)).Where(e => e.Class == EventClasses.Request).ToList();
        var request = Assert.Single(requests);
        Assert.Equal(2, request.Mentions.Count);
    }
}
