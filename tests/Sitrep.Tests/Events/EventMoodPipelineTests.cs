using Sitrep.Events;
using Sitrep.Pipeline;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Events;

/// <summary>The mood round's governors (EventCoder.Mood.cs), each on a sentence of its own, with the act told as done beside it.</summary>
public sealed class EventMoodPipelineTests
{
    private static readonly DateOnly Published = new(2024, 5, 10);

    private static IReadOnlyList<Event> Analyze(string text)
        => Analyzer.EventsOfText(text, Published);

    [Fact]
    public void An_attack_in_the_object_of_without_is_not_coded()
    {
        var events = Analyze("Observers wonder how many weeks the army can hold its brigades in the marshes without either starting an offensive or pulling them back.\n");
        Assert.DoesNotContain(events, e => e.Class is EventClasses.Fight or EventClasses.Retreat);
    }

    [Fact]
    public void An_attack_before_without_is_still_coded()
    {
        var events = Analyze("On Monday, enemy artillery shelled the port of Odesa without warning.\n");
        Assert.Contains(events, e => e.Class == EventClasses.Assault);
    }

    [Fact]
    public void Aid_after_rather_than_is_not_coded()
    {
        var events = Analyze("The parliament in Oslo spent the spring debating the budget rather than supplying the howitzers.\n");
        Assert.DoesNotContain(events, e => e.Class == EventClasses.Aid);
    }

    [Fact]
    public void An_act_in_the_complement_of_a_noun_of_chance_is_not_coded()
    {
        var events = Analyze("Officers in Riga privately rate the brigade's chances for recapturing the two villages as poor.\n");
        Assert.DoesNotContain(events, e => e.Class == EventClasses.Fight);
    }

    [Fact]
    public void A_withdrawal_after_needed_to_is_not_coded()
    {
        var events = Analyze("The envoy said on Tuesday that the occupying battalions needed to cease firing and withdraw from the island.\n");
        Assert.DoesNotContain(events, e => e.Class == EventClasses.Retreat);
    }

    [Fact]
    public void An_attack_after_in_the_event_of_is_not_coded()
    {
        var events = Analyze("Monitors left the border posts last week to keep them out of harm's way in the event of an enemy assault on the crossing.\n");
        Assert.DoesNotContain(events, e => e.Class == EventClasses.Assault);
    }

    [Fact]
    public void A_base_form_act_coordinated_with_an_infinitive_is_not_coded()
    {
        var events = Analyze("Analysts said the best course was to hold the line and negotiate a truce with Moscow.\n");
        Assert.DoesNotContain(events, e => e.Class == EventClasses.Consult);
    }

    [Fact]
    public void A_past_act_coordinated_after_and_is_still_coded()
    {
        var events = Analyze("On Monday the brigades crossed the river at night and destroyed the enemy depots near Kherson.\n");
        Assert.Contains(events, e => e.Class == EventClasses.Assault);
    }

    [Fact]
    public void A_reported_was_to_act_is_coded()
    {
        // A fresh Polish article's word-for-word "miał" (reportedly did).
        var events = Analyze("As the Reuters agency recently reported, citing sources close to the Russian leader, Vladimir Putin shortly after the invasion of 24 February was to reject the preliminary peace agreement with Ukraine.\n");
        Assert.Contains(events, e => e.Class == EventClasses.Reject);
    }

    [Fact]
    public void A_reported_was_to_act_coordinated_with_a_base_form_is_coded()
    {
        var events = Analyze("According to the Ukrainian side, the negotiations were only a \"smoke veil\" (more in the material: Vladimir Putin was to get an offer on Ukraine and reject it).\n");
        Assert.Contains(events, e => e.Class == EventClasses.Reject);
    }

    [Fact]
    public void A_was_to_plan_with_no_report_stays_dropped()
    {
        var events = Analyze("The Polish president was to meet the Lithuanian leader in Vilnius next week to discuss the deployment.\n");
        Assert.DoesNotContain(events, e => e.Class == EventClasses.Consult);
    }

    [Fact]
    public void A_was_to_plan_in_a_relative_clause_after_a_report_stays_dropped()
    {
        var events = Analyze("Reuters reported on Monday that the president cancelled the trip to Vilnius, where he was to meet the Lithuanian leader.\n");
        Assert.DoesNotContain(events, e => e.Class == EventClasses.Consult);
    }
}
