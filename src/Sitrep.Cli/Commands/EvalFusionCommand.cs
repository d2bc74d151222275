using System.CommandLine;
using System.Text.Json;
using Sitrep.Cli.Input;
using Sitrep.Evaluation;
using Sitrep.Fusion;
using Sitrep.Pipeline;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep eval fusion</c>: the cross-article merge decision on judged pairs of event mentions.</summary>
internal static class EvalFusionCommand
{
    public static Command Create()
    {
        var gold = new Option<string>("--gold")
        {
            Description = "Judged pairs TSV (file_a, start_a, end_a, file_b, start_b, end_b, class, same|different, sample)",
            Required = true,
        };
        var articles = new Option<string>("--articles")
        {
            Description = "Folder of the articles the gold file names",
            DefaultValueFactory = _ => Path.Combine("..", "shared", "data", "ukraine-news", "articles"),
        };
        var format = CommonOptions.Format("text", "json", "text");
        var command = new Command(
            "fusion",
            "Score the cross-article merge decision on judged pairs of event mentions: a merge is right when the pair reports one\n"
            + "real event. Each article is analyzed, each pair's mentions are found by class and evidence sentence, and fusion's\n"
            + "rule decides; pairs whose mention the events stage no longer finds are counted as unscorable.\n\n"
            + "Example:\n  sitrep eval fusion --gold tests/Sitrep.Tests/Fusion/pairs.gold.tsv --articles ../shared/data/ukraine-news/articles --format json")
        {
            gold, articles, format,
        };
        command.SetAction(parse => CommonOptions.Guard(() => Run(parse.GetValue(gold)!, parse.GetValue(articles)!, parse.GetValue(format)!)));
        return command;
    }

    private static int Run(string goldPath, string articlesDir, string format)
    {
        var gold = CommonOptions.ReadGold(goldPath, articlesDir, FusionEvaluation.ParseGold);

        var pipeline = SitrepDefaults.CreateDefault();
        var mentions = new Dictionary<string, IReadOnlyList<EventMention>>(StringComparer.Ordinal);
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var g in gold)
        {
            lines.TryAdd(g.FileA, g.Line);
            lines.TryAdd(g.FileB, g.Line);
        }

        IReadOnlyList<EventMention> MentionsOf(string file)
        {
            if (mentions.TryGetValue(file, out var found))
            {
                return found;
            }

            var path = Path.Combine(articlesDir, file);
            if (!File.Exists(path))
            {
                throw new InputException($"{goldPath}:{lines[file]}: {path}: no such file");
            }

            var text = TextInput.ReadFile(path);
            Document doc;
            try
            {
                doc = pipeline.Analyze(file, text, CorpusFiles.PublishedFromName(file));
            }
            catch (StageException ex)
            {
                throw new InputException($"{path}: {ex.Message}");
            }

            return mentions[file] = EventMention.FromDocument(doc);
        }

        var result = FusionEvaluation.Evaluate(gold, MentionsOf);
        if (format == "json")
        {
            CommonOptions.WriteJsonReport(w =>
            {
                w.WriteString("gold", goldPath);
                w.WriteNumber("pairs", result.Pairs);
                w.WriteNumber("unscorable", result.Unscorable);
                CommonOptions.WriteScore(w, "merges", result.Merges);
                w.WriteStartObject("by_sample");
                foreach (var (name, s) in result.BySample)
                {
                    CommonOptions.WriteScore(w, name, s);
                }

                w.WriteEndObject();
            });
        }
        else
        {
            Console.WriteLine($"Fusion: {result.Pairs} judged pairs, {result.Unscorable} unscorable, gold {goldPath}");
            Console.WriteLine($"  merges  {result.Merges}");
            foreach (var (name, s) in result.BySample)
            {
                Console.WriteLine($"  sample {name}: {s}");
            }
        }

        return ExitCodes.Ok;
    }
}
