using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Sitrep.Entities;

/// <summary>Which greedy left-to-right tagger a model is for.</summary>
internal enum GreedyTask
{
    Pos,
    Chunk,
}

/// <summary>
/// Greedy left-to-right tagger (part of speech, chunks): each token's best label given the two labels
/// predicted before it. Thread-safe; callers pass their own buffers.
/// </summary>
internal sealed class GreedyTagger
{
    public GreedyTagger(LinearModel model, GreedyTask task)
    {
        Model = model;
        Task = task;
        LabelAtoms = LabelAtomsOf(model.Labels);
    }

    public LinearModel Model { get; }

    public GreedyTask Task { get; }

    /// <summary>Each label's atom, as the features of the next model see it.</summary>
    public ulong[] LabelAtoms { get; }

    public static ulong[] LabelAtomsOf(IReadOnlyList<string> labels)
    {
        var atoms = new ulong[labels.Count];
        for (int i = 0; i < atoms.Length; i++)
        {
            atoms[i] = AtomOf(labels[i]);
        }

        return atoms;
    }

    public static ulong AtomOf(string label) => FeatureHash.Of(label.AsSpan()) ^ 0x7A6UL;

    /// <summary>Tags the sentence in <paramref name="padded"/>, writing label indexes and the atoms that later models read.</summary>
    /// <remarks>
    /// <paramref name="words"/>, for the POS tagger, supplies the sums of the word-only features; <paramref name="rows"/>
    /// holds each padded position's row from it.
    /// </remarks>
    public void Tag(Span<TokenAtoms> padded, Span<int> labels, WordScores? words = null, ReadOnlySpan<int[]> rows = default)
    {
        int n = padded.Length - (2 * Features.Pad);
        Span<ulong> f = stackalloc ulong[Features.MaxFeatures];
        Span<float> scores = stackalloc float[Model.LabelCount];
        Span<int> acc = stackalloc int[Model.Stride];
        ulong p1 = FeatureHash.Begin, p2 = FeatureHash.Begin;
        for (int i = 0; i < n; i++)
        {
            int at = i + Features.Pad;
            if (words is not null && Task == GreedyTask.Pos)
            {
                words.Pos(rows[at - 1], rows[at], rows[at + 1], acc);
                int k = Features.PosContext(padded, at, p1, p2, f);
                Model.Accumulate(f[..k], acc);
                Model.Finish(acc, scores);
            }
            else
            {
                int k = Task == GreedyTask.Pos
                    ? Features.Pos(padded, at, p1, p2, f)
                    : Features.Chunk(padded, at, p1, p2, f);
                Model.Score(f[..k], scores);
            }

            int best = ArgMax(scores);
            labels[i] = best;
            ulong atom = LabelAtoms[best];
            if (Task == GreedyTask.Pos)
            {
                padded[at].Pos = atom;
            }
            else
            {
                padded[at].Chunk = atom;
            }

            p2 = p1;
            p1 = atom;
        }
    }

    /// <summary>The index of the first highest score (the first one when several tie); the first score when one is NaN.</summary>
    /// <remarks>
    /// The tagger asks for one per token over some 45 labels, and a scalar scan there mispredicts a branch per new best:
    /// the vector form finds the highest value, then the first index equal to it, which is the same index for any input
    /// without NaN (the scan's strict comparison keeps the first of equals, and -0 equals +0 in both); with a NaN it scans.
    /// </remarks>
    public static int ArgMax(ReadOnlySpan<float> scores)
    {
        int width = Vector256<float>.Count;
        if (!Vector256.IsHardwareAccelerated || scores.Length < width)
        {
            return ArgMaxScan(scores);
        }

        ref float start = ref MemoryMarshal.GetReference(scores);
        int last = scores.Length - width;
        var max = Vector256.LoadUnsafe(ref start, (nuint)last);
        for (int i = 0; i < last; i += width)
        {
            max = Vector256.Max(max, Vector256.LoadUnsafe(ref start, (nuint)i));
        }

        // Max propagates NaN, so a NaN anywhere makes the top NaN.
        float top = max.GetElement(0);
        for (int l = 1; l < width; l++)
        {
            top = Math.Max(top, max.GetElement(l));
        }

        if (float.IsNaN(top))
        {
            return ArgMaxScan(scores);
        }

        var target = Vector256.Create(top);
        for (int i = 0; i < last; i += width)
        {
            uint hits = Vector256.Equals(Vector256.LoadUnsafe(ref start, (nuint)i), target).ExtractMostSignificantBits();
            if (hits != 0)
            {
                return i + BitOperations.TrailingZeroCount(hits);
            }
        }

        return last + BitOperations.TrailingZeroCount(Vector256.Equals(Vector256.LoadUnsafe(ref start, (nuint)last), target).ExtractMostSignificantBits());
    }

    private static int ArgMaxScan(ReadOnlySpan<float> scores)
    {
        int best = 0;
        float top = scores[0];
        for (int l = 1; l < scores.Length; l++)
        {
            float s = scores[l];
            if (s > top)
            {
                top = s;
                best = l;
            }
        }

        return best;
    }
}

/// <summary>
/// The recognizer's labels (IOB2 over PER, ORG, LOC, MISC) and exact Viterbi decoding over label bigrams,
/// with transitions that would make an invalid IOB2 sequence forbidden.
/// </summary>
internal static class NerLabels
{
    public static readonly string[] All = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"];

    public static readonly string[] Types = ["O", "PER", "ORG", "LOC", "MISC"];

    public static int Count => All.Length;

    /// <summary>0 for O, 1..4 for PER, ORG, LOC, MISC.</summary>
    public static int TypeOf(int label) => (label + 1) / 2;

    public static bool IsInside(int label) => label > 0 && label % 2 == 0;

    /// <summary><paramref name="previous"/> = <see cref="Count"/> for the sentence start.</summary>
    public static bool Allowed(int previous, int label)
        => !IsInside(label) || (previous < Count && previous > 0 && TypeOf(previous) == TypeOf(label));

    public static int IndexOf(string tag)
    {
        int i = Array.IndexOf(All, tag);
        return i >= 0 ? i : throw new ConllFormatException($"unknown NER tag '{tag}'");
    }

    /// <summary>Best label sequence for <paramref name="emissions"/> (n × labels) under <paramref name="transitions"/>.</summary>
    public static void Viterbi(ReadOnlySpan<float> emissions, ReadOnlySpan<float> transitions, int n, Span<int> output, Span<int> back)
    {
        int l = Count;

        // Forbidden transitions as -inf instead of a test per pair: a sum with -inf never beats the running best
        // (which starts at -inf), so the path and its scores are exactly those of skipping the pair.
        Span<float> allowed = stackalloc float[(l + 1) * l];
        for (int p = 0; p <= l; p++)
        {
            for (int y = 0; y < l; y++)
            {
                allowed[(p * l) + y] = Allowed(p, y) ? transitions[(p * l) + y] : float.NegativeInfinity;
            }
        }

        Span<float> score = stackalloc float[l];
        Span<float> next = stackalloc float[l];
        for (int y = 0; y < l; y++)
        {
            score[y] = emissions[y] + allowed[(l * l) + y];
        }

        for (int i = 1; i < n; i++)
        {
            var row = emissions.Slice(i * l, l);
            var backRow = back.Slice(i * l, l);
            if (Vector256.IsHardwareAccelerated && l >= Vector256<float>.Count)
            {
                Step(score, allowed, row, next, backRow);
                next.CopyTo(score);
                continue;
            }

            for (int y = 0; y < l; y++)
            {
                float best = float.NegativeInfinity;
                int arg = 0;
                for (int p = 0; p < l; p++)
                {
                    float s = score[p] + allowed[(p * l) + y];
                    if (s > best)
                    {
                        best = s;
                        arg = p;
                    }
                }

                next[y] = best + row[y];
                backRow[y] = arg;
            }

            next.CopyTo(score);
        }

        int last = GreedyTagger.ArgMax(score);
        for (int i = n - 1; i >= 0; i--)
        {
            output[i] = last;
            last = back[(i * l) + last];
        }
    }

    /// <summary>
    /// One step of <see cref="Viterbi"/> for eight labels at a time: each lane does the scalar loop's additions and strict
    /// comparisons in the same order of previous labels, so it keeps the same best and the same first argument of equals.
    /// The last block overlaps the one before when the label count is not a multiple of eight (its lanes agree).
    /// </summary>
    private static void Step(ReadOnlySpan<float> score, ReadOnlySpan<float> allowed, ReadOnlySpan<float> row, Span<float> next, Span<int> backRow)
    {
        int l = score.Length;
        int width = Vector256<float>.Count;
        ref float allowedStart = ref MemoryMarshal.GetReference(allowed);
        for (int y0 = 0; ; y0 = Math.Min(y0 + width, l - width))
        {
            var best = Vector256.Create(float.NegativeInfinity);
            var arg = Vector256<int>.Zero;
            for (int p = 0; p < l; p++)
            {
                var s = Vector256.Create(score[p]) + Vector256.LoadUnsafe(ref allowedStart, (nuint)((p * l) + y0));
                var better = Vector256.GreaterThan(s, best);
                best = Vector256.ConditionalSelect(better, s, best);
                arg = Vector256.ConditionalSelect(better.AsInt32(), Vector256.Create(p), arg);
            }

            (best + Vector256.Create(row.Slice(y0, width))).CopyTo(next.Slice(y0, width));
            arg.CopyTo(backRow.Slice(y0, width));
            if (y0 == l - width)
            {
                return;
            }
        }
    }
}

/// <summary>
/// What the recognizer said earlier in the same document about a capitalized word: the type it most often
/// gave it. Read as a feature for later sentences, so "Kuzan" after "Serhiy Kuzan" leans to PER.
/// </summary>
internal sealed class DocumentHistory
{
    private readonly Dictionary<ulong, int[]> _counts = [];

    private static readonly ulong[] TypeAtoms = [FeatureHash.Of(901), FeatureHash.Of(902), FeatureHash.Of(903), FeatureHash.Of(904), FeatureHash.Of(905)];

    public void Clear() => _counts.Clear();

    public void Apply(Span<TokenAtoms> tokens)
    {
        for (int i = 0; i < tokens.Length; i++)
        {
            ref var t = ref tokens[i];
            t.History = 0;
            if (t.Is(TokenAtoms.InitCap) && _counts.TryGetValue(t.LowerRaw, out var counts))
            {
                int best = 0;
                for (int c = 1; c < counts.Length; c++)
                {
                    if (counts[c] > counts[best])
                    {
                        best = c;
                    }
                }

                t.History = TypeAtoms[best];
            }
        }
    }

    public void Record(ReadOnlySpan<TokenAtoms> tokens, ReadOnlySpan<int> labels)
    {
        for (int i = 0; i < tokens.Length; i++)
        {
            if (!tokens[i].Is(TokenAtoms.InitCap) || (tokens[i].Is(TokenAtoms.FirstInSentence) && labels[i] == 0))
            {
                continue;
            }

            if (!_counts.TryGetValue(tokens[i].LowerRaw, out var counts))
            {
                counts = new int[NerLabels.Types.Length];
                _counts.Add(tokens[i].LowerRaw, counts);
            }

            counts[NerLabels.TypeOf(labels[i])]++;
        }
    }
}

/// <summary>Decodes one sentence with the recognizer model; buffers are the caller's.</summary>
internal sealed class EntityRecognizer
{
    public EntityRecognizer(LinearModel model)
    {
        if (model.Transitions is null || model.LabelCount != NerLabels.Count)
        {
            throw new ModelFormatException($"{model.Kind} model: expected {NerLabels.Count} labels with transitions");
        }

        for (int i = 0; i < NerLabels.Count; i++)
        {
            if (model.Labels[i] != NerLabels.All[i])
            {
                throw new ModelFormatException($"{model.Kind} model: label {i} is '{model.Labels[i]}', expected '{NerLabels.All[i]}'");
            }
        }

        Model = model;
        _score = model.Score;
    }

    private readonly ScoreFunction _score;

    public LinearModel Model { get; }

    public void Decode(ReadOnlySpan<TokenAtoms> padded, Span<int> labels, NerBuffers buffers)
        => Decode(padded, labels, buffers, _score, Model.Transitions!);

    /// <summary>As <see cref="Decode(ReadOnlySpan{TokenAtoms}, Span{int}, NerBuffers)"/>, with the word-only feature sums from <paramref name="words"/>.</summary>
    public void Decode(ReadOnlySpan<TokenAtoms> padded, Span<int> labels, NerBuffers buffers, WordScores words, ReadOnlySpan<int[]> rows)
    {
        int n = padded.Length - (2 * Features.Pad);
        if (n == 0)
        {
            return;
        }

        int l = NerLabels.Count;
        buffers.Ensure(n);
        Span<ulong> f = stackalloc ulong[Features.MaxFeatures];
        Span<int> acc = stackalloc int[Model.Stride];
        var emissions = buffers.Emissions.AsSpan(0, n * l);
        for (int i = 0; i < n; i++)
        {
            int at = i + Features.Pad;
            words.Ner(rows[at - 1], rows[at], rows[at + 1], acc);
            int k = Features.NerContext(padded, at, f);
            Model.Accumulate(f[..k], acc);
            Model.Finish(acc, emissions.Slice(i * l, l));
        }

        NerLabels.Viterbi(emissions, Model.Transitions!, n, labels, buffers.Back);
    }

    /// <summary>Shared by inference and training (which scores with the weights under training).</summary>
    public static void Decode(ReadOnlySpan<TokenAtoms> padded, Span<int> labels, NerBuffers buffers, ScoreFunction score, ReadOnlySpan<float> transitions)
    {
        int n = padded.Length - (2 * Features.Pad);
        if (n == 0)
        {
            return;
        }

        int l = NerLabels.Count;
        buffers.Ensure(n);
        Span<ulong> f = stackalloc ulong[Features.MaxFeatures];
        var emissions = buffers.Emissions.AsSpan(0, n * l);
        for (int i = 0; i < n; i++)
        {
            int k = Features.Ner(padded, i + Features.Pad, f);
            score(f[..k], emissions.Slice(i * l, l));
        }

        NerLabels.Viterbi(emissions, transitions, n, labels, buffers.Back);
    }
}

internal delegate void ScoreFunction(ReadOnlySpan<ulong> features, Span<float> scores);

/// <summary>Per-caller scratch for decoding, grown to the longest sentence seen.</summary>
internal sealed class NerBuffers
{
    public float[] Emissions { get; private set; } = new float[64 * NerLabels.Count];

    public int[] Back { get; private set; } = new int[64 * NerLabels.Count];

    public void Ensure(int n)
    {
        if (Emissions.Length < n * NerLabels.Count)
        {
            Emissions = new float[n * 2 * NerLabels.Count];
            Back = new int[n * 2 * NerLabels.Count];
        }
    }
}
