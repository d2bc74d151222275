using Sitrep.Pipeline;

namespace Sitrep.Events;

/// <summary>
/// Annotations of one kind sorted by start offset, so that those inside a sentence are found by binary
/// search: the coder stays linear in document size however many annotations upstream stages made.
/// </summary>
internal sealed class SpanIndex<T>
{
    private readonly T[] _items;
    private readonly int[] _starts;

    public SpanIndex(List<T> items, Func<T, Span> span)
    {
        _items = [.. items];
        _starts = new int[_items.Length];
        for (int i = 0; i < _items.Length; i++)
        {
            _starts[i] = span(_items[i]).Start;
        }

        Array.Sort(_starts, _items);
    }

    public int Count => _items.Length;

    /// <summary>The items whose start lies in <paramref name="range"/>, in start order.</summary>
    public ReadOnlySpan<T> StartingIn(Span range)
    {
        int from = LowerBound(range.Start);
        int to = LowerBound(range.End);
        return _items.AsSpan(from, to - from);
    }

    private int LowerBound(int offset)
    {
        int lo = 0, hi = _starts.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_starts[mid] < offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
