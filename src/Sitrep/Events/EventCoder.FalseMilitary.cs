using System.Collections.Frozen;
using Sitrep.Pipeline;

namespace Sitrep.Events;

/// <summary>
/// The false-military round (issue 6, docs/events-rounds.md): attacks, clashes, troop movements, withdrawals and arrests that
/// fresh text names rather than reports. Signals of the article and the clause, not of one sentence: the writer's own voice
/// (an opinion piece) with nothing that anchors the act; a narrative of past years the sentence continues; a crime
/// "committed" read as a troop commitment; a trigger noun coordinated before a weapon noun ("strike and air defence
/// missiles"); a trigger noun in a sentence that names no party, place, time or figure.
/// </summary>
internal sealed partial class EventCoder
{
    /// <summary>First-person words of a writer ("we", "our", "I"); "US" in capitals is the country and stays out (case-sensitive).</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> WriterFirstPerson =
        new[] { "I", "we", "We", "our", "Our", "us", "my", "My", "me", "ourselves" }.ToFrozenSet(StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Verbs that attribute a sentence to a speaker: its first person is the speaker's, not the writer's.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> VoiceVerbs = Words(
        "said", "says", "say", "told", "tells", "added", "adds", "stressed", "emphasized", "emphasised", "noted", "stated",
        "declared", "explained", "confesses", "confessed", "recalled", "recalls", "insisted", "wrote", "writes", "asked",
        "admitted", "argued", "argues", "according");

    /// <summary>Writer's first-person words per thousand words from which an article reads as commentary.</summary>
    private const int CommentaryPerMille = 8;

    /// <summary>Fewest writer's first-person words that make an article commentary (a short text's one "we" does not).</summary>
    private const int CommentaryMinimum = 5;

    /// <summary>How many sentences back a year of the narrative frames an undated sentence (the nearest sentence with a year decides).</summary>
    private const int FrameReach = 4;

    /// <summary>How many words "since" may stand before a year that opens a period up to now ("since the full-scale invasion in February 2022").</summary>
    private const int SinceReach = 5;

    /// <summary>Calendar years before publication from which a narrative is history (as a stated date is background).</summary>
    private const int HistoryYears = 2;

    /// <summary>How many words after "commit" its object may start ("committed numerous war crimes").</summary>
    private const int CrimeReach = 4;

    /// <summary>Objects of "commit" that make it a crime, not a troop commitment.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CrimeNouns = Words(
        "crime", "crimes", "atrocity", "atrocities", "genocide", "murder", "murders", "abuses", "abuse", "violations",
        "violation", "massacre", "massacres", "terrorism", "offence", "offences", "offense", "offenses", "suicide", "fraud",
        "treason", "aggression");

    /// <summary>How many words may stand between "and" and the weapon noun both coordinated modifiers qualify.</summary>
    private const int CoordinatedModifierReach = 3;

    private int _commentary = -1;

    /// <summary>
    /// An attack, clash, troop movement, withdrawal or arrest that the text names rather than reports, or a word of force in
    /// another sense: the readings of this round, in order.
    /// </summary>
    private bool IsForceNamedNotReported(int s, int t, bool asVerb, TriggerSense sense)
    {
        if (!IsForceClass(sense.Class))
        {
            return false;
        }

        var sentence = doc.Sentences[s];
        return IsCommentaryUnanchored(sentence) || InHistoricFrame(s, t) || CommitsCrime(sentence, t, sense)
            || ModifiesCoordinatedNoun(sentence, t, asVerb) || IsBareNoun(sentence, asVerb);
    }

    /// <summary>
    /// "periodic attacks in cyberspace continue", "even as the fighting grinds on": a trigger noun whose sentence names no party,
    /// no place, no time and no figure is seldom one act.
    /// </summary>
    private bool IsBareNoun(Sentence sentence, bool asVerb)
    {
        if (asVerb || _mentions.Count > 0 || HasPlace(sentence) || _figures.StartingIn(sentence.Span).Length > 0)
        {
            return false;
        }

        foreach (var time in _times.StartingIn(sentence.Span))
        {
            if (sentence.Span.Contains(time.Span))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "For decades, we fought and won a Cold War", "Ukraine is only the first battle of that conflict": in an
    /// article written in its author's own voice (first person outside quotes and outside sentences attributed to a speaker),
    /// an attack, clash, troop movement, withdrawal or arrest whose sentence gives no calendar time, no place below a country
    /// and no figure names the war or argues about it; reports in commentary say when or where.
    /// </summary>
    private bool IsCommentaryUnanchored(Sentence sentence)
    {
        if (!IsCommentary())
        {
            return false;
        }

        if (_figures.StartingIn(sentence.Span).Length > 0)
        {
            return false;
        }

        foreach (var time in _times.StartingIn(sentence.Span))
        {
            // "Now the invasion is underway": the writer's present is no date of an act.
            if (sentence.Span.Contains(time.Span) && time.Type is not TimexTypes.Duration and not TimexTypes.Set && time.Value != "PRESENT_REF")
            {
                return false;
            }
        }

        foreach (var p in _places.StartingIn(sentence.Span))
        {
            if (sentence.Span.Contains(p.Span) && p.Level != PlaceLevels.Country && !IsPossessivePlace(p))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether the writer speaks in the first person often enough for the article to be commentary; computed once.</summary>
    private bool IsCommentary()
    {
        if (_commentary >= 0)
        {
            return _commentary == 1;
        }

        int words = 0;
        int firstPerson = 0;
        foreach (var sentence in doc.Sentences)
        {
            bool attributed = false;
            int own = 0;
            for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                var token = doc.Tokens[i];
                if (token.Kind != TokenKind.Word)
                {
                    continue;
                }

                words++;
                var w = Word(i);
                if (VoiceVerbs.Contains(w))
                {
                    attributed = true;
                }
                else if (WriterFirstPerson.Contains(w) && !InQuote(token.Span) && !InQuoteMarks(sentence, i))
                {
                    own++;
                }
            }

            // "- We categorically do not accept the war - he emphasized": the sentence's first person is its speaker's.
            if (!attributed)
            {
                firstPerson += own;
            }
        }

        bool commentary = firstPerson >= CommentaryMinimum && firstPerson * 1000 >= CommentaryPerMille * words;
        _commentary = commentary ? 1 : 0;
        return commentary;
    }

    private bool InQuote(Span span)
    {
        foreach (var q in doc.Quotes)
        {
            if (q.Content.Contains(span))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>An odd number of double quote marks before token <paramref name="t"/> in its sentence: inside a quoted stretch.</summary>
    private bool InQuoteMarks(Sentence sentence, int t)
    {
        int marks = 0;
        for (int c = doc.Tokens[sentence.FirstToken].Start; c < doc.Tokens[t].Start; c++)
        {
            if (IsDoubleQuote(doc.Text[c]))
            {
                marks++;
            }
        }

        return (marks & 1) == 1;
    }

    /// <summary>
    /// "In 1962 the Soviet Union placed missiles in Cuba. The US reciprocated by withdrawing comparable missiles from Turkey":
    /// an act told in the past in a sentence with no time of its own continues the narrative of the sentences before it; when
    /// the latest year of the nearest of the previous four sentences that states one lies two or more years before
    /// publication, and no sentence from there on is told in the present, the act is history, as a stated date that old is
    /// background.
    /// </summary>
    private bool InHistoricFrame(int s, int t)
    {
        var sentence = doc.Sentences[s];
        if (doc.Published is not { } published || !IsPastNarrative(sentence, t))
        {
            return false;
        }

        foreach (var time in _times.StartingIn(sentence.Span))
        {
            if (sentence.Span.Contains(time.Span) && time.Type is not TimexTypes.Set)
            {
                return false;
            }
        }

        for (int k = s - 1; k >= 0 && k >= s - FrameReach; k--)
        {
            var before = doc.Sentences[k];
            // "The DSNS says 91 rescuers have been killed since ...", "He has since accused the US": a sentence told in the
            // present between the year and the act brings the narrative back to now.
            if (HasPresentVerb(before))
            {
                return false;
            }

            int latest = int.MinValue;
            foreach (var time in _times.StartingIn(before.Span))
            {
                if (!before.Span.Contains(time.Span))
                {
                    continue;
                }

                // "Now Russia has declared ...": the narrative has come back to the present.
                if (time.Value == "PRESENT_REF")
                {
                    return false;
                }

                // "since the invasion in February 2022": a period running up to now, not a past frame.
                if (AfterSince(before, time))
                {
                    return false;
                }

                if (time.Type is not TimexTypes.Duration and not TimexTypes.Set && YearOf(time.Value) is int year)
                {
                    latest = Math.Max(latest, year);
                }
            }

            if (latest != int.MinValue)
            {
                return latest <= published.Year - HistoryYears;
            }
        }

        return false;
    }

    /// <summary>A present-tense verb or a modal outside quotation marks.</summary>
    private bool HasPresentVerb(Sentence sentence)
    {
        for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            if (doc.Tokens[i].Pos is "VBZ" or "VBP" or "MD" && !InQuoteMarks(sentence, i))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"since" up to five words before the time expression, in its sentence.</summary>
    private bool AfterSince(Sentence sentence, TimeExpression time)
    {
        int first = sentence.FirstToken;
        while (first < sentence.EndToken && doc.Tokens[first].End <= time.Span.Start)
        {
            first++;
        }

        for (int i = first - 1; i >= sentence.FirstToken && i >= first - SinceReach; i--)
        {
            if (Word(i).Equals("since", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The sentence is told in the past: a past-tense verb, and no present-tense verb or modal outside quotation marks; a verb
    /// trigger is itself not in the present ("were beaten, kidnapped, and tortured", "presented the incidents as two unprovoked
    /// attacks", "reciprocated by withdrawing missiles").
    /// </summary>
    private bool IsPastNarrative(Sentence sentence, int t)
    {
        if (doc.Tokens[t].Pos is "VBZ" or "VBP" || HasPresentVerb(sentence))
        {
            return false;
        }

        // "Soldiers arrested hundreds of students": the tagger may read a past verb after a bare plural as a participle.
        if (doc.Tokens[t].Pos is "VBD" or "VBN")
        {
            return true;
        }

        for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            if (doc.Tokens[i].Pos is "VBD")
            {
                return true;
            }
        }

        return false;
    }

    private static int? YearOf(string value)
        => value.Length >= 4 && char.IsAsciiDigit(value[0]) && char.IsAsciiDigit(value[1]) && char.IsAsciiDigit(value[2]) && char.IsAsciiDigit(value[3])
            && (value.Length == 4 || value[4] is '-' or 'W')
            ? (value[0] - '0') * 1000 + (value[1] - '0') * 100 + (value[2] - '0') * 10 + (value[3] - '0')
            : null;

    /// <summary>"war crimes committed by Russian soldiers", "committed other atrocities": "commit" with a crime as its object, before or after it, is no troop commitment.</summary>
    private bool CommitsCrime(Sentence sentence, int t, TriggerSense sense)
    {
        if (sense.Class != EventClasses.Mobilize || !sense.Lemma.Equals("commit", StringComparison.Ordinal))
        {
            return false;
        }

        for (int i = t + 1; i < sentence.EndToken && i <= t + CrimeReach; i++)
        {
            var w = Word(i);
            if (CrimeNouns.Contains(w))
            {
                return true;
            }

            if (doc.Tokens[i].Kind == TokenKind.Punctuation)
            {
                break;
            }
        }

        // "war crimes committed by ...": the crime right before the participle.
        return t > sentence.FirstToken && CrimeNouns.Contains(Word(t - 1));
    }

    /// <summary>
    /// "more than 1,600 strike and air defence missiles", "attack and troop-carrying helicopters": a singular trigger noun
    /// coordinated with another modifier before a weapon or unit noun names a kind of weapon, as "attack helicopters" does.
    /// </summary>
    private bool ModifiesCoordinatedNoun(Sentence sentence, int t, bool asVerb)
    {
        if (asVerb || t + 2 >= sentence.EndToken || !Word(t + 1).Equals("and", StringComparison.OrdinalIgnoreCase) || Word(t)[^1] == 's')
        {
            return false;
        }

        for (int i = t + 2; i < sentence.EndToken && i <= t + 2 + CoordinatedModifierReach; i++)
        {
            var w = Word(i);
            if (ModifiedNouns.Contains(w) || (_lexicon.Weapons.ContainsKey(w) && !(w is "air")))
            {
                return true;
            }

            if (doc.Tokens[i].Kind == TokenKind.Punctuation && !(w is "-" or "‐"))
            {
                return false;
            }
        }

        return false;
    }
}
