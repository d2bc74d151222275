using System.Collections.Frozen;
using Sitrep.Pipeline;

namespace Sitrep.Events;

/// <summary>
/// The background round (issue 6, docs/events-rounds.md): the war, the invasion or a campaign named as the circumstance or the time
/// of another clause ("despite the fighting", "amid the ongoing counteroffensive", "six months after Russia invaded the
/// country", "even as the fighting grinds on"), not reported as an act of the article. A placed or dated act told the same way
/// ("amid shelling of Kharkiv on Sunday") stays: only a campaign noun whose own phrase gives no date, no place below a country
/// and no figure is read as background.
/// </summary>
internal sealed partial class EventCoder
{
    /// <summary>How many words may stand between a word of circumstance and the campaign noun it governs ("amid the ongoing Ukrainian counteroffensive").</summary>
    private const int CampaignCircumstanceReach = 5;

    /// <summary>How many words may stand between "after" or "when" and the onset verb of its clause ("before President Putin launched his full invasion").</summary>
    private const int OnsetClauseReach = 6;

    /// <summary>How many words after a campaign noun the verb that tells it going on may stand ("as the fighting grinds on").</summary>
    private const int GoingOnReach = 2;

    /// <summary>How many modifiers before an invasion noun may hold its date ("Russia's February 24, 2022 invasion").</summary>
    private const int OwnDateModifierReach = 6;

    /// <summary>How many words after an invasion noun its own date may start ("the invasion of Ukraine in March").</summary>
    private const int OwnDateReach = 4;

    /// <summary>Lemmas that name the war or a campaign as a whole rather than one act.</summary>
    private static readonly FrozenSet<string> CampaignLemmas = new[]
    {
        "invasion", "offensive", "counteroffensive", "fighting",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Prepositions and subordinators of time or circumstance that make the noun they govern a setting.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CampaignCircumstanceWords = Words(
        "after", "since", "despite", "amid", "amidst", "during", "following", "throughout", "before", "until");

    /// <summary>Nouns that, with "of", make a campaign noun a point or stretch of time ("the start of", "in the midst of").</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> StretchNouns = Words(
        [.. OnsetNounWords, "midst", "course", "eve", "height", "months", "weeks", "days", "years"]);

    /// <summary>Verbs that tell a campaign going on ("the fighting rages", "as the war drags on").</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> GoingOnVerbs = Words(
        "continue", "continues", "continued", "continuing", "rage", "rages", "raged", "raging", "grind", "grinds", "grinding",
        "drag", "drags", "dragged", "dragging", "persist", "persists", "persisted", "wear", "wears", "rumble", "rumbles");

    /// <summary>Words that end the noun phrase of a campaign noun before its clause goes on.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PhraseEnds = Words(
        "and", "but", "or", "which", "that", "who", "when", "while", "as", "where", "because", "so");

    /// <summary>
    /// The war or a campaign named as the circumstance or time of another clause: a campaign noun governed by a word of
    /// circumstance, a stretch noun + "of", or telling it going on; or an onset verb in an "after"/"when" clause. Its own phrase
    /// gives no date, no place below a country and no figure.
    /// </summary>
    private bool IsWarBackground(Sentence sentence, int t, bool asVerb, TriggerSense sense)
    {
        if (sense.Class is not (EventClasses.Fight or EventClasses.Assault))
        {
            return false;
        }

        // "six months after Russia invaded the country", "when the unprovoked Russian invasion began", "two months after Russia
        // launched its invasion": the onset of the war as the time of another clause.
        if (IsOnset(sense) && InOnsetClause(sentence, t) && !PhraseAnchored(sentence, t) && (asVerb || !NamesOwnDate(sentence, t)))
        {
            return true;
        }

        if (asVerb)
        {
            return false;
        }

        if (!CampaignLemmas.Contains(sense.Lemma))
        {
            return false;
        }

        // "before Russia's February 24 invasion": a date among the noun's modifiers anchors it as one after it does.
        return (GovernedByCircumstance(sentence, t) || ToldGoingOn(sentence, t)) && !PhraseAnchored(sentence, t) && !NamesOwnDate(sentence, t);
    }

    private static bool IsOnset(TriggerSense sense)
        => IsOnsetNoun(sense) || sense.Lemma.Equals("invade", StringComparison.OrdinalIgnoreCase);

    /// <summary>The invasion noun: the lexicon's sense whose cue is an onset verb ("began", "launched").</summary>
    private static bool IsOnsetNoun(TriggerSense? sense) => sense?.CueName == "onset";

    /// <summary>"despite the fighting", "amid the ongoing Ukrainian counteroffensive", "at the start of Ukraine's summer offensive".</summary>
    private bool GovernedByCircumstance(Sentence sentence, int t)
        => GovernedFromLeft(sentence, t, CampaignCircumstanceReach, CampaignCircumstanceWords, static (coder, sentence, i) => coder.CampaignPhraseStep(sentence, i));

    /// <summary>
    /// One word left of a campaign noun: "of" after a stretch noun governs it, after any other word ends the search; only the
    /// noun's own determiners, modifiers and possessor go on.
    /// </summary>
    private bool? CampaignPhraseStep(Sentence sentence, int i)
    {
        var w = Word(i);
        if (w.Equals("of", StringComparison.OrdinalIgnoreCase))
        {
            return i > sentence.FirstToken && StretchNouns.Contains(Word(i - 1));
        }

        // A verb, another preposition or punctuation (other than a possessive's apostrophe or a hyphen) ends the search.
        return (doc.Tokens[i].Kind == TokenKind.Punctuation ? !(w is "'" or "’" or "-") : !IsModifierOrOwner(i)) ? false : null;
    }

    /// <summary>Reads one word left of a noun: true when it governs the noun, false when it ends the search, null to go on.</summary>
    private delegate bool? LeftStep(EventCoder coder, Sentence sentence, int i);

    /// <summary>
    /// Walks left from the noun at <paramref name="t"/>, at most <paramref name="reach"/> words: true at a word of
    /// <paramref name="circumstanceWords"/>, else as <paramref name="step"/> reads each word (the campaign and the sanctions
    /// rules differ only in what their noun phrase may hold).
    /// </summary>
    private bool GovernedFromLeft(Sentence sentence, int t, int reach, FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> circumstanceWords, LeftStep step)
    {
        for (int i = t - 1; i >= sentence.FirstToken && i >= t - reach; i--)
        {
            if (circumstanceWords.Contains(Word(i)))
            {
                return true;
            }

            if (step(this, sentence, i) is { } verdict)
            {
                return verdict;
            }
        }

        return false;
    }

    private bool IsModifierOrOwner(int i)
    {
        var w = Word(i);
        if (ActorMentions.IsPossessive(w))
        {
            return true;
        }

        if (doc.Tokens[i].Pos is not { } tag)
        {
            return !PhraseEnds.Contains(w);
        }

        return tag is "DT" or "PRP$" or "POS" or "JJ" or "JJR" or "JJS" or "NN" or "NNS" or "NNP" or "NNPS" or "VBG" or "VBN" or "HYPH" or "RB";
    }

    /// <summary>The comma of a date written between day and year, among a noun's modifiers ("the February 24, 2022 invasion");
    /// <paramref name="i"/> stands before a number, inside the sentence.</summary>
    private bool IsDateComma(Sentence sentence, int i)
        => Word(i) is "," && i - 1 >= sentence.FirstToken && doc.Tokens[i - 1].Kind == TokenKind.Number;

    /// <summary>The time ends among the modifiers of the noun at offset <paramref name="trigger"/>: only modifiers stand between
    /// them ("the February 2022 invasion", "Russia's February 24 invasion").</summary>
    private bool IsModifierTime(Sentence sentence, Span time, int trigger)
    {
        int last = TokenAt(sentence, time.End - 1);
        int noun = TokenAt(sentence, trigger);
        if (noun <= last || noun - last > OwnDateModifierReach || doc.Tokens[noun].Pos is not { } tag || !tag.StartsWith("NN", StringComparison.Ordinal))
        {
            return false;
        }

        for (int i = last + 1; i < noun; i++)
        {
            if (!IsDateModifier(i))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A modifier or owner that may hold a noun's own date: not a participle or adverb, whose time is its own act's ("a vote
    /// by the UN last year condemning Russia's invasion").
    /// </summary>
    private bool IsDateModifier(int i)
        => IsModifierOrOwner(i) && doc.Tokens[i].Pos is not ("VBG" or "VBN" or "RB");

    /// <summary>"even as the fighting grinds on", "the invasion continues": the campaign as the subject of a verb of going on.</summary>
    private bool ToldGoingOn(Sentence sentence, int t)
    {
        for (int i = t + 1; i < sentence.EndToken && i <= t + GoingOnReach; i++)
        {
            // "the fighting continues in the city of Sievierodonetsk" reports where it goes on: only the verb alone, or with
            // "on", tells the campaign as a whole.
            if (GoingOnVerbs.Contains(Word(i)))
            {
                return i + 1 >= sentence.EndToken || doc.Tokens[i + 1].Kind == TokenKind.Punctuation
                    || Word(i + 1).Equals("on", StringComparison.OrdinalIgnoreCase);
            }

            if (doc.Tokens[i].Kind == TokenKind.Punctuation)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"six months after Russia invaded the country", "when Russia invaded": the onset told as the time of another clause.</summary>
    private bool InOnsetClause(Sentence sentence, int t)
    {
        for (int i = t - 1; i >= sentence.FirstToken && i >= t - OnsetClauseReach; i--)
        {
            var w = Word(i);
            if (w.Equals("after", StringComparison.OrdinalIgnoreCase) || w.Equals("when", StringComparison.OrdinalIgnoreCase)
                || w.Equals("since", StringComparison.OrdinalIgnoreCase) || w.Equals("before", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            if (doc.Tokens[i].Kind == TokenKind.Punctuation && w is not "-")
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// The trigger's own phrase, up to the next punctuation, clause word or verb, gives a date, a place below a country or a
    /// figure: "amid shelling of Kharkiv on Sunday" reports a placed act.
    /// </summary>
    private bool PhraseAnchored(Sentence sentence, int t)
    {
        // A date or place that starts in the phrase anchors it even when it runs past a comma ("on February 24, 2022").
        var range = OwnPhrase(sentence, t);
        return IsAnchored(range, startingIn: true) || _figures.StartingIn(range).Length > 0;
    }

    /// <summary>The noun at <paramref name="t"/> and what follows it up to the next punctuation, clause word or verb.</summary>
    private Span OwnPhrase(Sentence sentence, int t)
    {
        int end = t + 1;
        while (end < sentence.EndToken)
        {
            var token = doc.Tokens[end];
            var w = Word(end);
            if ((token.Kind == TokenKind.Punctuation && w is not "-") || PhraseEnds.Contains(w)
                || IsVerbTag(end))
            {
                break;
            }

            end++;
        }

        return new Span(doc.Tokens[t].Span.Start, doc.Tokens[end - 1].Span.End);
    }

    /// <summary>
    /// The onset round: an invasion named with a calendar date of its own, after it in its phrase ("the invasion of 24
    /// February", "Russia's unprovoked invasion in February") or among its modifiers ("Russia's February 24 invasion", "the
    /// 2022 invasion"), is told as begun on that date, as an onset verb tells it; the date makes it an act, not the war's name.
    /// </summary>
    private bool NamesOwnDate(Sentence sentence, int t)
    {
        int first = t;
        while (first > sentence.FirstToken && first > t - OwnDateModifierReach
            && (IsDateModifier(first - 1) || doc.Tokens[first - 1].Kind == TokenKind.Number
                || (doc.Tokens[first].Kind == TokenKind.Number && IsDateComma(sentence, first - 1))))
        {
            first--;
        }

        // A date after the noun starts within a few words of it ("of Ukraine in March"); one further on is another noun's
        // ("surrounding the invasion in the leadup to the conflict last year").
        int start = doc.Tokens[first].Span.Start;
        int end = Math.Min(OwnPhrase(sentence, t).End, doc.Tokens[Math.Min(t + OwnDateReach, sentence.EndToken - 1)].Span.End);
        foreach (var time in _times.StartingIn(new Span(start, end)))
        {
            // A date ending among the modifiers, or starting in the phrase after the noun (it may run past a comma).
            bool own = time.Span.End <= doc.Tokens[t].Span.Start || time.Span.Start >= doc.Tokens[t].Span.End;
            if (own && time.Type == TimexTypes.Date && EventDates.Precision(time.Value) is not null)
            {
                return true;
            }
        }

        return false;
    }
}
