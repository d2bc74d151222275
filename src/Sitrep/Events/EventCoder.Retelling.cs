using Sitrep.Pipeline;

namespace Sitrep.Events;

/// <summary>
/// One record per act within an article (docs/events.md, *Retell round*): retellings of a meeting whose sentence lends them
/// a place or date of another clause, found by judging Sitrep's output on unlabelled articles.
/// </summary>
internal sealed partial class EventCoder
{
    /// <summary>How many words may stand between a noun's own modifier and the noun ("Tuesday's summit", "the Capri meeting of the top diplomats").</summary>
    private const int ModifierReach = 2;

    /// <summary>The span modifies the noun from before it: it ends at most two words before the trigger, with only words or a possessive between.</summary>
    private bool BeforeNoun(Draft draft, Span span)
    {
        var sentence = doc.Sentences[draft.Sentence];
        if (span.End > draft.Trigger.Start || span.Start < doc.Tokens[sentence.FirstToken].Start)
        {
            return false;
        }

        int trigger = TokenAt(sentence, draft.Trigger.Start);
        int last = TokenAt(sentence, span.End - 1);
        if (trigger - last - 1 > ModifierReach)
        {
            return false;
        }

        for (int i = last + 1; i < trigger; i++)
        {
            if (doc.Tokens[i].Kind != TokenKind.Word && !ActorMentions.IsPossessive(Word(i)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "The visit from the Belarusian leader ... comes as tensions between the US and China have intensified", "the Chinese
    /// leader's visit is a diplomatic cover, Blinken said on Monday": a definite or possessive meeting noun names a meeting
    /// told before, and the places and dates of its sentence outside the noun's own words belong to other clauses. When no
    /// other rule joins it, it retells the nearest earlier meeting of its article within twelve sentences whose parties are
    /// compatible and whose place and date nest with the noun's own; the borrowed place and date are not carried over.
    /// </summary>
    private Draft? MeetingRetoldElsewhere(List<Draft> kept, Draft later)
    {
        if (later.Class != EventClasses.Consult || later.Anaphoric || !(later.Definite || later.Possessive))
        {
            return null;
        }

        var ownPlace = later.Place is not null && (InOwnPhrase(later, later.Place.Span) || BeforeNoun(later, later.Place.Span)) ? later.Place : null;
        var ownDate = later.Date is { FromPublished: false, Mention: { } m } && (InOwnPhrase(later, m) || BeforeNoun(later, m)) ? later.Date : null;
        for (int i = kept.Count - 1; i >= 0; i--)
        {
            var e = kept[i];
            if (e.Class != EventClasses.Consult)
            {
                continue;
            }

            if (later.Sentence - e.LastSentence > RetellingReach)
            {
                return null;
            }

            // The nearest earlier meeting only, and only when nothing tells the two apart: a second meeting with other
            // parties or at another place is not swallowed.
            if (!(ActorsCompatible(e, later) || SharesMeetingParty(e, later)) || !TargetsCompatible(e, later)
                || !PlacesNest(e.Place, ownPlace) || !DatesNest(e.Date, ownDate))
            {
                return null;
            }

            // Its parties, like an anaphor's, only fill a meeting that has none: what its sentence adds is about the other clause.
            if (e.Actors.Count > 0 || e.Targets.Count > 0)
            {
                later.Actors.Clear();
                later.Targets.Clear();
            }

            later.Place = ownPlace;
            if (ownDate is null && later.Date is { FromPublished: false })
            {
                later.Date = null;
            }

            return e;
        }

        return null;
    }
}
