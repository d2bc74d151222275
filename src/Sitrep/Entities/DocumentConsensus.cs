namespace Sitrep.Entities;

/// <summary>
/// What the recognizer's first pass said about the same word or name elsewhere in the document, as votes for a
/// second pass (stacking after Krishnan and Manning 2006): a capitalized word's majority type over its other
/// occurrences (token vote), a mention's majority type over other mentions of the same string (entity vote), and
/// the majority type of the longer mentions that contain the word ("Kuzan" inside "Serhiy Kuzan": super vote).
/// A token's own occurrence never votes for itself, so a name seen once gets no votes. Unlike
/// <see cref="DocumentHistory"/>, which reads earlier sentences only, the votes come from the whole document.
/// </summary>
internal sealed class DocumentConsensus
{
    /// <summary>Added to a vote when every other occurrence agreed.</summary>
    public const int Unanimous = 8;

    private readonly Dictionary<ulong, int[]> _tokens = [];
    private readonly Dictionary<ulong, int[]> _entities = [];
    private readonly Dictionary<ulong, int[]> _supers = [];
    private readonly int[] _scratch = new int[NerLabels.Types.Length];

    /// <summary>Fills the votes of every token of the padded sentences from their <see cref="TokenAtoms.Pass1"/> labels.</summary>
    public void Apply(ReadOnlySpan<ArraySegment<TokenAtoms>> sentences)
    {
        _tokens.Clear();
        _entities.Clear();
        _supers.Clear();
        foreach (var segment in sentences)
        {
            var tokens = Inner(segment);
            for (int i = 0; i < tokens.Length; i++)
            {
                ref var t = ref tokens[i];
                t.TokenVote = 0;
                t.EntityVote = 0;
                t.SuperVote = 0;
                if (Counts(t))
                {
                    Count(_tokens, t.LowerRaw, NerLabels.TypeOf(t.Pass1));
                }
            }

            for (int i = 0; i < tokens.Length;)
            {
                int end = MentionEnd(tokens, i);
                if (end == i)
                {
                    i++;
                    continue;
                }

                int type = NerLabels.TypeOf(tokens[i].Pass1);
                Count(_entities, MentionKey(tokens, i, end), type);
                if (end - i >= 2)
                {
                    for (int j = i; j < end; j++)
                    {
                        Count(_supers, tokens[j].LowerRaw, type);
                    }
                }

                i = end;
            }
        }

        foreach (var segment in sentences)
        {
            var tokens = Inner(segment);
            for (int i = 0; i < tokens.Length; i++)
            {
                ref var t = ref tokens[i];
                if (!t.Is(TokenAtoms.InitCap))
                {
                    continue;
                }

                int own = NerLabels.TypeOf(t.Pass1);
                if (_tokens.TryGetValue(t.LowerRaw, out var counts))
                {
                    t.TokenVote = Vote(counts, Counts(t) ? own : -1);
                }

                if (_supers.TryGetValue(t.LowerRaw, out counts))
                {
                    t.SuperVote = Vote(counts, own != 0 && InLongMention(tokens, i) ? own : -1);
                }
            }

            for (int i = 0; i < tokens.Length;)
            {
                int end = MentionEnd(tokens, i);
                if (end == i)
                {
                    i++;
                    continue;
                }

                if (_entities.TryGetValue(MentionKey(tokens, i, end), out var counts))
                {
                    int vote = Vote(counts, NerLabels.TypeOf(tokens[i].Pass1));
                    for (int j = i; j < end; j++)
                    {
                        tokens[j].EntityVote = vote;
                    }
                }

                i = end;
            }
        }
    }

    private static Span<TokenAtoms> Inner(ArraySegment<TokenAtoms> segment)
        => segment.AsSpan(Features.Pad, segment.Count - (2 * Features.Pad));

    /// <summary>Which occurrences vote: capitalized ones, except a sentence's first word the first pass left outside any mention.</summary>
    private static bool Counts(in TokenAtoms t)
        => t.Is(TokenAtoms.InitCap) && !(t.Is(TokenAtoms.FirstInSentence) && t.Pass1 == 0);

    private static void Count(Dictionary<ulong, int[]> table, ulong key, int type)
    {
        if (!table.TryGetValue(key, out var counts))
        {
            counts = new int[NerLabels.Types.Length];
            table.Add(key, counts);
        }

        counts[type]++;
    }

    /// <summary>End (exclusive) of the first-pass mention starting at <paramref name="i"/>; <paramref name="i"/> when none starts there.</summary>
    private static int MentionEnd(ReadOnlySpan<TokenAtoms> tokens, int i)
    {
        int label = tokens[i].Pass1;
        if (label == 0)
        {
            return i;
        }

        int type = NerLabels.TypeOf(label);
        int end = i + 1;
        while (end < tokens.Length && NerLabels.IsInside(tokens[end].Pass1) && NerLabels.TypeOf(tokens[end].Pass1) == type)
        {
            end++;
        }

        return end;
    }

    private static bool InLongMention(ReadOnlySpan<TokenAtoms> tokens, int i)
    {
        int type = NerLabels.TypeOf(tokens[i].Pass1);
        bool before = NerLabels.IsInside(tokens[i].Pass1);
        bool after = i + 1 < tokens.Length && NerLabels.IsInside(tokens[i + 1].Pass1) && NerLabels.TypeOf(tokens[i + 1].Pass1) == type;
        return before || after;
    }

    private static ulong MentionKey(ReadOnlySpan<TokenAtoms> tokens, int start, int end)
    {
        ulong key = 0x9E3779B97F4A7C15UL;
        for (int j = start; j < end; j++)
        {
            key = (key ^ tokens[j].LowerRaw) * 0x100000001B3UL;
        }

        return key;
    }

    /// <summary>The majority type (plus one) of <paramref name="counts"/> without one vote for <paramref name="own"/> (−1: none to remove); 0 when nobody else voted.</summary>
    private int Vote(int[] counts, int own)
    {
        counts.CopyTo(_scratch, 0);
        if (own >= 0)
        {
            _scratch[own]--;
        }

        int total = 0, best = 0;
        for (int c = 0; c < _scratch.Length; c++)
        {
            total += _scratch[c];
            if (_scratch[c] > _scratch[best])
            {
                best = c;
            }
        }

        if (total <= 0)
        {
            return 0;
        }

        return best + 1 + (_scratch[best] == total ? Unanimous : 0);
    }
}
