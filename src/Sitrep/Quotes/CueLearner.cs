using System.Globalization;
using System.Text;

namespace Sitrep.Quotes;

/// <summary>One learned cue word: how often it is inside a gold cue span, and how often it occurs at all.</summary>
public sealed record LearnedCue(string Word, int CueCount, int Total)
{
    public double Rate => Total == 0 ? 0 : (double)CueCount / Total;
}

/// <summary>
/// Learns cue words from PolNeAR: for every lowercase word that is a gold cue token somewhere, the count of its
/// cue uses over its occurrences. Words are letter runs (apostrophes inside kept), so the count does not depend
/// on the tokenizer. Deterministic: the same corpus gives the same file.
/// </summary>
public static class CueLearner
{
    /// <summary>Counts cue uses and occurrences; returns the words with at least <paramref name="minCue"/> cue uses, most frequent first.</summary>
    public static IReadOnlyList<LearnedCue> Learn(IEnumerable<PolnearDocument> docs, int minCue = 3)
    {
        var cue = new Dictionary<string, int>(StringComparer.Ordinal);
        var total = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var doc in docs)
        {
            var inCue = new bool[doc.Text.Length];
            foreach (var a in doc.Attributions)
            {
                foreach (var s in a.Cue)
                {
                    for (int i = Math.Max(0, s.Start); i < Math.Min(s.End, inCue.Length); i++)
                    {
                        inCue[i] = true;
                    }
                }
            }

            var text = doc.Text;
            int p = 0;
            while (p < text.Length)
            {
                if (!char.IsLetter(text[p]))
                {
                    p++;
                    continue;
                }

                int start = p;
                while (p < text.Length && (char.IsLetter(text[p]) || ((text[p] is '\'' or '’') && p + 1 < text.Length && char.IsLetter(text[p + 1]))))
                {
                    p++;
                }

                var word = text[start..p].ToLowerInvariant();
                total[word] = total.GetValueOrDefault(word) + 1;
                if (inCue[start])
                {
                    cue[word] = cue.GetValueOrDefault(word) + 1;
                }
            }
        }

        var result = new List<LearnedCue>();
        foreach (var (word, n) in cue)
        {
            if (n >= minCue)
            {
                result.Add(new LearnedCue(word, n, total[word]));
            }
        }

        result.Sort((a, b) => a.CueCount != b.CueCount ? b.CueCount.CompareTo(a.CueCount) : string.CompareOrdinal(a.Word, b.Word));
        return result;
    }

    /// <summary>Writes the learned list as TSV (word, cue count, total, rate) with a header naming its rebuild command.</summary>
    public static void Write(TextWriter w, IReadOnlyList<LearnedCue> cues, string source)
    {
        w.WriteLine($"# Cue words learned from PolNeAR ({source}); rebuild: sitrep train attribution-cues --polnear ../shared/data/polnear/train --out src/Sitrep/Quotes/cues.tsv");
        w.WriteLine("# word\tcue\ttotal\trate");
        var sb = new StringBuilder();
        foreach (var c in cues)
        {
            sb.Clear();
            sb.Append(c.Word).Append('\t').Append(c.CueCount.ToString(CultureInfo.InvariantCulture)).Append('\t')
                .Append(c.Total.ToString(CultureInfo.InvariantCulture)).Append('\t').Append(c.Rate.ToString("0.000", CultureInfo.InvariantCulture));
            w.WriteLine(sb.ToString());
        }
    }

    /// <summary>Reads a learned list; a malformed line throws <see cref="PolnearFormatException"/> naming file and line.</summary>
    public static IReadOnlyList<LearnedCue> Read(TextReader r, string file)
    {
        var list = new List<LearnedCue>();
        int lineNo = 0;
        while (r.ReadLine() is { } line)
        {
            lineNo++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var cols = line.Split('\t');
            if (cols.Length < 3 || !int.TryParse(cols[1], NumberStyles.None, CultureInfo.InvariantCulture, out var n)
                || !int.TryParse(cols[2], NumberStyles.None, CultureInfo.InvariantCulture, out var t))
            {
                throw new PolnearFormatException(file, lineNo, "expected word<TAB>cue count<TAB>total");
            }

            list.Add(new LearnedCue(cols[0], n, t));
        }

        return list;
    }
}
