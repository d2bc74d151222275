using System.IO.Compression;
using System.Text;

namespace Sitrep.Places;

/// <summary>One feature as tools/gazetteer/build.mjs writes it: every name spelled out, nothing indexed.</summary>
public sealed record SourceFeature(
    long GeonamesId,
    byte LevelByte,
    string Country,
    int LatE5,
    int LonE5,
    long Population,
    int Admin1Index,
    string Name,
    IReadOnlyList<string> Names,
    IReadOnlyList<string> Demonyms);

/// <summary>
/// The gazetteer's source form (magic <c>SGZS</c>, version 1), written by tools/gazetteer/build.mjs from the
/// GeoNames packages and turned into the indexed <c>gazetteer.bin</c> by <see cref="GazetteerWriter"/>. Only the
/// build reads it; the layout is in docs/places.md.
/// </summary>
public sealed class GazetteerSource
{
    public const int FormatVersion = 1;

    private const int HeaderSize = 20;

    public GazetteerSource(IReadOnlyList<SourceFeature> features, IReadOnlyList<string> commonWordNames)
    {
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(commonWordNames);
        Features = features;
        CommonWordNames = commonWordNames;
    }

    public IReadOnlyList<SourceFeature> Features { get; }

    /// <summary>Name keys made only of common English words ("reading", "olive branch").</summary>
    public IReadOnlyList<string> CommonWordNames { get; }

    public static GazetteerSource Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new GazetteerException($"gazetteer source '{path}' not found; run tools/gazetteer/build.mjs");
        }

        using var stream = File.OpenRead(path);
        return Load(stream, path);
    }

    public static GazetteerSource Load(Stream stream, string source)
    {
        ArgumentNullException.ThrowIfNull(stream);
        Span<byte> header = stackalloc byte[HeaderSize];
        if (stream.ReadAtLeast(header, HeaderSize, throwOnEndOfStream: false) < HeaderSize)
        {
            throw new GazetteerException($"gazetteer source '{source}' is truncated: no complete header");
        }

        if (header[0] != 'S' || header[1] != 'G' || header[2] != 'Z' || header[3] != 'S')
        {
            throw new GazetteerException($"gazetteer source '{source}' is not a gazetteer source file (bad magic)");
        }

        int version = BitConverter.ToUInt16(header[4..6]);
        if (version != FormatVersion)
        {
            throw new GazetteerException($"gazetteer source '{source}' has format version {version}; this build reads version {FormatVersion}");
        }

        uint bodyLength = BitConverter.ToUInt32(header[8..12]);
        uint expectedHash = BitConverter.ToUInt32(header[12..16]);
        if (bodyLength > 256u << 20)
        {
            throw new GazetteerException($"gazetteer source '{source}' declares an implausible size ({bodyLength} bytes)");
        }

        var body = new byte[bodyLength];
        try
        {
            using var inflate = new DeflateStream(stream, CompressionMode.Decompress, leaveOpen: true);
            int read = inflate.ReadAtLeast(body, body.Length, throwOnEndOfStream: false);
            if (read != body.Length)
            {
                throw new GazetteerException($"gazetteer source '{source}' is truncated: {read} of {bodyLength} bytes");
            }
        }
        catch (InvalidDataException ex)
        {
            throw new GazetteerException($"gazetteer source '{source}' is corrupt: {ex.Message}", ex);
        }

        if (Fnv1a(body) != expectedHash)
        {
            throw new GazetteerException($"gazetteer source '{source}' is corrupt: checksum mismatch");
        }

        try
        {
            return Decode(body);
        }
        catch (Exception ex) when (ex is IndexOutOfRangeException or ArgumentOutOfRangeException or ArgumentException or OverflowException or DecoderFallbackException or GazetteerException)
        {
            throw new GazetteerException($"gazetteer source '{source}' is corrupt: {ex.Message}", ex);
        }
    }

    /// <summary>FNV-1a, 32 bits, as build.mjs computes it over the uncompressed body.</summary>
    private static uint Fnv1a(ReadOnlySpan<byte> data)
    {
        uint hash = 0x811c9dc5;
        foreach (byte b in data)
        {
            hash ^= b;
            hash *= 0x01000193;
        }

        return hash;
    }

    private static GazetteerSource Decode(byte[] body)
    {
        int pos = 0;
        int count = checked((int)ReadVarint(body, ref pos));
        var features = new List<SourceFeature>(count);
        for (int i = 0; i < count; i++)
        {
            long id = ReadVarint(body, ref pos);
            byte levelByte = body[pos++];
            if ((levelByte & 0x7F) > (int)FeatureLevel.Populated)
            {
                throw new GazetteerException($"bad level {levelByte & 0x7F} in feature {i}");
            }

            string country = Encoding.ASCII.GetString(body, pos, 2);
            pos += 2;
            int lat = BitConverter.ToInt32(body, pos);
            int lon = BitConverter.ToInt32(body, pos + 4);
            pos += 8;
            long population = ReadVarint(body, ref pos);
            int admin1 = checked((int)ReadVarint(body, ref pos)) - 1;
            if (admin1 >= i)
            {
                throw new GazetteerException($"feature {i} refers to a later division {admin1}");
            }

            string name = ReadString(body, ref pos);
            var names = ReadStrings(body, ref pos);
            var demonyms = ReadStrings(body, ref pos);
            features.Add(new SourceFeature(id, levelByte, country, lat, lon, population, admin1, name, names, demonyms));
        }

        var common = ReadStrings(body, ref pos);
        if (pos != body.Length)
        {
            throw new GazetteerException($"{body.Length - pos} trailing bytes after {count} features");
        }

        return new GazetteerSource(features, common);
    }

    private static List<string> ReadStrings(byte[] data, ref int pos)
    {
        int n = checked((int)ReadVarint(data, ref pos));
        var list = new List<string>(n);
        for (int k = 0; k < n; k++)
        {
            list.Add(ReadString(data, ref pos));
        }

        return list;
    }

    private static long ReadVarint(byte[] data, ref int pos)
    {
        long value = 0;
        int shift = 0;
        while (true)
        {
            byte b = data[pos++];
            value |= (long)(b & 0x7F) << shift;
            if ((b & 0x80) == 0)
            {
                return value;
            }

            shift += 7;
            if (shift > 56)
            {
                throw new GazetteerException("varint too long");
            }
        }
    }

    private static string ReadString(byte[] data, ref int pos)
    {
        int length = checked((int)ReadVarint(data, ref pos));
        var s = Encoding.UTF8.GetString(data, pos, length);
        pos += length;
        return s;
    }
}
