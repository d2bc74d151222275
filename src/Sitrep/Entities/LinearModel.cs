using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using System.Text;

namespace Sitrep.Entities;

/// <summary>A model file that is missing, truncated, corrupted or of another version.</summary>
public sealed class ModelFormatException(string message) : Exception(message);

/// <summary>
/// A trained linear model: hashed feature keys, one weight row per feature (one weight per label),
/// optional label-bigram transition weights, and the word clusters its features were trained with.
/// Immutable and thread-safe once loaded.
/// </summary>
/// <remarks>
/// File layout (little-endian): magic "SITREPMD", int32 format version, int64 payload length,
/// uint64 FNV-1a checksum of the payload, payload. The payload holds the model kind, its feature-set
/// version, the labels, the feature keys, the non-zero weights of each row as (label, IEEE half float) pairs, the transitions as floats,
/// and the cluster table. Anything that does not add up is a <see cref="ModelFormatException"/>.
/// </remarks>
public sealed class LinearModel
{
    public const int FormatVersion = 1;

    private static readonly byte[] Magic = "SITREPMD"u8.ToArray();

    /// <summary>Open-addressing index: slot from the key's low bits, a 32-bit fingerprint from its high bits.</summary>
    private readonly Entry[] _table;
    private readonly int _mask;

    /// <summary>The weights as saved (features × labels, half precision).</summary>
    private readonly Half[] _stored;

    /// <summary>
    /// The weights quantized to 16-bit integers (value = q · <see cref="_scale"/>), each row padded to a multiple
    /// of 8, so a row is one or a few vector loads and scores accumulate exactly in 32-bit integers.
    /// </summary>
    private readonly short[] _quantized;
    private readonly float _scale;
    private readonly int _stride;

    internal LinearModel(string kind, int featureVersion, string[] labels, ulong[] keys, float[] weights, float[]? transitions, ClusterTable clusters)
    {
        Kind = kind;
        FeatureVersion = featureVersion;
        Labels = labels;
        Keys = keys;
        Transitions = transitions;
        Clusters = clusters;
        int labelCount = labels.Length;
        _stored = new Half[weights.Length];
        float max = 1e-6f;
        for (int i = 0; i < weights.Length; i++)
        {
            _stored[i] = (Half)weights[i];
            max = Math.Max(max, Math.Abs((float)_stored[i]));
        }

        // Leave headroom so that sums of a few hundred rows cannot overflow 32 bits.
        _scale = max / short.MaxValue;
        _stride = (labelCount + 7) / 8 * 8;
        _quantized = new short[keys.Length * _stride];
        for (int row = 0; row < keys.Length; row++)
        {
            for (int l = 0; l < labelCount; l++)
            {
                _quantized[(row * _stride) + l] = (short)Math.Round((float)_stored[(row * labelCount) + l] / _scale);
            }
        }

        int capacity = 16;
        while (capacity < keys.Length * 2)
        {
            capacity <<= 1;
        }

        _table = new Entry[capacity];
        _mask = capacity - 1;
        for (int row = 0; row < keys.Length; row++)
        {
            ulong key = keys[row];
            if (row > 0 && key <= keys[row - 1])
            {
                throw new ModelFormatException($"{kind} model: feature keys are not strictly ascending at row {row} (duplicate or unsorted)");
            }

            int slot = (int)(key & (ulong)_mask);
            uint fingerprint = (uint)(key >> 32);
            bool shadowed = false;
            while (_table[slot].Row != 0)
            {
                // Two keys agreeing in slot chain and fingerprint (odds about 1 in 2^32 per pair): the later one is unreachable.
                shadowed |= _table[slot].Fingerprint == fingerprint;
                slot = (slot + 1) & _mask;
            }

            if (!shadowed)
            {
                _table[slot] = new Entry(fingerprint, row + 1);
            }
        }
    }

    public string Kind { get; }

    public int FeatureVersion { get; }

    public IReadOnlyList<string> Labels { get; }

    public int LabelCount => Labels.Count;

    public int FeatureCount => Keys.Length;

    internal ulong[] Keys { get; }

    /// <summary>(labels + 1) × labels transition weights, last row the start state; null for greedy models.</summary>
    internal float[]? Transitions { get; }

    internal ClusterTable Clusters { get; }

    /// <summary>Sums the weight rows of the known features into <paramref name="scores"/>.</summary>
    internal void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        Span<int> acc = stackalloc int[_stride];
        acc.Clear();
        Accumulate(features, acc);
        Finish(acc, scores);
    }

    /// <summary>Length of a row of integer weights (the label count padded to a multiple of 8).</summary>
    internal int Stride => _stride;

    /// <summary>Scores from integer sums: integer addition is exact, so rows may be summed in any grouping.</summary>
    internal void Finish(ReadOnlySpan<int> acc, Span<float> scores)
    {
        float scale = _scale;
        for (int l = 0; l < scores.Length; l++)
        {
            scores[l] = acc[l] * scale;
        }
    }

    /// <summary>Adds the integer weight rows of the known features to <paramref name="acc"/> (<see cref="Stride"/> long).</summary>
    /// <remarks>
    /// The table slots and rows of a token's features are scattered over megabytes, so each lookup is a cache miss:
    /// all slots are prefetched first, then all rows are found and prefetched, then added, so the misses overlap.
    /// </remarks>
    internal unsafe void Accumulate(ReadOnlySpan<ulong> features, Span<int> acc)
    {
        int stride = _stride;
        ref int accRef = ref MemoryMarshal.GetReference(acc);
        ref short weights = ref MemoryMarshal.GetArrayDataReference(_quantized);
        ref Entry table = ref MemoryMarshal.GetArrayDataReference(_table);
        int mask = _mask;
        if (Sse.IsSupported)
        {
            foreach (ulong key in features)
            {
                Sse.Prefetch0(Unsafe.AsPointer(ref Unsafe.Add(ref table, (nint)(key & (ulong)mask))));
            }
        }

        Span<int> found = stackalloc int[features.Length];
        int count = 0;
        foreach (ulong key in features)
        {
            int slot = (int)(key & (ulong)mask);
            uint fingerprint = (uint)(key >> 32);
            while (true)
            {
                var e = Unsafe.Add(ref table, slot);
                if (e.Row == 0)
                {
                    break;
                }

                if (e.Fingerprint == fingerprint)
                {
                    int offset = (e.Row - 1) * stride;
                    found[count++] = offset;
                    if (Sse.IsSupported)
                    {
                        Sse.Prefetch0(Unsafe.AsPointer(ref Unsafe.Add(ref weights, offset)));
                    }

                    break;
                }

                slot = (slot + 1) & mask;
            }
        }

        foreach (int offset in found[..count])
        {
            ref short row = ref Unsafe.Add(ref weights, offset);
            if (Avx2.IsSupported)
            {
                for (int v = 0; v < stride; v += 8)
                {
                    var widened = Avx2.ConvertToVector256Int32(Vector128.LoadUnsafe(ref row, (nuint)v));
                    (Vector256.LoadUnsafe(ref accRef, (nuint)v) + widened).StoreUnsafe(ref accRef, (nuint)v);
                }
            }
            else
            {
                for (int l = 0; l < stride; l++)
                {
                    Unsafe.Add(ref accRef, l) += Unsafe.Add(ref row, l);
                }
            }
        }
    }

    public void Save(Stream stream)
    {
        using var payload = new MemoryStream();
        using (var w = new BinaryWriter(payload, Encoding.UTF8, leaveOpen: true))
        {
            w.Write(Kind);
            w.Write(FeatureVersion);
            w.Write(Labels.Count);
            foreach (var label in Labels)
            {
                w.Write(label);
            }

            w.Write(Keys.Length);
            foreach (ulong k in Keys)
            {
                w.Write(k);
            }

            // Rows are sparse (most features matter for few labels): a count, then (label, weight) pairs.
            int labels = Labels.Count;
            for (int row = 0; row < Keys.Length; row++)
            {
                var weights = _stored.AsSpan(row * labels, labels);
                int nonZero = 0;
                foreach (var v in weights)
                {
                    nonZero += v != Half.Zero ? 1 : 0;
                }

                w.Write((ushort)nonZero);
                for (int l = 0; l < labels; l++)
                {
                    var h = weights[l];
                    if (h != Half.Zero)
                    {
                        w.Write((ushort)l);
                        w.Write(h);
                    }
                }
            }

            w.Write(Transitions is not null);
            if (Transitions is not null)
            {
                foreach (float v in Transitions)
                {
                    w.Write(v);
                }
            }

            Clusters.Write(w);
        }

        var bytes = payload.ToArray();
        Span<byte> header = stackalloc byte[28];
        Magic.CopyTo(header);
        BinaryPrimitives.WriteInt32LittleEndian(header[8..], FormatVersion);
        BinaryPrimitives.WriteInt64LittleEndian(header[12..], bytes.Length);
        BinaryPrimitives.WriteUInt64LittleEndian(header[20..], Checksum(bytes));
        stream.Write(header);
        stream.Write(bytes);
    }

    public void Save(string path)
    {
        using var file = File.Create(path);
        Save(file);
    }

    public static LinearModel Load(string path, string expectedKind, int expectedFeatureVersion)
    {
        if (!File.Exists(path))
        {
            throw new ModelFormatException($"model file {path} does not exist");
        }

        return Load(File.ReadAllBytes(path), path, expectedKind, expectedFeatureVersion);
    }

    /// <summary>Loads a model embedded in this assembly as Sitrep.Models.<paramref name="fileName"/>.</summary>
    public static LinearModel LoadEmbedded(string fileName, string expectedKind, int expectedFeatureVersion)
    {
        string resource = "Sitrep.Models." + fileName;
        using var stream = typeof(LinearModel).Assembly.GetManifestResourceStream(resource)
            ?? throw new ModelFormatException($"embedded model {resource} is missing from the Sitrep assembly; train it with 'sitrep train' into src/Sitrep/Models/{fileName}");
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return Load(bytes, resource, expectedKind, expectedFeatureVersion);
    }

    public static LinearModel Load(byte[] bytes, string source, string expectedKind, int expectedFeatureVersion)
    {
        if (bytes.Length < 28 || !bytes.AsSpan(0, 8).SequenceEqual(Magic))
        {
            throw new ModelFormatException($"{source}: not a Sitrep model file (bad magic or shorter than its header)");
        }

        int version = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(8));
        if (version != FormatVersion)
        {
            throw new ModelFormatException($"{source}: model format version {version}, this build reads version {FormatVersion}; retrain with 'sitrep train'");
        }

        long length = BinaryPrimitives.ReadInt64LittleEndian(bytes.AsSpan(12));
        if (length != bytes.Length - 28)
        {
            throw new ModelFormatException($"{source}: truncated or padded model: header says {length} payload bytes, file has {bytes.Length - 28}");
        }

        ulong checksum = BinaryPrimitives.ReadUInt64LittleEndian(bytes.AsSpan(20));
        var payload = bytes.AsSpan(28);
        if (Checksum(payload) != checksum)
        {
            throw new ModelFormatException($"{source}: checksum mismatch, the model file is corrupted");
        }

        try
        {
            using var r = new BinaryReader(new MemoryStream(bytes, 28, bytes.Length - 28, writable: false), Encoding.UTF8);
            string kind = r.ReadString();
            if (kind != expectedKind)
            {
                throw new ModelFormatException($"{source}: a '{kind}' model where a '{expectedKind}' model was expected");
            }

            int featureVersion = r.ReadInt32();
            if (featureVersion != expectedFeatureVersion)
            {
                throw new ModelFormatException($"{source}: trained with feature set version {featureVersion}, this build extracts version {expectedFeatureVersion}; retrain with 'sitrep train {kind}'");
            }

            int labelCount = r.ReadInt32();
            if (labelCount is < 1 or > 4096)
            {
                throw new ModelFormatException($"{source}: implausible label count {labelCount}");
            }

            var labels = new string[labelCount];
            for (int i = 0; i < labelCount; i++)
            {
                labels[i] = string.Intern(r.ReadString());
            }

            int n = r.ReadInt32();
            if (n < 0 || (long)n * 10 > payload.Length)
            {
                throw new ModelFormatException($"{source}: implausible feature count {n}");
            }

            var keys = new ulong[n];
            for (int i = 0; i < n; i++)
            {
                keys[i] = r.ReadUInt64();
            }

            var weights = new float[(long)n * labelCount];
            for (int row = 0; row < n; row++)
            {
                int nonZero = r.ReadUInt16();
                if (nonZero > labelCount)
                {
                    throw new ModelFormatException($"{source}: feature row {row} has {nonZero} weights for {labelCount} labels");
                }

                for (int j = 0; j < nonZero; j++)
                {
                    int label = r.ReadUInt16();
                    if (label >= labelCount)
                    {
                        throw new ModelFormatException($"{source}: feature row {row} names label {label} of {labelCount}");
                    }

                    weights[(row * labelCount) + label] = (float)r.ReadHalf();
                }
            }

            float[]? transitions = null;
            if (r.ReadBoolean())
            {
                transitions = new float[(labelCount + 1) * labelCount];
                for (int i = 0; i < transitions.Length; i++)
                {
                    transitions[i] = r.ReadSingle();
                }
            }

            var clusters = ClusterTable.Read(r, source);
            if (r.BaseStream.Position != r.BaseStream.Length)
            {
                throw new ModelFormatException($"{source}: {r.BaseStream.Length - r.BaseStream.Position} unexpected bytes after the model");
            }

            return new LinearModel(kind, featureVersion, labels, keys, weights, transitions, clusters);
        }
        catch (EndOfStreamException ex)
        {
            throw new ModelFormatException($"{source}: model payload ends early ({ex.Message})");
        }
    }

    internal static ulong Checksum(ReadOnlySpan<byte> bytes)
    {
        ulong h = 14695981039346656037UL;
        foreach (byte b in bytes)
        {
            h = (h ^ b) * 1099511628211UL;
        }

        return h;
    }

    private readonly record struct Entry(uint Fingerprint, int Row);
}
