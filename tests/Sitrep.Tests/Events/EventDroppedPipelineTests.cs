using Sitrep.Events;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Events;

/// <summary>
/// Real acts that a drop rule removed (the dropped round): a party's document whose content an -ing participle tells is the
/// party's statement, while a participle after any other noun still describes it ("banners calling on the government",
/// <see cref="EventFactualityPipelineTests"/>).
/// </summary>
public sealed class EventDroppedPipelineTests
{
    private static readonly DateOnly Published = new(2022, 9, 16);

    // Fresh articles 20220916T013000Z_GB_en_70e7570205 and 20220211T121500Z_GB_en_3956c3804f: no request was recorded before the round.
    [Theory]
    [InlineData("The UN nuclear watchdog’s 35-nation board of governors passed a resolution demanding Russia end its occupation of the Zaporizhzhia nuclear power plant in southern Ukraine, Reuters reports.")]
    [InlineData("The meeting comes a week after China’s Xi Jinping and Vladimir Putin of Russia signed a joint statement calling on the west to “abandon the ideologised approaches of the cold war”.")]
    public void A_document_that_demands_or_calls_on_a_party_is_its_issuers_request(string sentence)
        => Assert.Contains(Analyzer.EventsOfSentence(sentence, Published), e => e.Class == EventClasses.Request);

    [Fact]
    public void Several_resolutions_condemning_a_party_stay_a_habit()
        => Assert.DoesNotContain(Analyzer.EventsOfSentence(
            "The UN General Assembly has voted on numerous resolutions condemning Russia’s war.", Published), e => e.Class == EventClasses.Accuse);
}
