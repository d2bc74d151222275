using Sitrep.Evaluation;
using Sitrep.Pipeline;
using Sitrep.Text;

namespace Sitrep.Quotes;

/// <summary>The attribution scores of one evaluation run (definitions in docs/quotes.md).</summary>
public sealed record AttributionResult(int Documents, Score SourceContent, Score Content, Score Cue, Score DirectContent, Score IndirectContent);

/// <summary>One document's scores, and which gold attributions and predictions matched on source+content.</summary>
public sealed record DocumentAttributionScore(Score SourceContent, Score Content, Score Cue, Score Direct, Score Indirect, bool[] GoldMatched, bool[] PredictedMatched);

/// <summary>
/// Why gold attributions were missed on source+content (docs/quotes.md): no predicted cue within
/// <see cref="AttributionEvaluation.NearCue"/> tokens of the gold cue; a cue that near but no content matching;
/// a matching content whose speaker is wrong or missing; or a right prediction already paired with another gold.
/// </summary>
/// <summary>Why one gold attribution was missed (see <see cref="MissCauses"/>); <see cref="None"/> when it was matched.</summary>
public enum MissCause
{
    None,
    NoCue,
    ContentMismatch,
    SourceWrong,
    TakenByOther,
}

public readonly record struct MissCauses(int NoCue, int ContentMismatch, int SourceWrong, int TakenByOther)
{
    public int Total => NoCue + ContentMismatch + SourceWrong + TakenByOther;

    public static MissCauses operator +(MissCauses a, MissCauses b)
        => new(a.NoCue + b.NoCue, a.ContentMismatch + b.ContentMismatch, a.SourceWrong + b.SourceWrong, a.TakenByOther + b.TakenByOther);
}

/// <summary>
/// Scores predicted quotes against PolNeAR attributions. Spans are compared as sets of word tokens (punctuation
/// left out). A predicted content matches a gold content when their shared tokens cover at least half of the
/// gold's tokens and at least half of the prediction's. Source+content: the content matches and the speaker
/// shares a token with the gold source (or both are absent). Cue: the cues share a token. Each gold attribution
/// and each prediction is used once (pairs taken best overlap first).
/// </summary>
public static class AttributionEvaluation
{
    /// <summary>Least share of tokens, of the gold content and of the predicted content, that must be shared.</summary>
    public const double MinContentOverlap = 0.5;

    /// <param name="onDocument">Called with each analyzed document, its gold and its scores (for error listings).</param>
    public static AttributionResult Evaluate(
        IReadOnlyList<PolnearDocument> documents,
        SitrepPipeline pipeline,
        Action<Document, PolnearDocument, DocumentAttributionScore>? onDocument = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(pipeline);
        Score sourceContent = default, content = default, cue = default, direct = default, indirect = default;
        foreach (var gold in documents)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var doc = pipeline.Analyze(gold.Name, gold.Text, gold.Published, cancellationToken);
            var scored = ScoreDocument(doc, gold.Attributions);
            onDocument?.Invoke(doc, gold, scored);
            sourceContent += scored.SourceContent;
            content += scored.Content;
            cue += scored.Cue;
            direct += scored.Direct;
            indirect += scored.Indirect;
        }

        return new AttributionResult(documents.Count, sourceContent, content, cue, direct, indirect);
    }

    /// <summary>
    /// Annotator agreement: on every text several annotators labelled, each other annotator's attributions scored as
    /// predictions against the first annotator's (the one <see cref="Evaluate"/> scores against), with the same matcher.
    /// Direct and indirect kinds are not told apart (both counts are left empty).
    /// </summary>
    public static (AttributionResult Result, int Pairs) Agreement(IReadOnlyList<PolnearDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        Score sourceContent = default, content = default, cue = default;
        int texts = 0, pairs = 0;
        foreach (var doc in documents)
        {
            if (doc.OtherAnnotators.Count == 0)
            {
                continue;
            }

            texts++;
            var tokens = Tokenizer.Tokenize(doc.Text);
            foreach (var other in doc.OtherAnnotators)
            {
                pairs++;
                var predContent = new int[other.Count][];
                var predSource = new int[other.Count][];
                var predCue = new int[other.Count][];
                var kinds = new bool[other.Count];
                int withCue = 0;
                for (int p = 0; p < other.Count; p++)
                {
                    withCue += other[p].Cue.Count > 0 ? 1 : 0;
                    predContent[p] = TokensIn(tokens, other[p].Content);
                    predSource[p] = TokensIn(tokens, other[p].Source);
                    predCue[p] = TokensIn(tokens, other[p].Cue);
                }

                var scored = ScoreTokens(tokens, doc.Attributions, predContent, predSource, predCue, withCue, kinds);
                sourceContent += scored.SourceContent;
                content += scored.Content;
                cue += scored.Cue;
            }
        }

        return (new AttributionResult(texts, sourceContent, content, cue, default, default), pairs);
    }

    /// <summary>Scores one analyzed document's quotes against its gold attributions.</summary>
    public static DocumentAttributionScore ScoreDocument(Document doc, IReadOnlyList<GoldAttribution> gold)
    {
        ArgumentNullException.ThrowIfNull(doc);
        ArgumentNullException.ThrowIfNull(gold);
        var tokens = doc.Tokens.Count > 0 ? doc.Tokens : Tokenizer.Tokenize(doc.Text);
        var (predContent, predSource, predCue) = PredictedTokens(tokens, doc.Quotes);
        var direct = new bool[doc.Quotes.Count];
        int withCue = 0;
        for (int p = 0; p < direct.Length; p++)
        {
            direct[p] = doc.Quotes[p].Kind == QuoteKinds.Direct;
            withCue += doc.Quotes[p].Cue is null ? 0 : 1;
        }

        return ScoreTokens(tokens, gold, predContent, predSource, predCue, withCue, direct);
    }

    /// <summary>The matcher: predictions given as token sets of content, source and cue (an empty cue: none).</summary>
    /// <param name="predictedWithCue">How many predictions have a cue (one of punctuation only has no tokens but counts).</param>
    private static DocumentAttributionScore ScoreTokens(
        List<Token> tokens, IReadOnlyList<GoldAttribution> gold, int[][] predContent, int[][] predSource, int[][] predCue, int predictedWithCue, bool[] direct)
    {
        int predictedCount = predContent.Length;
        var goldContent = new int[gold.Count][];
        var goldSource = new int[gold.Count][];
        var goldCue = new int[gold.Count][];
        for (int g = 0; g < gold.Count; g++)
        {
            goldContent[g] = TokensIn(tokens, gold[g].Content);
            goldSource[g] = TokensIn(tokens, gold[g].Source);
            goldCue[g] = TokensIn(tokens, gold[g].Cue);
        }

        var contentPairs = new List<(double Score, int G, int P)>();
        var sourcePairs = new List<(double Score, int G, int P)>();
        var cuePairs = new List<(double Score, int G, int P)>();
        for (int g = 0; g < gold.Count; g++)
        {
            for (int p = 0; p < predictedCount; p++)
            {
                int shared = Shared(goldContent[g], predContent[p]);
                if (goldContent[g].Length > 0 && predContent[p].Length > 0
                    && shared >= MinContentOverlap * goldContent[g].Length && shared >= MinContentOverlap * predContent[p].Length)
                {
                    double dice = 2.0 * shared / (goldContent[g].Length + predContent[p].Length);
                    contentPairs.Add((dice, g, p));
                    bool sourceOk = goldSource[g].Length == 0 ? predSource[p].Length == 0 : Shared(goldSource[g], predSource[p]) > 0;
                    if (sourceOk)
                    {
                        sourcePairs.Add((dice, g, p));
                    }
                }

                int cueShared = Shared(goldCue[g], predCue[p]);
                if (cueShared > 0)
                {
                    cuePairs.Add((2.0 * cueShared / (goldCue[g].Length + predCue[p].Length), g, p));
                }
            }
        }


        var contentMatched = Match(contentPairs, gold.Count, predictedCount, out var matchedPredictions, out _);
        int directTp = 0, directPred = 0, indirectTp = 0, indirectPred = 0;
        for (int p = 0; p < predictedCount; p++)
        {
            bool isDirect = direct[p];
            int tp = matchedPredictions[p] ? 1 : 0;
            if (isDirect)
            {
                directPred++;
                directTp += tp;
            }
            else
            {
                indirectPred++;
                indirectTp += tp;
            }
        }

        int sourceMatched = Match(sourcePairs, gold.Count, predictedCount, out var sourcePredUsed, out var sourceGoldUsed);
        return new DocumentAttributionScore(
            new Score(sourceMatched, predictedCount, gold.Count),
            new Score(contentMatched, predictedCount, gold.Count),
            new Score(Match(cuePairs, gold.Count, predictedCount, out _, out _), predictedWithCue, gold.Count),
            new Score(directTp, directPred, 0),
            new Score(indirectTp, indirectPred, 0),
            sourceGoldUsed,
            sourcePredUsed);
    }

    /// <summary>Most tokens between a predicted cue and a gold cue for the gold cue to count as found (miss causes).</summary>
    public const int NearCue = 2;

    /// <summary>Counts the gold attributions <paramref name="score"/> left unmatched on source+content by cause.</summary>
    public static MissCauses CountMisses(IReadOnlyList<MissCause> causes)
    {
        ArgumentNullException.ThrowIfNull(causes);
        MissCauses sum = default;
        foreach (var c in causes)
        {
            sum += c switch
            {
                MissCause.NoCue => new MissCauses(1, 0, 0, 0),
                MissCause.ContentMismatch => new MissCauses(0, 1, 0, 0),
                MissCause.SourceWrong => new MissCauses(0, 0, 1, 0),
                MissCause.TakenByOther => new MissCauses(0, 0, 0, 1),
                _ => default,
            };
        }

        return sum;
    }

    /// <summary>The cause of each gold attribution <paramref name="score"/> left unmatched on source+content.</summary>
    public static MissCause[] ExplainMisses(Document doc, IReadOnlyList<GoldAttribution> gold, DocumentAttributionScore score)
    {
        ArgumentNullException.ThrowIfNull(doc);
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(score);
        var tokens = doc.Tokens.Count > 0 ? doc.Tokens : Tokenizer.Tokenize(doc.Text);
        var predicted = doc.Quotes;
        var (predContent, predSource, predCue) = PredictedTokens(tokens, predicted);

        var causes = new MissCause[gold.Count];
        for (int g = 0; g < gold.Count; g++)
        {
            if (score.GoldMatched[g])
            {
                continue;
            }

            var content = TokensIn(tokens, gold[g].Content);
            var source = TokensIn(tokens, gold[g].Source);
            var cue = TokensIn(tokens, gold[g].Cue);
            bool contentRight = false, sourceRight = false, cueNear = false;
            for (int p = 0; p < predicted.Count; p++)
            {
                int shared = Shared(content, predContent[p]);
                if (content.Length > 0 && predContent[p].Length > 0
                    && shared >= MinContentOverlap * content.Length && shared >= MinContentOverlap * predContent[p].Length)
                {
                    contentRight = true;
                    sourceRight |= source.Length == 0 ? predSource[p].Length == 0 : Shared(source, predSource[p]) > 0;
                }

                cueNear |= Near(cue, predCue[p]);
            }

            causes[g] = contentRight
                ? sourceRight ? MissCause.TakenByOther : MissCause.SourceWrong
                : cueNear ? MissCause.ContentMismatch : MissCause.NoCue;
        }

        return causes;
    }

    private static bool Near(int[] a, int[] b)
    {
        foreach (int x in a)
        {
            foreach (int y in b)
            {
                if (Math.Abs(x - y) <= NearCue)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>One-to-one matching, best pairs first; returns the number of pairs taken.</summary>
    private static int Match(List<(double Score, int G, int P)> pairs, int goldCount, int predCount, out bool[] predUsed, out bool[] goldUsed)
    {
        pairs.Sort((a, b) => b.Score.CompareTo(a.Score) is var c && c != 0 ? c : a.G != b.G ? a.G.CompareTo(b.G) : a.P.CompareTo(b.P));
        goldUsed = new bool[goldCount];
        predUsed = new bool[predCount];
        int n = 0;
        foreach (var (_, g, p) in pairs)
        {
            if (goldUsed[g] || predUsed[p])
            {
                continue;
            }

            goldUsed[g] = predUsed[p] = true;
            n++;
        }

        return n;
    }

    /// <summary>The word and number tokens of each predicted quote's content, speaker and cue (empty when it has none).</summary>
    private static (int[][] Content, int[][] Source, int[][] Cue) PredictedTokens(List<Token> tokens, List<Quote> predicted)
    {
        var content = new int[predicted.Count][];
        var source = new int[predicted.Count][];
        var cue = new int[predicted.Count][];
        for (int p = 0; p < predicted.Count; p++)
        {
            var q = predicted[p];
            content[p] = TokensIn(tokens, [q.Content]);
            source[p] = q.Speaker is { } s ? TokensIn(tokens, [s]) : [];
            cue[p] = q.Cue is { } c ? TokensIn(tokens, [c]) : [];
        }

        return (content, source, cue);
    }

    /// <summary>Indices of the word and number tokens that overlap any of the fragments, ascending.</summary>
    private static int[] TokensIn(List<Token> tokens, IReadOnlyList<Span> fragments)
    {
        var result = new List<int>();
        foreach (var f in fragments)
        {
            for (int t = TokenSearch.FirstEndingAfter(tokens, f.Start); t < tokens.Count && tokens[t].Start < f.End; t++)
            {
                if (tokens[t].Kind is TokenKind.Word or TokenKind.Number)
                {
                    result.Add(t);
                }
            }
        }

        result.Sort();
        int w = 0;
        for (int i = 0; i < result.Count; i++)
        {
            if (w == 0 || result[i] != result[w - 1])
            {
                result[w++] = result[i];
            }
        }

        return [.. result[..w]];
    }

    private static int Shared(int[] a, int[] b)
    {
        int i = 0, j = 0, n = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                n++;
                i++;
                j++;
            }
            else if (a[i] < b[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return n;
    }
}
