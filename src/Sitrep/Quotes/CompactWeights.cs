using Sitrep.Entities;

namespace Sitrep.Quotes;

/// <summary>
/// A linear model's rows packed for scoring: an open-addressing table whose slots hold a key's fingerprint beside its
/// few integer weights, so that one feature costs one cache miss instead of two (index, then row). It is built with the
/// probing of the model's own index and skips the keys shadowed there, so its sums are exactly the model's.
/// </summary>
internal static class CompactWeights
{
    /// <summary>A slot of the table: the high half of its key, and whether it holds a row at all.</summary>
    internal interface ISlot
    {
        uint Fingerprint { get; }

        bool Used { get; }
    }

    /// <summary>The table and its mask; <paramref name="slotOf"/> packs a key's fingerprint and its row of weights.</summary>
    public static (TSlot[] Slots, int Mask) Build<TSlot>(LinearModel model, Func<uint, int[], TSlot> slotOf)
        where TSlot : struct, ISlot
    {
        var keys = model.Keys;
        int capacity = 16;
        while (capacity < keys.Length * 2)
        {
            capacity <<= 1;
        }

        var slots = new TSlot[capacity];
        int mask = capacity - 1;
        var row = new int[model.Stride];
        for (int r = 0; r < keys.Length; r++)
        {
            ulong key = keys[r];
            int slot = (int)(key & (ulong)mask);
            uint fingerprint = (uint)(key >> 32);
            bool shadowed = false;
            while (slots[slot].Used)
            {
                shadowed |= slots[slot].Fingerprint == fingerprint;
                slot = (slot + 1) & mask;
            }

            if (!shadowed)
            {
                // The row as the model's own index gives it for this key (integer weights, exact).
                Array.Clear(row);
                model.Accumulate(new ReadOnlySpan<ulong>(in key), row);
                slots[slot] = slotOf(fingerprint, row);
            }
        }

        return (slots, mask);
    }
}
