using System.Collections.Frozen;
using Sitrep.Pipeline;

namespace Sitrep.Events;

/// <summary>
/// Statement and exchange words that name no act, second round (docs/events.md, *Verbal2 round*): found by judging Sitrep's
/// output on unlabelled articles, each for a cause seen three times or more.
/// </summary>
internal sealed partial class EventCoder
{
    /// <summary>Words before an aid noun by which the aid is asked for or proposed, not given ("requested $8.5bn in economic aid").</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AidAskingWords = Words(
        "request", "requests", "requested", "requesting", "ask", "asks", "asked", "asking", "seek", "seeks", "seeking", "sought",
        "propose", "proposes", "proposed", "proposing", "proposal", "urge", "urges", "urged", "urging", "demand", "demands",
        "demanded", "demanding", "appeal", "appealed", "appeals");

    /// <summary>How far before an aid noun a word of asking may stand in its clause ("requesting another aid package").</summary>
    private const int AidAskingReach = 6;

    /// <summary>Whether a statement or exchange trigger names no act by this round's rules.</summary>
    private bool IsVerbalWordWithoutActSecond(Sentence sentence, int t, bool asVerb, TriggerSense sense)
    {
        if (sense.Class == EventClasses.Aid && !asVerb && IsAidAskedFor(sentence, t))
        {
            return true;
        }

        if (asVerb && IsVoicedClass(sense.Class) && HasDurativePhrase(sentence, t))
        {
            return true;
        }

        return false;
    }

    /// <summary>Units of a stretch of time that "for" + a number or article spans ("for a year and a half", "for two years").</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> LongUnits = Words(
        "year", "years", "months", "decade", "decades");

    /// <summary>How far after the trigger a durative phrase may close its clause ("has largely refused to exercise its leverage thus far").</summary>
    private const int DurativeReachAfter = 8;

    /// <summary>
    /// "China has so far refused to criticize the invasion", "Washington has refused to exercise its leverage thus far", "For a
    /// year and a half, Biden refused to send these", "Throughout the invasion, China has refused to condemn": a statement verb
    /// told over a stretch of time (so far, thus far, to date, throughout, for + years or months) sums up a position held, not
    /// one act of the article's time. Only the trigger's sentence up to a few words after it, not past a semicolon. "repeatedly" is
    /// left out, as in <see cref="IsStandingStatement"/>: the labels count "has repeatedly denied" as a denial reported now.
    /// </summary>
    private bool HasDurativePhrase(Sentence sentence, int t)
    {
        int end = Math.Min(sentence.EndToken, t + DurativeReachAfter + 1);
        for (int i = sentence.FirstToken; i < end; i++)
        {
            var w = Word(i);
            if (w is ";")
            {
                if (i > t)
                {
                    return false;
                }

                continue;
            }

            if (i + 1 < sentence.EndToken && Word(i + 1).Equals("far", StringComparison.OrdinalIgnoreCase)
                && (w.Equals("so", StringComparison.OrdinalIgnoreCase) || w.Equals("thus", StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }

            // "throughout" and "for" + a stretch count only before the verb: after it they may tell the accused act's span
            // ("accused Moscow of shelling the city for months").
            if ((w.Equals("throughout", StringComparison.OrdinalIgnoreCase) && i < t)
                || (w.Equals("to", StringComparison.OrdinalIgnoreCase) && i + 1 < sentence.EndToken && Word(i + 1).Equals("date", StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }

            if (i < t && w.Equals("for", StringComparison.OrdinalIgnoreCase))
            {
                for (int j = i + 1; j < sentence.EndToken && j <= i + 3; j++)
                {
                    if (LongUnits.Contains(Word(j)))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    /// <summary>
    /// "requested $8.5bn in economic aid to Kyiv", "has been requesting another aid package": an aid noun that is the object of a
    /// request or proposal in its clause (no punctuation between) names aid asked for, not aid given; the request is its own event.
    /// </summary>
    private bool IsAidAskedFor(Sentence sentence, int t)
    {
        for (int i = t - 1; i >= sentence.FirstToken && i >= t - AidAskingReach; i--)
        {
            if (doc.Tokens[i].Kind == TokenKind.Punctuation)
            {
                return false;
            }

            if (AidAskingWords.Contains(Word(i)))
            {
                return true;
            }
        }

        return false;
    }
}
