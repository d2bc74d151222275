using System.Buffers;
using Sitrep.Entities;
using Sitrep.Pipeline;

namespace Sitrep.Quotes;

/// <summary>
/// The learned source and content labeller (docs/quotes.md): given a cue token, labels each token of the cue's
/// sentence SOURCE, CONTENT or O with an averaged structured perceptron over features relative to the cue (signed
/// distance, words, tags, entity types, punctuation and quotation marks between the token and the cue), decoded by
/// Viterbi under constraints: one contiguous source span, at most two content segments, the cue itself outside.
/// </summary>
public sealed class SpanModel
{
    /// <summary>Model kind in the file header.</summary>
    public const string Kind = "attrspan";

    /// <summary>Version of the feature templates below; a model trained with other templates is refused.</summary>
    public const int FeatureVersion = 5;

    /// <summary>The embedded model file (src/Sitrep/Models/attrspan.bin).</summary>
    public const string FileName = "attrspan.bin";

    /// <summary>Upper bound on the features of one token.</summary>
    public const int MaxFeatures = 40;

    /// <summary>Most content segments one attribution may have ("A," he said, "B.").</summary>
    private const int MaxContentSegments = 2;

    internal const byte Outside = 0;
    internal const byte Source = 1;
    internal const byte Content = 2;

    internal static readonly string[] Labels = ["O", "SOURCE", "CONTENT"];

    private const int LabelCount = 3;

    /// <summary>Decoder states: label × source started (0/1) × content segments started (0..2).</summary>
    private const int States = LabelCount * 2 * (MaxContentSegments + 1);

    private static readonly Lazy<SpanModel> Embedded = new(
        () => new SpanModel(LinearModel.LoadEmbedded(FileName, Kind, FeatureVersion)), LazyThreadSafetyMode.ExecutionAndPublication);

    internal SpanModel(LinearModel model)
    {
        if (model.LabelCount != Labels.Length || model.Transitions is null)
        {
            throw new ModelFormatException($"attribution span model: expected {Labels.Length} labels with transitions, found {model.LabelCount}");
        }

        Model = model;
        (_slots, _mask) = CompactWeights.Build(model, (fingerprint, row) => new Slot(fingerprint, (short)row[Outside], (short)row[Source], (short)row[Content]));
        _distGroup = new int[DistGroups * LabelCount];
        _regionGroup = new int[RegionGroups * LabelCount];
        _clauseGroup = new int[4 * DistBuckets * LabelCount];
        Span<ulong> f = stackalloc ulong[8];
        for (int g = 0; g < DistGroups; g++)
        {
            ulong dist = (ulong)(g >> 4), commas = (ulong)((g >> 2) & 3), that = (ulong)((g >> 1) & 1), colon = (ulong)(g & 1);
            ulong side = SideOf(dist);
            f[0] = FeatureHash.Feature(0, 1);
            f[1] = FeatureHash.Feature(1, dist);
            f[2] = FeatureHash.Feature(13, that, side, dist);
            f[3] = FeatureHash.Feature(15, colon, side);
            f[4] = FeatureHash.Feature(17, dist, commas);
            f[5] = FeatureHash.Feature(26, commas, that, colon);
            Accumulate(f[..6], _distGroup.AsSpan(g * LabelCount, LabelCount));
        }

        for (int g = 0; g < RegionGroups; g++)
        {
            ulong side = (ulong)(g >> 7), quoted = (ulong)((g >> 5) & 3), boundary = (ulong)((g >> 4) & 1), other = (ulong)((g >> 3) & 1);
            ulong sentenceStart = (ulong)((g >> 2) & 1), otherCue = (ulong)((g >> 1) & 1), and = (ulong)(g & 1);
            f[0] = FeatureHash.Feature(14, quoted, boundary, side);
            f[1] = FeatureHash.Feature(28, other, sentenceStart, quoted);
            f[2] = FeatureHash.Feature(32, otherCue, and, side);
            Accumulate(f[..3], _regionGroup.AsSpan(g * LabelCount, LabelCount));
        }

        for (int g = 0; g < 4 * DistBuckets; g++)
        {
            f[0] = FeatureHash.Feature(35, (ulong)(g / DistBuckets), (ulong)(g % DistBuckets));
            Accumulate(f[..1], _clauseGroup.AsSpan(g * LabelCount, LabelCount));
        }
    }

    /// <summary>Buckets of <see cref="Bucket"/>.</summary>
    private const int DistBuckets = 12;

    /// <summary>dist bucket × commas (0–3) × that × colon: the features of <see cref="Features"/> made of these alone.</summary>
    private const int DistGroups = DistBuckets * 16;

    /// <summary>side × quoted (0–3) × boundary × other sentence × sentence start × other cue × and.</summary>
    private const int RegionGroups = 3 * 128;

    /// <summary>Token-level parts of <see cref="Features"/> that do not depend on the cue (<see cref="SpanContext.Prefixes"/>).</summary>
    internal const int PrefixCount = 17;

    /// <summary>
    /// The model's weights again, as one open-addressing table whose slots hold the key's fingerprint and the integer
    /// weights of its three labels together (12 bytes), so that a feature costs one cache miss instead of two (the
    /// index, then the padded row of <see cref="LinearModel"/>). Built with the same capacity, slot, fingerprint and
    /// insertion order as <see cref="LinearModel"/>'s index, so every key finds the same row (or none) as there.
    /// </summary>
    private readonly Slot[] _slots;
    private readonly int _mask;

    /// <summary>
    /// Summed integer weight rows of the templates whose parts take few values (distance, counts, flags), per combination,
    /// looked up once per model instead of once per token: integer sums are exact in any grouping, so scores do not change.
    /// </summary>
    private readonly int[] _distGroup;
    private readonly int[] _regionGroup;

    /// <summary>Template 35 (another clause between the token and the cue × distance bucket), summed per combination.</summary>
    private readonly int[] _clauseGroup;

    /// <summary>The shipped model, loaded once on first use.</summary>
    public static SpanModel Shared => Embedded.Value;

    /// <summary>Loads a model file (for tests and retraining).</summary>
    public static SpanModel Load(string path) => new(LinearModel.Load(path, Kind, FeatureVersion));

    public int FeatureCount => Model.FeatureCount;

    /// <summary>Writes the model file (versioned, checksummed; byte-identical for the same weights).</summary>
    public void Save(string path) => Model.Save(path);

    internal LinearModel Model { get; }

    /// <summary>
    /// The tokens labelled for the cue at <paramref name="cue"/>: its sentence, and the next one when the sentence ends with
    /// a colon (a content introduced by <c>said:</c>). Always taking the next sentence too gave the same dev score at twice the cost.
    /// </summary>
    internal static (int First, int End) Window(CueContext c, int cue)
    {
        int first = c.SentenceFirst[cue], end = c.SentenceEnd[cue];
        if (end < c.Tokens.Count && end > first && c.Text.AsSpan(c.Tokens[end - 1].Start, c.Tokens[end - 1].Length) is ":")
        {
            end = c.SentenceEnd[end];
        }

        return (first, end);
    }

    /// <summary>Labels the tokens [<paramref name="first"/>, <paramref name="end"/>) for the cue at <paramref name="cue"/>.</summary>
    internal void Label(SpanContext context, int cue, int first, int end, Span<byte> labels, SpanBuffers buffers)
    {
        int n = end - first;
        var emissions = buffers.Emissions(n * LabelCount);
        Emissions(context, cue, first, end, emissions, buffers);
        Decode(emissions, Model.Transitions!, n, cue - first, labels, buffers);
    }

    /// <summary>
    /// The scores of <see cref="Features"/> summed for each token of the window, without hashing every template per
    /// token: cue-independent parts come hashed once per token (<see cref="SpanContext.Prefixes"/>), templates over
    /// small value sets come pre-summed per model, and the cue's own word templates per distance bucket. Gives the same
    /// integer sums, hence the same floats, as <see cref="Features"/> with <see cref="LinearModel.Score"/>, which
    /// training keeps using.
    /// </summary>
    internal void Emissions(SpanContext context, int cue, int first, int end, Span<float> emissions, SpanBuffers buffers)
    {
        int n = end - first;
        const int stride = LabelCount;
        var cc = context.Cue;
        var between = buffers.Between(n);
        Between(context, cue, first, end, between);
        int cueSf = cc.SentenceFirst[cue];
        int cueSe = cc.SentenceEnd[cue];
        ulong cueWord = context.WordAt(cue, cueSf, cueSe);
        ulong cuePos = context.PosAt(cue, cueSf, cueSe);
        ulong afterCue = context.WordAt(cue + 1, cueSf, cueSe);
        ulong beforeCue = context.WordAt(cue - 1, cueSf, cueSe);
        ulong endsCueSentence = context.WordAt(cueSe - 1, cueSf, cueSe);
        ulong c11 = FeatureHash.Feature(11, cueWord);
        ulong c19 = FeatureHash.Feature(19, cuePos);
        Span<ulong> c25 = stackalloc ulong[4];
        for (int q = 0; q < 4; q++)
        {
            c25[q] = FeatureHash.Mix(FeatureHash.Feature(25, (ulong)q) + cueWord);
        }

        Span<ulong> c29 = stackalloc ulong[2];
        c29[0] = FeatureHash.Mix(FeatureHash.Feature(29, 0) + endsCueSentence);
        c29[1] = FeatureHash.Mix(FeatureHash.Feature(29, 1) + endsCueSentence);

        // Templates 10, 20 and 21 depend on the token only through its distance bucket: summed per bucket on first use.
        var cueRows = buffers.CueRows(DistBuckets * stride);
        cueRows.Clear();
        int filled = 0;
        Span<ulong> three = stackalloc ulong[3];

        int cueRegion = cc.RegionOf[cue] >= 0 ? 2 : 0;
        var prefixes = context.Prefixes(first, end);
        Span<ulong> f = stackalloc ulong[MaxFeatures];
        Span<int> acc = stackalloc int[stride];
        for (int i = 0; i < n; i++)
        {
            int t = first + i;
            int b = between[i];
            int d = (int)Bucket(t - cue);
            ulong dist = (ulong)d;
            ulong side = SideOf(dist);
            var k = prefixes.Slice(i * PrefixCount, PrefixCount);
            ulong p0 = k[16];
            int commas = b & 3, that = (b >> 2) & 1, boundary = (b >> 3) & 1, colon = (b >> 4) & 1;
            int other = (b >> 5) & 1, otherCue = (b >> 6) & 1, and = (b >> 7) & 1;
            int quoted = (cc.RegionOf[t] >= 0 ? 1 : 0) | cueRegion;
            int sentenceStart = t == cc.SentenceFirst[t] ? 1 : 0;

            int m = 0;
            f[m++] = FeatureHash.Mix(k[0] + side);
            f[m++] = FeatureHash.Mix(k[1] + dist);
            f[m++] = FeatureHash.Mix(k[2] + side);
            f[m++] = FeatureHash.Mix(k[3] + side);
            f[m++] = FeatureHash.Mix(k[4] + side);
            f[m++] = FeatureHash.Mix(k[5] + side);
            f[m++] = FeatureHash.Mix(k[6] + side);
            f[m++] = FeatureHash.Mix(k[7] + side);
            f[m++] = FeatureHash.Mix(FeatureHash.Mix(c11 + p0) + side);
            f[m++] = FeatureHash.Mix(FeatureHash.Mix(FeatureHash.Feature(12, (ulong)commas) + side) + p0);
            f[m++] = FeatureHash.Mix(k[8] + side);
            f[m++] = FeatureHash.Mix(k[9] + dist);
            f[m++] = FeatureHash.Mix(FeatureHash.Mix(c19 + p0) + side);
            f[m++] = FeatureHash.Mix(k[10] + side);
            f[m++] = k[11];
            f[m++] = FeatureHash.Mix(k[12] + cueWord);
            f[m++] = FeatureHash.Mix(c25[quoted] + side);
            f[m++] = FeatureHash.Mix(k[13] + afterCue);
            f[m++] = FeatureHash.Mix(c29[other] + (ulong)quoted);
            f[m++] = FeatureHash.Mix(k[14] + dist);
            f[m++] = FeatureHash.Mix(k[15] + dist);
            f[m++] = FeatureHash.Mix(FeatureHash.Mix(FeatureHash.Feature(33, (ulong)otherCue) + p0) + side);
            f[m++] = FeatureHash.Mix(FeatureHash.Mix(FeatureHash.Feature(34, (ulong)and) + p0) + side);
            int clause = (b >> 8) & 3;
            f[m++] = FeatureHash.Feature(36, (ulong)clause, p0, side);

            acc.Clear();
            Accumulate(f[..m], acc);
            if ((filled & (1 << d)) == 0)
            {
                three[0] = FeatureHash.Feature(10, cueWord, side);
                three[1] = FeatureHash.Feature(20, afterCue, side, dist);
                three[2] = FeatureHash.Feature(21, beforeCue, side, dist);
                Accumulate(three, cueRows.Slice(d * stride, stride));
                filled |= 1 << d;
            }

            var distRow = _distGroup.AsSpan(((d << 4) | (commas << 2) | (that << 1) | colon) * stride, stride);
            int region = ((int)side << 7) | (quoted << 5) | (boundary << 4) | (other << 3) | (sentenceStart << 2) | (otherCue << 1) | and;
            var regionRow = _regionGroup.AsSpan(region * stride, stride);
            var cueRow = cueRows.Slice(d * stride, stride);
            var clauseRow = _clauseGroup.AsSpan(((clause * DistBuckets) + d) * stride, stride);
            for (int l = 0; l < LabelCount; l++)
            {
                acc[l] += distRow[l] + regionRow[l] + cueRow[l] + clauseRow[l];
            }

            Model.Finish(acc, emissions.Slice(i * LabelCount, LabelCount));
        }
    }

    /// <summary>Adds the integer weights of the known features to <paramref name="acc"/> (one per label).</summary>
    private void Accumulate(ReadOnlySpan<ulong> features, Span<int> acc)
    {
        var slots = _slots;
        int mask = _mask;
        int o = acc[Outside], s = acc[Source], c = acc[Content];
        foreach (ulong key in features)
        {
            int slot = (int)(key & (ulong)mask);
            uint fingerprint = (uint)(key >> 32);
            while (true)
            {
                ref readonly var e = ref slots[slot];
                if (e.Used == 0)
                {
                    break;
                }

                if (e.Fingerprint == fingerprint)
                {
                    o += e.Outside;
                    s += e.Source;
                    c += e.Content;
                    break;
                }

                slot = (slot + 1) & mask;
            }
        }

        acc[Outside] = o;
        acc[Source] = s;
        acc[Content] = c;
    }

    /// <summary>One slot of <see cref="_slots"/>; <see cref="Used"/> is 0 for an empty one.</summary>
    private readonly struct Slot(uint fingerprint, short outside, short source, short content) : CompactWeights.ISlot
    {
        public readonly uint Fingerprint = fingerprint;
        public readonly short Outside = outside;
        public readonly short Source = source;
        public readonly short Content = content;
        public readonly short Used = 1;

        uint CompactWeights.ISlot.Fingerprint => Fingerprint;

        bool CompactWeights.ISlot.Used => Used != 0;
    }

    /// <summary>
    /// Per token of the window, what lies between it and the cue: commas (0–3), a <c>that</c>, a quotation mark
    /// boundary, a colon or semicolon, packed into one number.
    /// </summary>
    internal static void Between(SpanContext c, int cue, int first, int end, Span<int> between)
    {
        var tokens = c.Cue.Tokens;
        var text = c.Cue.Text;

        // Walk outwards from the cue on each side, accumulating what was passed.
        for (int side = -1; side <= 1; side += 2)
        {
            int commas = 0, that = 0, boundary = 0, colon = 0, sentence = 0, cue2 = 0, and = 0, finite = 0, subordinate = 0;
            int prevRegion = c.Cue.RegionOf[cue];
            int cueSentence = c.Cue.SentenceFirst[cue];
            for (int t = cue + side; t >= first && t < end; t += side)
            {
                sentence |= c.Cue.SentenceFirst[t] != cueSentence ? 1 : 0;
                between[t - first] = Math.Min(commas, 3) | (that << 2) | (boundary << 3) | (colon << 4) | (sentence << 5) | (cue2 << 6) | (and << 7)
                    | (finite << 8) | (subordinate << 9);
                var w = text.AsSpan(tokens[t].Start, tokens[t].Length);
                cue2 |= c.IsLexiconCue(t) ? 1 : 0;
                and |= tokens[t].Pos is "CC" ? 1 : 0;
                finite |= tokens[t].Pos is "VBD" or "VBZ" or "VBP" or "MD" ? 1 : 0;
                subordinate |= Words.Subordinators.Contains(w) ? 1 : 0;
                if (w is ",")
                {
                    commas++;
                }
                else if (w is ";" or ":" or "—" or "–" or "(" or ")")
                {
                    colon = 1;
                }
                else if (w.Equals("that", StringComparison.OrdinalIgnoreCase))
                {
                    that = 1;
                }

                if (c.Cue.RegionOf[t] != prevRegion)
                {
                    boundary = 1;
                    prevRegion = c.Cue.RegionOf[t];
                }
            }
        }

        between[cue - first] = 0;
    }

    /// <summary>The side of the cue a distance bucket lies on (0 the cue itself, 1 before, 2 after), as in <see cref="Features"/>.</summary>
    private static ulong SideOf(ulong bucket) => bucket < 5 ? 1UL : bucket == 5 ? 0UL : 2UL;

    private static ulong Bucket(int d) => d switch
    {
        <= -10 => 0,
        <= -6 => 1,
        <= -3 => 2,
        -2 => 3,
        -1 => 4,
        0 => 5,
        1 => 6,
        2 => 7,
        <= 5 => 8,
        <= 9 => 9,
        <= 15 => 10,
        _ => 11,
    };

    /// <summary>Writes the features of token <paramref name="t"/> for the cue at <paramref name="cue"/>; returns their count.</summary>
    internal static int Features(SpanContext c, int cue, int t, int between, Span<ulong> f)
    {
        var cc = c.Cue;
        int sf = cc.SentenceFirst[t];
        int se = cc.SentenceEnd[t];
        int cueSf = cc.SentenceFirst[cue];
        int cueSe = cc.SentenceEnd[cue];
        ulong side = t < cue ? 1UL : t > cue ? 2UL : 0UL;
        ulong dist = Bucket(t - cue);
        ulong w0 = c.WordAt(t, sf, se);
        ulong wm1 = c.WordAt(t - 1, sf, se);
        ulong wp1 = c.WordAt(t + 1, sf, se);
        ulong p0 = c.PosAt(t, sf, se);
        ulong pm1 = c.PosAt(t - 1, sf, se);
        ulong pp1 = c.PosAt(t + 1, sf, se);
        ulong ch0 = c.ChunkAt(t, sf, se);
        ulong chm1 = c.ChunkAt(t - 1, sf, se);
        ulong cueWord = c.WordAt(cue, cueSf, cueSe);
        ulong cuePos = c.PosAt(cue, cueSf, cueSe);
        ulong afterCue = c.WordAt(cue + 1, cueSf, cueSe);
        ulong beforeCue = c.WordAt(cue - 1, cueSf, cueSe);
        ulong other = (ulong)((between >> 5) & 1);
        ulong endsCueSentence = c.WordAt(cueSe - 1, cueSf, cueSe);
        ulong entity = c.EntityOf[t];
        ulong commas = (ulong)(between & 3);
        ulong that = (ulong)((between >> 2) & 1);
        ulong boundary = (ulong)((between >> 3) & 1);
        ulong colon = (ulong)((between >> 4) & 1);
        ulong quoted = (ulong)(cc.RegionOf[t] >= 0 ? 1 : 0) | (ulong)(cc.RegionOf[cue] >= 0 ? 2 : 0);
        var word = cc.Text.AsSpan(cc.Tokens[t].Start, cc.Tokens[t].Length);
        ulong cap = word.Length > 0 && char.IsUpper(word[0]) ? 1UL : 0UL;

        int n = 0;
        f[n++] = FeatureHash.Feature(0, 1);
        f[n++] = FeatureHash.Feature(1, dist);
        f[n++] = FeatureHash.Feature(2, w0, side);
        f[n++] = FeatureHash.Feature(3, p0, dist);
        f[n++] = FeatureHash.Feature(4, pm1, p0, side);
        f[n++] = FeatureHash.Feature(5, p0, pp1, side);
        f[n++] = FeatureHash.Feature(6, wm1, side);
        f[n++] = FeatureHash.Feature(7, wp1, side);
        f[n++] = FeatureHash.Feature(8, ch0, chm1, side);
        f[n++] = FeatureHash.Feature(9, entity, side);
        f[n++] = FeatureHash.Feature(10, cueWord, side);
        f[n++] = FeatureHash.Feature(11, cueWord, p0, side);
        f[n++] = FeatureHash.Feature(12, commas, side, p0);
        f[n++] = FeatureHash.Feature(13, that, side, dist);
        f[n++] = FeatureHash.Feature(14, quoted, boundary, side);
        f[n++] = FeatureHash.Feature(15, colon, side);
        f[n++] = FeatureHash.Feature(16, cap, p0, side);
        f[n++] = FeatureHash.Feature(17, dist, commas);
        f[n++] = FeatureHash.Feature(18, w0, dist);
        f[n++] = FeatureHash.Feature(19, cuePos, p0, side);
        f[n++] = FeatureHash.Feature(20, afterCue, side, dist);
        f[n++] = FeatureHash.Feature(21, beforeCue, side, dist);
        f[n++] = FeatureHash.Feature(22, (ulong)Math.Min(t - sf, 3), (ulong)Math.Min(se - 1 - t, 3), side);
        f[n++] = FeatureHash.Feature(23, pm1, p0, pp1);
        f[n++] = FeatureHash.Feature(24, entity, cueWord);
        f[n++] = FeatureHash.Feature(25, quoted, cueWord, side);
        f[n++] = FeatureHash.Feature(26, commas, that, colon);
        f[n++] = FeatureHash.Feature(27, p0, afterCue);
        f[n++] = FeatureHash.Feature(28, other, (ulong)(t == sf ? 1 : 0), quoted);
        f[n++] = FeatureHash.Feature(29, other, endsCueSentence, quoted);
        f[n++] = FeatureHash.Feature(30, entity, dist);
        f[n++] = FeatureHash.Feature(31, ch0, dist);
        ulong otherCue = (ulong)((between >> 6) & 1);
        ulong and = (ulong)((between >> 7) & 1);
        f[n++] = FeatureHash.Feature(32, otherCue, and, side);
        f[n++] = FeatureHash.Feature(33, otherCue, p0, side);
        f[n++] = FeatureHash.Feature(34, and, p0, side);

        // Version 5: another clause between the token and the cue (a finite verb, a subordinator or relative pronoun).
        ulong clause = (ulong)((between >> 8) & 3);
        f[n++] = FeatureHash.Feature(35, clause, dist);
        f[n++] = FeatureHash.Feature(36, clause, p0, side);
        return n;
    }

    private static int StateOf(int label, int source, int segments) => (((label * 2) + source) * (MaxContentSegments + 1)) + segments;

    private static int LabelOf(int state) => state / (2 * (MaxContentSegments + 1));

    /// <summary>Per decoder state and label, the state it leads to, or -1 where the span constraints forbid it.</summary>
    private static readonly sbyte[] NextStates = BuildNextStates();

    private static sbyte[] BuildNextStates()
    {
        var next = new sbyte[States * LabelCount];
        for (int ps = 0; ps < States; ps++)
        {
            int pl = LabelOf(ps);
            int pSource = ps / (MaxContentSegments + 1) % 2;
            int pSegments = ps % (MaxContentSegments + 1);
            next[(ps * LabelCount) + Outside] = (sbyte)StateOf(Outside, pSource, pSegments);
            next[(ps * LabelCount) + Source] = (sbyte)(pl != Source && pSource == 1 ? -1 : StateOf(Source, 1, pSegments));
            next[(ps * LabelCount) + Content] = (sbyte)(pl != Content && pSegments == MaxContentSegments
                ? -1
                : StateOf(Content, pSource, pl == Content ? pSegments : pSegments + 1));
        }

        return next;
    }

    /// <summary>
    /// Best label sequence under the span constraints. <paramref name="transitions"/> is (labels + 1) × labels, last row
    /// the start; the token at <paramref name="cueAt"/> (when inside the window) is always outside.
    /// </summary>
    internal static void Decode(ReadOnlySpan<float> emissions, ReadOnlySpan<float> transitions, int n, int cueAt, Span<byte> labels, SpanBuffers buffers)
    {
        if (n == 0)
        {
            return;
        }

        var score = buffers.Scores(n * States);
        var back = buffers.Back(n * States);
        score.Fill(float.NegativeInfinity);
        for (int l = 0; l < LabelCount; l++)
        {
            if (l != Outside && cueAt == 0)
            {
                continue;
            }

            int s = StateOf(l, l == Source ? 1 : 0, l == Content ? 1 : 0);
            score[s] = emissions[l] + transitions[(LabelCount * LabelCount) + l];
            back[s] = -1;
        }

        for (int i = 1; i < n; i++)
        {
            var prev = score.Slice((i - 1) * States, States);
            var cur = score.Slice(i * States, States);
            var curBack = back.Slice(i * States, States);
            bool cueHere = i == cueAt;
            var e = emissions.Slice(i * LabelCount, LabelCount);
            for (int ps = 0; ps < States; ps++)
            {
                float p = prev[ps];
                if (float.IsNegativeInfinity(p))
                {
                    continue;
                }

                var next = NextStates.AsSpan(ps * LabelCount, LabelCount);
                var trans = transitions.Slice(LabelOf(ps) * LabelCount, LabelCount);
                for (int l = 0; l < (cueHere ? 1 : LabelCount); l++)
                {
                    int ns = next[l];
                    if (ns < 0)
                    {
                        continue;
                    }

                    float v = p + trans[l] + e[l];
                    if (v > cur[ns])
                    {
                        cur[ns] = v;
                        curBack[ns] = (short)ps;
                    }
                }
            }
        }

        var last = score.Slice((n - 1) * States, States);
        int best = 0;
        for (int s = 1; s < States; s++)
        {
            if (last[s] > last[best])
            {
                best = s;
            }
        }

        for (int i = n - 1; i >= 0; i--)
        {
            labels[i] = (byte)(best / (2 * (MaxContentSegments + 1)));
            best = back[(i * States) + best];
        }
    }
}

/// <summary>Reusable decoding buffers (one per finder or trainer thread).</summary>
internal sealed class SpanBuffers
{
    private float[] _emissions = new float[256];
    private float[] _scores = new float[1024];
    private short[] _back = new short[1024];
    private int[] _between = new int[128];
    private int[] _cueRows = new int[128];

    public Span<float> Emissions(int n) => Grow(ref _emissions, n).AsSpan(0, n);

    public Span<float> Scores(int n) => Grow(ref _scores, n).AsSpan(0, n);

    public Span<short> Back(int n) => Grow(ref _back, n).AsSpan(0, n);

    public Span<int> Between(int n) => Grow(ref _between, n).AsSpan(0, n);

    public Span<int> CueRows(int n) => Grow(ref _cueRows, n).AsSpan(0, n);

    private static T[] Grow<T>(ref T[] array, int n)
    {
        if (array.Length < n)
        {
            array = new T[Math.Max(n, array.Length * 2)];
        }

        return array;
    }
}

/// <summary>
/// Per-document inputs of the span features: the cue context, the entity type of each token, and the hashed word, tag and
/// chunk of each token, computed on first use (only the windows of cues are ever hashed). Its arrays are rented from the
/// shared pool (several words per token, so one document's worth each time) and returned by <see cref="Dispose"/>; a
/// context that is never disposed (the trainer keeps its contexts for every epoch) leaves them to the collector.
/// </summary>
internal sealed class SpanContext : IDisposable
{
    private static readonly ulong NoEntity = FeatureHash.Of("-");
    private static readonly ulong NoTag = FeatureHash.Of("-");

    private readonly ulong[] _word;
    private readonly ulong[] _pos;
    private readonly ulong[] _chunk;
    private readonly bool[] _ready;
    private readonly bool[] _lexicon;
    private readonly Document _doc;
    private readonly int _count;
    private ulong[]? _entityOf;
    private ulong[]? _prefixes;
    private bool[]? _prefixReady;

    public SpanContext(Document doc, CueContext cue)
    {
        _doc = doc;
        Cue = cue;
        int n = doc.Tokens.Count;
        _count = n;
        _word = ArrayPool<ulong>.Shared.Rent(n);
        _pos = ArrayPool<ulong>.Shared.Rent(n);
        _chunk = ArrayPool<ulong>.Shared.Rent(n);
        _lexicon = ArrayPool<bool>.Shared.Rent(n);

        // Rented arrays hold old values: only the ready flags must start clear, everything else is written before it is read.
        _ready = ArrayPool<bool>.Shared.Rent(n);
        Array.Clear(_ready, 0, n);
    }

    public void Dispose()
    {
        ArrayPool<ulong>.Shared.Return(_word);
        ArrayPool<ulong>.Shared.Return(_pos);
        ArrayPool<ulong>.Shared.Return(_chunk);
        ArrayPool<bool>.Shared.Return(_lexicon);
        ArrayPool<bool>.Shared.Return(_ready);
        if (_entityOf is not null)
        {
            ArrayPool<ulong>.Shared.Return(_entityOf);
        }

        if (_prefixes is not null)
        {
            ArrayPool<ulong>.Shared.Return(_prefixes);
            ArrayPool<bool>.Shared.Return(_prefixReady!);
        }
    }

    public CueContext Cue { get; }

    /// <summary>The entity type of each token (hashed), or a no-entity value.</summary>
    public ulong[] EntityOf => _entityOf ??= EntityTypes(_doc);

    public ulong WordAt(int t, int sf, int se) => t < sf ? FeatureHash.Begin : t >= se ? FeatureHash.End : Ready(t)._word[t];

    public ulong PosAt(int t, int sf, int se) => t < sf ? FeatureHash.Begin : t >= se ? FeatureHash.End : Ready(t)._pos[t];

    public ulong ChunkAt(int t, int sf, int se) => t < sf ? FeatureHash.Begin : t >= se ? FeatureHash.End : Ready(t)._chunk[t];

    /// <summary>
    /// The cue-independent parts of each token's features for [<paramref name="first"/>, <paramref name="end"/>),
    /// <see cref="SpanModel.PrefixCount"/> per token, hashed on first use: the templates' leading parts (words, tags,
    /// chunks and entity type around the token), template 23 whole, and the token's tag.
    /// </summary>
    public ReadOnlySpan<ulong> Prefixes(int first, int end)
    {
        const int k = SpanModel.PrefixCount;
        var prefixes = _prefixes ??= ArrayPool<ulong>.Shared.Rent(_count * k);
        var ready = _prefixReady ??= RentCleared(_count);
        for (int t = first; t < end; t++)
        {
            if (ready[t])
            {
                continue;
            }

            int sf = Cue.SentenceFirst[t];
            int se = Cue.SentenceEnd[t];
            ulong w0 = WordAt(t, sf, se);
            ulong wm1 = WordAt(t - 1, sf, se);
            ulong wp1 = WordAt(t + 1, sf, se);
            ulong p0 = PosAt(t, sf, se);
            ulong pm1 = PosAt(t - 1, sf, se);
            ulong pp1 = PosAt(t + 1, sf, se);
            ulong ch0 = ChunkAt(t, sf, se);
            ulong chm1 = ChunkAt(t - 1, sf, se);
            ulong entity = EntityOf[t];
            var token = Cue.Tokens[t];
            ulong cap = token.Length > 0 && char.IsUpper(Cue.Text[token.Start]) ? 1UL : 0UL;
            var p = prefixes.AsSpan(t * k, k);
            p[0] = FeatureHash.Feature(2, w0);
            p[1] = FeatureHash.Feature(3, p0);
            p[2] = FeatureHash.Feature(4, pm1, p0);
            p[3] = FeatureHash.Feature(5, p0, pp1);
            p[4] = FeatureHash.Feature(6, wm1);
            p[5] = FeatureHash.Feature(7, wp1);
            p[6] = FeatureHash.Feature(8, ch0, chm1);
            p[7] = FeatureHash.Feature(9, entity);
            p[8] = FeatureHash.Feature(16, cap, p0);
            p[9] = FeatureHash.Feature(18, w0);
            p[10] = FeatureHash.Feature(22, (ulong)Math.Min(t - sf, 3), (ulong)Math.Min(se - 1 - t, 3));
            p[11] = FeatureHash.Feature(23, pm1, p0, pp1);
            p[12] = FeatureHash.Feature(24, entity);
            p[13] = FeatureHash.Feature(27, p0);
            p[14] = FeatureHash.Feature(30, entity);
            p[15] = FeatureHash.Feature(31, ch0);
            p[16] = p0;
            ready[t] = true;
        }

        return prefixes.AsSpan(first * k, (end - first) * k);
    }

    /// <summary>Whether the token is a word of the curated cue lexicon.</summary>
    public bool IsLexiconCue(int t) => Ready(t)._lexicon[t];

    private SpanContext Ready(int t)
    {
        if (!_ready[t])
        {
            var token = Cue.Tokens[t];
            var word = Cue.Text.AsSpan(token.Start, token.Length);
            _word[t] = FeatureHash.OfLower(word);
            _pos[t] = token.Pos is { } p ? FeatureHash.Of(p) : NoTag;
            _chunk[t] = token.Chunk is { } c ? FeatureHash.Of(c) : NoTag;
            _lexicon[t] = CueLexicon.TryGet(word, out _);
            _ready[t] = true;
        }

        return this;
    }

    private static bool[] RentCleared(int n)
    {
        var flags = ArrayPool<bool>.Shared.Rent(n);
        Array.Clear(flags, 0, n);
        return flags;
    }

    private static ulong[] EntityTypes(Document doc)
    {
        var entityOf = ArrayPool<ulong>.Shared.Rent(doc.Tokens.Count);
        Array.Fill(entityOf, NoEntity, 0, doc.Tokens.Count);
        var tokens = doc.Tokens;
        int t = 0;

        // Walked in start order with one cursor over the tokens.
        var entities = doc.Entities.ToArray();
        Array.Sort(entities, (a, b) => a.Span.Start.CompareTo(b.Span.Start));
        foreach (var e in entities)
        {
            ulong type = FeatureHash.Of(e.Type);
            while (t < tokens.Count && tokens[t].End <= e.Span.Start)
            {
                t++;
            }

            for (int k = t; k < tokens.Count && tokens[k].Start < e.Span.End; k++)
            {
                entityOf[k] = type;
            }
        }

        return entityOf;
    }
}
