using Sitrep.Entities;

namespace Sitrep.Quotes;

/// <summary>Where a candidate quote came from (a feature of <see cref="AttributionScorer"/>).</summary>
internal enum CandidateOrigin : byte
{
    /// <summary>A quotation with a speaker or cue beside it.</summary>
    Direct,

    /// <summary>A quotation continuing the previous speaker's quote.</summary>
    Continuation,

    /// <summary><c>NAME: CONTENT</c> and transcript turns.</summary>
    Colon,

    /// <summary><c>according to X</c>.</summary>
    AccordingTo,

    /// <summary>Passive <c>was asked whether …</c>.</summary>
    Asked,

    /// <summary>Reported speech the rules found at a lexicon cue.</summary>
    Rules,

    /// <summary>Reported speech the rules found at a cue the cue model proposed.</summary>
    RulesLearned,

    /// <summary>A lexicon cue the rules left unattributed, labelled by the span model.</summary>
    Fallback,

    /// <summary>A cue-model cue the rules left unattributed, labelled by the span model.</summary>
    FallbackLearned,
}

/// <summary>
/// The second stage of attribution (docs/quotes.md): a binary averaged perceptron that, for each reported-speech candidate
/// (cue head with the source and content the rules or the span labeller chose), says whether to keep it, from the cue
/// model's margin, the cue word, the shape of the source and content, and where the candidate came from. Trained on
/// PolNeAR train candidates produced by cue and span models trained without the candidates' own texts (5 folds), labelled
/// by whether they match a gold attribution under the evaluation's source+content rule.
/// </summary>
public sealed class AttributionScorer
{
    /// <summary>Model kind in the file header.</summary>
    public const string Kind = "attrscore";

    /// <summary>Version of the candidate features (<c>QuoteFinder.CandidateFeatures</c>); a model trained with others is refused.</summary>
    public const int FeatureVersion = 1;

    /// <summary>The embedded model file (src/Sitrep/Models/attrscore.bin).</summary>
    public const string FileName = "attrscore.bin";

    /// <summary>Upper bound on the features of one candidate.</summary>
    public const int MaxFeatures = 48;

    internal const int Drop = 0;
    internal const int Keep = 1;

    internal static readonly string[] Labels = ["DROP", "KEEP"];

    private static readonly Lazy<AttributionScorer> Embedded = new(
        () => new AttributionScorer(LinearModel.LoadEmbedded(FileName, Kind, FeatureVersion)), LazyThreadSafetyMode.ExecutionAndPublication);

    internal AttributionScorer(LinearModel model)
    {
        if (model.LabelCount != Labels.Length)
        {
            throw new ModelFormatException($"attribution scorer: expected {Labels.Length} labels, found {model.LabelCount}");
        }

        Model = model;
    }

    /// <summary>The shipped model, loaded once on first use.</summary>
    public static AttributionScorer Shared => Embedded.Value;

    /// <summary>Loads a model file (for tests and retraining).</summary>
    public static AttributionScorer Load(string path) => new(LinearModel.Load(path, Kind, FeatureVersion));

    public int FeatureCount => Model.FeatureCount;

    /// <summary>Writes the model file (versioned, checksummed; byte-identical for the same weights).</summary>
    public void Save(string path) => Model.Save(path);

    internal LinearModel Model { get; }

    /// <summary>
    /// The least margin a candidate needs to be kept: chosen on PolNeAR dev among −40, −30, −20, −15 (source+content 64.34,
    /// 64.49, 64.10, …) and best as well on the held-out train fold of the training log (docs/quotes.md). Below zero because
    /// a candidate pays for itself at far less than even odds: F1 gains from any candidate right more often than F1 / 2.
    /// </summary>
    public const float Threshold = -30f;

    /// <summary>Margin of keep over drop for a candidate's features; the stage keeps candidates at or above its threshold.</summary>
    internal float Margin(ReadOnlySpan<ulong> features)
    {
        Span<float> scores = stackalloc float[Labels.Length];
        Model.Score(features, scores);
        return scores[Keep] - scores[Drop];
    }
}
