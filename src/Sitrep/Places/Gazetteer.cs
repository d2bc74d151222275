using System.Collections.Frozen;
using System.IO.Compression;
using System.Text;

namespace Sitrep.Places;

/// <summary>Gazetteer feature levels, in the order the binary format stores them.</summary>
public enum FeatureLevel : byte
{
    Country = 0,
    Admin1 = 1,
    Admin2 = 2,
    Populated = 3,
}

/// <summary>One gazetteer entry: a country, a first-level division or a populated place.</summary>
public sealed record GazetteerFeature(
    int Index,
    long GeonamesId,
    FeatureLevel Level,
    string Country,
    double Lat,
    double Lon,
    long Population,
    int Admin1Index,
    string Name)
{
    /// <summary>Every name the feature is known by (display name first).</summary>
    public IReadOnlyList<string> Names { get; init; } = [];

    /// <summary>Demonyms and adjectives of a country ("Russian", "North Korean").</summary>
    public IReadOnlyList<string> Demonyms { get; init; } = [];

    /// <summary>A national capital (GeoNames PPLC).</summary>
    public bool IsCapital { get; init; }
}

/// <summary>The gazetteer file is missing, truncated, of another version or fails its checksum.</summary>
public sealed class GazetteerException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>
/// The GeoNames-derived gazetteer (src/Sitrep/Models/gazetteer.bin, built by tools/gazetteer/build.mjs):
/// features plus a name index keyed by <see cref="NameKey"/>. Immutable and thread-safe once loaded.
/// </summary>
public sealed class Gazetteer
{
    public const string ResourceName = "Sitrep.Models.gazetteer.bin";

    public const int FormatVersion = 2;

    private const int HeaderSize = 20;

    private static readonly Lazy<Gazetteer> Shared = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly GazetteerFeature[] _features;

    private Gazetteer(GazetteerFeature[] features, string[] commonWordNames, string source)
    {
        _features = features;
        Source = source;
        CommonWordNames = commonWordNames.ToFrozenSet(StringComparer.Ordinal);

        var names = new Dictionary<string, List<int>>(features.Length * 3, StringComparer.Ordinal);
        var demonyms = new Dictionary<string, int>(StringComparer.Ordinal);
        var firstWords = new HashSet<string>(StringComparer.Ordinal);
        int maxWords = 1;
        foreach (var f in features)
        {
            foreach (var name in f.Names)
            {
                var key = NameKey.Of(name);
                if (key.Length == 0)
                {
                    continue;
                }

                if (!names.TryGetValue(key, out var list))
                {
                    names[key] = list = [];
                }

                if (!list.Contains(f.Index))
                {
                    list.Add(f.Index);
                }

                int words = AddFirstWord(key, firstWords);
                maxWords = Math.Max(maxWords, words);
            }

            foreach (var d in f.Demonyms)
            {
                var key = NameKey.Of(d);
                demonyms.TryAdd(key, f.Index);
                maxWords = Math.Max(maxWords, AddFirstWord(key, firstWords));
            }
        }

        // Candidates best-first by level (countries, then divisions) and population: the prior before context.
        var frozen = new Dictionary<string, int[]>(names.Count, StringComparer.Ordinal);
        foreach (var (key, list) in names)
        {
            var arr = list.ToArray();
            Array.Sort(arr, (a, b) =>
            {
                int c = features[a].Level.CompareTo(features[b].Level);
                return c != 0 ? c : features[b].Population.CompareTo(features[a].Population);
            });
            frozen[key] = arr;
        }

        Names = frozen.ToFrozenDictionary(StringComparer.Ordinal);
        NameLookup = Names.GetAlternateLookup<ReadOnlySpan<char>>();
        DemonymIndex = demonyms.ToFrozenDictionary(StringComparer.Ordinal);
        DemonymLookup = DemonymIndex.GetAlternateLookup<ReadOnlySpan<char>>();
        FirstWords = firstWords.ToFrozenSet(StringComparer.Ordinal);
        FirstWordLookup = FirstWords.GetAlternateLookup<ReadOnlySpan<char>>();
        MaxNameWords = Math.Min(maxWords, 8);

        var byCountry = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var f in features)
        {
            if (f.Level == FeatureLevel.Country)
            {
                byCountry[f.Country] = f.Index;
            }
        }

        CountryIndex = byCountry.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>Where the gazetteer was loaded from (resource name or path), for messages.</summary>
    public string Source { get; }

    public IReadOnlyList<GazetteerFeature> Features => _features;

    /// <summary>Name key → candidate feature indices, best prior first.</summary>
    public FrozenDictionary<string, int[]> Names { get; }

    public FrozenDictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> NameLookup { get; }

    /// <summary>Demonym key → country feature index.</summary>
    public FrozenDictionary<string, int> DemonymIndex { get; }

    public FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> DemonymLookup { get; }

    /// <summary>First words of every name and demonym: a cheap test before building longer keys.</summary>
    public FrozenSet<string> FirstWords { get; }

    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FirstWordLookup { get; }

    public int MaxNameWords { get; }

    /// <summary>Name keys made only of common English words ("reading", "olive branch"): they need more context.</summary>
    public FrozenSet<string> CommonWordNames { get; }

    /// <summary>ISO2 → country feature index.</summary>
    public FrozenDictionary<string, int> CountryIndex { get; }

    public GazetteerFeature this[int index] => _features[index];

    /// <summary>The shipped gazetteer, loaded once per process.</summary>
    public static Gazetteer Default => Shared.Value;

    public static Gazetteer Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new GazetteerException($"gazetteer '{path}' not found; rebuild it with tools/gazetteer (see docs/places.md)");
        }

        using var stream = File.OpenRead(path);
        return Load(stream, path);
    }

    public static Gazetteer Load(Stream stream, string source)
    {
        ArgumentNullException.ThrowIfNull(stream);
        Span<byte> header = stackalloc byte[HeaderSize];
        if (stream.ReadAtLeast(header, HeaderSize, throwOnEndOfStream: false) < HeaderSize)
        {
            throw new GazetteerException($"gazetteer '{source}' is truncated: no complete header");
        }

        if (header[0] != 'S' || header[1] != 'G' || header[2] != 'A' || header[3] != 'Z')
        {
            throw new GazetteerException($"gazetteer '{source}' is not a Sitrep gazetteer (bad magic)");
        }

        int version = BitConverter.ToUInt16(header[4..6]);
        if (version != FormatVersion)
        {
            throw new GazetteerException($"gazetteer '{source}' has format version {version}; this build reads version {FormatVersion}");
        }

        uint bodyLength = BitConverter.ToUInt32(header[8..12]);
        uint expectedHash = BitConverter.ToUInt32(header[12..16]);
        if (bodyLength > 256u << 20)
        {
            throw new GazetteerException($"gazetteer '{source}' declares an implausible size ({bodyLength} bytes)");
        }

        var body = new byte[bodyLength];
        try
        {
            using var inflate = new DeflateStream(stream, CompressionMode.Decompress, leaveOpen: true);
            int read = inflate.ReadAtLeast(body, body.Length, throwOnEndOfStream: false);
            if (read != body.Length)
            {
                throw new GazetteerException($"gazetteer '{source}' is truncated: {read} of {bodyLength} bytes");
            }
        }
        catch (InvalidDataException ex)
        {
            throw new GazetteerException($"gazetteer '{source}' is corrupt: {ex.Message}", ex);
        }

        if (Fnv1a(body) != expectedHash)
        {
            throw new GazetteerException($"gazetteer '{source}' is corrupt: checksum mismatch");
        }

        try
        {
            var features = Decode(body, out var common);
            return new Gazetteer(features, common, source);
        }
        catch (Exception ex) when (ex is IndexOutOfRangeException or ArgumentOutOfRangeException or ArgumentException or OverflowException or DecoderFallbackException or GazetteerException)
        {
            throw new GazetteerException($"gazetteer '{source}' is corrupt: {ex.Message}", ex);
        }
    }

    private static Gazetteer LoadEmbedded()
    {
        using var stream = typeof(Gazetteer).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new GazetteerException($"gazetteer resource '{ResourceName}' is missing from the Sitrep assembly; rebuild it with tools/gazetteer");
        return Load(stream, ResourceName);
    }

    private static int AddFirstWord(string key, HashSet<string> firstWords)
    {
        int space = key.IndexOf(' ', StringComparison.Ordinal);
        firstWords.Add(space < 0 ? key : key[..space]);
        int words = 1;
        foreach (char c in key)
        {
            if (c == ' ')
            {
                words++;
            }
        }

        return words;
    }

    internal static uint Fnv1a(ReadOnlySpan<byte> data)
    {
        uint hash = 0x811c9dc5;
        foreach (byte b in data)
        {
            hash ^= b;
            hash *= 0x01000193;
        }

        return hash;
    }

    private static GazetteerFeature[] Decode(byte[] body, out string[] commonWordNames)
    {
        int pos = 0;
        int count = checked((int)ReadVarint(body, ref pos));
        var features = new GazetteerFeature[count];
        for (int i = 0; i < count; i++)
        {
            long id = ReadVarint(body, ref pos);
            byte levelByte = body[pos++];
            var level = (FeatureLevel)(levelByte & 0x7F);
            if (level > FeatureLevel.Populated)
            {
                throw new GazetteerException($"bad level {(int)level} in feature {i}");
            }

            string country = Encoding.ASCII.GetString(body, pos, 2);
            pos += 2;
            double lat = BitConverter.ToInt32(body, pos) / 1e5;
            double lon = BitConverter.ToInt32(body, pos + 4) / 1e5;
            pos += 8;
            long population = ReadVarint(body, ref pos);
            int admin1 = checked((int)ReadVarint(body, ref pos)) - 1;
            string name = ReadString(body, ref pos);
            int nameCount = checked((int)ReadVarint(body, ref pos));
            var names = new string[nameCount + 1];
            names[0] = name;
            for (int k = 0; k < nameCount; k++)
            {
                names[k + 1] = ReadString(body, ref pos);
            }

            int demonymCount = checked((int)ReadVarint(body, ref pos));
            var demonyms = demonymCount == 0 ? [] : new string[demonymCount];
            for (int k = 0; k < demonymCount; k++)
            {
                demonyms[k] = ReadString(body, ref pos);
            }

            if (admin1 >= i && admin1 >= 0)
            {
                throw new GazetteerException($"feature {i} refers to a later division {admin1}");
            }

            features[i] = new GazetteerFeature(i, id, level, country, lat, lon, population, admin1, name)
            {
                Names = names,
                Demonyms = demonyms,
                IsCapital = (levelByte & 0x80) != 0,
            };
        }

        int commonCount = checked((int)ReadVarint(body, ref pos));
        commonWordNames = new string[commonCount];
        for (int k = 0; k < commonCount; k++)
        {
            commonWordNames[k] = ReadString(body, ref pos);
        }

        if (pos != body.Length)
        {
            throw new GazetteerException($"{body.Length - pos} trailing bytes after {count} features");
        }

        return features;
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
