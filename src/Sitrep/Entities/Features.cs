namespace Sitrep.Entities;

/// <summary>
/// Feature templates of the three models. A sentence's atoms sit in a padded array: index 0 and 1 are
/// before the sentence, 2..n+1 its tokens, n+2 and n+3 after it. Changing a template changes the
/// features a model was trained on, so each set carries a version stored in (and checked against) the model.
/// </summary>
internal static class Features
{
    public const int PosVersion = 1;
    public const int ChunkVersion = 1;
    public const int NerVersion = 4;

    public const int Pad = 2;
    public const int MaxFeatures = 96;

    private static readonly ulong Bias = FeatureHash.Of(0x5EED);

    /// <summary>Fills the padding and the sentence-level flags after each token's atoms were computed.</summary>
    public static void FinishSentence(Span<TokenAtoms> padded, Gazetteer gazetteer, ClusterTable clusters)
    {
        int n = padded.Length - (2 * Pad);
        padded[0] = TokenAtoms.Padding(FeatureHash.Begin);
        padded[1] = padded[0];
        padded[n + 2] = TokenAtoms.Padding(FeatureHash.End);
        padded[n + 3] = padded[n + 2];
        var tokens = padded.Slice(Pad, n);
        bool allCaps = true;
        int lettered = 0;
        for (int i = 0; i < n; i++)
        {
            if (!tokens[i].Is(TokenAtoms.NoLetter))
            {
                lettered++;
                allCaps &= tokens[i].Is(TokenAtoms.AllCaps);
            }
        }

        allCaps &= lettered >= 2;
        for (int i = 0; i < n; i++)
        {
            ref var t = ref tokens[i];
            if (allCaps)
            {
                t.Flags |= TokenAtoms.SentenceAllCaps;
            }

            if (i == 0)
            {
                t.Flags |= TokenAtoms.FirstInSentence;
            }

            if (clusters.Count > 0 && clusters.TryGet(t.LowerRaw, out uint path, out int length))
            {
                t.Cluster = path;
                t.ClusterLength = length;
            }
        }

        gazetteer.Mark(tokens);
    }

    private static ulong FlagAtom(int flags) => (ulong)(flags & 0x3FF);

    /// <summary>
    /// Part-of-speech features at padded index <paramref name="i"/>, given the two previous predicted tags' atoms.
    /// Made of the parts the per-word score cache splits them into, so the two can never disagree.
    /// </summary>
    public static int Pos(ReadOnlySpan<TokenAtoms> a, int i, ulong p1, ulong p2, Span<ulong> f)
    {
        int k = PosWord(a[i], f);
        k += PosAsPrevious(a[i - 1], f[k..]);
        k += PosAsNext(a[i + 1], f[k..]);
        return k + PosContext(a, i, p1, p2, f[k..]);
    }

    /// <summary>The features <see cref="Pos"/> takes from the previous word alone.</summary>
    public static int PosAsPrevious(in TokenAtoms p, Span<ulong> f)
    {
        f[0] = FeatureHash.Feature(11, p.Lower);
        f[1] = FeatureHash.Feature(18, p.Suf3);
        return 2;
    }

    /// <summary>The features <see cref="Pos"/> takes from the next word alone.</summary>
    public static int PosAsNext(in TokenAtoms n, Span<ulong> f)
    {
        f[0] = FeatureHash.Feature(12, n.Lower);
        f[1] = FeatureHash.Feature(19, n.Suf3);
        f[2] = FeatureHash.Feature(21, n.ShortShape);
        return 3;
    }

    /// <summary>
    /// The part of <see cref="Pos"/> that depends on nothing but the word itself (so its score can be cached per
    /// word: <see cref="WordScores"/>); <see cref="PosContext"/> is the rest.
    /// </summary>
    public static int PosWord(in TokenAtoms t, Span<ulong> f)
    {
        int k = 0;
        f[k++] = Bias;
        f[k++] = FeatureHash.Feature(1, t.Word);
        f[k++] = FeatureHash.Feature(2, t.Lower);
        f[k++] = FeatureHash.Feature(3, t.Suf1);
        f[k++] = FeatureHash.Feature(4, t.Suf2);
        f[k++] = FeatureHash.Feature(5, t.Suf3);
        f[k++] = FeatureHash.Feature(6, t.Suf4);
        f[k++] = FeatureHash.Feature(7, t.Pre1);
        f[k++] = FeatureHash.Feature(8, t.Pre2);
        f[k++] = FeatureHash.Feature(9, t.Pre3);
        f[k++] = FeatureHash.Feature(10, t.Shape);
        return AddCluster(t, 23, f, k);
    }

    public static int PosContext(ReadOnlySpan<TokenAtoms> a, int i, ulong p1, ulong p2, Span<ulong> f)
    {
        int k = 0;
        ref readonly var t = ref a[i];
        f[k++] = FeatureHash.Feature(13, a[i - 2].Lower);
        f[k++] = FeatureHash.Feature(14, a[i + 2].Lower);
        f[k++] = FeatureHash.Feature(15, p1);
        f[k++] = FeatureHash.Feature(16, p1, p2);
        f[k++] = FeatureHash.Feature(17, p1, t.Lower);
        f[k++] = FeatureHash.Feature(20, FlagAtom(t.Flags));
        f[k++] = FeatureHash.Feature(22, t.Lower, a[i + 1].Lower);
        return k;
    }

    /// <summary>Chunk features at padded index <paramref name="i"/>; needs the POS atoms filled.</summary>
    public static int Chunk(ReadOnlySpan<TokenAtoms> a, int i, ulong p1, ulong p2, Span<ulong> f)
    {
        int k = 0;
        ref readonly var t = ref a[i];
        f[k++] = Bias;
        f[k++] = FeatureHash.Feature(1, t.Lower);
        f[k++] = FeatureHash.Feature(2, t.Pos);
        f[k++] = FeatureHash.Feature(3, a[i - 1].Pos);
        f[k++] = FeatureHash.Feature(4, a[i + 1].Pos);
        f[k++] = FeatureHash.Feature(5, a[i - 2].Pos);
        f[k++] = FeatureHash.Feature(6, a[i + 2].Pos);
        f[k++] = FeatureHash.Feature(7, a[i - 1].Pos, t.Pos);
        f[k++] = FeatureHash.Feature(8, t.Pos, a[i + 1].Pos);
        f[k++] = FeatureHash.Feature(9, a[i - 1].Pos, t.Pos, a[i + 1].Pos);
        f[k++] = FeatureHash.Feature(10, p1);
        f[k++] = FeatureHash.Feature(11, p1, t.Pos);
        f[k++] = FeatureHash.Feature(12, p1, p2);
        f[k++] = FeatureHash.Feature(13, a[i - 1].Lower);
        f[k++] = FeatureHash.Feature(14, a[i + 1].Lower);
        f[k++] = FeatureHash.Feature(15, t.Lower, t.Pos);
        f[k++] = FeatureHash.Feature(16, p1, t.Lower);
        f[k++] = FeatureHash.Feature(17, t.Suf3);
        f[k++] = FeatureHash.Feature(18, a[i - 2].Pos, a[i - 1].Pos, t.Pos);
        f[k++] = FeatureHash.Feature(19, t.Pos, a[i + 1].Pos, a[i + 2].Pos);
        return k;
    }

    /// <summary>
    /// Recognizer features at padded index <paramref name="i"/>; they do not depend on labels, so decoding can be exact.
    /// Made of the parts the per-word score cache splits them into, so the two can never disagree.
    /// </summary>
    public static int Ner(ReadOnlySpan<TokenAtoms> a, int i, Span<ulong> f)
    {
        int k = NerWord(a[i], f);
        k += NerAsPrevious(a[i - 1], f[k..]);
        k += NerAsNext(a[i + 1], f[k..]);
        return k + NerContext(a, i, f[k..]);
    }

    /// <summary>The features <see cref="Ner"/> takes from the previous word alone.</summary>
    public static int NerAsPrevious(in TokenAtoms p, Span<ulong> f)
    {
        f[0] = FeatureHash.Feature(13, p.Lower);
        f[1] = FeatureHash.Feature(17, p.Word);
        f[2] = FeatureHash.Feature(19, p.Shape);
        f[3] = FeatureHash.Feature(49, p.Suf3);
        return AddCluster(p, 43, f, 4);
    }

    /// <summary>The features <see cref="Ner"/> takes from the next word alone.</summary>
    public static int NerAsNext(in TokenAtoms n, Span<ulong> f)
    {
        f[0] = FeatureHash.Feature(14, n.Lower);
        f[1] = FeatureHash.Feature(18, n.Word);
        f[2] = FeatureHash.Feature(20, n.Shape);
        f[3] = FeatureHash.Feature(50, n.Suf3);
        return AddCluster(n, 44, f, 4);
    }

    /// <summary>The part of <see cref="Ner"/> that depends on nothing but the word itself; <see cref="NerContext"/> is the rest.</summary>
    public static int NerWord(in TokenAtoms t, Span<ulong> f)
    {
        int k = 0;
        f[k++] = Bias;
        f[k++] = FeatureHash.Feature(1, t.Word);
        f[k++] = FeatureHash.Feature(2, t.Lower);
        f[k++] = FeatureHash.Feature(3, t.Shape);
        f[k++] = FeatureHash.Feature(4, t.ShortShape);
        f[k++] = FeatureHash.Feature(5, t.Pre1);
        f[k++] = FeatureHash.Feature(6, t.Pre2);
        f[k++] = FeatureHash.Feature(7, t.Pre3);
        f[k++] = FeatureHash.Feature(8, t.Pre4);
        f[k++] = FeatureHash.Feature(9, t.Suf1);
        f[k++] = FeatureHash.Feature(10, t.Suf2);
        f[k++] = FeatureHash.Feature(11, t.Suf3);
        f[k++] = FeatureHash.Feature(12, t.Suf4);
        if (t.ClusterLength != 0)
        {
            f[k++] = FeatureHash.Feature(55, ((ulong)t.ClusterLength << 32) | t.Cluster, t.ShortShape);
        }

        return AddCluster(t, 42, f, k);
    }

    public static int NerContext(ReadOnlySpan<TokenAtoms> a, int i, Span<ulong> f)
    {
        int k = 0;
        ref readonly var t = ref a[i];
        ref readonly var prev = ref a[i - 1];
        ref readonly var next = ref a[i + 1];
        f[k++] = FeatureHash.Feature(15, a[i - 2].Lower);
        f[k++] = FeatureHash.Feature(16, a[i + 2].Lower);
        f[k++] = FeatureHash.Feature(21, prev.ShortShape, t.ShortShape);
        f[k++] = FeatureHash.Feature(22, t.ShortShape, next.ShortShape);
        f[k++] = FeatureHash.Feature(23, prev.Lower, t.Lower);
        f[k++] = FeatureHash.Feature(24, t.Lower, next.Lower);
        f[k++] = FeatureHash.Feature(25, t.Pos);
        f[k++] = FeatureHash.Feature(26, prev.Pos);
        f[k++] = FeatureHash.Feature(27, next.Pos);
        f[k++] = FeatureHash.Feature(28, t.Chunk);
        f[k++] = FeatureHash.Feature(29, t.Chunk, t.Pos);
        f[k++] = FeatureHash.Feature(30, prev.Lower, t.ShortShape);
        f[k++] = FeatureHash.Feature(31, t.ShortShape, next.Lower);
        f[k++] = FeatureHash.Feature(32, a[i - 2].Lower, prev.Lower);
        f[k++] = FeatureHash.Feature(33, next.Lower, a[i + 2].Lower);
        f[k++] = FeatureHash.Feature(34, t.Word, t.Pos);
        f[k++] = FeatureHash.Feature(35, FlagAtom(t.Flags));
        if (t.Is(TokenAtoms.SentenceAllCaps))
        {
            f[k++] = FeatureHash.Feature(36, t.Lower);
        }

        if (t.History != 0)
        {
            f[k++] = FeatureHash.Feature(37, t.History);
            f[k++] = FeatureHash.Feature(38, t.History, t.ShortShape);
        }

        if (t.DocFlags != 0)
        {
            f[k++] = FeatureHash.Feature(45, (ulong)t.DocFlags, t.ShortShape);
            f[k++] = FeatureHash.Feature(46, (ulong)t.DocFlags, (ulong)(t.Flags & (TokenAtoms.FirstInSentence | TokenAtoms.SentenceAllCaps)));
            if (t.DocLeft != 0)
            {
                f[k++] = FeatureHash.Feature(47, t.DocLeft);
            }

            if (t.DocRight != 0)
            {
                f[k++] = FeatureHash.Feature(48, t.DocRight);
            }
        }

        f[k++] = FeatureHash.Feature(51, prev.Pos, t.Pos);
        f[k++] = FeatureHash.Feature(52, t.Pos, next.Pos);
        f[k++] = FeatureHash.Feature(53, a[i - 2].ShortShape, prev.ShortShape, t.ShortShape);
        f[k++] = FeatureHash.Feature(54, t.ShortShape, next.ShortShape, a[i + 2].ShortShape);
        k = AddGazetteer(t.Gazetteer, 39, f, k);
        k = AddGazetteer(prev.Gazetteer, 40, f, k);
        k = AddGazetteer(next.Gazetteer, 41, f, k);
        return k;
    }

    private static int AddGazetteer(int bits, int template, Span<ulong> f, int k)
    {
        while (bits != 0)
        {
            int b = System.Numerics.BitOperations.TrailingZeroCount(bits);
            f[k++] = FeatureHash.Feature(template, (ulong)b);
            bits &= bits - 1;
        }

        return k;
    }

    private static readonly int[] ClusterPrefixes = [4, 8, 12, 20];

    private static int AddCluster(in TokenAtoms t, int template, Span<ulong> f, int k)
    {
        if (t.ClusterLength == 0)
        {
            return k;
        }

        foreach (int p in ClusterPrefixes)
        {
            int len = Math.Min(p, t.ClusterLength);
            ulong prefix = t.Cluster >> (t.ClusterLength - len);
            f[k++] = FeatureHash.Feature(template, ((ulong)len << 32) | prefix);
            if (len == t.ClusterLength)
            {
                break;
            }
        }

        return k;
    }
}
