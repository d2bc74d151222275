using System.Collections.Frozen;
using Sitrep.Pipeline;

namespace Sitrep.Events;

/// <summary>
/// The time of a report is not the time of the act it reports (dateplace round, docs/events-rounds.md): "Russian forces have taken
/// control of two villages, the defence ministry said on Monday" tells when the ministry spoke, not when the villages fell. The
/// labelling guidelines give such an act the publication date when the text gives it no time of its own.
/// </summary>
internal sealed partial class EventCoder
{
    /// <summary>Verbs of saying whose adjacent time dates the saying: "said Friday", "on Monday announced".</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ReportTimeVerbs = Words(
        "said", "says", "told", "announced", "reported", "stated", "confirmed", "added", "wrote", "tweeted", "claimed", "noted");

    /// <summary>Words between a verb of saying and its time: "said on Friday", "said late on Tuesday", "said early Monday".</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ReportTimeGlue = Words("on", "late", "early");

    /// <summary>
    /// The time sits on a verb of saying that is not the trigger: right after it ("the ministry said on Monday", "told
    /// reporters on Friday") or right before it with no comma ("Kyiv on Friday said"). "attacked Kharkiv early on Wednesday,
    /// said the mayor" keeps its time: the comma closes the act's clause, and the time is in it.
    /// </summary>
    private bool IsReportTime(Sentence sentence, TimeExpression time, int trigger)
    {
        int first = TokenAt(sentence, time.Span.Start);
        int last = TokenAt(sentence, time.Span.End - 1);
        int verb = -1;

        int before = first - 1;
        for (int glue = 0; glue < 2 && before >= sentence.FirstToken && ReportTimeGlue.Contains(Word(before)); glue++)
        {
            before--;
        }

        if (before >= sentence.FirstToken && ReportTimeVerbs.Contains(Word(before)))
        {
            verb = before;
        }
        else if (before > sentence.FirstToken && Word(before - 1) is "told" or "tells" && doc.Tokens[before].Kind == TokenKind.Word)
        {
            // "told reporters on Friday", "told CNN Tuesday".
            verb = before - 1;
        }
        else if (last + 1 < sentence.EndToken && ReportTimeVerbs.Contains(Word(last + 1)) && first > sentence.FirstToken
            && doc.Tokens[first - 1].Kind == TokenKind.Word)
        {
            // "Ukraine's defence ministry on Friday said": a time between a subject and its verb of saying.
            verb = last + 1;
        }

        if (verb < 0)
        {
            return false;
        }

        var t = doc.Tokens[verb].Span;
        return !(trigger >= t.Start && trigger < t.End);
    }
}
