using System.Collections.Frozen;
using Sitrep.Pipeline;

namespace Sitrep.Events;

/// <summary>
/// The mood of the phrase that holds a trigger, read from the word that governs it rather than from a modal before it: an act
/// in the object of "without", "instead of" or "rather than" is one not done ("without either launching an attack",
/// "rather than supplying it"); an act in the complement of a noun of chance or option, or of "needed to", is one possible or
/// required, not done ("Ukraine's chances for retaking territory", "a good chance at launching a counteroffensive", "troops
/// needed to end hostilities and withdraw"). Factuality's ten-word window reads modals and intention words; these governors
/// are no such words, and "without" reaches only two to four words there (docs/events-rounds.md, "Mood round").
/// </summary>
internal sealed partial class EventCoder
{
    /// <summary>How far left of a trigger, inside its phrase, a governor of mood is looked for.</summary>
    private const int MoodReach = 8;

    /// <summary>How far left of "and" or "or" the first conjunct of a coordinated base form is looked for.</summary>
    private const int ConjunctReach = 12;

    /// <summary>Nouns of chance or option that hold the act of their complement ("chances for retaking", "options to").</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ChanceNouns = Words(
        "chance", "chances", "option", "options", "odds", "likelihood");

    /// <summary>The prepositions and "to" that open the complement of a noun of chance or option.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ChanceComplements = Words("to", "for", "at", "of");

    /// <summary>Words that open a clause of its own: the governor's phrase ends there.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> MoodBounds = Words(
        "that", "which", "who", "whom", "whose", "where", "while", "whereas", "but", "because", "although", "though", "when",
        "if", "unless", "after", "before", "since", "until", "as");

    /// <summary>True when the trigger at <paramref name="t"/> lies in the object of "without", "instead of" or "rather than", or
    /// in the complement of a noun of chance or option or of "needed to", within <see cref="MoodReach"/> words and with no
    /// punctuation, clause opener or finite verb of another clause between them.</summary>
    private bool InUnrealizedMood(Sentence sentence, int t, bool asVerb)
    {
        if (asVerb && IsCoordinatedBaseForm(sentence, t))
        {
            return true;
        }

        for (int i = t - 1, n = 1; i >= sentence.FirstToken && n <= MoodReach; i--, n++)
        {
            var w = Word(i);
            if (IsMoodGovernor(sentence, i, w) || (!asVerb && OpensEventualCase(sentence, i, w)))
            {
                return true;
            }

            if (doc.Tokens[i].Kind == TokenKind.Punctuation || MoodBounds.Contains(w) || doc.Tokens[i].Pos is "VBD" or "VBZ" or "VBP" or "MD")
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>A verb trigger in the base form (tagged VB) right after "and" or "or" whose first conjunct, the nearest verb to
    /// its left in the clause, is a base form or a modal too: an infinitive, a modal or a subjunctive, never a finite act ("to
    /// defeat and destroy the defenders", "would be to ... wave a white flag and negotiate", "was to get an offer and reject
    /// it", unless told as reported: <see cref="Factuality.IsReportiveWasTo"/>). A present first conjunct ("China condemns and
    /// reject such behaviour") leaves the trigger a statement made.</summary>
    private bool IsCoordinatedBaseForm(Sentence sentence, int t)
    {
        if (doc.Tokens[t].Pos is not "VB" || t - 1 <= sentence.FirstToken)
        {
            return false;
        }

        var before = Word(t - 1);
        if (!before.Equals("and", StringComparison.OrdinalIgnoreCase) && !before.Equals("or", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        for (int i = t - 2, n = 1; i >= sentence.FirstToken && n <= ConjunctReach; i--, n++)
        {
            var token = doc.Tokens[i];
            if (token.Kind == TokenKind.Punctuation)
            {
                return false;
            }

            // "Vladimir Putin was to get an offer on Ukraine and reject it", told as reported: two past acts (an active first
            // conjunct, as Factuality.IsInfinitive reads it: "was to be invited" stays a plan).
            if (token.Pos is "VB" or "MD")
            {
                return !(i - 1 >= sentence.FirstToken && Word(i - 1).Equals("to", StringComparison.OrdinalIgnoreCase)
                    && Factuality.IsReportiveWasTo(doc, sentence, i - 1, i));
            }

            if (token.Pos is "VBD" or "VBZ" or "VBP" or "VBN" or "VBG")
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"in the event of", "in case of" at <paramref name="i"/> (the "of"): the noun after it names a case that may come,
    /// not one that came ("sanctions in the event of an invasion"). "in the case of" is left: it also means "as for" ("in the case
    /// of Kyiv"), and a relative verb after it ("the guarantee it requested") reports.</summary>
    private bool OpensEventualCase(Sentence sentence, int i, ReadOnlySpan<char> w)
    {
        if (!w.Equals("of", StringComparison.OrdinalIgnoreCase) || i - 2 < sentence.FirstToken)
        {
            return false;
        }

        var noun = Word(i - 1);
        if (noun.Equals("case", StringComparison.OrdinalIgnoreCase))
        {
            return Word(i - 2).Equals("in", StringComparison.OrdinalIgnoreCase);
        }

        return noun.Equals("event", StringComparison.OrdinalIgnoreCase) && i - 3 >= sentence.FirstToken
            && Word(i - 2).Equals("the", StringComparison.OrdinalIgnoreCase) && Word(i - 3).Equals("in", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The word at <paramref name="i"/> governs what follows it as an act not done or only possible.</summary>
    private bool IsMoodGovernor(Sentence sentence, int i, ReadOnlySpan<char> w)
    {
        if (w.Equals("without", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        // "instead of", "rather than": the alternative not taken.
        if (i > sentence.FirstToken && ((w.Equals("of", StringComparison.OrdinalIgnoreCase) && Word(i - 1).Equals("instead", StringComparison.OrdinalIgnoreCase))
            || (w.Equals("than", StringComparison.OrdinalIgnoreCase) && Word(i - 1).Equals("rather", StringComparison.OrdinalIgnoreCase))))
        {
            return true;
        }

        // i < t, so the word after the governor is in the sentence.
        var next = Word(i + 1);
        if (ChanceNouns.Contains(w))
        {
            return ChanceComplements.Contains(next);
        }

        // "troops needed to end hostilities and withdraw": a necessity, not an act; "badly needed weaponry" governs no act.
        return (w.Equals("needed", StringComparison.OrdinalIgnoreCase) || w.Equals("needing", StringComparison.OrdinalIgnoreCase))
            && next.Equals("to", StringComparison.OrdinalIgnoreCase);
    }
}
