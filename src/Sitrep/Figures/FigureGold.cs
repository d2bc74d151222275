using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Sitrep.Evaluation;
using Sitrep.Pipeline;

namespace Sitrep.Figures;

/// <summary>One expected figure of a gold sentence.</summary>
public sealed record FigureGoldItem(Span Span, string Text, double Value, double? Low, double? High, string Qualifier, string? Unit, string? Kind, string? Object);

/// <summary>A gold sentence: where it is (file and offsets, plus a hash to notice a changed article) and the figures it holds.</summary>
public sealed record FigureGoldSentence(string File, Span Sentence, string Sha256Prefix, IReadOnlyList<FigureGoldItem> Figures);

/// <summary>
/// Reads figure gold files: tab-separated, one expected figure per line (a line of '-' for a
/// sentence without figures), the sentence located by file name and offsets; the text itself is
/// never stored. Format in docs/figures.md.
/// </summary>
public static class FigureGoldFile
{
    private const int Columns = 14;

    public static List<FigureGoldSentence> Load(string path)
    {
        var sentences = new List<FigureGoldSentence>();
        var items = new List<FigureGoldItem>();
        FigureGoldSentence? current = null;
        foreach (var (lineNumber, f) in TabSeparated.Read(path))
        {
            if (f[0] == "file")
            {
                // The header row.
                continue;
            }

            if (f.Length != Columns)
            {
                throw new FormatException($"{path}:{lineNumber}: expected {Columns} tab-separated columns, found {f.Length}");
            }

            var sentence = new Span(Int(f[1], path, lineNumber), Int(f[2], path, lineNumber));
            if (sentence.IsEmpty)
            {
                throw new FormatException($"{path}:{lineNumber}: empty sentence span {sentence}");
            }

            if (current is null || current.File != f[0] || current.Sentence != sentence)
            {
                if (current is not null)
                {
                    sentences.Add(current with { Figures = [.. items] });
                }

                items.Clear();
                current = new FigureGoldSentence(f[0], sentence, f[3], []);
            }

            if (f[4] == "-")
            {
                continue;
            }

            var span = new Span(Int(f[4], path, lineNumber), Int(f[5], path, lineNumber));
            if (!sentence.Contains(span))
            {
                throw new FormatException($"{path}:{lineNumber}: figure {span} lies outside its sentence {sentence}");
            }

            items.Add(new FigureGoldItem(
                span, f[6], Number(f[7], path, lineNumber), OptionalNumber(f[8], path, lineNumber), OptionalNumber(f[9], path, lineNumber),
                f[10], Optional(f[11]), Optional(f[12]), Optional(f[13])));
        }

        if (current is not null)
        {
            sentences.Add(current with { Figures = [.. items] });
        }

        return sentences;
    }

    /// <summary>First 8 hex digits of the SHA-256 of the sentence's UTF-8 bytes: a check that the article is the one annotated.</summary>
    public static string HashPrefix(ReadOnlySpan<char> sentence)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(sentence.ToString()), hash);
        return Convert.ToHexStringLower(hash[..4]);
    }

    private static string? Optional(string s) => s == "-" ? null : s;

    private static int Int(string s, string path, int line)
        => int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out int v) ? v : throw new FormatException($"{path}:{line}: '{s}' is not an offset");

    private static double Number(string s, string path, int line)
        => double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out double v) ? v : throw new FormatException($"{path}:{line}: '{s}' is not a number");

    private static double? OptionalNumber(string s, string path, int line) => s == "-" ? null : Number(s, path, line);
}

/// <summary>Result of scoring the figures stage against a gold file.</summary>
public sealed record FigureEvaluation(Score Value, int Sentences, int Matched, int QualifierAgreed, int UnitAgreed, int KindAgreed, IReadOnlyList<string> Errors);

/// <summary>
/// Value F1 of the figures stage: a predicted figure is correct when its span overlaps a gold
/// figure's span and its value (and, for a gold range, its low and high) equal the gold's.
/// Predictions are those starting inside a gold sentence. Qualifier, unit and kind agreement are
/// reported over the matched pairs.
/// </summary>
public static class FigureEvaluator
{
    public static FigureEvaluation Evaluate(IReadOnlyList<FigureGoldSentence> gold, string articlesDirectory, SitrepPipeline pipeline, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(pipeline);
        var errors = new List<string>();
        int tp = 0, predicted = 0, goldCount = 0, matched = 0, qualifierAgreed = 0, unitAgreed = 0, kindAgreed = 0;
        var documents = new Dictionary<string, Document>(StringComparer.Ordinal);
        foreach (var sentence in gold)
        {
            if (!documents.TryGetValue(sentence.File, out var doc))
            {
                var path = Path.Combine(articlesDirectory, sentence.File);
                if (!File.Exists(path))
                {
                    throw new FileNotFoundException($"{sentence.File}: article not found in {articlesDirectory}", path);
                }

                doc = pipeline.Analyze(sentence.File, File.ReadAllText(path), CorpusFiles.PublishedFromName(sentence.File), cancellationToken);
                documents[sentence.File] = doc;
            }

            if (sentence.Sentence.End > doc.Text.Length || FigureGoldFile.HashPrefix(doc.Slice(sentence.Sentence)) != sentence.Sha256Prefix)
            {
                throw new InvalidDataException($"{sentence.File}: the sentence at {sentence.Sentence} is not the one annotated (hash differs); the article changed");
            }

            var predictions = new List<Figure>();
            foreach (var f in doc.Figures)
            {
                if (sentence.Sentence.Contains(f.Span.Start))
                {
                    predictions.Add(f);
                }
            }

            predicted += predictions.Count;
            goldCount += sentence.Figures.Count;
            var used = new bool[predictions.Count];
            foreach (var g in sentence.Figures)
            {
                int hit = -1;
                for (int p = 0; p < predictions.Count; p++)
                {
                    if (!used[p] && predictions[p].Span.Overlaps(g.Span) && ValueMatches(predictions[p], g))
                    {
                        hit = p;
                        break;
                    }
                }

                if (hit < 0)
                {
                    errors.Add($"missed   {sentence.File}@{g.Span.Start} \"{g.Text}\" = {Show(g.Value)}{Bounds(g.Low, g.High)}");
                    continue;
                }

                used[hit] = true;
                tp++;
                matched++;
                var pr = predictions[hit];
                qualifierAgreed += Agree("qualifier", pr.Qualifier, g.Qualifier);
                unitAgreed += Agree("unit", pr.Unit, g.Unit);
                kindAgreed += Agree("kind", pr.Kind, g.Kind);

                int Agree(string what, string? predictedValue, string? goldValue)
                {
                    if (predictedValue == goldValue)
                    {
                        return 1;
                    }

                    errors.Add($"{what,-10}{sentence.File}@{g.Span.Start} \"{g.Text}\": {predictedValue ?? "-"}, gold {goldValue ?? "-"}");
                    return 0;
                }
            }

            for (int p = 0; p < predictions.Count; p++)
            {
                if (!used[p])
                {
                    var pr = predictions[p];
                    errors.Add($"spurious {sentence.File}@{pr.Span.Start} \"{doc.TextOf(pr.Span)}\" = {Show(pr.Value)}{Bounds(pr.Low, pr.High)}");
                }
            }
        }

        return new FigureEvaluation(new Score(tp, predicted, goldCount), gold.Count, matched, qualifierAgreed, unitAgreed, kindAgreed, errors);
    }

    private static bool ValueMatches(Figure p, FigureGoldItem g)
    {
        if (!Same(p.Value, g.Value))
        {
            return false;
        }

        if (g.Low is { } low && (p.Low is not { } pl || !Same(pl, low)))
        {
            return false;
        }

        return g.High is not { } high || (p.High is { } ph && Same(ph, high));
    }

    /// <summary>Equal to a millionth, and to half a thousandth below one (gold writes 1/3 as 0.333333).</summary>
    private static bool Same(double a, double b) => Math.Abs(a - b) <= 1e-6 * Math.Max(1, Math.Abs(b)) + (Math.Abs(b) < 1 ? 5e-4 : 0);

    private static string Show(double v) => v.ToString("0.######", CultureInfo.InvariantCulture);

    private static string Bounds(double? low, double? high) => low is null && high is null ? "" : $" [{(low is { } l ? Show(l) : "")}..{(high is { } h ? Show(h) : "")}]";
}
