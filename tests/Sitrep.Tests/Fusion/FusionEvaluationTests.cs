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
        Assert.True(gold.Count >= 130);
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

        // Measured P 87.80 R 69.23 F1 77.42 with 40 unscorable after stop 18 (docs/store.md); the rule before evidence corroboration scored P 46.15.
        // A pair is unscorable when one of its judged mentions is no longer coded as an event: the events rounds dropped some the
        // pairs were drawn from ("weapons prohibited by the Minsk agreements", "evade tough US-led sanctions", "still open to peace
        // talks", "how the West destroys peace", "the worst scenario: a Russian attack"), 13 unscorable before them, 26 after the
        // stop-15 rounds. The false-military round dropped three more, all halves of pairs judged "different" ("Now the Russian
        // invasion is underway, using atrocities, rape, murder", "a clash of worlds", "eight years of daily reports of deadly
        // shelling"), and the false-verbal round one judged "same" pair of two false AGREE events: 30. The hypothetical round dropped
        // one half of a pair judged "different" ("saying officials 'still don't know' if Putin has 'made a decision' on incursion"): 31; the recall, verbal2 and dateplace rounds left 32. The background round drops two
        // more: both halves of a pair judged "same", the Donetsk airport battle of 2014-15 named as the time of another clause in two
        // translations of one speech ("after almost six months of fighting, the airport in Donetsk was destroyed"), and one half of a
        // pair judged "different" ("Two months after Russia launched its invasion of Ukraine, Americans are stalwart"): 34. The
        // senses round drops one half of a pair judged "different" ("after destroying his political opponents"): 35. The mood
        // round drops one half of a pair judged "different" ("Ukraine's chances for retaking additional territory are slim"): 36. The consult2 round drops three halves of pairs
        // judged "different", "meet" in another sense ("meeting strength with strength", twice; "This met with decisive criticism"), and its internal-meeting
        // rule one more ("On Friday, Putin chaired a national security meeting", its other half a phone call): 40. The nominal round
        // drops the Munich Security Conference named as the setting of a speech or an interview ("delivered an impassioned ...
        // speech at the Munich Security Conference", half of a pair judged "same"; "in a one-on-one interview at the Munich
        // Security Conference", half of two pairs judged "different"), and a merge it changes moves one more half judged
        // "different" ("During the conference in Munich today") under the article's headline: 43 (merges P 87.80, R 70.59, F1
        // 78.26). The nominal2 round drops one half of a pair judged "different" ("I said that at summits and forums", a bare plural
        // naming a kind of meeting): 44 (merges P 87.50, R 70.00, F1 77.78), at the ceiling; the actornames round merges one more pair
        // judged "same" (P 87.80, R 72.00, F1 79.12, still 44). The meetfalse round drops one half of a pair judged "different",
        // a summit only proposed ("I also suggest convening a summit of permanent members of the UN Security Council in the coming
        // weeks"): 45; the twoclass round one more, a mobilization a letter asks about ("demanding that he seek congressional
        // approval before ..., including sending troops into Ukraine"): 46 (merges P 85.37, R 70.00, F1 76.92, unchanged by
        // either); the future2 round drops both halves of a pair judged "same", a summit still to come named in two translations
        // of one speech ("The next summit in Madrid is the best time for truth"), no event under the guidelines: 47 (merges
        // P 85.00, R 69.39, F1 76.40), the ceiling raised to it.
        Assert.True(result.Merges.Precision >= 82.0, $"merge precision {result.Merges.Precision:F2}");
        Assert.True(result.Merges.F1 >= 76.0, $"merge F1 {result.Merges.F1:F2}");
        Assert.True(result.Unscorable <= 47, $"{result.Unscorable} pairs unscorable");
    }
}
