using System.Collections.Frozen;
using Sitrep.Pipeline;

namespace Sitrep.Events;

/// <summary>
/// Times and places that do not date or locate the act, found in the audit round (issue 6, docs/events-rounds.md "Dates and
/// places audited on fresh articles") by judging every event coded on 40 unlabelled articles. A deadline that has not
/// passed does not date an act; a place after "with" is a party, not a location; a country that is the subject of another
/// verb acts, it does not locate.
/// </summary>
internal sealed partial class EventCoder
{
    /// <summary>Prepositions that make the time after them a limit ("before the end of the year", "by March", "until 2025").</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> DeadlinePrepositions = Words(
        "before", "by", "until", "till", "through");

    /// <summary>
    /// "called for the negotiation process to start before the end of the year": a time after before/by/until that has not
    /// ended by the publication date (it holds that date or lies after it) is a limit set for something still to come, not
    /// when the act of the sentence happened. A passed limit ("before February 2022") may still tell a past act's time.
    /// </summary>
    private bool IsOpenDeadline(Sentence sentence, TimeExpression time)
    {
        if (doc.Published is not { } published || EventDates.Start(time.Value) is not { } start)
        {
            return false;
        }

        int t = TokenAt(sentence, time.Span.Start);
        if (t <= sentence.FirstToken)
        {
            return false;
        }

        var w = Word(t - 1);
        bool limit = DeadlinePrepositions.Contains(w)
            || (w.Equals("of", StringComparison.OrdinalIgnoreCase) && t - 2 >= sentence.FirstToken && Word(t - 2).Equals("ahead", StringComparison.OrdinalIgnoreCase));
        return limit && (start > published || EventDates.AgreeAtGoldPrecision(time.Value, Iso(published)));
    }

    /// <summary>
    /// "Russia's new oil and gas deal with China", "talks with Russia remain out of the question", "its border with Ukraine":
    /// a place right after "with" names a party or a reference, never where the act happened. A place right after "by" in
    /// the sentence of an act of force names an agent ("a counter-attack by Kyiv in the south",
    /// "blown up recently by Russia", "the declaration made by Moscow of non-strategic nuclear drills"; a meeting "hosted by
    /// Sofia" is held there, so not for other classes), and a country whose border the sentence names is the
    /// reference of the border, not where troops near it stand ("troops along the Ukraine border", "on the eastern border of
    /// Ukraine", "the border between Ukraine and ..."): the labels give such a deployment no place.
    /// </summary>
    private bool IsPartyOrReference(Sentence sentence, PlaceMention p, string eventClass)
    {
        int t = TokenAt(sentence, p.Span.Start);
        if (p.Level == PlaceLevels.Country && IsBorderReference(sentence, t, TokenAt(sentence, p.Span.End - 1) + 1))
        {
            return true;
        }

        if (t > sentence.FirstToken && Word(t - 1).Equals("the", StringComparison.OrdinalIgnoreCase))
        {
            t--;
        }

        return t > sentence.FirstToken && Word(t - 1) is var w
            && (w.Equals("with", StringComparison.OrdinalIgnoreCase) || (IsForceClass(eventClass) && w.Equals("by", StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary>The country's tokens [first, next) stand right before "border(s)" or right after "border(s) of" or "border(s) between".</summary>
    private bool IsBorderReference(Sentence sentence, int first, int next)
    {
        if (next < sentence.EndToken && BorderNouns.Contains(Word(next)))
        {
            return true;
        }

        int before = first - 1;
        if (before > sentence.FirstToken && Word(before).Equals("the", StringComparison.OrdinalIgnoreCase))
        {
            before--;
        }

        return before > sentence.FirstToken && Word(before) is var w
            && (w.Equals("of", StringComparison.OrdinalIgnoreCase) || w.Equals("between", StringComparison.OrdinalIgnoreCase))
            && BorderNouns.Contains(Word(before - 1));
    }

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> BorderNouns = Words("border", "borders", "frontier");

    /// <summary>
    /// "He added that Russia focused its attention on gas facilities", "Perhaps Russia believes it can break the resolve": a
    /// country that is the subject of an active finite verb (not after a preposition, not "is"/"was" or "has been") acts in
    /// its clause; when it is not the event's actor it is another actor, not where the event happened.
    /// </summary>
    private bool IsActingCountry(Sentence sentence, PlaceMention p)
    {
        if (p.Level != PlaceLevels.Country)
        {
            return false;
        }

        int first = TokenAt(sentence, p.Span.Start);
        int next = TokenAt(sentence, p.Span.End - 1) + 1;
        if (next >= sentence.EndToken || doc.Tokens[next].Pos is not ("VBZ" or "VBD" or "VBP" or "MD") || InPrepositionalPhrase(sentence, first))
        {
            return false;
        }

        var verb = Word(next);
        if (BeForms.Contains(verb))
        {
            return false;
        }

        // "Ukraine has been shelled": a passive subject undergoes the act and may be where it happened.
        return !(next + 1 < sentence.EndToken && Word(next + 1).Equals("been", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Third-person "be" and its contraction, and the linking verbs a country takes as the one described.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> BeForms = Words(
        [.. Factuality.ThirdPersonBe, "'s", "’s", "remains", "remained", "becomes", "became", "gets", "got"]);
}
