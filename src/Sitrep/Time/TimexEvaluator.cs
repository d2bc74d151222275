using System.Globalization;
using System.Text;
using Sitrep.Evaluation;
using Sitrep.Pipeline;

namespace Sitrep.Time;

/// <summary>TempEval-3 style scores of a pipeline's times against TimeML gold.</summary>
public sealed class TimexEvaluation
{
    public int Documents { get; internal set; }

    public int Gold { get; internal set; }

    public int Predicted { get; internal set; }

    /// <summary>Spans identical to the gold span.</summary>
    public Score StrictSpan { get; internal set; }

    /// <summary>Spans overlapping a gold span (one-to-one).</summary>
    public Score RelaxedSpan { get; internal set; }

    /// <summary>TempEval-3 value F1: relaxed matches whose value equals the gold value, over all predictions and all gold.</summary>
    public Score Value { get; internal set; }

    /// <summary>Type F1, counted like <see cref="Value"/>.</summary>
    public Score Type { get; internal set; }

    /// <summary>Share of relaxed matches with the gold type, in percent.</summary>
    public double TypeAccuracy => RelaxedSpan.TruePositives == 0 ? 0 : 100.0 * Type.TruePositives / RelaxedSpan.TruePositives;

    /// <summary>Share of relaxed matches with the gold value, in percent.</summary>
    public double ValueAccuracy => RelaxedSpan.TruePositives == 0 ? 0 : 100.0 * Value.TruePositives / RelaxedSpan.TruePositives;

    /// <summary>Value scores per type (gold type for gold and matches, predicted type for predictions).</summary>
    public ScoreTable ValueByType { get; } = new();

    /// <summary>Relaxed span scores per type, counted the same way.</summary>
    public ScoreTable SpanByType { get; } = new();

    /// <summary>Files that could not be read, each with file and line.</summary>
    public List<string> Errors { get; } = [];

    /// <summary>One line per miss, false alarm, wrong value or inexact span (file, DCT, gold, predicted), for error analysis.</summary>
    public List<string> Differences { get; } = [];
}

public static class TimexEvaluator
{
    public static TimexEvaluation Evaluate(IEnumerable<string> files, SitrepPipeline pipeline, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(pipeline);
        var result = new TimexEvaluation();
        int strict = 0, relaxed = 0, value = 0, type = 0;
        var goldByType = new Dictionary<string, int>(StringComparer.Ordinal);
        var predByType = new Dictionary<string, int>(StringComparer.Ordinal);
        var valueTp = new Dictionary<string, int>(StringComparer.Ordinal);
        var spanTp = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            TimeMlDocument tml;
            try
            {
                tml = TimeMlReader.Read(file);
            }
            catch (TimeMlFormatException ex)
            {
                result.Errors.Add(ex.Message);
                continue;
            }

            var doc = pipeline.Analyze(Path.GetFileNameWithoutExtension(file), tml.Text, tml.Created, cancellationToken);
            result.Documents++;
            result.Gold += tml.Timexes.Count;
            result.Predicted += doc.Times.Count;
            foreach (var t in doc.Times)
            {
                Bump(predByType, t.Type);
            }

            var used = new bool[doc.Times.Count];
            var dct = tml.Created.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var name = Path.GetFileName(file);
            foreach (var g in tml.Timexes)
            {
                Bump(goldByType, g.Type);
                int best = -1;
                for (int s = 0; s < doc.Times.Count; s++)
                {
                    if (used[s] || !doc.Times[s].Span.Overlaps(g.Span))
                    {
                        continue;
                    }

                    if (best < 0 || doc.Times[s].Span == g.Span)
                    {
                        best = s;
                    }
                }

                if (best < 0)
                {
                    result.Differences.Add($"MISS\t{name}\t{dct}\t{g.Type}\t{g.Value}\t{Clean(tml.Text, g.Span)}\t\t\t{Context(tml.Text, g.Span)}");
                    continue;
                }

                used[best] = true;
                var p = doc.Times[best];
                relaxed++;
                Bump(spanTp, g.Type);
                if (p.Span == g.Span)
                {
                    strict++;
                }
                else
                {
                    result.Differences.Add($"SPAN\t{name}\t{dct}\t{g.Type}\t{g.Value}\t{Clean(tml.Text, g.Span)}\t{p.Type}\t{p.Value}\t{Clean(tml.Text, p.Span)}");
                }

                if (p.Type == g.Type)
                {
                    type++;
                }

                if (p.Value == g.Value)
                {
                    value++;
                    Bump(valueTp, g.Type);
                }
                else
                {
                    result.Differences.Add($"VALUE\t{name}\t{dct}\t{g.Type}\t{g.Value}\t{Clean(tml.Text, g.Span)}\t{p.Type}\t{p.Value}\t{Context(tml.Text, g.Span)}");
                }
            }

            for (int s = 0; s < doc.Times.Count; s++)
            {
                if (!used[s])
                {
                    var p = doc.Times[s];
                    result.Differences.Add($"FALSE\t{name}\t{dct}\t\t\t{Clean(tml.Text, p.Span)}\t{p.Type}\t{p.Value}\t{Context(tml.Text, p.Span)}");
                }
            }
        }

        result.StrictSpan = new Score(strict, result.Predicted, result.Gold);
        result.RelaxedSpan = new Score(relaxed, result.Predicted, result.Gold);
        result.Value = new Score(value, result.Predicted, result.Gold);
        result.Type = new Score(type, result.Predicted, result.Gold);
        foreach (var t in goldByType.Keys.Union(predByType.Keys))
        {
            result.ValueByType.Add(t, valueTp.GetValueOrDefault(t), predByType.GetValueOrDefault(t), goldByType.GetValueOrDefault(t));
            result.SpanByType.Add(t, spanTp.GetValueOrDefault(t), predByType.GetValueOrDefault(t), goldByType.GetValueOrDefault(t));
        }

        return result;
    }

    private static void Bump(Dictionary<string, int> counts, string key)
        => counts[key] = counts.GetValueOrDefault(key) + 1;

    private static string Clean(string text, Span span) => text.Substring(span.Start, span.Length).ReplaceLineEndings(" ");

    private static string Context(string text, Span span)
    {
        int from = Math.Max(0, span.Start - 60);
        int to = Math.Min(text.Length, span.End + 40);
        var sb = new StringBuilder();
        sb.Append(text, from, span.Start - from).Append('[').Append(text, span.Start, span.Length).Append(']').Append(text, span.End, to - span.End);
        return sb.ToString().ReplaceLineEndings(" ").Replace('\t', ' ');
    }
}
