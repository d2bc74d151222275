using Sitrep.Entities;
using Sitrep.Pipeline;

namespace Sitrep.Quotes;

/// <summary>The second stage: candidate features for <see cref="AttributionScorer"/>, vetting, and collection for training.</summary>
internal sealed partial class QuoteFinder
{
    /// <summary>
    /// The least cue-model margin of a learned cue proposed to the scorer (the rules alone need a positive one); the scorer
    /// was trained on candidates proposed at this margin, so the two go together.
    /// </summary>
    internal const float ProposeMargin = -5f;

    /// <summary>Shortest labeller content proposed to the scorer (<c>backed Clinton</c>); the rules alone need <see cref="MinContentWords"/>.</summary>
    private const int MinProposedWords = 1;

    /// <summary>Runs the finder in collecting mode on a tagged document: fills its quotes and returns each one's scorer features.</summary>
    internal static List<ulong[]> Candidates(Document doc, CueModel cueModel, SpanModel spanModel)
    {
        doc.Quotes.Clear();
        doc.Attributions.Clear();
        var sink = new List<ulong[]>();
        new QuoteFinder(doc, cueModel, spanModel, scorer: null, candidateSink: sink).Run(CancellationToken.None);
        return sink;
    }

    /// <summary>Scores every candidate: drops those under the scorer's threshold, or records their features while collecting.</summary>
    private void ScoreCandidates()
    {
        Span<ulong> features = stackalloc ulong[AttributionScorer.MaxFeatures];
        Span<bool> drop = _found.Count <= 256 ? stackalloc bool[_found.Count] : new bool[_found.Count];
        bool any = false;
        for (int i = 0; i < _found.Count; i++)
        {
            var f = _found[i];
            int n = CandidateFeatures(f, features);
            if (_candidateSink is not null)
            {
                f.Features = features[..n].ToArray();
            }
            else if (_scorer!.Margin(features[..n]) < AttributionScorer.Threshold || !AgentGuardHolds(f))
            {
                drop[i] = any = true;
            }
        }

        if (!any)
        {
            return;
        }

        int w = 0;
        for (int i = 0; i < _found.Count; i++)
        {
            if (!drop[i])
            {
                _found[w++] = _found[i];
            }
        }

        _found.RemoveRange(w, _found.Count - w);
    }

    /// <summary>
    /// The agent guard of learned cues (a person or group as source, or a sure cue model), kept after the scorer: it lets
    /// through things as sources (<c>missile strikes continued</c>) that PolNeAR's political news seldom has to teach it.
    /// </summary>
    private bool AgentGuardHolds(Found f) => f.Origin is not (CandidateOrigin.RulesLearned or CandidateOrigin.FallbackLearned)
        || (f.SpeakerFirst >= 0 && AgentOrConfident(f.CueToken, f.SpeakerFirst, f.SpeakerEnd));

    private static readonly ulong None = FeatureHash.Of("-");
    private static readonly ulong Pronoun = FeatureHash.Of("PRON");
    private static readonly ulong GroupPronoun = FeatureHash.Of("GPRON");
    private static readonly ulong Who = FeatureHash.Of("WHO");
    private static readonly ulong Title = FeatureHash.Of("TITLE");

    /// <summary>The features of one candidate (version <see cref="AttributionScorer.FeatureVersion"/>); returns their count.</summary>
    private int CandidateFeatures(Found f, Span<ulong> dst)
    {
        int n = 0;
        int cue = f.CueToken;
        ulong origin = FeatureHash.Of((int)f.Origin);
        float margin = cue >= 0 && _cueModel is not null ? Margin(cue) : 0f;
        ulong marginBucket = FeatureHash.Of(MarginBucket(margin));
        ulong cueWord = cue >= 0 ? FeatureHash.OfLower(Word(cue)) : None;
        ulong cuePos = cue >= 0 && _tokens[cue].Pos is { } cp ? FeatureHash.Of(cp) : None;
        ulong cueClass = cue >= 0 && CueLexicon.TryGet(Word(cue), out var cls) ? FeatureHash.Of((int)cls + 1) : None;

        int ca = TokenAtOrAfter(f.Content.Start), cb = Math.Max(ca, TokenAtOrAfter(f.Content.End));
        int contentWords = WordCount(ca, cb);
        ulong contentLen = FeatureHash.Of(LengthBucket(contentWords));
        ulong source = SourceShape(f.SpeakerFirst, f.SpeakerEnd);
        ulong sourceLen = FeatureHash.Of(f.SpeakerFirst < 0 ? -1 : Math.Min(f.SpeakerEnd - f.SpeakerFirst, 6));
        int sourceSide = f.SpeakerFirst < 0 || cue < 0 ? 0 : f.SpeakerFirst < cue ? 1 : 2;
        int contentSide = cue < 0 ? 0 : cb <= cue ? 1 : ca > cue ? 2 : 3;
        ulong sides = FeatureHash.Of((sourceSide * 4) + contentSide);

        bool hasVerb = false, hasFinite = false, hasQuote = false;
        for (int t = ca; t < cb; t++)
        {
            if (_tokens[t].Pos is { } p && p.StartsWith("VB", StringComparison.Ordinal))
            {
                hasVerb = true;
                hasFinite |= p is "VBD" or "VBZ" or "VBP" || _tokens[t].Pos is "MD";
            }

            hasQuote |= _regionOf[t] >= 0;
        }

        var sentence = cue >= 0 ? SentenceOf(cue) : SentenceOf(Math.Min(ca, _tokens.Count - 1));
        int last = LastContentToken(sentence.FirstToken, sentence.EndToken);
        ulong bounds = FeatureHash.Of((ca <= sentence.FirstToken ? 1 : 0) + (cb >= last ? 2 : 0));
        ulong firstWord = ca < _tokens.Count ? FirstWordClass(ca) : None;
        int gap = cue < 0 ? -1 : contentSide == 2 ? Math.Min(ca - cue - 1, 5) : contentSide == 1 ? 6 + Math.Min(cue - cb, 3) : 10;
        int overlaps = 0;
        foreach (var other in _found)
        {
            if (other != f && other.Content.Start < f.Content.End && other.Content.End > f.Content.Start)
            {
                overlaps++;
            }
        }

        bool agent = f.SpeakerFirst >= 0 && f.SpeakerEnd > f.SpeakerFirst && IsAgentSpeaker(f.SpeakerFirst, f.SpeakerEnd);
        ulong flags = FeatureHash.Of((hasVerb ? 1 : 0) + (hasFinite ? 2 : 0) + (hasQuote ? 4 : 0));
        ulong subject = cue >= 0 ? _cueContext.SubjectClass(cue, sentence.FirstToken) : None;
        ulong next = cue >= 0 ? _cueContext.NextClass(cue, sentence.EndToken) : None;

        dst[n++] = FeatureHash.Feature(0, 1);
        dst[n++] = FeatureHash.Feature(1, origin);
        dst[n++] = FeatureHash.Feature(2, origin, marginBucket);
        dst[n++] = FeatureHash.Feature(3, cueWord);
        dst[n++] = FeatureHash.Feature(4, cueWord, origin);
        dst[n++] = FeatureHash.Feature(5, cuePos, origin);
        dst[n++] = FeatureHash.Feature(6, cueClass, origin);
        dst[n++] = FeatureHash.Feature(7, source);
        dst[n++] = FeatureHash.Feature(8, source, origin);
        dst[n++] = FeatureHash.Feature(9, sides, origin);
        dst[n++] = FeatureHash.Feature(10, contentLen, origin);
        dst[n++] = FeatureHash.Feature(11, firstWord, origin);
        dst[n++] = FeatureHash.Feature(12, flags, origin);
        dst[n++] = FeatureHash.Feature(13, bounds, origin);
        dst[n++] = FeatureHash.Feature(14, FeatureHash.Of(gap), origin);
        dst[n++] = FeatureHash.Feature(15, FeatureHash.Of(Math.Min(overlaps, 2)), origin);
        dst[n++] = FeatureHash.Feature(16, subject, origin);
        dst[n++] = FeatureHash.Feature(17, next, origin);
        dst[n++] = FeatureHash.Feature(18, sourceLen, origin);
        dst[n++] = FeatureHash.Feature(19, FeatureHash.Of((agent ? 1 : 0) + (f.Labelled ? 2 : 0)), origin);
        dst[n++] = FeatureHash.Feature(20, marginBucket, source);
        dst[n++] = FeatureHash.Feature(21, marginBucket, contentLen);
        dst[n++] = FeatureHash.Feature(22, cueWord, source);
        dst[n++] = FeatureHash.Feature(23, cueWord, next);
        dst[n++] = FeatureHash.Feature(24, marginBucket);
        dst[n++] = FeatureHash.Feature(25, cuePos, marginBucket);
        dst[n++] = FeatureHash.Feature(26, sides, contentLen);
        dst[n++] = FeatureHash.Feature(27, firstWord, cueWord);
        dst[n++] = FeatureHash.Feature(28, f.SpeakerFirst >= 0 && f.SpeakerEnd > f.SpeakerFirst ? FeatureHash.OfLower(Word(f.SpeakerEnd - 1)) : None);
        dst[n++] = FeatureHash.Feature(29, ca < _tokens.Count ? FeatureHash.OfLower(Word(ca)) : None);
        dst[n++] = FeatureHash.Feature(30, cue > 0 ? FeatureHash.OfLower(Word(cue - 1)) : None);
        dst[n++] = FeatureHash.Feature(31, cueWord, contentLen);
        if (f.Labelled)
        {
            var c = f.Confidence;
            dst[n++] = FeatureHash.Feature(40, FeatureHash.Of(LogBucket(c.ContentMean)), origin);
            dst[n++] = FeatureHash.Feature(41, FeatureHash.Of(LogBucket(c.ContentMin)));
            dst[n++] = FeatureHash.Feature(42, FeatureHash.Of(LogBucket(c.StartMargin)));
            dst[n++] = FeatureHash.Feature(43, FeatureHash.Of(LogBucket(c.EndMargin)));
            dst[n++] = FeatureHash.Feature(44, FeatureHash.Of(LogBucket(c.Source)), source);
            dst[n++] = FeatureHash.Feature(45, FeatureHash.Of(LogBucket(c.ContentMean)), marginBucket);
        }

        return n;
    }

    /// <summary>A signed logarithmic band of a labeller score difference (its scale depends on the model).</summary>
    private static int LogBucket(float x) => x >= 0 ? Math.Min(12, (int)MathF.Log2(1 + x)) : -Math.Min(12, (int)MathF.Log2(1 - x)) - 1;

    /// <summary>Cue-model margins in bands (the model's scale: 20 is "sure").</summary>
    private static int MarginBucket(float m) => m switch
    {
        < -10 => 0,
        < -5 => 1,
        < -2 => 2,
        < 0 => 3,
        < 2 => 4,
        < 5 => 5,
        < 10 => 6,
        < 20 => 7,
        < 40 => 8,
        _ => 9,
    };

    private static int LengthBucket(int words) => words switch
    {
        < 3 => words,
        < 5 => 3,
        < 8 => 4,
        < 12 => 5,
        < 20 => 6,
        < 35 => 7,
        _ => 8,
    };

    /// <summary>The content's first word: <c>that</c>, <c>to</c>, a question word, else its tag.</summary>
    private ulong FirstWordClass(int t)
    {
        var w = Word(t);
        if (w.Equals("that", StringComparison.OrdinalIgnoreCase) || w.Equals("to", StringComparison.OrdinalIgnoreCase) || Words.QuestionWords.Contains(w))
        {
            return FeatureHash.OfLower(w);
        }

        return _tokens[t].Pos is { } p ? FeatureHash.Of(p) : None;
    }

    /// <summary>What the source is: none, a pronoun, <c>who</c>, a title, the entity type of its head, else the head's tag.</summary>
    private ulong SourceShape(int sa, int sb)
    {
        if (sa < 0 || sb <= sa)
        {
            return None;
        }

        var head = Word(sb - 1);
        if (Words.PersonPronouns.Contains(head))
        {
            return Pronoun;
        }

        if (Words.GroupPronouns.Contains(head))
        {
            return GroupPronoun;
        }

        if (head.Equals("who", StringComparison.OrdinalIgnoreCase))
        {
            return Who;
        }

        if (Words.PersonTitles.Contains(head))
        {
            return Title;
        }

        byte entity = _cueContext.EntityOf is { } e && sb - 1 < e.Length ? e[sb - 1] : (byte)0;
        if (entity != 0)
        {
            return FeatureHash.Of(100 + entity);
        }

        return _tokens[sb - 1].Pos is { } p ? FeatureHash.Of(p) : None;
    }
}

/// <summary>
/// How sure the span labeller was of one labelling, from its per-token scores: the mean and least margin of the content
/// tokens' CONTENT score over their best other label, the margin by which the tokens just outside the content were not
/// content (start and end), and the source's mean margin (or, without a source, how close the best token came to one).
/// </summary>
internal readonly record struct LabelConfidence(float ContentMean, float ContentMin, float StartMargin, float EndMargin, float Source)
{
    public static LabelConfidence Of(ReadOnlySpan<float> emissions, ReadOnlySpan<byte> labels)
    {
        float sum = 0, min = float.MaxValue, sourceSum = 0, sourceBest = float.MinValue;
        int count = 0, sourceCount = 0, first = -1, last = -1;
        for (int i = 0; i < labels.Length; i++)
        {
            var e = emissions.Slice(i * 3, 3);
            float source = e[SpanModel.Source] - Math.Max(e[SpanModel.Outside], e[SpanModel.Content]);
            if (labels[i] == SpanModel.Content)
            {
                float m = e[SpanModel.Content] - Math.Max(e[SpanModel.Outside], e[SpanModel.Source]);
                sum += m;
                min = Math.Min(min, m);
                count++;
                first = first < 0 ? i : first;
                last = i;
            }
            else if (labels[i] == SpanModel.Source)
            {
                sourceSum += source;
                sourceCount++;
            }

            sourceBest = Math.Max(sourceBest, source);
        }

        float start = first > 0 ? emissions[((first - 1) * 3) + labels[first - 1]] - emissions[((first - 1) * 3) + SpanModel.Content] : 0;
        float end = last >= 0 && last + 1 < labels.Length ? emissions[((last + 1) * 3) + labels[last + 1]] - emissions[((last + 1) * 3) + SpanModel.Content] : 0;
        return new LabelConfidence(
            count > 0 ? sum / count : 0,
            count > 0 ? min : 0,
            start,
            end,
            sourceCount > 0 ? sourceSum / sourceCount : sourceBest);
    }
}
