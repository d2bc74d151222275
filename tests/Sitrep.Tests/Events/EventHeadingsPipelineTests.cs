using Sitrep.Events;
using Sitrep.Pipeline;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Events;

/// <summary>
/// The headings round (docs/events-rounds.md, "Headings round"): a line of its own of at most three words, with no verb, preposition,
/// possessive or number ("Conversation formats"), is a subheading that names the topic of the paragraphs below it, not an act.
/// A subheading with a verb ("– Putin accuses US –") or a party ("Emmanuel Macron's visit to China") tells one and stays.
/// Text from articles in no gold portion (and one development article), through the real default pipeline.
/// </summary>
public sealed class EventHeadingsPipelineTests
{
    private static readonly DateOnly Published = new(2022, 2, 13);

    private static IReadOnlyList<Event> Events(string text) => Analyzer.EventsOfSentence(text, Published);

    [Fact]
    public void A_topic_subheading_is_no_consultation()
        => Assert.DoesNotContain(Events("- These repercussions have been carefully prepared and will be immediately implemented with our "
            + "allies in Europe and NATO - assured Scholz in Berlin.\n\nConversation formats\n\n"), e => e.Class == EventClasses.Consult);

    [Fact]
    public void A_subheading_with_a_verb_stays()
        => Assert.Contains(Events("Advertisement\n\n– Putin accuses US –\n\n"), e => e.Class == EventClasses.Accuse);

    [Fact]
    public void A_subheading_with_a_party_stays()
        => Assert.Contains(Events("Emmanuel Macron's visit to China\n\n"), e => e.Class == EventClasses.Consult);
}
