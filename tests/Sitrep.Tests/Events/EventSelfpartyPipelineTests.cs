using Sitrep.Events;
using Sitrep.Pipeline;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Events;

/// <summary>
/// The selfparty round (docs/events-rounds.md, *Selfparty round*): a verb after "and" shares the subject of the verb it is coordinated
/// with; the nearest mention before it is often that verb's object or a party inside what it reports. Sentences from fresh
/// articles and WikiEvents.
/// </summary>
public sealed class EventSelfpartyPipelineTests
{
    private static readonly DateOnly Published = new(2022, 9, 16);

    private static IReadOnlyList<Event> EventsOf(string sentence) => Analyzer.EventsOfSentence(sentence, Published);

    private static bool HasActor(Event e, string name) => e.Actors.Any(a => a.Name == name);

    [Fact]
    public void The_object_of_the_first_verb_is_not_the_subject_of_the_second()
        => Assert.Contains(EventsOf("Vladimir Putin thanked the Chinese leader, Xi Jinping, for his “balanced” approach to the Ukraine crisis and blasted Washington’s “ugly” policies, at a meeting that followed the recent setbacks for Moscow on the battlefield."),
            e => e.Class == EventClasses.Accuse && HasActor(e, "Russia") && !HasActor(e, "China"));

    [Fact]
    public void A_party_inside_what_the_first_verb_reports_is_not_the_subject_of_the_second()
        => Assert.Contains(EventsOf("Speaking alongside EU Commission President Ursula von der Leyen, Mr Zelensky said Russia was \"increasing the pace of adaptation to sanctions\" and urged the EU leader to impose additional restrictions on the Russian economy."),
            e => e.Class == EventClasses.Request && HasActor(e, "Ukraine") && !HasActor(e, "Russia"));

    [Fact]
    public void A_mention_that_modifies_the_subject_s_noun_is_still_the_subject()
        => Assert.Contains(EventsOf("Moscow's troops also attempt to encircle Kyiv and heavily bombard Ukraine's second largest city, Kharkiv, near the Russian border."),
            e => e.Class == EventClasses.Assault && HasActor(e, "Russia") && !HasActor(e, "Ukraine"));

    [Fact]
    public void A_subject_before_a_progressive_verb_is_shared()
        => Assert.Contains(EventsOf("Last night the UDA leaders were meeting in emergency session in a house in the city and refused to comment on their plans."),
            e => e.Class == EventClasses.Reject && HasActor(e, "UDA"));

    [Fact]
    public void A_pronoun_after_comma_and_takes_up_the_first_verb_s_subject()
        => Assert.Contains(EventsOf("Kelly urged the U.S. to continue to support Ukraine and oppose Russia, and he accused Russian President Vladimir Putin of killing women and children and committing war crimes."),
            e => e.Class == EventClasses.Accuse && !HasActor(e, "Russia") && e.Targets.Any(a => a.Name == "Russia"));

    [Fact]
    public void A_subject_before_an_appositive_in_brackets_is_shared()
        => Assert.Contains(EventsOf("When we were searching for prisoners who had escaped a detention centre, Melis Turganbayev (the former interior minister) came to me and said that they had been eavesdropping on telephone conversations of wives and mistresses of criminals."),
            e => e.Class == EventClasses.Accuse && HasActor(e, "Melis Turganbayev"));
}
