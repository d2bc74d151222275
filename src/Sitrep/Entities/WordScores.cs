using System.Collections.Concurrent;

namespace Sitrep.Entities;

/// <summary>
/// Per distinct word, the integer sums of the POS and recognizer weight rows of the features that depend on
/// the word alone (<see cref="Features.PosWord"/>, <see cref="Features.NerWord"/>): about a third of all feature
/// lookups, done once per word instead of once per token. Integer sums are exact in any grouping, so the scores
/// are identical to looking every feature up each time. Keyed by the word's 64-bit hash, which the features
/// themselves are built from. Bounded: once full, new words are scored without being kept. Thread-safe.
/// </summary>
internal sealed class WordScores
{
    /// <summary>About 10 MB when full; the first words seen are the frequent ones, which is what matters.</summary>
    public const int Capacity = 30_000;

    private readonly ConcurrentDictionary<ulong, int[]> _rows = new();
    private readonly LinearModel _pos;
    private readonly LinearModel _ner;
    private int _count;

    public WordScores(LinearModel pos, LinearModel ner)
    {
        _pos = pos;
        _ner = ner;
    }

    /// <summary>The POS sums at [0, <see cref="LinearModel.Stride"/> of the POS model), the recognizer's after them.</summary>
    public int[] Get(in TokenAtoms t)
    {
        if (_rows.TryGetValue(t.Word, out var row))
        {
            return row;
        }

        int posStride = _pos.Stride;
        row = new int[posStride + _ner.Stride];
        Span<ulong> f = stackalloc ulong[Features.MaxFeatures];
        int k = Features.PosWord(t, f);
        _pos.Accumulate(f[..k], row.AsSpan(0, posStride));
        k = Features.NerWord(t, f);
        _ner.Accumulate(f[..k], row.AsSpan(posStride));
        if (Volatile.Read(ref _count) < Capacity && _rows.TryAdd(t.Word, row))
        {
            Interlocked.Increment(ref _count);
        }

        return row;
    }

    public ReadOnlySpan<int> Pos(int[] row) => row.AsSpan(0, _pos.Stride);

    public ReadOnlySpan<int> Ner(int[] row) => row.AsSpan(_pos.Stride);
}
