using System.Collections.Frozen;
using Sitrep.Pipeline;

namespace Sitrep.Events;

/// <summary>
/// Decides whether a trigger reports something that happened: not negated ("did not strike"), not
/// hypothetical, future or conditional ("would signify", "may facilitate", "prepares to", "aims to"),
/// not an infinitive of purpose ("to target Russian positions"), not a question, not a background
/// anchor ("since the invasion"). A rule approximation of event factuality (FactBank's CT+ only).
/// </summary>
public static class Factuality
{
    /// <summary>How far left of a trigger, inside its clause, a modal or an intention word governs it.</summary>
    public const int ModalWindow = 10;

    /// <summary>How far left of a trigger the opener of a temporal clause under a modal ("will end when ...") is looked for.</summary>
    private const int TemporalReach = 2 * ModalWindow;

    /// <summary>How far right of a nominal trigger a modal makes it the subject of a hypothetical ("strikes on X would ..."); a
    /// schedule ("is to take place", "is scheduled") reaches <see cref="ModalWindow"/>.</summary>
    public const int SubjectReach = 5;

    /// <summary>Nouns of what may be done or happen ("the threat of", "an attempt to"): among the hypothetical words, but they
    /// make only a noun or a gerund hypothetical, not a finite verb (<see cref="PossibilityNouns"/>).</summary>
    private static readonly string[] PossibilityNounWords =
    [
        "threat", "threats", "danger", "risk", "scenario", "goal", "intention", "capability", "capabilities", "readiness",
        "permission", "potential", "possibility", "possibilities", "prospect", "prospects", "attempt", "attempts", "effort",
        "efforts", "pretext"
    ];

    /// <summary>Verbs of proposing or pressing for an act ("I also suggest convening a summit", "Ukraine insists on holding the TCG
    /// meeting", "recommended talks begin"): among the hypothetical words, but, like the possibility nouns, they make only a noun or
    /// a gerund hypothetical; a finite verb after them is a clause of its own ("reports suggest Russian forces shelled"). They are
    /// verbs of reporting too: a noun with a finite verb of its own after it is the subject of a reported clause, not what is
    /// proposed ("insisted the missile strike on Kyiv on Monday was carried out by Russia"; <see cref="HeadsReportedClause"/>).</summary>
    private static readonly string[] ProposalVerbWords =
    [
        "suggest", "suggests", "suggested", "suggesting", "recommend", "recommends", "recommended", "recommending", "insist",
        "insists", "insisted", "insisting", "advocated", "advocating"
    ];

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Hypothetical = Set(
        ["would", "could", "may", "might", "will", "shall", "should", "can", "must", "'ll", "’ll", "wo", "ca", "cannot",
        "aims", "aim", "aimed", "aiming", "plan", "plans", "planned", "planning", "prepare", "prepares", "preparing",
        "readying", "intend", "intends", "intended", "intending", "seek", "seeks", "seeking", "want", "wants",
        "wanted", "hope", "hopes", "hoped", "hoping", "expect", "expects", "expected", "expecting", "consider",
        "considers", "considering", "propose", "proposes", "proposed", "proposing", "promise", "promises", "promised", "vow", "vows",
        "vowed", "threaten", "threatens", "threatened", "warn", "warns", "warned", "warning", "fear", "fears", "feared",
        "risks", "possible", "possibly", "impending", "upcoming", "forthcoming", "eventual", "imminent", "future",
        "likely", "unlikely", "if", "unless", "whether", "ready", "able", "prevent", "avoid", "deter", "urge", "urges",
        "urged", "urging", "calls", "demand", "demands", "demanded", "demanding", "asked", "ask", "asks", "allow", "allowing",
        "capable", "prepared", "need", "needs", "necessary", "require", "requires", "envisage", "envisages",
        "envisaged", "call", "called", "calling", "tasked", "contemplating", "weighing", "mulling", "scheduled",
        "slated", "afraid", "scared", "worried", "supposed",
        .. PossibilityNounWords, .. ProposalVerbWords]);

    /// <summary>The hypothetical words that govern only a noun or a gerund: possibility nouns and proposal verbs.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PossibilityNouns =
        Set([.. PossibilityNounWords, .. ProposalVerbWords]);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ProposalVerbs = Set(ProposalVerbWords);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Scheduled = Set("scheduled", "slated", "planned");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Negation = Set(
        "not", "n't", "n’t", "never", "no", "neither", "nor", "without", "none");

    /// <summary>Verbs after which "to + trigger" still reports a fact ("continue to battle").</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Aspectual = Set(
        "continue", "continues", "continued", "continuing", "began", "begin", "begins", "begun", "started", "start",
        "starts", "resumed", "resume", "resumes", "managed", "went", "used", "decided", "voted", "agreed");

    /// <summary>Punctuation and words that open a clause of time, reason or contrast, or a relative clause: a clause of its own
    /// (<see cref="ClauseBreaks"/>; <c>EventCoder.ComplementBreaks</c> ends a request's complement at them).</summary>
    internal static readonly string[] SubordinateBreaks =
        [";", ":", "—", "–", "which", "who", "where", "while", "whereas", "but", "because", "although", "though", "amid", "as",
            "after", "when"];

    /// <summary>Words that start a new clause: a modal before them does not govern a trigger after them.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ClauseBreaks = Set(
        [.. SubordinateBreaks, "that", "whom", ".", "!"]);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Background = Set("since", "before", "until", "till", "prior");

    /// <summary>Words an infinitive's "to" may stand behind besides adverbs in -ly ("to be lifted").</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> InfinitiveWords = Set(
        "be", "to");

    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Set(params string[] words)
        => words.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when the trigger at token <paramref name="t"/> of <paramref name="sentence"/> reports an actual event.
    /// <paramref name="ownDate"/>: the trigger is a noun named with a calendar date of its own ("before Russia's February 24
    /// invasion"), an act of that date, so since/before/until before it do not make it a mere time anchor.</summary>
    public static bool IsFactual(Document doc, Sentence sentence, int t, bool asVerb, bool questionMark, bool ownDate = false)
    {
        if (questionMark)
        {
            return false;
        }

        var tokens = doc.Tokens;
        int negationReach = asVerb ? 4 : 2;

        // "called them cruel and urged them to stop": a past finite trigger after "and" is a verb of its own; past
        // verbs of asking or warning before it govern their own objects, not it. A modal governs a base form, so when the
        // tagger reads the trigger as a simple past (VBD) the modal is another clause's too ("said the US would continue to
        // draw down its embassy in Kyiv and reiterated calls"); a participle ("would be shelled and destroyed") stays under it.
        var self = doc.Slice(tokens[t].Span);
        bool coordinatedPast = asVerb && t - 1 >= sentence.FirstToken && self.EndsWith("ed", StringComparison.OrdinalIgnoreCase)
            && doc.Slice(tokens[t - 1].Span).Equals("and", StringComparison.OrdinalIgnoreCase);
        bool coordinatedSimplePast = coordinatedPast && tokens[t].Pos is "VBD";
        // "the possibility of Kyiv joining the alliance", "an attempt to pressure Russia into negotiating": a gerund is governed
        // by a noun of possibility before it as a noun is; a progressive ("is demanding") is a finite verb.
        bool finiteVerb = asVerb && !(self.EndsWith("ing", StringComparison.OrdinalIgnoreCase) && !(t - 1 >= sentence.FirstToken
            && IsBe(doc.Slice(tokens[t - 1].Span))));
        bool adjectivesOnly = !asVerb;
        for (int i = t - 1, n = 1; i >= sentence.FirstToken && n <= TemporalReach; i--, n++)
        {
            var w = doc.Slice(tokens[i].Span);

            // "waiting for the next Russian assault", "the next summit in Madrid": "next" before a noun, only adjectives between,
            // tells an act still to come; "the next day's attacks" names a time.
            if (adjectivesOnly && w.Equals("next", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            adjectivesOnly = adjectivesOnly && tokens[i].Pos is "JJ" or "NNP" or "NNPS";
            if (ClauseBreaks.Contains(w))
            {
                // "the war will only end when Moscow's forces withdraw": a temporal clause under a modal is as hypothetical as
                // its main clause.
                if (TemporalOpeners.Contains(w) && ModalBefore(doc, sentence, i))
                {
                    return false;
                }

                break;
            }

            // Past the modal window only a temporal clause's opener is looked for ("will become the ME when the Russian army in
            // the Donbas has been defeated and destroyed").
            if (n > ModalWindow)
            {
                continue;
            }

            if ((coordinatedPast && w.EndsWith("ed", StringComparison.OrdinalIgnoreCase))
                || (coordinatedSimplePast && IsModalToken(tokens[i].Pos, w)))
            {
                continue;
            }

            // "sees Nato as a security threat, and is demanding guarantees": a noun of possibility governs a noun or an
            // infinitive after it ("the threat of an attack", "the goal is to capture"), not a finite verb of its own.
            // "insisted the missile strike ... was carried out": a noun with a finite verb of its own after a proposal verb is a
            // reported clause too.
            if ((Hypothetical.Contains(w) && !(PossibilityNouns.Contains(w)
                    && (finiteVerb || (!asVerb && ProposalVerbs.Contains(w) && HeadsReportedClause(doc, sentence, t)))))
                || (n <= negationReach && Negation.Contains(w))
                || (n <= (asVerb ? 3 : 5) && !ownDate && Background.Contains(w)))
            {
                return false;
            }

            // "a conversation is to take place", "Sullivan is to signal": the present of "be" before "to" schedules.
            if (w.Equals("to", StringComparison.OrdinalIgnoreCase) && i - 1 >= sentence.FirstToken && IsPresentBe(doc.Slice(tokens[i - 1].Span)))
            {
                return false;
            }
        }

        if (asVerb && IsInfinitive(doc, sentence, t))
        {
            return false;
        }

        // "Under the guise of opposition protests, they would attempt ...": a noun in the opening phrase of a sentence whose
        // main clause is under a modal is as hypothetical as that clause.
        if (!asVerb && InOpeningPhraseOfModalClause(doc, sentence, t))
        {
            return false;
        }

        // A nominal trigger that is the subject of a modal: "an attack would ...", "fighting in dense areas would be".
        // "a conversation between the two ministers is to take place", "the call is scheduled": a scheduled meeting or act.
        // "Invading Ukraine will prove to be a self-inflicted wound", "Allowing the war in Ukraine to fester will only prolong ...",
        // "said in February that sending Western troops to Ukraine could not be ruled out": a gerund that opens its clause heads
        // the clause's subject as a noun does; its own object stands between it and the modal, so the modal may stand anywhere
        // before the clause's first finite verb.
        bool gerundSubject = asVerb && IsClauseOpeningGerund(doc, sentence, t);
        if (!asVerb || gerundSubject)
        {
            int modalReach = gerundSubject ? ModalWindow : SubjectReach;
            for (int i = t + 1; i < sentence.EndToken && i <= t + ModalWindow; i++)
            {
                var w = doc.Slice(tokens[i].Span);
                if (gerundSubject && tokens[i].Pos is "VBD" or "VBZ" or "VBP" && !IsBe(w))
                {
                    break;
                }

                // "a coup that would involve saboteurs": a relative clause under a modal makes its noun hypothetical too.
                if ((w.Equals("that", StringComparison.OrdinalIgnoreCase) || w.Equals("which", StringComparison.OrdinalIgnoreCase))
                    && i + 1 < sentence.EndToken && (IsModal(doc.Slice(tokens[i + 1].Span)) || IsExpectation(doc, sentence, i + 1)))
                {
                    return false;
                }

                // "a larger barrage is likely to cause damage", "the attack that was supposed to start": an expected act.
                if (IsExpectation(doc, sentence, i))
                {
                    return false;
                }

                // "a Russian invasion of Ukraine “could begin at any time”": a quote that opens on the modal quotes the clause's
                // predicate, not a new clause.
                if ((tokens[i].Kind == TokenKind.Punctuation && !(w.Length == 1 && EventCoder.IsQuoteMark(w[0]))) || ClauseBreaks.Contains(w))
                {
                    break;
                }

                if ((i <= t + modalReach && IsModal(w)) || Scheduled.Contains(w)
                    || (IsPresentBe(w) && i + 1 < sentence.EndToken && doc.Slice(tokens[i + 1].Span).Equals("to", StringComparison.OrdinalIgnoreCase)))
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>A past or third-person present verb (tags VBD, VBZ) follows the nominal trigger at <paramref name="t"/> within
    /// <see cref="ModalWindow"/> words, before any punctuation or clause break: the trigger is the subject of a clause of its own
    /// ("insisted the missile strike on Kyiv on Monday was carried out"). A bare verb ("recommended talks begin") or a modal is no
    /// such verb.</summary>
    private static bool HeadsReportedClause(Document doc, Sentence sentence, int t)
    {
        var tokens = doc.Tokens;
        for (int i = t + 1; i < sentence.EndToken && i <= t + ModalWindow; i++)
        {
            if (tokens[i].Kind == TokenKind.Punctuation || ClauseBreaks.Contains(doc.Slice(tokens[i].Span)))
            {
                return false;
            }

            if (tokens[i].Pos is "VBD" or "VBZ")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A gerund (-ing) that is the sentence's first word (after any opening punctuation) or stands right after "that":
    /// the head of its clause's subject.</summary>
    private static bool IsClauseOpeningGerund(Document doc, Sentence sentence, int t)
    {
        var tokens = doc.Tokens;
        if (!doc.Slice(tokens[t].Span).EndsWith("ing", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        int first = FirstWord(doc, sentence, t);
        return t == first || (t > first && doc.Slice(tokens[t - 1].Span).Equals("that", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The sentence's first token that is not punctuation (an opening quote or dash), or <paramref name="limit"/> when
    /// none comes before it.</summary>
    internal static int FirstWord(Document doc, Sentence sentence, int limit)
    {
        int first = sentence.FirstToken;
        while (first < limit && doc.Tokens[first].Kind == TokenKind.Punctuation)
        {
            first++;
        }

        return first;
    }

    /// <summary>The sentence opens with a preposition, the trigger comes before its first comma, and a modal is among the
    /// three words after that comma.</summary>
    private static bool InOpeningPhraseOfModalClause(Document doc, Sentence sentence, int t)
    {
        var tokens = doc.Tokens;
        if (tokens[sentence.FirstToken].Pos is not "IN")
        {
            return false;
        }

        for (int i = sentence.FirstToken + 1; i < sentence.EndToken; i++)
        {
            if (doc.Slice(tokens[i].Span) is not ",")
            {
                continue;
            }

            if (t > i)
            {
                return false;
            }

            for (int k = i + 1; k < sentence.EndToken && k <= i + 3; k++)
            {
                if (tokens[k].Pos is "MD")
                {
                    return true;
                }
            }

            return false;
        }

        return false;
    }

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TemporalOpeners = Set("when", "once", "until", "after", "before", "as");

    /// <summary>A modal (would, will, ...) up to four words before token <paramref name="i"/>, within its clause.</summary>
    private static bool ModalBefore(Document doc, Sentence sentence, int i)
    {
        for (int k = i - 1; k >= sentence.FirstToken && k >= i - 4; k--)
        {
            var w = doc.Slice(doc.Tokens[k].Span);
            if (doc.Tokens[k].Kind == TokenKind.Punctuation || ClauseBreaks.Contains(w))
            {
                return false;
            }

            if (IsModalToken(doc.Tokens[k].Pos, w))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A token tagged as a modal (<paramref name="pos"/>), or an untagged modal word (<paramref name="w"/> is its text).</summary>
    private static bool IsModalToken(string? pos, ReadOnlySpan<char> w) => pos is "MD" || (pos is null && IsModal(w));

    /// <summary>A modal or a verb of necessity that makes its subject hypothetical ("negotiations need to start").</summary>
    public static bool IsModal(ReadOnlySpan<char> w)
        => w.Equals("would", StringComparison.OrdinalIgnoreCase) || w.Equals("could", StringComparison.OrdinalIgnoreCase)
        || w.Equals("may", StringComparison.OrdinalIgnoreCase) || w.Equals("might", StringComparison.OrdinalIgnoreCase)
        || w.Equals("will", StringComparison.OrdinalIgnoreCase) || w.Equals("should", StringComparison.OrdinalIgnoreCase)
        || w.Equals("must", StringComparison.OrdinalIgnoreCase) || w.Equals("need", StringComparison.OrdinalIgnoreCase)
        || w.Equals("needs", StringComparison.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Expected = Set(
        "likely", "unlikely", "expected", "supposed", "set", "due");

    /// <summary>A form of "be" at token <paramref name="i"/>, then likely/expected/supposed/set/due and "to".</summary>
    private static bool IsExpectation(Document doc, Sentence sentence, int i)
        => i + 2 < sentence.EndToken && IsBe(doc.Slice(doc.Tokens[i].Span)) && Expected.Contains(doc.Slice(doc.Tokens[i + 1].Span))
        && doc.Slice(doc.Tokens[i + 2].Span).Equals("to", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The forms of "be" a third-person subject takes: the one list every copula and auxiliary set of the coder starts from,
    /// each adding by name what its rule needs.
    /// </summary>
    internal static readonly string[] ThirdPersonBe = ["is", "are", "was", "were"];

    /// <summary>Every form of "be" but "am": <see cref="ThirdPersonBe"/> with "be", "been" and "being".</summary>
    internal static readonly string[] BeButAm = [.. ThirdPersonBe, "be", "been", "being"];

    /// <summary>Every form of "be" but "being": <see cref="ThirdPersonBe"/> with "am", "be" and "been".</summary>
    internal static readonly string[] BeWords = [.. ThirdPersonBe, "am", "be", "been"];

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> BeSet = Set(BeWords);

    /// <summary>A form of "be" (<see cref="BeWords"/>; any case).</summary>
    internal static bool IsBe(ReadOnlySpan<char> w) => BeSet.Contains(w);

    /// <summary>A present form of "be": is, are, am (any case).</summary>
    internal static bool IsPresentBe(ReadOnlySpan<char> w)
        => w.Equals("is", StringComparison.OrdinalIgnoreCase) || w.Equals("are", StringComparison.OrdinalIgnoreCase) || w.Equals("am", StringComparison.OrdinalIgnoreCase);

    /// <summary>Words that attribute a sentence's act to a report: "according to", "reported", "citing sources".</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ReportWords = Set(
        "according", "report", "reports", "reported", "reportedly", "citing");

    /// <summary>Words that open a relative or conditional clause: a "was to" after them is that clause's plan ("the visit to Munich,
    /// where he was to appear") or a condition ("if Russia was to hit").</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PlanClauseOpeners = Set(
        "which", "where", "who", "whom", "whose", "if", "whether", "when", "unless");

    /// <summary>
    /// The "to" at <paramref name="to"/> follows "was" or "were" in a sentence that attributes its act to a report, with no
    /// relative or conditional clause opened between: the Polish reportive "miał" translated word for word ("World agencies
    /// report that Prime Minister Modi during a meeting with Vladimir Putin was to say", "As the Reuters agency recently
    /// reported, ... Vladimir Putin shortly after the invasion of 24 February was to reject the preliminary peace agreement"),
    /// a past act, not the English future in the past ("He was to meet Biden next week"), which tells no report. The verb at
    /// <paramref name="verb"/> must be active: no "be" between it and the "to".
    /// </summary>
    internal static bool IsReportiveWasTo(Document doc, Sentence sentence, int to, int verb)
    {
        var tokens = doc.Tokens;
        if (to - 1 < sentence.FirstToken)
        {
            return false;
        }

        // "was to be invited": a passive stays a plan.
        for (int i = to + 1; i <= verb; i++)
        {
            if (doc.Slice(tokens[i].Span).Equals("be", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        var be = doc.Slice(tokens[to - 1].Span);
        if (!be.Equals("was", StringComparison.OrdinalIgnoreCase) && !be.Equals("were", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        for (int i = to - 2; i >= sentence.FirstToken; i--)
        {
            var w = doc.Slice(tokens[i].Span);
            if (ReportWords.Contains(w))
            {
                return true;
            }

            if (PlanClauseOpeners.Contains(w))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"to strike", "to be lifted", "to swiftly deploy" unless an aspectual verb precedes the "to", or an active verb
    /// follows a reported "was to" (<see cref="IsReportiveWasTo"/>).</summary>
    private static bool IsInfinitive(Document doc, Sentence sentence, int t)
    {
        var tokens = doc.Tokens;
        for (int i = t - 1, n = 1; i >= sentence.FirstToken && n <= 3; i--, n++)
        {
            var w = doc.Slice(tokens[i].Span);
            if (w.Equals("to", StringComparison.OrdinalIgnoreCase))
            {
                return !(i - 1 >= sentence.FirstToken && Aspectual.Contains(doc.Slice(tokens[i - 1].Span)))
                    && !IsReportiveWasTo(doc, sentence, i, t);
            }

            bool skippable = InfinitiveWords.Contains(w) || w.EndsWith("ly", StringComparison.OrdinalIgnoreCase);
            if (!skippable)
            {
                return false;
            }
        }

        return false;
    }
}
