using System.Collections.Frozen;

namespace Sitrep.Entities;

/// <summary>
/// Word clusters as bit-string paths (Brown-style: words sharing a longer prefix are closer), keyed by
/// the folded word's hash. Learned from unlabelled text at training time and stored inside the model
/// that was trained with them, so features at run time match those at training time.
/// </summary>
public sealed class ClusterTable
{
    public static readonly ClusterTable Empty = new(new Dictionary<ulong, uint>());

    private readonly FrozenDictionary<ulong, uint> _paths;

    /// <param name="paths">Word hash → path: the low 5 bits hold the path length, the upper bits the path, most significant first.</param>
    internal ClusterTable(Dictionary<ulong, uint> paths) => _paths = paths.ToFrozenDictionary();

    public int Count => _paths.Count;

    internal bool TryGet(ulong wordHash, out uint path, out int length)
    {
        if (_paths.TryGetValue(wordHash, out uint packed))
        {
            length = (int)(packed & 31);
            path = packed >> 5;
            return true;
        }

        path = 0;
        length = 0;
        return false;
    }

    internal void Write(BinaryWriter w)
    {
        w.Write(_paths.Count);
        foreach (var (key, value) in _paths.OrderBy(p => p.Key))
        {
            w.Write(key);
            w.Write(value);
        }
    }

    internal static ClusterTable Read(BinaryReader r, string source)
    {
        int n = r.ReadInt32();
        if (n < 0 || n > 10_000_000)
        {
            throw new ModelFormatException($"{source}: implausible cluster count {n}");
        }

        var paths = new Dictionary<ulong, uint>(n);
        for (int i = 0; i < n; i++)
        {
            ulong key = r.ReadUInt64();
            paths[key] = r.ReadUInt32();
        }

        return n == 0 ? Empty : new ClusterTable(paths);
    }
}
