using Sitrep.Events;
using Sitrep.Pipeline;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Events;

/// <summary>
/// The rules of the exchange round (docs/events.md, "Exchange round"): meetings, sanctions, agreements, support and aid told
/// as a standing state or in general rather than as one act. Each on sentences of its own, through the real default pipeline;
/// every case of the two negative theories gives an event on the code before the round (ddceb39).
/// </summary>
public sealed class EventExchangePipelineTests
{
    private static readonly DateOnly Published = new(2024, 5, 10);

    private static IReadOnlyList<Event> Events(string text)
        => Analyzer.EventsOfSentence(text, Published);

    [Theory]
    [InlineData("Despite the regime being sanctioned over the war, the fund raised its forecast for the economy.")]
    [InlineData("In connection with sanctions imposed after the annexation, the firm cut its output on Monday.")]
    [InlineData("Exports fell sharply on Monday because of sanctions imposed on the banks.")]
    [InlineData("Amid sanctions imposed by the West, the company moved its offices to Dubai on Monday.")]
    public void Sanctions_named_as_the_circumstance_of_another_clause_are_the_regime_in_force(string sentence)
        => Assert.DoesNotContain(Events(sentence), e => e.Class == EventClasses.Sanction);

    [Theory]
    [InlineData("The European Union imposed sanctions on three Belarusian banks on Monday.")]
    [InlineData("Exports fell after Canada imposed new sanctions on the banks on Monday.")]
    public void Sanctions_imposed_as_an_act_stay_events(string sentence)
        => Assert.Contains(Events(sentence), e => e.Class == EventClasses.Sanction);

    [Theory]
    [InlineData("The Moldovan president said on Tuesday she was still open to direct talks with the separatist leader.")]
    [InlineData("The envoy said on Monday his government was open to negotiations with Baku.")]
    [InlineData("\"Talks with Ankara are difficult,\" the adviser admitted.")]
    [InlineData("The minister said on Monday that the country had kept its principles during negotiations.")]
    public void Talks_named_as_a_stance_or_in_general_are_no_meeting(string sentence)
        => Assert.DoesNotContain(Events(sentence), e => e.Class == EventClasses.Consult);

    [Theory]
    [InlineData("The presidents of Poland and Lithuania began direct talks in Vilnius on Wednesday.")]
    [InlineData("The two foreign ministers held talks in Baku on Monday.")]
    [InlineData("The talks with Ankara were difficult, the adviser said on Monday.")]
    public void Talks_that_took_place_stay_meetings(string sentence)
        => Assert.Contains(Events(sentence), e => e.Class == EventClasses.Consult);
}
