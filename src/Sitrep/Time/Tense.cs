using System.Collections.Frozen;
using Sitrep.Pipeline;

namespace Sitrep.Time;

internal enum Tense : byte
{
    Unknown,
    Past,
    Present,
    Future,
}

/// <summary>
/// The tense governing a time expression, from the verbs and markers near it in its sentence: the
/// nearest marker on the left wins, then the nearest on the right; reporting verbs ("said") count only
/// when nothing else is found, since news attaches them to every tense. Uses part-of-speech tags when a
/// tagger ran, word forms otherwise.
/// </summary>
internal static class TenseDetector
{
    private const int LeftWindow = 12;
    private const int RightWindow = 5;

    /// <summary>How far after the expression a reporting verb may stand and still govern it ("Friday, he said").</summary>
    private const int ReportingReach = 3;

    /// <summary>How far "to" + verb may stand before the expression and still govern it.</summary>
    private const int ToVerbReach = 4;

    private static readonly FrozenDictionary<string, Tense> Markers = new Dictionary<string, Tense>(StringComparer.OrdinalIgnoreCase)
    {
        ["will"] = Tense.Future, ["'ll"] = Tense.Future, ["shall"] = Tense.Future, ["wo"] = Tense.Future,
        ["would"] = Tense.Future, ["expected"] = Tense.Future, ["expects"] = Tense.Future, ["expect"] = Tense.Future,
        ["plans"] = Tense.Future, ["planned"] = Tense.Future, ["planning"] = Tense.Future,
        ["scheduled"] = Tense.Future, ["due"] = Tense.Future, ["prepares"] = Tense.Future, ["preparing"] = Tense.Future,
        ["intends"] = Tense.Future, ["aims"] = Tense.Future, ["upcoming"] = Tense.Future, ["next"] = Tense.Future,
        ["going"] = Tense.Future, ["set"] = Tense.Future, ["hopes"] = Tense.Future,
                ["proposed"] = Tense.Future, ["forecast"] = Tense.Future, ["projected"] = Tense.Future,
        ["was"] = Tense.Past, ["were"] = Tense.Past, ["had"] = Tense.Past, ["did"] = Tense.Past, ["ago"] = Tense.Past,
        ["last"] = Tense.Past, ["yesterday"] = Tense.Past, ["went"] = Tense.Past, ["came"] = Tense.Past,
        ["took"] = Tense.Past, ["made"] = Tense.Past, ["gave"] = Tense.Past, ["saw"] = Tense.Past, ["began"] = Tense.Past,
        ["fell"] = Tense.Past, ["rose"] = Tense.Past, ["won"] = Tense.Past, ["lost"] = Tense.Past, ["sold"] = Tense.Past,
        ["bought"] = Tense.Past, ["paid"] = Tense.Past, ["met"] = Tense.Past, ["left"] = Tense.Past, ["held"] = Tense.Past,
        ["led"] = Tense.Past, ["struck"] = Tense.Past, ["shot"] = Tense.Past, ["sent"] = Tense.Past, ["spent"] = Tense.Past,
        ["became"] = Tense.Past, ["brought"] = Tense.Past, ["thought"] = Tense.Past, ["felt"] = Tense.Past,
        ["found"] = Tense.Past, ["got"] = Tense.Past, ["knew"] = Tense.Past, ["ran"] = Tense.Past, ["wrote"] = Tense.Past,
        ["spoke"] = Tense.Past, ["chose"] = Tense.Past, ["broke"] = Tense.Past, ["drew"] = Tense.Past, ["flew"] = Tense.Past,
        ["fought"] = Tense.Past, ["grew"] = Tense.Past, ["kept"] = Tense.Past, ["meant"] = Tense.Past, ["stood"] = Tense.Past,
        ["threw"] = Tense.Past, ["withdrew"] = Tense.Past, ["began"] = Tense.Past, ["been"] = Tense.Past, ["has"] = Tense.Past,
        ["have"] = Tense.Past, ["earlier"] = Tense.Past, ["since"] = Tense.Past, ["ended"] = Tense.Past,
        ["is"] = Tense.Present, ["are"] = Tense.Present, ["am"] = Tense.Present,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Reporting = FrozenSet.ToFrozenSet(
        ["said", "says", "told", "tells", "reported", "announced", "added", "stated", "noted", "say", "claimed", "explained"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Words ending in -ed that are not past-tense verbs, or that point to the future.</summary>
    private static readonly FrozenSet<string> NotPast = FrozenSet.ToFrozenSet(
        ["need", "speed", "feed", "seed", "bred", "united", "red", "bed", "shed", "hundred", "indeed", "limited", "based", "related",
         "proceed", "exceed", "succeed", "wed", "advanced", "detailed", "armed", "embed", "breed", "greed", "weed", "deed", "sacred",
         "naked", "wicked", "kindred", "rugged", "alleged", "so-called", "skilled", "unprecedented", "concerned", "interested", "supposed"],
        StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, Tense>.AlternateLookup<ReadOnlySpan<char>> MarkerLookup = Markers.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ReportingLookup = Reporting.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NotPastLookup = NotPast.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string> NotVerbAfterTo = FrozenSet.ToFrozenSet(
        ["the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "my", "your", "them", "him", "us", "me",
         "it", "be", "date", "some", "all", "about", "around", "more", "less", "what", "which", "whom", "other", "each", "both", "no"],
        StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NotVerbAfterToLookup = NotVerbAfterTo.GetAlternateLookup<ReadOnlySpan<char>>();

    public static Tense Detect(Document doc, int sentenceFirstToken, int sentenceEndToken, int firstToken, int endToken)
    {
        // The nearest marker on either side wins; the left side wins ties (the governing verb usually precedes).
        Tense left = Tense.Unknown, right = Tense.Unknown;
        int leftDistance = int.MaxValue, rightDistance = int.MaxValue;
        int stop = Math.Max(sentenceFirstToken, firstToken - LeftWindow);
        for (int t = firstToken - 1; t >= stop; t--)
        {
            var tense = Classify(doc, t, sentenceFirstToken, sentenceEndToken, leftSide: true, firstToken, endToken);
            if (tense != Tense.Unknown)
            {
                left = tense;
                leftDistance = firstToken - t;
                break;
            }

            if (IsClauseBreak(doc, t))
            {
                break;
            }
        }

        stop = Math.Min(sentenceEndToken, endToken + RightWindow);
        for (int t = endToken; t < stop && t - endToken + 1 < leftDistance; t++)
        {
            if (IsClauseBreak(doc, t))
            {
                break;
            }

            var tense = Classify(doc, t, sentenceFirstToken, sentenceEndToken, leftSide: false, firstToken, endToken);
            if (tense != Tense.Unknown)
            {
                right = tense;
                rightDistance = t - endToken + 1;
                break;
            }
        }

        return rightDistance < leftDistance ? right : left;
    }

    private static bool WordIs(Document doc, int t, string word)
    {
        var tok = doc.Tokens[t];
        return doc.Text.AsSpan(tok.Start, tok.Length).Equals(word, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Whether a future word really points ahead here: "next to the embassy" is a place, "set" is a future
    /// only as "set to"/"set for", and a plan told in the past perfect ("had been scheduled to expire") is over.
    /// </summary>
    private static bool IsFutureMarker(Document doc, int t, ReadOnlySpan<char> w, int sentenceStart, int sentenceEnd)
    {
        bool before = t + 1 < sentenceEnd;
        if (w.Equals("next", StringComparison.OrdinalIgnoreCase))
        {
            return !(before && WordIs(doc, t + 1, "to"));
        }

        if (w.Equals("set", StringComparison.OrdinalIgnoreCase) && !(before && (WordIs(doc, t + 1, "to") || WordIs(doc, t + 1, "for"))))
        {
            return false;
        }

        return !IsPastPerfectPlan(doc, t, sentenceStart);
    }

    private static bool IsPastPerfectPlan(Document doc, int t, int sentenceStart)
        => (t - 1 >= sentenceStart && WordIs(doc, t - 1, "had")) || (t - 2 >= sentenceStart && WordIs(doc, t - 2, "had") && WordIs(doc, t - 1, "been"));

    private static bool IsClauseBreak(Document doc, int t)
    {
        var tok = doc.Tokens[t];
        if (tok.Kind != TokenKind.Punctuation)
        {
            return false;
        }

        char c = doc.Text[tok.Start];
        return c is ';' or '"' or '“' or '”' or '(' or ')';
    }

    private static Tense Classify(Document doc, int t, int sentenceStart, int sentenceEnd, bool leftSide, int expressionStart, int expressionEnd)
    {
        var tok = doc.Tokens[t];
        if (tok.Kind != TokenKind.Word)
        {
            return Tense.Unknown;
        }

        var w = doc.Text.AsSpan(tok.Start, tok.Length);
        if (ReportingLookup.Contains(w))
        {
            if (!leftSide && t - expressionEnd >= ReportingReach)
            {
                // "... in early March, an official from the organization said": the report, not the event.
                return Tense.Unknown;
            }

            return w.EndsWith("s", StringComparison.OrdinalIgnoreCase) || w.Equals("say", StringComparison.OrdinalIgnoreCase) ? Tense.Present : Tense.Past;
        }

        if (MarkerLookup.TryGetValue(w, out var marked))
        {
            if (marked == Tense.Future && !IsFutureMarker(doc, t, w, sentenceStart, sentenceEnd))
            {
                return IsPastPerfectPlan(doc, t, sentenceStart) ? Tense.Past : Tense.Unknown;
            }

            if (marked == Tense.Past && t > sentenceStart && doc.Tokens[t - 1] is var aux && doc.Text.AsSpan(aux.Start, aux.Length) is "be" or "being")
            {
                // "will be held": a passive takes its tense from the auxiliary before "be", as for -ed forms.
                return Tense.Unknown;
            }

            return marked;
        }

        if (tok.Pos is { } pos)
        {
            if (pos is "VBD")
            {
                return Tense.Past;
            }

            if (pos is "VBN" && t > sentenceStart && doc.Tokens[t - 1].Pos is { } before && (before.StartsWith("NN", StringComparison.Ordinal) || before == "PRP")
                && w.EndsWith("ed", StringComparison.Ordinal) && !NotPastLookup.Contains(w))
            {
                // "the operator changed from a fiscal year ...": a participle straight after its subject is the
                // past tense the tagger missed.
                return Tense.Past;
            }

            if (leftSide && pos is "VB" or "VBP" && t > sentenceStart && WordIs(doc, t - 1, "to") && expressionStart - t < ToVerbReach)
            {
                // "planned to leave Nairobi on Thursday": the infinitive looks ahead, whatever the tagger called it,
                // unless the plan is told in the past perfect ("had been scheduled to expire Friday").
                return t - 2 >= sentenceStart && IsPastPerfectPlan(doc, t - 2, sentenceStart) ? Tense.Past : Tense.Future;
            }

            if (pos is "VBZ" or "VBP")
            {
                return Tense.Present;
            }

            if (leftSide && pos == "TO" && t + 1 < sentenceEnd && doc.Tokens[t + 1].Pos == "VB")
            {
                return t - 1 >= sentenceStart && IsPastPerfectPlan(doc, t - 1, sentenceStart) ? Tense.Past : Tense.Future;
            }

            return Tense.Unknown;
        }

        // "to" + verb looks ahead only from the left ("prepares to leave office in January"); after the
        // expression it usually starts a purpose clause ("agreed in June to buy").
        if (leftSide && w.Equals("to", StringComparison.OrdinalIgnoreCase) && t + 1 < sentenceEnd && expressionStart - t <= ToVerbReach)
        {
            var next = doc.Tokens[t + 1];
            var nw = doc.Text.AsSpan(next.Start, next.Length);
            if (next.Kind == TokenKind.Word && char.IsLower(nw[0]) && !NotVerbAfterToLookup.Contains(nw)
                && !nw.EndsWith("ing", StringComparison.Ordinal) && !nw.EndsWith("ed", StringComparison.Ordinal)
                && !nw.EndsWith("s", StringComparison.Ordinal) && TimeLexicon.Lookup.TryGetValue(nw, out _) is false)
            {
                return Tense.Future;
            }

            return Tense.Unknown;
        }

        if (w.Length >= 5 && w.EndsWith("ed", StringComparison.Ordinal) && char.IsLower(w[0]) && !NotPastLookup.Contains(w))
        {
            // A passive after "be" ("must be returned") takes its tense from the auxiliary before it; "un-"
            // words and -ed words after a determiner are adjectives ("a still unspecified date", "the expected rise").
            if (w.StartsWith("un", StringComparison.Ordinal))
            {
                return Tense.Unknown;
            }

            if (t > sentenceStart && doc.Tokens[t - 1] is var prev && doc.Text.AsSpan(prev.Start, prev.Length) is "be" or "being" or "a" or "an" or "the" or "its" or "their" or "his" or "her" or "this" or "still")
            {
                return Tense.Unknown;
            }

            return Tense.Past;
        }

        return Tense.Unknown;
    }
}
