using System.Runtime.CompilerServices;

namespace Sitrep.Entities;

/// <summary>
/// 64-bit hashing of feature atoms and templates. Features are never materialized as strings:
/// a feature is the mix of its template number and the hashes of its parts, so extraction allocates nothing.
/// </summary>
internal static class FeatureHash
{
    private const ulong FnvOffset = 14695981039346656037UL;
    private const ulong FnvPrime = 1099511628211UL;
    private const ulong Golden = 0x9E3779B97F4A7C15UL;

    /// <summary>Atom for positions before the sentence start.</summary>
    public static readonly ulong Begin = Mix(0xB0B0B0B0UL);

    /// <summary>Atom for positions after the sentence end.</summary>
    public static readonly ulong End = Mix(0xE0E0E0E0UL);

    /// <summary>splitmix64's finalizer: a cheap, well-spread bijection.</summary>
    /// <remarks>Forced inline: the feature extractors call it dozens of times per token and are too large for the JIT to inline it on its own.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Mix(ulong x)
    {
        x ^= x >> 30;
        x *= 0xBF58476D1CE4E5B9UL;
        x ^= x >> 27;
        x *= 0x94D049BB133111EBUL;
        x ^= x >> 31;
        return x;
    }

    public static ulong Start() => FnvOffset;

    public static ulong Add(ulong h, char c) => (h ^ c) * FnvPrime;

    public static ulong Finish(ulong h) => Mix(h);

    public static ulong Of(ReadOnlySpan<char> s)
    {
        ulong h = FnvOffset;
        foreach (char c in s)
        {
            h = (h ^ c) * FnvPrime;
        }

        return Mix(h);
    }

    public static ulong OfLower(ReadOnlySpan<char> s)
    {
        ulong h = FnvOffset;
        foreach (char c in s)
        {
            h = (h ^ Fold(c)) * FnvPrime;
        }

        return Mix(h);
    }

    public static ulong Of(int value) => Mix((ulong)value * Golden + 0x51ED27UL);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Feature(int template, ulong a) => Mix(a ^ ((ulong)(template + 1) * Golden));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Feature(int template, ulong a, ulong b) => Mix(Mix(a ^ ((ulong)(template + 1) * Golden)) + b);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Feature(int template, ulong a, ulong b, ulong c) => Mix(Mix(Mix(a ^ ((ulong)(template + 1) * Golden)) + b) + c);

    /// <summary>Lower-cases and folds typographic variants to the ASCII forms the training data uses.</summary>
    public static char Fold(char c) => c switch
    {
        '’' or '‘' or '`' or '´' => '\'',
        '“' or '”' or '„' or '«' or '»' => '"',
        '–' or '—' or '‐' or '‑' or '−' => '-',
        _ => char.ToLowerInvariant(c),
    };

    /// <summary>Like <see cref="Fold"/> but keeps case.</summary>
    public static char Normalize(char c) => c switch
    {
        '’' or '‘' or '`' or '´' => '\'',
        '“' or '”' or '„' or '«' or '»' => '"',
        '–' or '—' or '‐' or '‑' or '−' => '-',
        _ => c,
    };
}
