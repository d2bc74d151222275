using System.Buffers.Binary;
using System.Collections;
using System.IO.Compression;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
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
/// The GeoNames-derived gazetteer (src/Sitrep/Models/gazetteer.bin, built by tools/gazetteer): features plus
/// name indexes keyed by <see cref="NameKey"/>. The file holds the indexes ready-made (open-addressing hash
/// tables over a UTF-8 key pool, candidates sorted by prior), so a load is one inflate, one checksum and a few
/// block copies; a feature's record and strings are made on first use. Immutable and thread-safe once loaded.
/// </summary>
public sealed class Gazetteer
{
    public const string ResourceName = "Sitrep.Models.gazetteer.bin";

    public const int FormatVersion = 3;

    internal const int HeaderSize = 20;

    /// <summary>Separates the display name and the demonyms of a feature in the string pool.</summary>
    internal const char PoolSeparator = '\n';

    private static readonly Lazy<Gazetteer> Shared = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly int[] _ids;
    private readonly int[] _lat;
    private readonly int[] _lon;
    private readonly int[] _population;
    private readonly int[] _admin1;
    private readonly int[] _textStart;
    private readonly ushort[] _nameCount;
    private readonly ushort[] _country;
    private readonly byte[] _level;
    private readonly string[] _countryCodes;
    private readonly byte[] _pool;

    private readonly KeyTable _names;
    private readonly int[] _candidateStart;
    private readonly int[] _candidates;
    private readonly byte[] _nameFlags;
    private readonly KeyTable _demonyms;
    private readonly int[] _demonymFeature;
    // First words of multi-word names and demonyms that are not one-word names themselves (a one-word name key
    // is its own first word): ~10,000 keys instead of ~108,000.
    private readonly KeyTable _otherFirstWords;

    // Records are made on first use: a process typically touches a few hundred of the ~49,000 features.
    private readonly GazetteerFeature?[] _records;

    // Built on the first fallback lookup, not at load: most documents never need it.
    private readonly Lazy<Dictionary<string, int[]>> _transliterations;
    private readonly Lazy<Dictionary<string, int[]>> _transliterationDeletions;

    private Gazetteer(ref Reader r, string source)
    {
        Source = source;
        int count = r.Count();
        int countryCount = r.Count();
        MaxNameWords = Math.Clamp(r.Int32(), 1, 8);
        _ids = r.Int32s(count);
        _lat = r.Int32s(count);
        _lon = r.Int32s(count);
        _population = r.Int32s(count);
        _admin1 = r.Int32s(count);
        _textStart = Starts(r.UInt16s(count));
        _nameCount = r.UInt16Array(count);
        _country = r.UInt16Array(count);
        _level = r.ByteArray(count);
        var codes = r.Bytes(countryCount * 2);
        _countryCodes = new string[countryCount];
        for (int c = 0; c < countryCount; c++)
        {
            _countryCodes[c] = Encoding.ASCII.GetString(codes.Slice(c * 2, 2));
        }

        _pool = r.ByteArray(r.Count());
        _names = KeyTable.Read(ref r);
        _candidateStart = Starts(r.Bytes(_names.Count));
        _candidates = r.Int32s(_candidateStart[^1]);
        _nameFlags = r.ByteArray(_names.Count);
        _demonyms = KeyTable.Read(ref r);
        _demonymFeature = r.Int32s(_demonyms.Count);
        _otherFirstWords = KeyTable.Read(ref r);
        if (r.Remaining != 0)
        {
            throw new GazetteerException($"{r.Remaining} trailing bytes after the indexes");
        }

        Validate(count, countryCount);
        _records = new GazetteerFeature?[count];
        Features = new FeatureList(this);
        _transliterations = new(BuildTransliterations, LazyThreadSafetyMode.ExecutionAndPublication);
        _transliterationDeletions = new(BuildTransliterationDeletions, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>
    /// Countries whose place names the transliteration fallback covers: the names other languages transliterate
    /// from Cyrillic, each their own way (Polish "Awdijiwka", "Swatów").
    /// </summary>
    public static IReadOnlyList<string> TransliteratedCountries { get; } = ["UA", "RU", "BY"];

    /// <summary>Where the gazetteer was loaded from (resource name or path), for messages.</summary>
    public string Source { get; }

    public IReadOnlyList<GazetteerFeature> Features { get; }

    /// <summary>Distinct name keys in the index.</summary>
    public int NameKeyCount => _names.Count;

    public int MaxNameWords { get; }

    public GazetteerFeature this[int index]
    {
        get
        {
            // A race makes two equal records; either is fine, so no lock.
            var record = Volatile.Read(ref _records[index]);
            if (record is null)
            {
                record = Materialize(index);
                Volatile.Write(ref _records[index], record);
            }

            return record;
        }
    }

    /// <summary>
    /// The national capital (GeoNames PPLC) of a country code, or null. A scan of the level bytes: for rare lookups ("the
    /// Russian capital" in the events stage), not per token.
    /// </summary>
    public GazetteerFeature? CapitalOf(string country)
    {
        for (int i = 0; i < _level.Length; i++)
        {
            if ((_level[i] & Flags.Capital) != 0 && _countryCodes[_country[i]] == country)
            {
                return this[i];
            }
        }

        return null;
    }

    /// <summary>Candidate features for a name key (<see cref="NameKey"/>), best prior first: countries, divisions, then by population.</summary>
    public bool TryGetCandidates(ReadOnlySpan<char> key, out ArraySegment<int> candidates)
    {
        int slot = _names.Find(key);
        if (slot >= 0)
        {
            candidates = new ArraySegment<int>(_candidates, _candidateStart[slot], _candidateStart[slot + 1] - _candidateStart[slot]);
            return true;
        }

        candidates = ArraySegment<int>.Empty;
        return false;
    }

    /// <summary>The country feature a demonym key names ("north korean" → North Korea).</summary>
    public bool TryGetDemonym(ReadOnlySpan<char> key, out int country)
    {
        int slot = _demonyms.Find(key);
        country = slot >= 0 ? _demonymFeature[slot] : -1;
        return slot >= 0;
    }

    /// <summary>Whether some name or demonym key starts with this word key: a cheap test before building longer keys.</summary>
    public bool IsFirstWord(ReadOnlySpan<char> word) =>
        !word.Contains(' ') && (_names.Find(word) >= 0 || _otherFirstWords.Find(word) >= 0);

    /// <summary>Name keys made only of common English words ("reading", "olive branch"): they need more context.</summary>
    public bool IsCommonWordName(ReadOnlySpan<char> key)
    {
        int slot = _names.Find(key);
        return slot >= 0 && (_nameFlags[slot] & Flags.CommonWords) != 0;
    }

    /// <summary>
    /// Whether every gazetteer name with this key is written in plain ASCII letters: a word written with diacritics
    /// ("Swatów") then matched it only by folding them away ("Swatow", an old name of Shantou).
    /// </summary>
    public bool IsAsciiOnlyName(ReadOnlySpan<char> key)
    {
        int slot = _names.Find(key);
        return slot >= 0 && (_nameFlags[slot] & Flags.AsciiOnly) != 0;
    }

    /// <summary>
    /// The first-level divisions and populated places of <see cref="TransliteratedCountries"/> that have a name
    /// with this <see cref="TransliterationKey"/> (English reading), best prior first. The index is built on the
    /// first call (all name keys keyed once).
    /// </summary>
    public bool TryGetTransliterated(ReadOnlySpan<char> transliterationKey, out ArraySegment<int> candidates)
    {
        if (!transliterationKey.IsEmpty
            && _transliterations.Value.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(transliterationKey, out var found))
        {
            candidates = found;
            return true;
        }

        candidates = ArraySegment<int>.Empty;
        return false;
    }

    /// <summary>
    /// The name key closest to <paramref name="key"/> (Levenshtein distance on the UTF-8 key, at most
    /// <paramref name="maxDistance"/>, same first letter) that names a populated place in <paramref name="country"/>;
    /// ties go to the larger place. A linear scan of the keys: for the rare misspelt or mistranslated name that
    /// context already places in a country, never for ordinary lookups.
    /// </summary>
    public bool TryFindNearName(ReadOnlySpan<char> key, int maxDistance, string country, out string foundKey, out ArraySegment<int> candidates)
    {
        foundKey = "";
        candidates = ArraySegment<int>.Empty;
        Span<byte> query = stackalloc byte[KeyTable.MaxKeyBytes];
        if (key.IsEmpty || !Encoding.UTF8.TryGetBytes(key, query, out int n))
        {
            return false;
        }

        query = query[..n];
        Span<int> row = stackalloc int[KeyTable.MaxKeyBytes + 1];
        int best = -1, bestDistance = maxDistance + 1;
        long bestPopulation = -1;
        for (int e = 0; e < _names.Count; e++)
        {
            var k = _names.Key(e);
            if (k.Length == 0 || k[0] != query[0] || Math.Abs(k.Length - n) > maxDistance)
            {
                continue;
            }

            int d = Levenshtein(query, k, row);
            if (d > bestDistance)
            {
                continue;
            }

            for (int c = _candidateStart[e]; c < _candidateStart[e + 1]; c++)
            {
                int f = _candidates[c];
                if ((_level[f] & 0x7F) == (int)FeatureLevel.Populated && _countryCodes[_country[f]] == country
                    && (d < bestDistance || _population[f] > bestPopulation))
                {
                    best = e;
                    bestDistance = d;
                    bestPopulation = _population[f];
                }
            }
        }

        if (best < 0)
        {
            return false;
        }

        foundKey = Encoding.UTF8.GetString(_names.Key(best));
        candidates = new ArraySegment<int>(_candidates, _candidateStart[best], _candidateStart[best + 1] - _candidateStart[best]);
        return true;
    }

    /// <summary>Shortest transliteration key that a one-edit match may come from: shorter keys collide too often.</summary>
    public const int MinNearTransliterationKey = 10;

    /// <summary>
    /// The one feature whose transliteration key is one edit (a letter or vowel mark dropped, added or changed) from
    /// <paramref name="transliterationKey"/>, for long keys only: garbled respellings drop a letter ("Siewierodoniec"
    /// for Siewierodonieck) or a vowel ("Sevirodontsk"). Only divisions and towns of <see cref="NearTransliterationPopulation"/>
    /// people or more are indexed, and only a single feature within one edit counts, so the many villages that share
    /// a skeleton never answer. Symmetric deletions: each key's one-deletion variants, built on the first call.
    /// </summary>
    public bool TryGetTransliteratedNear(ReadOnlySpan<char> transliterationKey, out int feature)
    {
        feature = -1;
        if (transliterationKey.Length < MinNearTransliterationKey - 1 || transliterationKey.Length > TransliterationKey.MaxLength)
        {
            return false;
        }

        var exact = _transliterations.Value.GetAlternateLookup<ReadOnlySpan<char>>();
        var deletions = _transliterationDeletions.Value.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> shorter = stackalloc char[TransliterationKey.MaxLength];
        if (deletions.TryGetValue(transliterationKey, out var found) && !Merge(found, ref feature))
        {
            return false;
        }

        for (int d = 0; d < transliterationKey.Length; d++)
        {
            if (d > 0 && transliterationKey[d] == transliterationKey[d - 1])
            {
                continue;
            }

            transliterationKey[..d].CopyTo(shorter);
            transliterationKey[(d + 1)..].CopyTo(shorter[d..]);
            var variant = shorter[..(transliterationKey.Length - 1)];
            if (exact.TryGetValue(variant, out found) && !Merge(NearEligible(found), ref feature))
            {
                return false;
            }

            if (deletions.TryGetValue(variant, out found) && !Merge(found, ref feature))
            {
                return false;
            }
        }

        return feature >= 0;
    }

    /// <summary>Population a town needs to answer a one-edit transliteration lookup.</summary>
    public const int NearTransliterationPopulation = 10_000;

    private int[] NearEligible(int[] features)
    {
        int count = 0;
        foreach (int f in features)
        {
            count += IsNearEligible(f) ? 1 : 0;
        }

        if (count == features.Length)
        {
            return features;
        }

        var kept = new int[count];
        count = 0;
        foreach (int f in features)
        {
            if (IsNearEligible(f))
            {
                kept[count++] = f;
            }
        }

        return kept;
    }

    private bool IsNearEligible(int f)
        => (_level[f] & 0x7F) == (int)FeatureLevel.Admin1 || _population[f] >= NearTransliterationPopulation;

    /// <summary>Adds <paramref name="features"/> to the single answer so far; false when two features now answer.</summary>
    private static bool Merge(int[] features, ref int feature)
    {
        foreach (int f in features)
        {
            if (feature >= 0 && feature != f)
            {
                return false;
            }

            feature = f;
        }

        return true;
    }

    private Dictionary<string, int[]> BuildTransliterationDeletions()
    {
        var lists = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var (key, features) in _transliterations.Value)
        {
            if (key.Length < MinNearTransliterationKey)
            {
                continue;
            }

            var eligible = NearEligible(features);
            if (eligible.Length == 0)
            {
                continue;
            }

            for (int d = 0; d < key.Length; d++)
            {
                string variant = string.Concat(key.AsSpan(0, d), key.AsSpan(d + 1));
                if (!lists.TryGetValue(variant, out var list))
                {
                    list = [];
                    lists.Add(variant, list);
                }

                foreach (int f in eligible)
                {
                    if (!list.Contains(f))
                    {
                        list.Add(f);
                    }
                }
            }
        }

        var index = new Dictionary<string, int[]>(lists.Count, StringComparer.Ordinal);
        foreach (var (k, list) in lists)
        {
            index.Add(k, [.. list]);
        }

        return index;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Dictionary<string, int[]> BuildTransliterations()
    {
        var inReach = new bool[_countryCodes.Length];
        for (int c = 0; c < _countryCodes.Length; c++)
        {
            inReach[c] = TransliteratedCountries.Contains(_countryCodes[c]);
        }

        var lists = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var lookup = lists.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> chars = stackalloc char[KeyTable.MaxKeyBytes];
        Span<char> key = stackalloc char[TransliterationKey.MaxLength];
        for (int e = 0; e < _names.Count; e++)
        {
            int first = _candidateStart[e], end = _candidateStart[e + 1];
            bool any = false;
            for (int c = first; c < end && !any; c++)
            {
                any = InReach(_candidates[c]);
            }

            if (!any)
            {
                continue;
            }

            int n = Encoding.UTF8.GetChars(_names.Key(e), chars);
            int k = TransliterationKey.Of(chars[..n], key, polish: false);
            if (k == 0)
            {
                continue;
            }

            if (!lookup.TryGetValue(key[..k], out var list))
            {
                list = [];
                lookup[key[..k]] = list;
            }

            for (int c = first; c < end; c++)
            {
                int f = _candidates[c];
                if (InReach(f) && !list.Contains(f))
                {
                    list.Add(f);
                }
            }
        }

        var byPrior = Comparer<int>.Create((a, b) => ComparePrior(_level[a], _population[a], a, _level[b], _population[b], b));
        var index = new Dictionary<string, int[]>(lists.Count, StringComparer.Ordinal);
        foreach (var (k, list) in lists)
        {
            list.Sort(byPrior);
            index.Add(k, [.. list]);
        }

        return index;

        bool InReach(int f) => inReach[_country[f]] && (_level[f] & 0x7F) is (int)FeatureLevel.Admin1 or (int)FeatureLevel.Populated;
    }

    /// <summary>
    /// The order of candidates that share a name, best prior first: the coarser level (country, region, ... place), then the
    /// larger population, then the feature index. The writer stores each name's candidates in it; the fallback index too.
    /// </summary>
    internal static int ComparePrior(byte levelA, long populationA, int a, byte levelB, long populationB, int b)
    {
        int c = (levelA & 0x7F).CompareTo(levelB & 0x7F);
        c = c != 0 ? c : populationB.CompareTo(populationA);
        return c != 0 ? c : a.CompareTo(b);
    }

    private static int Levenshtein(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b, Span<int> row)
    {
        for (int j = 0; j <= b.Length; j++)
        {
            row[j] = j;
        }

        for (int i = 1; i <= a.Length; i++)
        {
            int diagonal = row[0];
            row[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int above = row[j];
                row[j] = Math.Min(Math.Min(above + 1, row[j - 1] + 1), diagonal + (a[i - 1] == b[j - 1] ? 0 : 1));
                diagonal = above;
            }
        }

        return row[b.Length];
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

        int version = BinaryPrimitives.ReadUInt16LittleEndian(header[4..6]);
        if (version != FormatVersion)
        {
            throw new GazetteerException($"gazetteer '{source}' has format version {version}; this build reads version {FormatVersion}");
        }

        if (!BitConverter.IsLittleEndian)
        {
            throw new GazetteerException($"gazetteer '{source}' can only be read on a little-endian machine");
        }

        uint bodyLength = BinaryPrimitives.ReadUInt32LittleEndian(header[8..12]);
        uint expectedHash = BinaryPrimitives.ReadUInt32LittleEndian(header[12..16]);
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

        if (Checksum(body) != expectedHash)
        {
            throw new GazetteerException($"gazetteer '{source}' is corrupt: checksum mismatch");
        }

        try
        {
            var reader = new Reader(body);
            return new Gazetteer(ref reader, source);
        }
        catch (Exception ex) when (ex is IndexOutOfRangeException or ArgumentOutOfRangeException or OverflowException or GazetteerException)
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

    /// <summary>
    /// FNV-1a over 8-byte little-endian words (then the tail bytes), folded to 32 bits: a byte-wise FNV of the
    /// ~5 MB body costs more than the rest of the load, and this still catches truncation and bit flips.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static uint Checksum(ReadOnlySpan<byte> data)
    {
        const ulong Prime = 0x100000001b3;
        ulong hash = 0xcbf29ce484222325;
        var words = MemoryMarshal.Cast<byte, ulong>(data);
        foreach (ulong w in words)
        {
            hash = (hash ^ w) * Prime;
        }

        foreach (byte b in data[(words.Length * 8)..])
        {
            hash = (hash ^ b) * Prime;
        }

        return (uint)(hash ^ (hash >> 32));
    }

    /// <summary>FNV-1a, 32 bits, of a key's UTF-8 bytes: the hash of the file's key tables.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static uint KeyHash(ReadOnlySpan<byte> key)
    {
        uint hash = 0x811c9dc5;
        foreach (byte b in key)
        {
            hash ^= b;
            hash *= 0x01000193;
        }

        return hash;
    }

    private GazetteerFeature Materialize(int i)
    {
        var text = _pool.AsSpan(_textStart[i], _textStart[i + 1] - _textStart[i]);
        int cut = text.IndexOf((byte)PoolSeparator);
        string name = Encoding.UTF8.GetString(cut < 0 ? text : text[..cut]);
        string[] demonyms = cut < 0 ? [] : Encoding.UTF8.GetString(text[(cut + 1)..]).Split(PoolSeparator);
        byte level = _level[i];
        return new GazetteerFeature(i, _ids[i], (FeatureLevel)(level & 0x7F), _countryCodes[_country[i]],
            _lat[i] / 1e5, _lon[i] / 1e5, _population[i], _admin1[i], name)
        {
            NameCount = _nameCount[i],
            Demonyms = demonyms,
            IsCapital = (level & Flags.Capital) != 0,
        };
    }

    /// <summary>Range checks on every index the lookups follow, so that a bad file fails here and not mid-article.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Validate(int count, int countryCount)
    {
        for (int i = 0; i < count; i++)
        {
            if ((_level[i] & 0x7F) > (int)FeatureLevel.Populated || _country[i] >= countryCount || _admin1[i] >= i || _admin1[i] < -1)
            {
                throw new GazetteerException($"feature {i} is out of range");
            }
        }

        if (_textStart[count] != _pool.Length)
        {
            throw new GazetteerException("string pool does not match the name lengths");
        }

        foreach (int c in _candidates)
        {
            if ((uint)c >= (uint)count)
            {
                throw new GazetteerException($"candidate {c} is not a feature");
            }
        }

        foreach (int c in _demonymFeature)
        {
            if ((uint)c >= (uint)count)
            {
                throw new GazetteerException($"demonym target {c} is not a feature");
            }
        }
    }

    /// <summary>Start offsets (n + 1) from stored lengths (n): lengths are 1–2 bytes in the file, offsets 4.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int[] Starts<T>(ReadOnlySpan<T> lengths)
        where T : unmanaged, IBinaryInteger<T>
    {
        var starts = new int[lengths.Length + 1];
        int at = 0;
        for (int k = 0; k < lengths.Length; k++)
        {
            at += int.CreateTruncating(lengths[k]);
            starts[k + 1] = at;
        }

        return starts;
    }

    internal static class Flags
    {
        /// <summary>Name flag: the key is made only of common English words.</summary>
        public const byte CommonWords = 1;

        /// <summary>Name flag: every name with the key is written in ASCII letters (no diacritics).</summary>
        public const byte AsciiOnly = 2;

        /// <summary>Level byte flag: a national capital (GeoNames PPLC).</summary>
        public const byte Capital = 0x80;
    }

    /// <summary>
    /// An open-addressing hash table over UTF-8 keys: the file stores the keys (entry k's key is
    /// keys[keyStart[k]..keyStart[k + 1]]), the load builds table[h &amp; mask] = entry + 1 (0 = empty, linear probing).
    /// </summary>
    internal sealed class KeyTable
    {
        /// <summary>Longest key in UTF-8 bytes (its length is one byte in the file); the writer leaves longer names out (none is near it).</summary>
        public const int MaxKeyBytes = 255;

        private readonly int[] _table;
        private readonly int[] _keyStart;
        private readonly byte[] _keys;

        private KeyTable(int[] table, int[] keyStart, byte[] keys)
        {
            _table = table;
            _keyStart = keyStart;
            _keys = keys;
        }

        public int Count => _keyStart.Length - 1;

        public static KeyTable Read(ref Reader r)
        {
            int count = r.Count();
            var keyStart = Starts(r.Bytes(count));
            var keys = r.ByteArray(keyStart[^1]);
            return new KeyTable(Build(keyStart, keys), keyStart, keys);
        }

        /// <summary>
        /// The hash table over the keys, at most half full. Built at load rather than stored: it is a few
        /// milliseconds of hashing, while stored it is ~3 MB of incompressible slots.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private static int[] Build(int[] keyStart, byte[] keys)
        {
            int count = keyStart.Length - 1;
            int size = 16;
            while (size < count * 2)
            {
                size <<= 1;
            }

            var table = new int[size];
            int mask = size - 1;
            for (int e = 0; e < count; e++)
            {
                int h = (int)KeyHash(keys.AsSpan(keyStart[e], keyStart[e + 1] - keyStart[e])) & mask;
                while (table[h] != 0)
                {
                    h = (h + 1) & mask;
                }

                table[h] = e + 1;
            }

            return table;
        }

        public ReadOnlySpan<byte> Key(int entry) => _keys.AsSpan(_keyStart[entry], _keyStart[entry + 1] - _keyStart[entry]);

        /// <summary>The entry of a key, or -1.</summary>
        public int Find(ReadOnlySpan<char> key)
        {
            Span<byte> utf8 = stackalloc byte[MaxKeyBytes];
            if (key.IsEmpty || !Encoding.UTF8.TryGetBytes(key, utf8, out int n))
            {
                return -1;
            }

            var bytes = utf8[..n];
            int mask = _table.Length - 1;
            int h = (int)KeyHash(bytes) & mask;
            while (true)
            {
                int e = _table[h] - 1;
                if (e < 0)
                {
                    return -1;
                }

                if (_keys.AsSpan(_keyStart[e], _keyStart[e + 1] - _keyStart[e]).SequenceEqual(bytes))
                {
                    return e;
                }

                h = (h + 1) & mask;
            }
        }
    }

    /// <summary>Reads the body's sections in order; every array is one block copy.</summary>
    internal ref struct Reader(byte[] body)
    {
        private readonly byte[] _body = body;
        private int _pos;

        public readonly int Remaining => _body.Length - _pos;

        public int Int32()
        {
            int v = BinaryPrimitives.ReadInt32LittleEndian(Take(4));
            return v;
        }

        public int Count()
        {
            int v = Int32();
            return v >= 0 && v <= _body.Length ? v : throw new GazetteerException($"implausible count {v} at byte {_pos - 4}");
        }

        public int[] Int32s(int n) => MemoryMarshal.Cast<byte, int>(Take(checked(n * 4))).ToArray();

        public ReadOnlySpan<ushort> UInt16s(int n) => MemoryMarshal.Cast<byte, ushort>(Take(checked(n * 2)));

        public ushort[] UInt16Array(int n) => UInt16s(n).ToArray();

        public ReadOnlySpan<byte> Bytes(int n) => Take(n);

        public byte[] ByteArray(int n) => Take(n).ToArray();

        private ReadOnlySpan<byte> Take(int n)
        {
            if (n < 0 || n > Remaining)
            {
                throw new GazetteerException($"section of {n} bytes at byte {_pos} runs past the end");
            }

            var span = _body.AsSpan(_pos, n);
            _pos += n;
            return span;
        }
    }

    /// <summary>Features as a list; each record is made on first access.</summary>
    private sealed class FeatureList(Gazetteer gazetteer) : IReadOnlyList<GazetteerFeature>
    {
        public int Count => gazetteer._ids.Length;

        public GazetteerFeature this[int index] => gazetteer[index];

        public IEnumerator<GazetteerFeature> GetEnumerator()
        {
            for (int i = 0; i < Count; i++)
            {
                yield return gazetteer[i];
            }
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
