using System.Globalization;
using Sitrep.Evaluation;
using Sitrep.Events;
using Sitrep.Pipeline;

namespace Sitrep.Fusion;

/// <summary>
/// One judged pair of event mentions from two articles: their evidence sentences, the class both had, and whether
/// they report the same real-world event.
/// </summary>
public sealed record GoldPair(string FileA, Span EvidenceA, string FileB, Span EvidenceB, string Class, bool Same, string Sample, int Line);

/// <summary>
/// Pairwise scores of the fusion decision: a "merge" is predicted when <see cref="EventFusion.SameEvent"/> joins the
/// two mentions, and is right when the pair is judged the same event. Pairs whose mention the events stage no longer
/// finds (same class, evidence overlapping the judged sentence) are counted apart, as unscorable.
/// </summary>
public sealed record FusionResult(Score Merges, int Pairs, int Unscorable, IReadOnlyDictionary<string, Score> BySample);

/// <summary>Reads the fusion pairs gold file and scores the cross-article merge decision on it.</summary>
public static class FusionEvaluation
{
    public const int Columns = 9;

    public const string Same = "same";

    public const string Different = "different";

    public static List<GoldPair> ParseGold(string path)
    {
        var result = new List<GoldPair>();
        int lineNumber = 0;
        foreach (var raw in File.ReadLines(path))
        {
            lineNumber++;
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var cols = line.Split('\t');
            if (cols.Length != Columns)
            {
                throw new FormatException($"{path}:{lineNumber}: expected {Columns} tab-separated columns, found {cols.Length}");
            }

            var a = Offsets(path, lineNumber, cols[1], cols[2]);
            var b = Offsets(path, lineNumber, cols[4], cols[5]);
            if (!EventClasses.All.Contains(cols[6]))
            {
                throw new FormatException($"{path}:{lineNumber}: unknown event class '{cols[6]}'");
            }

            bool same = cols[7] switch
            {
                Same => true,
                Different => false,
                _ => throw new FormatException($"{path}:{lineNumber}: the label must be '{Same}' or '{Different}', found '{cols[7]}'"),
            };
            result.Add(new GoldPair(cols[0], a, cols[3], b, cols[6], same, cols[8], lineNumber));
        }

        return result;
    }

    /// <summary>
    /// The mention of <paramref name="eventClass"/> whose evidence overlaps <paramref name="evidence"/> the most; else the one
    /// into which the article's events stage merged a retelling told there (the judged sentence is then a later mention of it).
    /// </summary>
    public static EventMention? MentionAt(IReadOnlyList<EventMention> mentions, Span evidence, string eventClass)
    {
        EventMention? best = null;
        int bestOverlap = 0;
        foreach (var m in mentions)
        {
            int overlap = Math.Min(m.EvidenceEnd, evidence.End) - Math.Max(m.EvidenceStart, evidence.Start);
            if (overlap > bestOverlap && string.Equals(m.Class, eventClass, StringComparison.OrdinalIgnoreCase))
            {
                best = m;
                bestOverlap = overlap;
            }
        }

        if (best is not null)
        {
            return best;
        }

        foreach (var m in mentions)
        {
            if (!string.Equals(m.Class, eventClass, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            foreach (var r in m.Retellings)
            {
                int overlap = Math.Min(r.End, evidence.End) - Math.Max(r.Start, evidence.Start);
                if (overlap > bestOverlap)
                {
                    best = m;
                    bestOverlap = overlap;
                }
            }
        }

        return best;
    }

    /// <summary>Scores every pair; <paramref name="mentionsOf"/> gives the event mentions the pipeline finds in a file.</summary>
    public static FusionResult Evaluate(IEnumerable<GoldPair> gold, Func<string, IReadOnlyList<EventMention>> mentionsOf)
    {
        var bySample = new ScoreTable();
        int pairs = 0, unscorable = 0;
        foreach (var g in gold)
        {
            pairs++;
            var a = MentionAt(mentionsOf(g.FileA), g.EvidenceA, g.Class);
            var b = MentionAt(mentionsOf(g.FileB), g.EvidenceB, g.Class);
            if (a is null || b is null)
            {
                unscorable++;
                continue;
            }

            bool merged = EventFusion.SameEvent(EventFusion.Merge([a]), b, () => [a]);
            bySample.Add(g.Sample, merged && g.Same ? 1 : 0, merged ? 1 : 0, g.Same ? 1 : 0);
        }

        return new FusionResult(bySample.Overall, pairs, unscorable, bySample.ByLabel);
    }

    private static Span Offsets(string path, int line, string start, string end)
    {
        if (!int.TryParse(start, NumberStyles.None, CultureInfo.InvariantCulture, out int s)
            || !int.TryParse(end, NumberStyles.None, CultureInfo.InvariantCulture, out int e) || e <= s)
        {
            throw new FormatException($"{path}:{line}: start and end must be offsets with start < end, found '{start}' '{end}'");
        }

        return new Span(s, e);
    }
}
