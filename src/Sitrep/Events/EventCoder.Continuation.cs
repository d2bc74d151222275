using System.Collections.Frozen;
using Sitrep.Pipeline;

namespace Sitrep.Events;

/// <summary>
/// A sentence that goes on with the previous one's speaker and occasion ("He added", "However, she denied"), read from its own
/// opening. Since the text stage splits sentences glued without a space after the full stop (docs/events-rounds.md, "Glue round"),
/// such a sentence no longer shares its glued neighbour's date; this continuity gives it back where the opening says so. A
/// statement of the speaker of the sentences just before, named again, takes the day of that saying (stmtdate round).
/// </summary>
internal sealed partial class EventCoder
{
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SubjectPronouns = Words("it", "he", "she", "they");

    /// <summary>Discourse connectives that go on with the same occasion: "However, he denied", "Then she added".</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ContinuingConnectives = Words(
        "however", "then", "also", "moreover", "furthermore", "additionally", "but", "and", "yet", "still");

    /// <summary>
    /// The sentence's subject is a personal pronoun at its start ("He said"), "This" before a verb ("This met with
    /// criticism", "This is the first visit"), or a pronoun right after a connective that goes on with the same occasion
    /// ("However, he denied media reports"): it continues the previous sentence's speaker and occasion.
    /// </summary>
    private bool OpensWithPronoun(Sentence sentence)
    {
        int first = sentence.FirstToken;
        if (sentence.TokenCount < 2)
        {
            return false;
        }

        if (Word(first) is "It" or "He" or "She" or "They")
        {
            return true;
        }

        if (Word(first) is "This" && doc.Tokens[first + 1].Pos is { } tag && tag.StartsWith("VB", StringComparison.Ordinal))
        {
            return true;
        }

        if (!ContinuingConnectives.Contains(Word(first)) || !char.IsUpper(doc.Text[doc.Tokens[first].Start]))
        {
            return false;
        }

        int next = first + 1;
        if (next < sentence.EndToken && Word(next) is ",")
        {
            next++;
        }

        return next + 1 < sentence.EndToken && SubjectPronouns.Contains(Word(next)) && char.IsLower(doc.Text[doc.Tokens[next].Start]);
    }

    /// <summary>How many sentences back a statement's speaker may have said when they spoke ("Nebenzya on Monday slammed the
    /// West ... '...,' he said. '...' Nebenzya added: ...").</summary>
    private const int SpeakerDateReach = 3;

    /// <summary>
    /// A statement whose sentence states no time, voiced by the speaker of the sentence before (named again, or a pronoun the
    /// quote stage resolves to that person: "'...,' she tweeted Tuesday ... 'We are grateful to Japan ...,' added Dzheppa"),
    /// goes on with that occasion and takes the day that sentence gives its saying. A sentence of the same speaker with no time,
    /// or a quotation with no cue of its own (it goes on with the speaker before it), passes the search on to the sentence before.
    /// The search stops at a sentence of another speaker or with no quote (the report has moved on), and takes only a day
    /// outside what was said: a month or a time inside the quotation dates what was talked about more often than the saying.
    /// </summary>
    private EventDate? SpeakerDate(int index, Sentence sentence, Span trigger)
    {
        if (SpeakerQuote(sentence, trigger) is not { } quote || SpeakerName(quote) is not { } name)
        {
            return null;
        }

        for (int s = index - 1; s >= 0 && s >= index - SpeakerDateReach; s--)
        {
            var previous = doc.Sentences[s];
            if (CuedQuote(previous) is not { Cue: { } cue } said)
            {
                if (IsQuoteMark(doc.Text[previous.Span.Start]))
                {
                    continue;
                }

                return null;
            }

            if (SpeakerName(said) is not { } other || !SameLastWord(other, name))
            {
                return null;
            }

            if (StatedDate(previous, cue.Start) is { } date)
            {
                return date.Precision == EventDates.Day && date.Mention is { } mention && !said.Content.Overlaps(mention) ? date : null;
            }
        }

        return null;
    }

    /// <summary>The first quote whose cue is in the sentence.</summary>
    private Quote? CuedQuote(Sentence sentence)
    {
        foreach (var q in QuotesAround(sentence))
        {
            if (q.Cue is { } cue && sentence.Span.Contains(cue))
            {
                return q;
            }
        }

        return null;
    }

    /// <summary>The person a quote's speaker names: the person the quote stage resolved it to, else the last person named in it.</summary>
    private string? SpeakerName(Quote q)
    {
        if (q.SpeakerEntity is { } entity && IsPerson(entity))
        {
            return doc.TextOf(entity);
        }

        string? name = null;
        if (q.Speaker is { } speaker)
        {
            foreach (var e in _entities.StartingIn(speaker))
            {
                if (e.Type == EntityTypes.Person && speaker.Contains(e.Span))
                {
                    name = doc.TextOf(e.Span);
                }
            }
        }

        return name;
    }
}
