using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace Sitrep.Places;

/// <summary>
/// Turns a <see cref="GazetteerSource"/> into the indexed <c>gazetteer.bin</c> that <see cref="Gazetteer"/> reads
/// (format in docs/places.md): name keys are made here with the same <see cref="NameKey"/> the text uses, and
/// the hash tables, candidate lists and string pool are laid out ready to copy. Deterministic: the same source
/// gives the same bytes.
/// </summary>
public static class GazetteerWriter
{
    public static byte[] Write(GazetteerSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var features = source.Features;
        int count = features.Count;

        // Dictionaries to find, lists to keep the order: entry k of each table is the k-th key added.
        var slots = new Dictionary<string, int>(StringComparer.Ordinal);
        var slotKeys = new List<string>();
        var slotFeatures = new List<List<int>>();
        var slotHasDiacritics = new List<bool>();
        var demonyms = new HashSet<string>(StringComparer.Ordinal);
        var demonymKeys = new List<string>();
        var demonymFeatures = new List<int>();
        var firstWords = new HashSet<string>(StringComparer.Ordinal);
        var firstWordKeys = new List<string>();
        var countries = new Dictionary<string, int>(StringComparer.Ordinal);
        var countryCodes = new List<string>();
        int maxWords = 1;

        for (int i = 0; i < count; i++)
        {
            var f = features[i];
            if (f.Country.Length != 2 || !Ascii.IsValid(f.Country))
            {
                throw new GazetteerException($"feature {i} has country code '{f.Country}'");
            }

            if (countries.TryAdd(f.Country, countries.Count))
            {
                countryCodes.Add(f.Country);
            }

            AddName(f.Name, i);
            foreach (var n in f.Names)
            {
                AddName(n, i);
            }

            foreach (var d in f.Demonyms)
            {
                string key = NameKey.Of(d);
                if (Fits(key) && demonyms.Add(key))
                {
                    demonymKeys.Add(key);
                    demonymFeatures.Add(i);
                    AddFirstWord(key);
                }
            }
        }

        var flags = new byte[slots.Count];
        for (int slot = 0; slot < flags.Length; slot++)
        {
            flags[slot] = slotHasDiacritics[slot] ? (byte)0 : Gazetteer.Flags.AsciiOnly;
        }

        foreach (var key in source.CommonWordNames)
        {
            // build.mjs keys the word list its own way; a key the index lacks can never be looked up anyway.
            if (slots.TryGetValue(key, out int slot))
            {
                flags[slot] |= Gazetteer.Flags.CommonWords;
            }
        }

        var body = new MemoryStream();
        var w = new BinaryWriter(body);
        w.Write(count);
        w.Write(countries.Count);
        w.Write(Math.Min(maxWords, 8));
        foreach (var f in features)
        {
            w.Write(checked((int)f.GeonamesId));
        }

        foreach (var f in features)
        {
            w.Write(f.LatE5);
        }

        foreach (var f in features)
        {
            w.Write(f.LonE5);
        }

        foreach (var f in features)
        {
            w.Write(f.Population <= int.MaxValue ? (int)f.Population : throw new GazetteerException($"population of '{f.Name}' is over 2^31"));
        }

        foreach (var f in features)
        {
            w.Write(f.Admin1Index);
        }

        var pool = new MemoryStream();
        foreach (var f in features)
        {
            var text = Encoding.UTF8.GetBytes(f.Demonyms.Count == 0 ? f.Name : f.Name + Gazetteer.PoolSeparator + string.Join(Gazetteer.PoolSeparator, f.Demonyms));
            pool.Write(text);
            w.Write(text.Length <= ushort.MaxValue ? (ushort)text.Length : throw new GazetteerException($"names of '{f.Name}' are over 64 KB"));
        }

        foreach (var f in features)
        {
            w.Write(checked((ushort)(f.Names.Count + 1)));
        }

        foreach (var f in features)
        {
            w.Write((ushort)countries[f.Country]);
        }

        foreach (var f in features)
        {
            w.Write(f.LevelByte);
        }

        foreach (var code in countryCodes)
        {
            w.Write(Encoding.ASCII.GetBytes(code));
        }

        w.Write(checked((int)pool.Length));
        w.Write(pool.ToArray());

        WriteTable(w, slotKeys);
        var byPrior = Comparer<int>.Create(
            (a, b) => Gazetteer.ComparePrior(features[a].LevelByte, features[a].Population, a, features[b].LevelByte, features[b].Population, b));
        foreach (var list in slotFeatures)
        {
            w.Write(list.Count <= byte.MaxValue ? (byte)list.Count : throw new GazetteerException($"over {byte.MaxValue} features share one name key"));
        }

        foreach (var list in slotFeatures)
        {
            list.Sort(byPrior);
            foreach (int c in list)
            {
                w.Write(c);
            }
        }

        w.Write(flags);
        WriteTable(w, demonymKeys);
        foreach (int c in demonymFeatures)
        {
            w.Write(c);
        }

        // One-word name keys are their own first words; only the others are stored.
        WriteTable(w, firstWordKeys.FindAll(k => !slots.ContainsKey(k)));
        w.Flush();

        var bytes = body.ToArray();
        using var file = new MemoryStream();
        Span<byte> header = stackalloc byte[Gazetteer.HeaderSize];
        "SGAZ"u8.CopyTo(header);
        BinaryPrimitives.WriteUInt16LittleEndian(header[4..], Gazetteer.FormatVersion);
        BinaryPrimitives.WriteUInt16LittleEndian(header[6..], 0);
        BinaryPrimitives.WriteUInt32LittleEndian(header[8..], (uint)bytes.Length);
        BinaryPrimitives.WriteUInt32LittleEndian(header[12..], Gazetteer.Checksum(bytes));
        file.Write(header);
        using (var deflate = new DeflateStream(file, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            deflate.Write(bytes);
        }

        var result = file.ToArray();
        BinaryPrimitives.WriteUInt32LittleEndian(result.AsSpan(16), (uint)(result.Length - Gazetteer.HeaderSize));
        return result;

        void AddName(string name, int feature)
        {
            string key = NameKey.Of(name);
            if (!Fits(key))
            {
                return;
            }

            if (!slots.TryGetValue(key, out int slot))
            {
                slot = slots.Count;
                slots.Add(key, slot);
                slotKeys.Add(key);
                slotFeatures.Add([]);
                slotHasDiacritics.Add(false);
                AddFirstWord(key);
            }

            slotHasDiacritics[slot] |= HasNonAsciiLetter(name);

            if (!slotFeatures[slot].Contains(feature))
            {
                slotFeatures[slot].Add(feature);
            }
        }

        void AddFirstWord(string key)
        {
            int space = key.IndexOf(' ', StringComparison.Ordinal);
            string first = space < 0 ? key : key[..space];
            if (firstWords.Add(first))
            {
                firstWordKeys.Add(first);
            }

            maxWords = Math.Max(maxWords, key.AsSpan().Count(' ') + 1);
        }
    }

    private static bool HasNonAsciiLetter(string name)
    {
        foreach (char c in name)
        {
            if (c > 0x7F && char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Fits(string key) => key.Length > 0 && Encoding.UTF8.GetByteCount(key) <= Gazetteer.KeyTable.MaxKeyBytes;

    /// <summary>Count, key lengths (a byte each), UTF-8 keys; the reader builds the hash table.</summary>
    private static void WriteTable(BinaryWriter w, List<string> keysInOrder)
    {
        var keys = keysInOrder.ConvertAll(Encoding.UTF8.GetBytes);
        w.Write(keys.Count);
        foreach (var k in keys)
        {
            w.Write(checked((byte)k.Length));
        }

        foreach (var k in keys)
        {
            w.Write(k);
        }
    }
}
