using System.Collections.Concurrent;
using System.Runtime.Intrinsics;

namespace Sitrep.Entities;

/// <summary>
/// Per distinct word, the integer sums of the POS and recognizer weight rows of the features that depend on one
/// word alone: the word's own (<see cref="Features.PosWord"/>, <see cref="Features.NerWord"/>) and those it gives
/// its right and left neighbours (<see cref="Features.PosAsPrevious"/>, <see cref="Features.PosAsNext"/>, and the
/// recognizer's). That is over half of all feature lookups, done once per word instead of once per token. Integer
/// sums are exact in any grouping, so the scores are identical to looking every feature up each time. Keyed by the
/// word's 64-bit hash, which the features themselves are built from (the sentence padding has its own atoms, so
/// it gets its own entries). Bounded: once full, new words are scored without being kept. Thread-safe.
/// </summary>
internal sealed class WordScores
{
    /// <summary>About 11 MB when full; the first words seen are mostly the frequent ones, which is what matters.</summary>
    public const int Capacity = 12_000;

    private readonly ConcurrentDictionary<ulong, int[]> _rows = new();
    private readonly LinearModel _pos;
    private readonly LinearModel _ner;
    private readonly int _posStride;
    private readonly int _nerStride;
    private readonly int _nerStart;
    private int _count;

    public WordScores(LinearModel pos, LinearModel ner)
    {
        _pos = pos;
        _ner = ner;
        _posStride = pos.Stride;
        _nerStride = ner.Stride;
        _nerStart = 3 * _posStride;
    }

    /// <summary>Sums in the order: POS own, POS as previous, POS as next, then the same three for the recognizer.</summary>
    public int[] Get(in TokenAtoms t)
    {
        if (_rows.TryGetValue(t.Word, out var row))
        {
            return row;
        }

        row = new int[(3 * _posStride) + (3 * _nerStride)];
        Span<ulong> f = stackalloc ulong[Features.MaxFeatures];
        int k = Features.PosWord(t, f);
        _pos.Accumulate(f[..k], row.AsSpan(0, _posStride));
        k = Features.PosAsPrevious(t, f);
        _pos.Accumulate(f[..k], row.AsSpan(_posStride, _posStride));
        k = Features.PosAsNext(t, f);
        _pos.Accumulate(f[..k], row.AsSpan(2 * _posStride, _posStride));
        k = Features.NerWord(t, f);
        _ner.Accumulate(f[..k], row.AsSpan(_nerStart, _nerStride));
        k = Features.NerAsPrevious(t, f);
        _ner.Accumulate(f[..k], row.AsSpan(_nerStart + _nerStride, _nerStride));
        k = Features.NerAsNext(t, f);
        _ner.Accumulate(f[..k], row.AsSpan(_nerStart + (2 * _nerStride), _nerStride));
        if (Volatile.Read(ref _count) < Capacity && _rows.TryAdd(t.Word, row))
        {
            Interlocked.Increment(ref _count);
        }

        return row;
    }

    /// <summary>POS sums of the word-only features at token <c>i</c>: its own, its left neighbour's, its right neighbour's.</summary>
    public void Pos(int[] previous, int[] self, int[] next, Span<int> acc) => Sum(previous, self, next, 0, _posStride, acc);

    /// <summary>The recognizer's sums, as <see cref="Pos"/>.</summary>
    public void Ner(int[] previous, int[] self, int[] next, Span<int> acc) => Sum(previous, self, next, _nerStart, _nerStride, acc);

    private static void Sum(int[] previous, int[] self, int[] next, int start, int stride, Span<int> acc)
    {
        for (int v = 0; v < stride; v += Vector256<int>.Count)
        {
            var sum = Vector256.Create(self.AsSpan(start + v, Vector256<int>.Count))
                + Vector256.Create(previous.AsSpan(start + stride + v, Vector256<int>.Count))
                + Vector256.Create(next.AsSpan(start + (2 * stride) + v, Vector256<int>.Count));
            sum.CopyTo(acc[v..]);
        }
    }
}
