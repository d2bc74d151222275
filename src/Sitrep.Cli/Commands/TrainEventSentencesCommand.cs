using System.CommandLine;
using System.Globalization;
using Sitrep.Cli.Input;
using Sitrep.Entities;
using Sitrep.Events;
using Sitrep.Figures;
using Sitrep.Pipeline;
using Sitrep.Places;
using Sitrep.Quotes;
using Sitrep.Text;
using Sitrep.Time;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep train event-sentences</c>: the learned event-sentence proposer of the event stage (docs/events.md).</summary>
internal static class TrainEventSentencesCommand
{
    public static Command Create()
    {
        var gold = new Option<string>("--gold")
        {
            Description = "Gold events TSV (tests/Sitrep.Tests/Events/events.gold.tsv); portions named blind-N with N >= 3 are never read",
            Required = true,
        };
        var articles = new Option<string>("--articles")
        {
            Description = "Folder of the articles the gold file names",
            DefaultValueFactory = _ => Path.Combine("..", "shared", "data", "ukraine-news", "articles"),
        };
        var folds = new Option<int?>("--folds") { Description = "Cross-validate by article with this many folds and print rules vs rules+model; writes no model" };
        var output = new Option<string?>("--out", "-o") { Description = "Model file to write when not cross-validating (src/Sitrep/Models/evsent.bin ships it)" };
        var epochs = new Option<int>("--epochs") { Description = "Passes over the training sentences; the last epoch is averaged", DefaultValueFactory = _ => 8 };
        var seed = new Option<int>("--seed") { Description = "Shuffling seed; same data and seed give byte-identical weights", DefaultValueFactory = _ => 1 };
        var command = new Command(
            "event-sentences",
            "Train the event-sentence proposer (averaged perceptron per sentence and class) on the gold file's development portions,\n"
            + "or cross-validate it by article against the rules alone.\n\n"
            + "Examples:\n  sitrep train event-sentences --gold tests/Sitrep.Tests/Events/events.gold.tsv --folds 5\n"
            + "  sitrep train event-sentences --gold tests/Sitrep.Tests/Events/events.gold.tsv --out src/Sitrep/Models/evsent.bin")
        {
            gold, articles, folds, output, epochs, seed,
        };
        command.SetAction(parse => CommonOptions.Guard(() =>
        {
            int n = parse.GetValue(epochs);
            if (n < 1)
            {
                throw new InputException($"--epochs {n}: must be at least 1");
            }

            var k = parse.GetValue(folds);
            var outPath = parse.GetValue(output);
            if (k is null && outPath is null)
            {
                throw new InputException("give --folds N to cross-validate or --out FILE to train and write the model");
            }

            if (k is < 2)
            {
                throw new InputException($"--folds {k}: must be at least 2");
            }

            return Run(parse.GetValue(gold)!, parse.GetValue(articles)!, k, outPath, n, parse.GetValue(seed));
        }));
        return command;
    }

    private static int Run(string goldPath, string articlesDir, int? folds, string? output, int epochs, int seed)
    {
        if (!File.Exists(goldPath))
        {
            throw new InputException($"{goldPath}: no such file");
        }

        if (!Directory.Exists(articlesDir))
        {
            throw new InputException($"{articlesDir}: no such folder (give --articles)");
        }

        List<GoldEvent> gold;
        try
        {
            gold = EventEvaluation.ParseGold(goldPath);
        }
        catch (FormatException ex)
        {
            throw new InputException(ex.Message);
        }

        // Held-out rows are dropped before any article is read.
        var groups = gold.Where(g => !EventSentenceTrainer.IsHeldOut(g.Portion))
            .GroupBy(g => g.File, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToList();
        var upstream = new PipelineBuilder().UseText().UseEntities().UseTimes().UseFigures().UseQuotes().UsePlaces().Build();
        var prepared = new EventSentenceTrainer.Article[groups.Count];
        for (int i = 0; i < groups.Count; i++)
        {
            var rows = groups[i].ToList();
            var path = Path.Combine(articlesDir, groups[i].Key);
            if (!File.Exists(path))
            {
                throw new InputException($"{goldPath}:{rows[0].Line}: article {path} does not exist");
            }

            var text = TextInput.ReadFile(path);
            foreach (var g in rows)
            {
                if (g.Evidence.End > text.Length)
                {
                    throw new InputException($"{goldPath}:{g.Line}: offsets {g.Evidence} are past the end of {groups[i].Key} ({text.Length} chars)");
                }
            }

            Document doc;
            try
            {
                doc = upstream.Analyze(groups[i].Key, text, PublishedOf(groups[i].Key));
            }
            catch (StageException ex)
            {
                throw new InputException($"{path}: {ex.Message}");
            }

            prepared[i] = EventSentenceTrainer.Prepare(doc, rows);
        }

        int items = prepared.Sum(a => a.Doc.Sentences.Count);
        Console.Error.WriteLine($"prepared {prepared.Length} articles ({items} sentences, {gold.Count(g => !EventSentenceTrainer.IsHeldOut(g.Portion) && g.Class != GoldEvent.NoEvent)} gold events)");
        if (folds is { } k)
        {
            var rows = EventSentenceTrainer.CrossValidate(prepared, k, epochs, seed, line => Console.Error.WriteLine(line));
            Console.WriteLine($"Event-sentence proposer, {k}-fold cross-validation by article ({prepared.Length} articles; threshold chosen inside the training folds)");
            Console.WriteLine("portion            rules: class+date+place | class only        rules+model: class+date+place | class only");
            foreach (var row in rows)
            {
                Console.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{row.Portion,-16} {row.Rules.Strict.F1,6:F2} (P {row.Rules.Strict.Precision:F1} R {row.Rules.Strict.Recall:F1}) | {row.Rules.ClassOnly.F1,6:F2}"
                    + $"    {row.WithModel.Strict.F1,6:F2} (P {row.WithModel.Strict.Precision:F1} R {row.WithModel.Strict.Recall:F1}) | {row.WithModel.ClassOnly.F1,6:F2}"));
            }

            var all = rows[0];
            foreach (var (label, s) in all.Rules.StrictByClass.ByLabel)
            {
                var m = all.WithModel.StrictByClass.ByLabel.TryGetValue(label, out var ms) ? ms : default;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {label,-10} strict F1 rules {s.F1,6:F2} (pred {s.Predicted})  with model {m.F1,6:F2} (pred {m.Predicted})  gold {s.Gold}"));
            }

            return ExitCodes.Ok;
        }

        var model = EventSentenceTrainer.Train(prepared, epochs, seed, line => Console.Error.WriteLine(line));
        model.Save(output!);
        Console.WriteLine($"{model.FeatureCount} features written to {output}");
        return ExitCodes.Ok;
    }

    /// <summary>The corpus file names start with the publication time: 20241118T093000Z_...</summary>
    private static DateOnly? PublishedOf(string file)
        => file.Length >= 8 && DateOnly.TryParseExact(file[..8], "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
}
