using Sitrep.Evaluation;
using Sitrep.Fusion;
using Sitrep.Pipeline;
using Sitrep.Tests.Support;
using static Sitrep.Tests.Storage.StoreFixtures;

namespace Sitrep.Tests.Fusion;

public class FusionEvaluationTests
{
    private static readonly string GoldPath = Path.Combine(Paths.RepoRoot, "tests", "Sitrep.Tests", "Fusion", "pairs.gold.tsv");

    [Fact]
    public void A_bad_label_is_reported_with_file_and_line()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllLines(path, ["# comment", "a.txt\t0\t10\tb.txt\t5\t20\tASSAULT\tmaybe\tsample"]);
            var ex = Assert.Throws<FormatException>(() => FusionEvaluation.ParseGold(path));
            Assert.StartsWith($"{path}:2:", ex.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void The_eval_command_exits_with_2_on_a_malformed_gold_file()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllLines(path, ["a.txt\t0\t10\tb.txt\t5\t20\tNOT-A-CLASS\tsame\tsample"]);
            Assert.Equal(Sitrep.Cli.ExitCodes.BadInput, Sitrep.Cli.Program.Main(["eval", "fusion", "--gold", path, "--articles", Path.GetTempPath()]));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_pair_is_found_by_class_and_evidence_and_scored_by_the_fusion_rule()
    {
        var first = Strike(Kharkiv, "2024-11-17") with { EvidenceStart = 100, EvidenceEnd = 180 };
        var other = first with { Class = "PROTEST", EvidenceStart = 100, EvidenceEnd = 180 };
        var second = Strike(Pisochyn, "2024-11-17") with { EvidenceStart = 40, EvidenceEnd = 90 };
        var mentions = new Dictionary<string, IReadOnlyList<EventMention>> { ["a.txt"] = [other, first], ["b.txt"] = [second] };
        GoldPair[] gold =
        [
            new("a.txt", new Span(100, 180), "b.txt", new Span(40, 90), first.Class, true, "s", 1),
            new("a.txt", new Span(0, 50), "b.txt", new Span(40, 90), first.Class, false, "s", 2),
        ];

        var result = FusionEvaluation.Evaluate(gold, f => mentions[f]);

        Assert.Equal(new Score(1, 1, 1), result.Merges);
        Assert.Equal(1, result.Unscorable);
    }

    [Fact]
    public void The_shipped_gold_file_parses()
    {
        var gold = FusionEvaluation.ParseGold(GoldPath);
        Assert.True(gold.Count >= 219);
        Assert.Contains(gold, g => g.Same);
        Assert.Contains(gold, g => !g.Same);
    }

    [SkippableFact]
    public void Merge_decisions_on_the_judged_pairs_stay_above_their_floor()
    {
        Skip.If(Paths.SharedData is null, "../shared/data is absent");
        var dir = Path.Combine(Paths.SharedData!, "ukraine-news", "articles");
        var pipeline = SitrepDefaults.CreateDefault();
        var cache = new Dictionary<string, IReadOnlyList<EventMention>>();
        IReadOnlyList<EventMention> MentionsOf(string file)
        {
            if (!cache.TryGetValue(file, out var found))
            {
                var doc = pipeline.Analyze(file, File.ReadAllText(Path.Combine(dir, file)), CorpusFiles.PublishedFromName(file));
                cache[file] = found = EventMention.FromDocument(doc);
            }

            return found;
        }

        var result = FusionEvaluation.Evaluate(FusionEvaluation.ParseGold(GoldPath), MentionsOf);

        // Whole file (docs/store.md "Measured on judged pairs"): 219 pairs, 47 unscorable, merges P 79.49, R 62.63, F1
        // 70.06 (tp 62, pred 78, gold 99). The first 139 pairs were drawn from the store before and after evidence
        // corroboration, and the events rounds since have stopped coding one half of 47 of them (the events stage no
        // longer finds the judged mention: non-events such as "weapons prohibited by the Minsk agreements", meetings
        // only proposed or to come; docs/store.md lists them); the other 92 score P 85.00, R 69.39, F1 76.40, the
        // guard's figure before stop 23. Stop 23 added 80 pairs drawn from the store as it is (merged-stop23,
        // unmerged-similar-stop23; all scorable; alone P 73.68, R 56.00, F1 63.64), so the totals fell with the new
        // samples, not with the rule. The histmerge round (a past day named by both mentions corroborates them) merges
        // 9 more pairs judged "same" and none judged "different": P 81.61, R 71.72, F1 76.34 (tp 71, pred 87), so the F1
        // floor rose from 67 (precision rose 2.1 points, under the 3 that move a floor). The floors sit about 3 points
        // under the totals; the ceiling is the unscorable pairs, all among the first 139: a change that adds one must
        // say why. The false4 round added the 48th: both halves of a pair judged "same" were Kirby's "The current
        // situation demands that we reinforce ...", no party's request (docs/store.md); with both rounds the file scores
        // P 81.40, R 71.43, F1 76.09. The invplace round (a past act takes no place or actors from a merged mention with no
        // time of its own) merges four more invasion pairs judged "same": P 82.22, R 75.51, F1 78.72 (tp 74, pred 90). Over
        // the stop both figures rose more than 3 points from the first whole-file score (79.49 / 70.06), so the floors
        // rose to 79 and 75 at its end.
        Assert.True(result.Merges.Precision >= 79.0, $"merge precision {result.Merges.Precision:F2}");
        Assert.True(result.Merges.F1 >= 75.0, $"merge F1 {result.Merges.F1:F2}");
        Assert.True(result.Unscorable <= 48, $"{result.Unscorable} pairs unscorable");
    }
}
