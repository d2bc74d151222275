using System.Collections.Frozen;
using System.IO.Compression;
using System.Runtime.CompilerServices;
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
    /// <summary>How many names the feature is known by, its display name included.</summary>
    public int NameCount { get; init; } = 1;

    /// <summary>Demonyms and adjectives of a country ("Russian", "North Korean").</summary>
    public IReadOnlyList<string> Demonyms { get; init; } = [];

    /// <summary>A national capital (GeoNames PPLC).</summary>
    public bool IsCapital { get; init; }
}

/// <summary>
/// The gazetteer file is missing, truncated, of another version or fails its checksum. An <see cref="IOException"/>,
/// so that the CLI reports it as a one-line input error.
/// </summary>
public sealed class GazetteerException(string message, Exception? inner = null) : IOException(message, inner);

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

    private readonly Dictionary<string, int> _slots;
    private readonly int[] _slotStart;
    private readonly int[] _candidates;

    private Gazetteer(Decoded decoded, string source)
    {
        _features = decoded.Features;
        Source = source;
        CommonWordNames = decoded.CommonWordNames.ToFrozenSet(StringComparer.Ordinal);
        _slots = decoded.Slots;
        _slotStart = decoded.SlotStart;
        _candidates = decoded.Candidates;
        SlotLookup = _slots.GetAlternateLookup<ReadOnlySpan<char>>();
        DemonymIndex = decoded.Demonyms.ToFrozenDictionary(StringComparer.Ordinal);
        DemonymLookup = DemonymIndex.GetAlternateLookup<ReadOnlySpan<char>>();
        FirstWords = decoded.FirstWords;
        FirstWordLookup = decoded.FirstWords.GetAlternateLookup<ReadOnlySpan<char>>();
        MaxNameWords = Math.Min(decoded.MaxWords, 8);

        var byCountry = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var f in _features)
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

    /// <summary>Distinct name keys in the index.</summary>
    public int NameKeyCount => _slots.Count;

    // Name key -> slot; a slot's candidates are _candidates[_slotStart[slot].._slotStart[slot + 1]], best prior
    // first. A plain Dictionary, not a FrozenDictionary: freezing ~150,000 keys alone costs more than the whole
    // load budget (200 ms), and the span-keyed alternate lookup is just as allocation-free. Never modified after load.
    private Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> SlotLookup { get; }

    /// <summary>Demonym key → country feature index.</summary>
    public FrozenDictionary<string, int> DemonymIndex { get; }

    public FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> DemonymLookup { get; }

    /// <summary>First words of every name and demonym: a cheap test before building longer keys. Never modified after load.</summary>
    public IReadOnlySet<string> FirstWords { get; }

    public HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FirstWordLookup { get; }

    public int MaxNameWords { get; }

    /// <summary>Name keys made only of common English words ("reading", "olive branch"): they need more context.</summary>
    public FrozenSet<string> CommonWordNames { get; }

    /// <summary>ISO2 → country feature index.</summary>
    public FrozenDictionary<string, int> CountryIndex { get; }

    public GazetteerFeature this[int index] => _features[index];

    /// <summary>Candidate features for a name key (<see cref="NameKey"/>), best prior first: countries, divisions, then by population.</summary>
    public bool TryGetCandidates(ReadOnlySpan<char> key, out ArraySegment<int> candidates)
    {
        if (SlotLookup.TryGetValue(key, out int slot))
        {
            candidates = new ArraySegment<int>(_candidates, _slotStart[slot], _slotStart[slot + 1] - _slotStart[slot]);
            return true;
        }

        candidates = ArraySegment<int>.Empty;
        return false;
    }

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
            return new Gazetteer(Decode(body), source);
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

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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

    private sealed class Decoded
    {
        public required GazetteerFeature[] Features { get; init; }

        public required Dictionary<string, int> Slots { get; init; }

        public required int[] SlotStart { get; init; }

        public required int[] Candidates { get; init; }

        public required Dictionary<string, int> Demonyms { get; init; }

        public required HashSet<string> FirstWords { get; init; }

        public required string[] CommonWordNames { get; init; }

        public int MaxWords { get; init; }
    }

    /// <summary>
    /// Reads the features and builds the name index in one pass: names are decoded into a reused buffer and
    /// keyed without allocating, so only distinct keys become strings (the load budget is 200 ms).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static Decoded Decode(byte[] body)
    {
        int pos = 0;
        int count = checked((int)ReadVarint(body, ref pos));
        var features = new GazetteerFeature[count];
        var slots = new Dictionary<string, int>(count * 3, StringComparer.Ordinal);
        var slotLookup = slots.GetAlternateLookup<ReadOnlySpan<char>>();
        var firstWords = new HashSet<string>(count * 2, StringComparer.Ordinal);
        var firstWordLookup = firstWords.GetAlternateLookup<ReadOnlySpan<char>>();
        var demonyms = new Dictionary<string, int>(StringComparer.Ordinal);
        var pairSlot = new List<int>(count * 4);
        var pairFeature = new List<int>(count * 4);
        Span<char> chars = stackalloc char[512];
        Span<char> key = stackalloc char[520];
        int maxWords = 1;

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
            if (admin1 >= i)
            {
                throw new GazetteerException($"feature {i} refers to a later division {admin1}");
            }

            string name = ReadString(body, ref pos);
            int nameCount = checked((int)ReadVarint(body, ref pos));
            IndexName(name, i);
            for (int k = 0; k < nameCount; k++)
            {
                int length = checked((int)ReadVarint(body, ref pos));
                int n = Encoding.UTF8.GetChars(body.AsSpan(pos, length), chars);
                pos += length;
                IndexName(chars[..n], i);
            }

            int demonymCount = checked((int)ReadVarint(body, ref pos));
            var demonymNames = demonymCount == 0 ? [] : new string[demonymCount];
            for (int k = 0; k < demonymCount; k++)
            {
                demonymNames[k] = ReadString(body, ref pos);
                int n = NameKey.Append(demonymNames[k], key, 0);
                if (n > 0)
                {
                    demonyms.TryAdd(key[..n].ToString(), i);
                    maxWords = Math.Max(maxWords, AddFirstWord(key[..n]));
                }
            }

            features[i] = new GazetteerFeature(i, id, level, country, lat, lon, population, admin1, name)
            {
                NameCount = nameCount + 1,
                Demonyms = demonymNames,
                IsCapital = (levelByte & 0x80) != 0,
            };
        }

        int commonCount = checked((int)ReadVarint(body, ref pos));
        var common = new string[commonCount];
        for (int k = 0; k < commonCount; k++)
        {
            common[k] = ReadString(body, ref pos);
        }

        if (pos != body.Length)
        {
            throw new GazetteerException($"{body.Length - pos} trailing bytes after {count} features");
        }

        // Counting sort of (slot, feature) pairs into one candidate array; duplicates dropped, each slot by prior.
        int slotCount = slots.Count;
        var slotStart = new int[slotCount + 1];
        foreach (int slot in pairSlot)
        {
            slotStart[slot + 1]++;
        }

        for (int k = 0; k < slotCount; k++)
        {
            slotStart[k + 1] += slotStart[k];
        }

        var fill = slotStart[..^1];
        var candidates = new int[pairSlot.Count];
        for (int k = 0; k < pairSlot.Count; k++)
        {
            candidates[fill[pairSlot[k]]++] = pairFeature[k];
        }

        var compacted = new int[candidates.Length];
        var compactedStart = new int[slotCount + 1];
        int write = 0;
        Comparison<int> byPrior = (a, b) =>
        {
            int c = features[a].Level.CompareTo(features[b].Level);
            return c != 0 ? c : features[b].Population.CompareTo(features[a].Population);
        };
        for (int slot = 0; slot < slotCount; slot++)
        {
            compactedStart[slot] = write;
            int from = slotStart[slot], to = slotStart[slot + 1];
            for (int k = from; k < to; k++)
            {
                if (k == from || Array.IndexOf(compacted, candidates[k], compactedStart[slot], write - compactedStart[slot]) < 0)
                {
                    compacted[write++] = candidates[k];
                }
            }

            if (write - compactedStart[slot] > 1)
            {
                compacted.AsSpan(compactedStart[slot], write - compactedStart[slot]).Sort(byPrior);
            }
        }

        compactedStart[slotCount] = write;
        return new Decoded
        {
            Features = features,
            Slots = slots,
            SlotStart = compactedStart,
            Candidates = compacted[..write],
            Demonyms = demonyms,
            FirstWords = firstWords,
            CommonWordNames = common,
            MaxWords = maxWords,
        };

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        void IndexName(ReadOnlySpan<char> name, int feature)
        {
            Span<char> k = stackalloc char[name.Length + 1];
            int n = NameKey.Append(name, k, 0);
            if (n == 0)
            {
                return;
            }

            var keySpan = k[..n];
            if (!slotLookup.TryGetValue(keySpan, out int slot))
            {
                slot = slots.Count;
                slotLookup[keySpan] = slot;
                maxWords = Math.Max(maxWords, AddFirstWord(keySpan));
            }

            pairSlot.Add(slot);
            pairFeature.Add(feature);
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        int AddFirstWord(ReadOnlySpan<char> k)
        {
            int space = k.IndexOf(' ');
            firstWordLookup.Add(space < 0 ? k : k[..space]);
            return k.Count(' ') + 1;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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
