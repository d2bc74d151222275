using System.Collections.Frozen;
using Sitrep.Pipeline;

namespace Sitrep.Events;

/// <summary>
/// A news report's lead sentence tells when its occasion happened ("Blinken said on Saturday he had discussed ...", "Russia on
/// Wednesday vetoed a resolution"), and the statements and meetings the report goes on to tell without a date of their own
/// belong to that occasion ("He said he did not think China was behaving in a neutral way"): timeline round, docs/events-rounds.md.
/// </summary>
internal sealed partial class EventCoder
{
    /// <summary>How many days before publication the lead's day may be: a report of the day before, or of a weekend.</summary>
    private const int LeadDayReach = 3;

    /// <summary>The lead is the article's first sentence of at least this many words: shorter ones are datelines and headings ("CNN —").</summary>
    private const int LeadMinWords = 8;

    /// <summary>Statements and meetings: the parts of one occasion a report tells one after another. Not acts of force, which a
    /// report of the day often tells as the state of things ("Russian forces have made significant advances").</summary>
    private static bool TakesLeadDay(string eventClass)
        => IsStatementClass(eventClass) || eventClass is EventClasses.Consult or EventClasses.Agree;

    /// <summary>
    /// After merging: a statement or meeting told after the lead, still dated by the publication date, in a sentence with no time
    /// expression at all, takes the lead's day when the lead (its first sentence of eight words or more) has a verb in the past
    /// and states one day (every date and time of it that day; durations aside), one to three days before publication and not
    /// after a word of sequence (after, before, since, follows, ...). A sentence with a time of its own ("A few months ago",
    /// "since last August") tells of another time; a lead with two dates tells of more than one occasion. An approximation:
    /// a report that turns to another occasion without dating it gives that occasion the lead's day.
    /// </summary>
    private void CarryLeadDay(List<Draft> events)
    {
        if (doc.Published is not { } published || LeadDay(published) is not { } lead)
        {
            return;
        }

        foreach (var d in events)
        {
            if (d.Date is { FromPublished: true } && TakesLeadDay(d.Class) && d.Sentence > lead.Sentence
                && _times.StartingIn(doc.Sentences[d.Sentence].Span).IsEmpty)
            {
                d.Date = new EventDate(lead.Time.Value, EventDates.Day, FromPublished: false) { Mention = lead.Time.Span };
            }
        }
    }

    /// <summary>The lead sentence and its one day, or null when the lead states none, more than one, or one not within reach.</summary>
    private (int Sentence, TimeExpression Time)? LeadDay(DateOnly published)
    {
        for (int s = 0; s < doc.Sentences.Count; s++)
        {
            var sentence = doc.Sentences[s];
            int words = 0;
            bool past = false;
            for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                if (char.IsLetterOrDigit(doc.Text[doc.Tokens[i].Start]))
                {
                    words++;
                }

                past |= doc.Tokens[i].Pos is "VBD";
            }

            if (words < LeadMinWords)
            {
                continue;
            }

            TimeExpression? day = null;
            foreach (var time in _times.StartingIn(sentence.Span))
            {
                if (time.Type is TimexTypes.Duration)
                {
                    continue;
                }

                if (EventDates.Precision(time.Value) != EventDates.Day || (day is not null && EventDates.Start(day.Value) != EventDates.Start(time.Value)))
                {
                    return null;
                }

                day ??= time;
            }

            // "Government opponents are begging Venezuelans to sit out a vote on Sunday": a lead with no verb in the past tells
            // what is going on or to come, and its day is of something else than the report's occasion.
            if (day is null || !past || EventDates.Start(day.Value) is not { } start || FollowsSequenceWord(sentence, day))
            {
                return null;
            }

            int before = published.DayNumber - start.DayNumber;
            return before is >= 1 and <= LeadDayReach ? (s, day) : null;
        }

        return null;
    }

    /// <summary>
    /// "after the Kremlin launched its long-anticipated military operation on Thursday", "The meeting follows Biden's signing of
    /// a $61 billion aid package ... Wednesday": a time after a word that orders two occasions dates the other one, not the report's.
    /// </summary>
    private bool FollowsSequenceWord(Sentence sentence, TimeExpression time)
    {
        for (int i = sentence.FirstToken; i < sentence.EndToken && doc.Tokens[i].Start < time.Span.Start; i++)
        {
            if (SequenceWords.Contains(Word(i)))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SequenceWords = Words(
        "after", "before", "since", "until", "ahead", "follows", "followed", "following", "amid");
}
