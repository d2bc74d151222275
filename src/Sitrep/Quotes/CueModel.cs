using Sitrep.Entities;
using Sitrep.Pipeline;

namespace Sitrep.Quotes;

/// <summary>
/// The learned cue detector (docs/quotes.md): a binary averaged-perceptron classifier over word tokens, trained
/// on the heads of PolNeAR train cue spans, that says whether a token is the head of an attribution cue. Features are
/// the word, its stem and neighbours, part-of-speech and chunk tags, the curated lexicon class, the distance to
/// quotation marks, and what stands before (the subject) and after it.
/// </summary>
public sealed class CueModel
{
    /// <summary>Model kind in the file header.</summary>
    public const string Kind = "cue";

    /// <summary>Version of the feature templates below; a model trained with other templates is refused.</summary>
    public const int FeatureVersion = 2;

    /// <summary>The embedded model file (src/Sitrep/Models/cue.bin).</summary>
    public const string FileName = "cue.bin";

    /// <summary>Upper bound on the features of one token.</summary>
    public const int MaxFeatures = 40;

    internal const int Outside = 0;
    internal const int Cue = 1;

    internal static readonly string[] Labels = ["O", "CUE"];

    private static readonly Lazy<CueModel> Embedded = new(
        () => new CueModel(LinearModel.LoadEmbedded(FileName, Kind, FeatureVersion)), LazyThreadSafetyMode.ExecutionAndPublication);

    internal CueModel(LinearModel model)
    {
        if (model.LabelCount != Labels.Length)
        {
            throw new ModelFormatException($"cue model: expected {Labels.Length} labels, found {model.LabelCount}");
        }

        Model = model;
        (_slots, _mask) = CompactWeights.Build(model, (fingerprint, row) => new Slot(fingerprint, (short)row[Outside], (short)row[Cue]));
    }

    /// <summary>The shipped model, loaded once on first use.</summary>
    public static CueModel Shared => Embedded.Value;

    /// <summary>Loads a model file (for tests and retraining).</summary>
    public static CueModel Load(string path) => new(LinearModel.Load(path, Kind, FeatureVersion));

    public int FeatureCount => Model.FeatureCount;

    /// <summary>Writes the model file (versioned, checksummed; byte-identical for the same weights).</summary>
    public void Save(string path) => Model.Save(path);

    internal LinearModel Model { get; }

    /// <summary>
    /// The model's weights with each key's fingerprint beside its two integer weights (<see cref="CompactWeights"/>):
    /// a probe costs one cache miss where the model's index, then its padded row, cost two. Cue scoring was about a seventh
    /// of the quote stage's time, most of it waiting on those misses (docs/quotes.md "Speed").
    /// </summary>
    private readonly Slot[] _slots;
    private readonly int _mask;

    /// <summary>Margin of the cue label over the outside label for token <paramref name="t"/>; positive means cue.</summary>
    internal float Margin(in CueContext context, int t)
    {
        Span<ulong> f = stackalloc ulong[MaxFeatures];
        int n = Features(context, t, f);
        Span<int> acc = stackalloc int[Labels.Length];
        Accumulate(f[..n], acc);
        Span<float> scores = stackalloc float[Labels.Length];
        Model.Finish(acc, scores);
        return scores[Cue] - scores[Outside];
    }

    /// <summary>Adds the integer weights of the known features to <paramref name="acc"/> (one per label), as <see cref="LinearModel.Accumulate"/> does.</summary>
    private void Accumulate(ReadOnlySpan<ulong> features, Span<int> acc)
    {
        var slots = _slots;
        int mask = _mask;

        // Every first probe is read before any is tested, so that the cache misses overlap instead of waiting on each other.
        Span<Slot> firsts = stackalloc Slot[MaxFeatures];
        for (int i = 0; i < features.Length; i++)
        {
            firsts[i] = slots[(int)(features[i] & (ulong)mask)];
        }

        int o = acc[Outside], c = acc[Cue];
        for (int i = 0; i < features.Length; i++)
        {
            ulong key = features[i];
            int slot = (int)(key & (ulong)mask);
            uint fingerprint = (uint)(key >> 32);
            var e = firsts[i];
            while (e.Used != 0)
            {
                if (e.Fingerprint == fingerprint)
                {
                    o += e.Outside;
                    c += e.Cue;
                    break;
                }

                slot = (slot + 1) & mask;
                e = slots[slot];
            }
        }

        acc[Outside] = o;
        acc[Cue] = c;
    }

    /// <summary>One slot of <see cref="_slots"/>; <see cref="Used"/> is 0 for an empty one.</summary>
    private readonly struct Slot(uint fingerprint, short outside, short cue) : CompactWeights.ISlot
    {
        public readonly uint Fingerprint = fingerprint;
        public readonly short Outside = outside;
        public readonly short Cue = cue;
        public readonly short Used = 1;

        uint CompactWeights.ISlot.Fingerprint => Fingerprint;

        bool CompactWeights.ISlot.Used => Used != 0;
    }

    /// <summary>Writes the features of token <paramref name="t"/> into <paramref name="f"/>; returns their count.</summary>
    internal static int Features(in CueContext c, int t, Span<ulong> f)
    {
        var tokens = c.Tokens;
        int sf = c.SentenceFirst[t];
        int se = c.SentenceEnd[t];
        ulong w0 = c.WordAt(t, sf, se);
        ulong wm1 = c.WordAt(t - 1, sf, se);
        ulong wp1 = c.WordAt(t + 1, sf, se);
        ulong wm2 = c.WordAt(t - 2, sf, se);
        ulong wp2 = c.WordAt(t + 2, sf, se);
        ulong p0 = c.PosAt(t, sf, se);
        ulong pm1 = c.PosAt(t - 1, sf, se);
        ulong pp1 = c.PosAt(t + 1, sf, se);
        ulong pm2 = c.PosAt(t - 2, sf, se);
        ulong pp2 = c.PosAt(t + 2, sf, se);
        ulong ch0 = c.ChunkAt(t, sf, se);
        ulong chm1 = c.ChunkAt(t - 1, sf, se);
        var word = c.Text.AsSpan(tokens[t].Start, tokens[t].Length);

        int n = 0;
        f[n++] = FeatureHash.Feature(0, 1);
        f[n++] = FeatureHash.Feature(1, w0);
        f[n++] = FeatureHash.Feature(2, wm1);
        f[n++] = FeatureHash.Feature(3, wp1);
        f[n++] = FeatureHash.Feature(4, wm2);
        f[n++] = FeatureHash.Feature(5, wp2);
        f[n++] = FeatureHash.Feature(6, p0);
        f[n++] = FeatureHash.Feature(7, pm1, p0);
        f[n++] = FeatureHash.Feature(8, p0, pp1);
        f[n++] = FeatureHash.Feature(9, w0, p0);
        f[n++] = FeatureHash.Feature(10, FeatureHash.OfLower(word.Length > 3 ? word[^3..] : word));
        f[n++] = FeatureHash.Feature(11, w0, wp1);
        f[n++] = FeatureHash.Feature(12, wm1, w0);
        ulong lexicon = CueLexicon.TryGet(word, out var cls) ? (ulong)cls + 1 : 0;
        f[n++] = FeatureHash.Feature(13, lexicon, p0);
        f[n++] = FeatureHash.Feature(14, lexicon, pm1);
        f[n++] = FeatureHash.Feature(15, c.RegionOf[t] >= 0 ? 1UL : 0UL, p0);
        f[n++] = FeatureHash.Feature(16, (ulong)c.QuoteBefore(t, sf), p0);
        f[n++] = FeatureHash.Feature(17, (ulong)c.QuoteAfter(t, se), p0);
        f[n++] = FeatureHash.Feature(18, word.Length > 0 && char.IsUpper(word[0]) ? (t == sf ? 2UL : 1UL) : 0UL, p0);
        f[n++] = FeatureHash.Feature(19, pm1, w0);
        f[n++] = FeatureHash.Feature(20, w0, pp1);
        f[n++] = FeatureHash.Feature(21, pm2, pm1, p0);
        f[n++] = FeatureHash.Feature(22, p0, pp1, pp2);
        f[n++] = FeatureHash.Feature(23, ch0, chm1);
        f[n++] = FeatureHash.Feature(24, w0, ch0);
        f[n++] = FeatureHash.Feature(25, (ulong)Math.Min(t - sf, 4), p0);
        f[n++] = FeatureHash.Feature(26, (ulong)Math.Min(se - t, 4), p0);
        f[n++] = FeatureHash.Feature(27, lexicon, w0, wp1);

        // Version 2: who the subject is and what follows; a verb is a cue when someone stands before it and a
        // proposition after it ("The FBI decided not to", "The Post has learned Clinton was").
        ulong subject = c.SubjectClass(t, sf);
        ulong next = c.NextClass(t, se);
        ulong stem = Stem(word);
        f[n++] = FeatureHash.Feature(28, subject, p0);
        f[n++] = FeatureHash.Feature(29, subject, w0);
        f[n++] = FeatureHash.Feature(30, next, p0);
        f[n++] = FeatureHash.Feature(31, next, w0);
        f[n++] = FeatureHash.Feature(32, subject, next, p0);
        f[n++] = FeatureHash.Feature(33, stem);
        f[n++] = FeatureHash.Feature(34, stem, next);
        f[n++] = FeatureHash.Feature(35, stem, subject);
        f[n++] = FeatureHash.Feature(36, lexicon, subject, next);
        f[n++] = FeatureHash.Feature(37, c.ThatAhead(t, se), w0);
        return n;
    }

    /// <summary>The lowercased word without a regular inflection (<c>decided</c>, <c>decides</c>, <c>deciding</c> → <c>decid</c>), hashed.</summary>
    private static ulong Stem(ReadOnlySpan<char> word)
    {
        if (word.Length > 5 && word.EndsWith("ing", StringComparison.OrdinalIgnoreCase))
        {
            word = word[..^3];
        }
        else if (word.Length > 4 && (word.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || word.EndsWith("es", StringComparison.OrdinalIgnoreCase)))
        {
            word = word[..^2];
        }
        else if (word.Length > 3 && (word.EndsWith('s') || word.EndsWith('e')))
        {
            word = word[..^1];
        }

        return FeatureHash.OfLower(word);
    }
}

/// <summary>Per-document inputs of the cue features: tokens, sentence bounds per token, and the quoted region of each token.</summary>
internal readonly struct CueContext
{
    private static readonly ulong NoTag = FeatureHash.Of("-");

    private static readonly ulong StartClass = FeatureHash.Of("^");
    private static readonly ulong EndClass = FeatureHash.Of("$");
    private static readonly ulong QuoteClass = FeatureHash.Of("QUOTE");
    private static readonly ulong PronounClass = FeatureHash.Of("PRON");
    private static readonly ulong TitleClass = FeatureHash.Of("TITLE");
    private static readonly ulong ToVerbClass = FeatureHash.Of("TO+VB");
    private static readonly ulong[] EntityClasses =
        [0, FeatureHash.Of(EntityTypes.Person), FeatureHash.Of(EntityTypes.Organization), FeatureHash.Of(EntityTypes.Norp), FeatureHash.Of(EntityTypes.Location)];

    public CueContext(Document doc, int[] regionOf)
    {
        Text = doc.Text;
        Tokens = doc.Tokens;
        RegionOf = regionOf;
        SentenceFirst = new int[Tokens.Count];
        SentenceEnd = new int[Tokens.Count];
        foreach (var s in doc.Sentences)
        {
            for (int t = s.FirstToken; t < s.EndToken; t++)
            {
                SentenceFirst[t] = s.FirstToken;
                SentenceEnd[t] = s.EndToken;
            }
        }

        EntityOf = new byte[Tokens.Count];
        foreach (var e in doc.Entities)
        {
            byte type = e.Type switch
            {
                EntityTypes.Person => 1,
                EntityTypes.Organization => 2,
                EntityTypes.Norp => 3,
                EntityTypes.Location => 4,
                _ => 0,
            };
            for (int t = TokenSearch.FirstEndingAfter(Tokens, e.Span.Start); type != 0 && t < Tokens.Count && Tokens[t].Start < e.Span.End; t++)
            {
                EntityOf[t] = type;
            }
        }
    }

    /// <summary>Per token, the type of the person, organization, group or place mention it is in (1–4), else 0.</summary>
    public byte[] EntityOf { get; }

    private ReadOnlySpan<char> WordOf(int t) => Text.AsSpan(Tokens[t].Start, Tokens[t].Length);

    /// <summary>
    /// What stands before token <paramref name="t"/> once auxiliaries and adverbs are passed (<c>has also</c>): the
    /// sentence start, a pronoun, a person title, an entity type, else the word's punctuation or tag, hashed.
    /// </summary>
    public ulong SubjectClass(int t, int sf)
    {
        int j = t - 1;
        while (j >= sf && Tokens[j].Kind == TokenKind.Word
            && (Words.Auxiliaries.Contains(WordOf(j)) || Words.Be.Contains(WordOf(j)) || Tokens[j].Pos is "RB" or "RBR" or "MD"))
        {
            j--;
        }

        if (j < sf)
        {
            return StartClass;
        }

        var w = WordOf(j);
        if (Tokens[j].Kind != TokenKind.Word)
        {
            return FeatureHash.Of(w);
        }

        if (Words.PersonPronouns.Contains(w) || Words.GroupPronouns.Contains(w))
        {
            return PronounClass;
        }

        if (Words.Relatives.Contains(w) || w.Equals("it", StringComparison.OrdinalIgnoreCase))
        {
            return FeatureHash.OfLower(w);
        }

        if (EntityOf[j] != 0)
        {
            return EntityClasses[EntityOf[j]];
        }

        return Words.PersonTitles.Contains(w) ? TitleClass : PosAt(j, sf, t);
    }

    /// <summary>
    /// What follows token <paramref name="t"/> past adverbs: the sentence end, a quotation, a pronoun, <c>to</c> + verb,
    /// a function word itself (<c>that</c>, <c>about</c>, <c>whether</c>, <c>,</c>), else its tag, hashed.
    /// </summary>
    public ulong NextClass(int t, int se)
    {
        int k = t + 1;
        while (k < se && Tokens[k].Pos is "RB" or "RBR" && RegionOf[k] < 0)
        {
            k++;
        }

        if (k >= se)
        {
            return EndClass;
        }

        if (RegionOf[k] >= 0 || (Tokens[k].Kind != TokenKind.Word && WordOf(k).Length == 1 && Words.IsQuoteChar(WordOf(k)[0])))
        {
            return QuoteClass;
        }

        var w = WordOf(k);
        if (Tokens[k].Kind != TokenKind.Word)
        {
            return FeatureHash.Of(w);
        }

        if (Words.PersonPronouns.Contains(w) || Words.GroupPronouns.Contains(w))
        {
            return PronounClass;
        }

        if (w.Equals("to", StringComparison.OrdinalIgnoreCase) && k + 1 < se && Tokens[k + 1].Pos is "VB")
        {
            return ToVerbClass;
        }

        return Tokens[k].Pos is "IN" or "TO" or "WDT" or "WP" or "WRB" or "DT" or "RP" ? FeatureHash.OfLower(w) : PosAt(k, t, se);
    }

    /// <summary>1 when a <c>that</c> follows within six tokens with no punctuation between (<c>told reporters on Monday that</c>), else 0.</summary>
    public ulong ThatAhead(int t, int se)
    {
        for (int k = t + 1; k < Math.Min(se, t + 7); k++)
        {
            if (Tokens[k].Kind != TokenKind.Word)
            {
                return 0;
            }

            if (WordOf(k).Equals("that", StringComparison.OrdinalIgnoreCase))
            {
                return 1;
            }
        }

        return 0;
    }

    public string Text { get; }

    public List<Token> Tokens { get; }

    public int[] RegionOf { get; }

    public int[] SentenceFirst { get; }

    public int[] SentenceEnd { get; }

    public ulong WordAt(int t, int sf, int se) =>
        t < sf ? FeatureHash.Begin : t >= se ? FeatureHash.End : FeatureHash.OfLower(Text.AsSpan(Tokens[t].Start, Tokens[t].Length));

    public ulong PosAt(int t, int sf, int se) =>
        t < sf ? FeatureHash.Begin : t >= se ? FeatureHash.End : Tokens[t].Pos is { } p ? FeatureHash.Of(p) : NoTag;

    public ulong ChunkAt(int t, int sf, int se) =>
        t < sf ? FeatureHash.Begin : t >= se ? FeatureHash.End : Tokens[t].Chunk is { } p ? FeatureHash.Of(p) : NoTag;

    /// <summary>Tokens back to the nearest quoted token (1–3), 0 when none that near or the token itself is quoted.</summary>
    public int QuoteBefore(int t, int sf)
    {
        if (RegionOf[t] >= 0)
        {
            return 0;
        }

        for (int d = 1; d <= 3 && t - d >= sf; d++)
        {
            if (RegionOf[t - d] >= 0)
            {
                return d;
            }
        }

        return 0;
    }

    /// <summary>Tokens forward to the nearest quoted token (1–3), 0 when none that near or the token itself is quoted.</summary>
    public int QuoteAfter(int t, int se)
    {
        if (RegionOf[t] >= 0)
        {
            return 0;
        }

        for (int d = 1; d <= 3 && t + d < se; d++)
        {
            if (RegionOf[t + d] >= 0)
            {
                return d;
            }
        }

        return 0;
    }
}
