namespace Sitrep.Entities;

/// <summary>Per-token hashed properties, computed once and shared by the tagger, chunker and recognizer.</summary>
internal struct TokenAtoms
{
    public const int InitCap = 1;
    public const int AllCaps = 2;
    public const int HasDigit = 4;
    public const int HasHyphen = 8;
    public const int AllDigits = 16;
    public const int HasPeriod = 32;
    public const int InnerCap = 64;
    public const int SentenceAllCaps = 128;
    public const int FirstInSentence = 256;
    public const int NoLetter = 512;

    /// <summary>Longest token prefix the affix features look at.</summary>
    public const int MaxAffixChars = 48;

    public ulong Word;
    public ulong Lower;
    public ulong LowerRaw;
    public ulong Shape;
    public ulong ShortShape;
    public ulong Pre1;
    public ulong Pre2;
    public ulong Pre3;
    public ulong Pre4;
    public ulong Suf1;
    public ulong Suf2;
    public ulong Suf3;
    public ulong Suf4;
    public int Flags;
    public int Gazetteer;
    public uint Cluster;
    public int ClusterLength;
    public ulong Pos;
    public ulong Chunk;
    public ulong History;
    public int DocFlags;
    public ulong DocLeft;
    public ulong DocRight;

    public readonly bool Is(int flag) => (Flags & flag) != 0;

    /// <summary>The atoms of the positions outside a sentence (two on each side).</summary>
    public static TokenAtoms Padding(ulong atom) => new()
    {
        Word = atom, Lower = atom, LowerRaw = atom, Shape = atom, ShortShape = atom,
        Pre1 = atom, Pre2 = atom, Pre3 = atom, Pre4 = atom, Suf1 = atom, Suf2 = atom, Suf3 = atom, Suf4 = atom,
        Pos = atom, Chunk = atom, History = 0,
    };

    /// <summary>Fills the word-level atoms of <paramref name="word"/>.</summary>
    public static void Compute(ReadOnlySpan<char> word, ref TokenAtoms a)
    {
        Span<char> folded = stackalloc char[MaxAffixChars];
        int n = Math.Min(word.Length, MaxAffixChars);
        ulong hw = FeatureHash.Start(), hl = FeatureHash.Start(), hr = FeatureHash.Start();
        ulong hs = FeatureHash.Start(), hss = FeatureHash.Start();
        int flags = 0;
        int upper = 0, lower = 0, digits = 0, letters = 0;
        char lastShape = '\0';
        int run = 0;
        for (int i = 0; i < word.Length; i++)
        {
            char c = word[i];
            char f = FeatureHash.Fold(c);
            if (i < n)
            {
                folded[i] = f;
            }

            hw = FeatureHash.Add(hw, FeatureHash.Normalize(c));
            hr = FeatureHash.Add(hr, f);
            hl = FeatureHash.Add(hl, char.IsAsciiDigit(f) ? '0' : f);
            char s;
            if (char.IsUpper(c))
            {
                s = 'X';
                upper++;
                letters++;
                if (i > 0 && lower > 0)
                {
                    flags |= InnerCap;
                }
            }
            else if (char.IsLetter(c))
            {
                s = 'x';
                lower++;
                letters++;
            }
            else if (char.IsDigit(c))
            {
                s = 'd';
                digits++;
            }
            else
            {
                s = FeatureHash.Normalize(c);
                if (s == '-')
                {
                    flags |= HasHyphen;
                }
                else if (s == '.')
                {
                    flags |= HasPeriod;
                }
            }

            if (s == lastShape)
            {
                run++;
            }
            else
            {
                run = 1;
                hss = FeatureHash.Add(hss, s);
                lastShape = s;
            }

            if (run <= 4)
            {
                hs = FeatureHash.Add(hs, s);
            }
        }

        if (letters > 0 && char.IsUpper(word[0]))
        {
            flags |= InitCap;
        }

        if (upper > 0 && lower == 0)
        {
            flags |= AllCaps;
        }

        if (digits > 0)
        {
            flags |= HasDigit;
            if (digits == word.Length)
            {
                flags |= AllDigits;
            }
        }

        if (letters == 0)
        {
            flags |= NoLetter;
        }

        a.Word = FeatureHash.Finish(hw);
        a.LowerRaw = FeatureHash.Finish(hr);
        a.Lower = FeatureHash.Finish(hl);
        a.Shape = FeatureHash.Finish(hs);
        a.ShortShape = FeatureHash.Finish(hss);
        var fs = folded[..n];
        a.Pre1 = Affix(fs, 1, true);
        a.Pre2 = Affix(fs, 2, true);
        a.Pre3 = Affix(fs, 3, true);
        a.Pre4 = Affix(fs, 4, true);
        a.Suf1 = Affix(fs, 1, false);
        a.Suf2 = Affix(fs, 2, false);
        a.Suf3 = Affix(fs, 3, false);
        a.Suf4 = Affix(fs, 4, false);
        a.Flags = flags;
        a.Gazetteer = 0;
        a.Cluster = 0;
        a.ClusterLength = 0;
        a.Pos = 0;
        a.Chunk = 0;
        a.History = 0;
        a.DocFlags = 0;
        a.DocLeft = 0;
        a.DocRight = 0;
    }

    private static ulong Affix(ReadOnlySpan<char> folded, int k, bool prefix)
    {
        if (folded.Length < k)
        {
            return 0;
        }

        var part = prefix ? folded[..k] : folded[^k..];
        return FeatureHash.Of(part) ^ (prefix ? 0x1111UL : 0x2222UL);
    }
}
