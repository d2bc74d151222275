using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Security.Cryptography;

namespace Sitrep.Fusion;

/// <summary>
/// The identity of an article's text: an exact hash of its normalized words, and a MinHash
/// signature over word 5-grams whose LSH band keys find near-duplicates without comparing every pair.
/// </summary>
public sealed class ArticleFingerprint
{
    internal ArticleFingerprint(string contentHash, uint[] signature, ulong[] bandKeys, int wordCount)
    {
        ContentHash = contentHash;
        Signature = signature;
        BandKeys = bandKeys;
        WordCount = wordCount;
    }

    /// <summary>SHA-256 (hex) of the lower-cased words joined by single spaces: whitespace, case and punctuation changes keep it.</summary>
    public string ContentHash { get; }

    /// <summary>MinHash signature, <see cref="NearDuplicates.HashCount"/> values.</summary>
    public uint[] Signature { get; }

    /// <summary>One key per LSH band: two texts sharing any band key are near-duplicate candidates.</summary>
    public ulong[] BandKeys { get; }

    public int WordCount { get; }
}

/// <summary>
/// Near-duplicate detection: exact hash first, then MinHash/LSH candidates confirmed by the exact
/// Jaccard similarity of word 5-gram sets (≥ <see cref="Threshold"/>).
/// </summary>
public static class NearDuplicates
{
    public const int ShingleSize = 5;
    public const int HashCount = 128;

    /// <summary>16 bands of 8 rows: a pair at Jaccard 0.9 shares a band with probability 0.9999, at 0.5 with 0.06.</summary>
    public const int Bands = 16;
    public const int Rows = HashCount / Bands;

    public const double Threshold = 0.9;

    private static readonly ulong[] Seeds = MakeSeeds();

    public static ArticleFingerprint Fingerprint(string text)
    {
        var words = Words(text);
        var signature = MinHash(Shingles(words));
        return new ArticleFingerprint(ContentHash(words), signature, BandKeysOf(signature), words.Count);
    }

    /// <summary>Exact Jaccard similarity of the two texts' word 5-gram sets.</summary>
    public static double Similarity(string a, string b)
    {
        var sa = Shingles(Words(a));
        var sb = Shingles(Words(b));
        if (sa.Count == 0 && sb.Count == 0)
        {
            return 1;
        }

        int common = 0;
        foreach (var s in sa)
        {
            if (sb.Contains(s))
            {
                common++;
            }
        }

        return common / (double)(sa.Count + sb.Count - common);
    }

    public static bool AreNearDuplicates(string a, string b) => Similarity(a, b) >= Threshold;

    /// <summary>Fraction of equal signature positions: an unbiased estimate of the Jaccard similarity.</summary>
    public static double EstimateSimilarity(uint[] a, uint[] b)
    {
        int equal = 0;
        for (int i = 0; i < a.Length && i < b.Length; i++)
        {
            if (a[i] == b[i])
            {
                equal++;
            }
        }

        return equal / (double)Math.Max(1, Math.Min(a.Length, b.Length));
    }

    /// <summary>Hashes of the lower-cased words (letters and digits; everything else separates).</summary>
    internal static List<ulong> Words(string text)
    {
        var words = new List<ulong>(text.Length / 5);
        ulong h = FnvOffset;
        bool inWord = false;
        foreach (char c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                h = (h ^ char.ToLowerInvariant(c)) * FnvPrime;
                inWord = true;
            }
            else if (inWord)
            {
                words.Add(h);
                h = FnvOffset;
                inWord = false;
            }
        }

        if (inWord)
        {
            words.Add(h);
        }

        return words;
    }

    private const ulong FnvOffset = 14695981039346656037UL;
    private const ulong FnvPrime = 1099511628211UL;

    private static string ContentHash(List<ulong> words)
    {
        // Hashing the 64-bit word hashes (not the words) keeps this cheap: one call over their
        // little-endian bytes. A collision needs a 64-bit collision and a SHA-256 one together.
        var span = CollectionsMarshal.AsSpan(words);
        ReadOnlySpan<byte> bytes = MemoryMarshal.AsBytes(span);
        if (!BitConverter.IsLittleEndian)
        {
            var copy = new ulong[span.Length];
            for (int i = 0; i < span.Length; i++)
            {
                copy[i] = System.Buffers.Binary.BinaryPrimitives.ReverseEndianness(span[i]);
            }

            bytes = MemoryMarshal.AsBytes(copy.AsSpan());
        }

        return Convert.ToHexStringLower(SHA256.HashData(bytes));
    }

    internal static HashSet<ulong> Shingles(List<ulong> words)
    {
        var set = new HashSet<ulong>(Math.Max(1, words.Count));
        if (words.Count == 0)
        {
            return set;
        }

        int n = Math.Min(ShingleSize, words.Count);
        for (int i = 0; i + n <= words.Count; i++)
        {
            ulong h = 0x9E3779B97F4A7C15UL;
            for (int k = 0; k < n; k++)
            {
                h = Mix(h ^ words[i + k]);
            }

            set.Add(h);
        }

        return set;
    }

    private static uint[] MinHash(HashSet<ulong> shingles)
    {
        // 128 hash functions per shingle dominate fingerprinting, so eight seeds go through the
        // SplitMix64 finalizer at once (two 4-lane vectors, narrowed to their low 32 bits); the
        // values are those of Mix(shingle ^ seed), so stored signatures keep their meaning.
        var signature = new uint[HashCount];
        Array.Fill(signature, uint.MaxValue);
        ref ulong seeds = ref MemoryMarshal.GetArrayDataReference(Seeds);
        ref uint sig = ref MemoryMarshal.GetArrayDataReference(signature);
        foreach (var s in shingles)
        {
            var sv = Vector256.Create(s);
            for (nuint i = 0; i < HashCount; i += 8)
            {
                var low = MixLanes(Vector256.LoadUnsafe(ref seeds, i) ^ sv);
                var high = MixLanes(Vector256.LoadUnsafe(ref seeds, i + 4) ^ sv);
                var values = Vector256.Narrow(low, high);
                Vector256.Min(Vector256.LoadUnsafe(ref sig, i), values).StoreUnsafe(ref sig, i);
            }
        }

        return signature;
    }

    private static Vector256<ulong> MixLanes(Vector256<ulong> z)
    {
        z = (z ^ Vector256.ShiftRightLogical(z, 30)) * Vector256.Create(0xBF58476D1CE4E5B9UL);
        z = (z ^ Vector256.ShiftRightLogical(z, 27)) * Vector256.Create(0x94D049BB133111EBUL);
        return z ^ Vector256.ShiftRightLogical(z, 31);
    }

    private static ulong[] BandKeysOf(uint[] signature)
    {
        var keys = new ulong[Bands];
        for (int b = 0; b < Bands; b++)
        {
            ulong h = (ulong)b + 1;
            for (int r = 0; r < Rows; r++)
            {
                h = Mix(h ^ signature[(b * Rows) + r]);
            }

            // Stored as a signed 64-bit integer by the stores; the top bit is cleared so keys stay positive.
            keys[b] = h & 0x7FFF_FFFF_FFFF_FFFFUL;
        }

        return keys;
    }

    /// <summary>SplitMix64 finalizer: a fast, well-mixed 64-bit permutation (<see cref="MixLanes"/> is the same per lane).</summary>
    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    private static ulong[] MakeSeeds()
    {
        var seeds = new ulong[HashCount];
        ulong x = 0x5172_6570_5369_7472UL;
        for (int i = 0; i < HashCount; i++)
        {
            x += 0x9E3779B97F4A7C15UL;
            seeds[i] = Mix(x);
        }

        return seeds;
    }

    /// <summary>Signature to bytes (little-endian) for storage, and back.</summary>
    public static byte[] SignatureBytes(uint[] signature)
    {
        var bytes = new byte[signature.Length * 4];
        Buffer.BlockCopy(signature, 0, bytes, 0, bytes.Length);
        return bytes;
    }

    public static uint[] SignatureFromBytes(byte[] bytes)
    {
        var signature = new uint[bytes.Length / 4];
        Buffer.BlockCopy(bytes, 0, signature, 0, signature.Length * 4);
        return signature;
    }
}
