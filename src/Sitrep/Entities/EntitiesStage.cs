using System.Buffers;
using System.Runtime.InteropServices;
using Sitrep.Pipeline;

namespace Sitrep.Entities;

/// <summary>Which parts of the entities stage run; the models default to those shipped in the assembly.</summary>
public sealed class EntitiesOptions
{
    /// <summary>Report named weapon systems (lexicon and designation patterns) as WEAPON.</summary>
    public bool Weapons { get; init; } = true;

    /// <summary>Report nationality words as NORP instead of the recognizer's MISC.</summary>
    public bool Norp { get; init; } = true;

    public EntityModels? Models { get; init; }

    /// <summary>
    /// Cache per word the summed weights of the features that depend on one word alone (a speed-up; the output is
    /// identical without it, which is what turning it off is for).
    /// </summary>
    public bool WordScoreCache { get; init; } = true;
}

/// <summary>The three trained models of the stage.</summary>
public sealed class EntityModels
{
    private static readonly Lazy<EntityModels> Shipped = new(() => new EntityModels(
        LinearModel.LoadEmbedded("pos.bin", "pos", Features.PosVersion),
        LinearModel.LoadEmbedded("chunk.bin", "chunk", Features.ChunkVersion),
        LinearModel.LoadEmbedded("ner.bin", "ner", Features.NerVersion)));

    public EntityModels(LinearModel pos, LinearModel chunk, LinearModel ner)
    {
        Pos = new GreedyTagger(pos, GreedyTask.Pos);
        Chunk = new GreedyTagger(chunk, GreedyTask.Chunk);
        Ner = new EntityRecognizer(ner);
        Words = new WordScores(pos, ner);
    }

    /// <summary>The models embedded as Sitrep.Models.{pos,chunk,ner}.bin, loaded once.</summary>
    public static EntityModels Default => Shipped.Value;

    public LinearModel PosModel => Pos.Model;

    public LinearModel ChunkModel => Chunk.Model;

    public LinearModel NerModel => Ner.Model;

    internal GreedyTagger Pos { get; }

    internal GreedyTagger Chunk { get; }

    internal EntityRecognizer Ner { get; }

    /// <summary>Cached per-word sums of the POS and recognizer weights (a speed-up; the output is the same without it).</summary>
    internal WordScores Words { get; }

    public static EntityModels LoadFiles(string posPath, string chunkPath, string nerPath) => new(
        LinearModel.Load(posPath, "pos", Features.PosVersion),
        LinearModel.Load(chunkPath, "chunk", Features.ChunkVersion),
        LinearModel.Load(nerPath, "ner", Features.NerVersion));
}

/// <summary>
/// Part of speech, noun-phrase chunks and named entities: trained averaged-perceptron models (greedy POS
/// and chunk taggers, a Viterbi-decoded recognizer with document history), then named weapons from the
/// curated lexicon and NORP from the demonym list. Needs the text stage's tokens and sentences.
/// </summary>
public sealed class EntitiesStage : IStage
{
    private readonly EntityModels _models;
    private readonly EntitiesOptions _options;
    private readonly Gazetteer _gazetteer = Gazetteer.Default;
    private readonly WeaponLexicon _weapons = WeaponLexicon.Default;
    private readonly Demonyms _demonyms = Demonyms.Default;

    public EntitiesStage(EntitiesOptions? options = null)
    {
        _options = options ?? new EntitiesOptions();
        _models = _options.Models ?? EntityModels.Default;
    }

    public string Name => "entities";

    public void Process(Document document, CancellationToken cancellationToken)
    {
        document.Entities.Clear();
        var tokens = CollectionsMarshal.AsSpan(document.Tokens);
        if (tokens.Length == 0)
        {
            return;
        }

        // Sentences as (first token, count); a document the text stage did not split is one sentence.
        int sentenceCount = Math.Max(1, document.Sentences.Count);
        var bounds = new (int First, int Count)[sentenceCount];
        int longest = 0;
        for (int si = 0; si < sentenceCount; si++)
        {
            bounds[si] = document.Sentences.Count == 0 ? (0, tokens.Length) : (document.Sentences[si].FirstToken, document.Sentences[si].TokenCount);
            longest = Math.Max(longest, bounds[si].Count);
        }

        // Every sentence gets its own padded stretch of one array, so document-level features can see them all.
        int padded = tokens.Length + (2 * Features.Pad * sentenceCount);
        var atoms = ArrayPool<TokenAtoms>.Shared.Rent(padded);
        var rows = ArrayPool<int[]>.Shared.Rent(padded);
        try
        {
            Recognize(document, tokens, bounds, atoms, rows, longest, cancellationToken);
        }
        finally
        {
            ArrayPool<TokenAtoms>.Shared.Return(atoms);
            ArrayPool<int[]>.Shared.Return(rows, clearArray: true);
        }

        if (_options.Weapons || _options.Norp)
        {
            AddLexiconMentions(document, tokens);
        }
    }

    /// <summary>Tags each sentence (POS, chunks), adds document features, then decodes the recognizer sentence by sentence.</summary>
    private void Recognize(Document document, Span<Token> tokens, (int First, int Count)[] bounds, TokenAtoms[] atoms, int[][] rows, int longest, CancellationToken cancellationToken)
    {
        int sentenceCount = bounds.Length;
        var segments = new ArraySegment<TokenAtoms>[sentenceCount];
        var labels = new int[Math.Max(1, longest)];
        var text = document.Text.AsSpan();
        var posLabels = _models.Pos.Model.Labels;
        var chunkLabels = _models.Chunk.Model.Labels;
        int offset = 0;
        for (int si = 0; si < sentenceCount; si++)
        {
            if ((si & 63) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var (first, n) = bounds[si];
            segments[si] = new ArraySegment<TokenAtoms>(atoms, offset, n + (2 * Features.Pad));
            offset += n + (2 * Features.Pad);
            if (n == 0)
            {
                continue;
            }

            var padded = segments[si].AsSpan();
            for (int i = 0; i < n; i++)
            {
                ref readonly var tok = ref tokens[first + i];
                TokenAtoms.Compute(text.Slice(tok.Start, tok.Length), ref padded[i + Features.Pad]);
            }

            Features.FinishSentence(padded, _gazetteer, _models.Ner.Model.Clusters);
            if (_options.WordScoreCache)
            {
                var words = _models.Words;
                var sentenceRows = rows.AsSpan(segments[si].Offset, padded.Length);
                for (int i = 0; i < padded.Length; i++)
                {
                    sentenceRows[i] = words.Get(padded[i]);
                }

                _models.Pos.Tag(padded, labels, words, sentenceRows);
            }
            else
            {
                _models.Pos.Tag(padded, labels);
            }

            for (int i = 0; i < n; i++)
            {
                tokens[first + i].Pos = posLabels[labels[i]];
            }

            _models.Chunk.Tag(padded, labels);
            for (int i = 0; i < n; i++)
            {
                tokens[first + i].Chunk = chunkLabels[labels[i]];
            }
        }

        DocumentFeatures.Apply(segments);
        var buffers = new NerBuffers();
        var history = new DocumentHistory();
        for (int si = 0; si < sentenceCount; si++)
        {
            var (first, n) = bounds[si];
            if (n == 0)
            {
                continue;
            }

            var padded = segments[si].AsSpan();
            var inner = padded.Slice(Features.Pad, n);
            history.Apply(inner);
            if (_options.WordScoreCache)
            {
                _models.Ner.Decode(padded, labels, buffers, _models.Words, rows.AsSpan(segments[si].Offset, padded.Length));
            }
            else
            {
                _models.Ner.Decode(padded, labels, buffers);
            }

            history.Record(inner, labels.AsSpan(0, n));
            AddMentions(document, tokens, first, labels.AsSpan(0, n));
        }
    }

    private static void AddMentions(Document document, ReadOnlySpan<Token> tokens, int first, ReadOnlySpan<int> labels)
    {
        int i = 0;
        while (i < labels.Length)
        {
            if (labels[i] == 0)
            {
                i++;
                continue;
            }

            int type = NerLabels.TypeOf(labels[i]);
            int end = i + 1;
            while (end < labels.Length && NerLabels.IsInside(labels[end]) && NerLabels.TypeOf(labels[end]) == type)
            {
                end++;
            }

            string name = NerLabels.Types[type];
            if (name == EntityTypes.Person && first + i > 0 && IsAgencyWord(document.Text, tokens[first + i - 1]))
            {
                // "quoted by the Russian agency Ria Nowosti": a name right after "agency" is the agency's, whatever its
                // letters suggest to the recognizer.
                name = EntityTypes.Organization;
            }

            document.Entities.Add(new EntityMention(name, new Span(tokens[first + i].Start, tokens[first + end - 1].End)));
            i = end;
        }
    }

    private static bool IsAgencyWord(string text, Token token) =>
        text.AsSpan(token.Start, token.Length).Equals("agency", StringComparison.OrdinalIgnoreCase);

    /// <summary>Weapons replace overlapping recognizer mentions; a demonym replaces a mention of exactly its span or fills a gap.</summary>
    private void AddLexiconMentions(Document document, ReadOnlySpan<Token> tokens)
    {
        var text = document.Text.AsSpan();
        var folded = new ulong[tokens.Length];
        var singular = new ulong[tokens.Length];
        var none = new ulong[tokens.Length];
        for (int i = 0; i < tokens.Length; i++)
        {
            var word = text.Slice(tokens[i].Start, tokens[i].Length);
            folded[i] = FeatureHash.OfLower(word);
            if (word.Length > 2 && word[^1] == 's' && (char.IsUpper(word[^2]) || char.IsDigit(word[^2]) || char.IsLower(word[^2])))
            {
                singular[i] = FeatureHash.OfLower(word[..^1]);
            }
        }

        var found = new List<EntityMention>();
        for (int i = 0; i < tokens.Length;)
        {
            var word = text.Slice(tokens[i].Start, tokens[i].Length);
            bool capitalized = char.IsUpper(word[0]) || char.IsDigit(word[0]);
            if (!capitalized)
            {
                i++;
                continue;
            }

            if (_options.Weapons)
            {
                int len = _weapons.Match(folded, singular, i, out var weapon);
                if (len > 0 && weapon is not null)
                {
                    found.Add(new EntityMention(EntityTypes.Weapon, new Span(tokens[i].Start, tokens[i + len - 1].End)) { Canonical = weapon.Canonical });
                    i += len;
                    continue;
                }

                if (word.ContainsAnyInRange('0', '9') && WeaponLexicon.Designation(word) is { } designation)
                {
                    found.Add(new EntityMention(EntityTypes.Weapon, tokens[i].Span) { Canonical = designation });
                    i++;
                    continue;
                }
            }

            if (_options.Norp)
            {
                int len = _demonyms.Match(folded, none, i, out var demonym);
                if (len > 0 && demonym is not null)
                {
                    found.Add(new EntityMention(EntityTypes.Norp, new Span(tokens[i].Start, tokens[i + len - 1].End)) { Canonical = demonym.Country });
                    i += len;
                    continue;
                }
            }

            i++;
        }

        if (found.Count == 0)
        {
            return;
        }

        var entities = document.Entities;
        foreach (var m in found)
        {
            bool weapon = m.Type == EntityTypes.Weapon;
            bool blocked = false;
            for (int e = entities.Count - 1; e >= 0; e--)
            {
                var other = entities[e];
                if (!other.Span.Overlaps(m.Span) || other.Type == EntityTypes.Weapon || other.Type == EntityTypes.Norp)
                {
                    continue;
                }

                if (weapon || other.Span == m.Span)
                {
                    entities.RemoveAt(e);
                }
                else
                {
                    // "Ukrainian" inside "Ukrainian Security and Cooperation Centre" stays part of the organization.
                    blocked = true;
                }
            }

            if (!blocked)
            {
                entities.Add(m);
            }
        }

        entities.Sort(static (a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : b.Span.End.CompareTo(a.Span.End));
    }
}

public static class EntitiesExtensions
{
    public static PipelineBuilder UseEntities(this PipelineBuilder builder, EntitiesOptions? options = null)
        => builder.Use(new EntitiesStage(options));
}
