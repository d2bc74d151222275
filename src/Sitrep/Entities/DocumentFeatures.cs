namespace Sitrep.Entities;

/// <summary>
/// Label-free document-level evidence for the recognizer, computed before decoding: whether a capitalized
/// word also occurs in lower case elsewhere in the document (a common word at a sentence start or in a
/// headline), whether it occurs capitalized mid-sentence elsewhere (a name), and the words around its
/// other occurrences ("President Kuzan" once makes "Kuzan" a name everywhere).
/// </summary>
internal static class DocumentFeatures
{
    public const int SeenLowercase = 1;
    public const int SeenCapitalizedInside = 2;

    private const int MaxContexts = 3;

    private sealed class Occurrences
    {
        public int Flags;
        public readonly ulong[] Left = new ulong[MaxContexts];
        public readonly ulong[] Right = new ulong[MaxContexts];
        public int LeftCount;
        public int RightCount;

        public static void Add(ulong[] list, ref int count, ulong atom)
        {
            if (count == MaxContexts || list.AsSpan(0, count).Contains(atom))
            {
                return;
            }

            list[count++] = atom;
        }

        public static ulong Other(ulong[] list, int count, ulong own)
        {
            for (int i = 0; i < count; i++)
            {
                if (list[i] != own)
                {
                    return list[i];
                }
            }

            return 0;
        }
    }

    /// <summary>Fills <see cref="TokenAtoms.DocFlags"/>, <see cref="TokenAtoms.DocLeft"/> and <see cref="TokenAtoms.DocRight"/> of each padded sentence.</summary>
    public static void Apply(IReadOnlyList<ArraySegment<TokenAtoms>> sentences)
    {
        var byWord = new Dictionary<ulong, Occurrences>();
        foreach (var segment in sentences)
        {
            var a = segment.AsSpan();
            for (int i = Features.Pad; i < a.Length - Features.Pad; i++)
            {
                ref readonly var t = ref a[i];
                bool capitalized = t.Is(TokenAtoms.InitCap);
                bool lower = !capitalized && !t.Is(TokenAtoms.NoLetter) && !t.Is(TokenAtoms.InnerCap);
                if (!capitalized && !lower)
                {
                    continue;
                }

                if (!byWord.TryGetValue(t.LowerRaw, out var occ))
                {
                    occ = new Occurrences();
                    byWord.Add(t.LowerRaw, occ);
                }

                if (lower)
                {
                    occ.Flags |= SeenLowercase;
                    continue;
                }

                if (!t.Is(TokenAtoms.FirstInSentence) && !t.Is(TokenAtoms.SentenceAllCaps))
                {
                    occ.Flags |= SeenCapitalizedInside;
                }

                Occurrences.Add(occ.Left, ref occ.LeftCount, a[i - 1].Lower);
                Occurrences.Add(occ.Right, ref occ.RightCount, a[i + 1].Lower);
            }
        }

        foreach (var segment in sentences)
        {
            var a = segment.AsSpan();
            for (int i = Features.Pad; i < a.Length - Features.Pad; i++)
            {
                ref var t = ref a[i];
                t.DocFlags = 0;
                t.DocLeft = 0;
                t.DocRight = 0;
                if (!t.Is(TokenAtoms.InitCap) || !byWord.TryGetValue(t.LowerRaw, out var occ))
                {
                    continue;
                }

                t.DocFlags = occ.Flags | 4;
                t.DocLeft = Occurrences.Other(occ.Left, occ.LeftCount, a[i - 1].Lower);
                t.DocRight = Occurrences.Other(occ.Right, occ.RightCount, a[i + 1].Lower);
            }
        }
    }
}
