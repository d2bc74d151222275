using System.CommandLine;
using System.Globalization;
using Sitrep.Cli.Input;
using Sitrep.Evaluation;
using Sitrep.Events;
using Sitrep.Entities;
using Sitrep.Figures;
using Sitrep.Pipeline;
using Sitrep.Places;
using Sitrep.Quotes;
using Sitrep.Text;
using Sitrep.Time;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep train events</c>: the learned event filter (docs/events.md), with its cross-validated figure.</summary>
internal static class TrainEventsCommand
{
    public static Command Create()
    {
        var gold = new Option<string>("--gold")
        {
            Description = "Gold events TSV; rows of portions blind-3 and later are never read for training",
            Required = true,
        };
        var articles = new Option<string>("--articles")
        {
            Description = "Folder of the articles the gold file names",
            DefaultValueFactory = _ => Path.Combine("..", "shared", "data", "ukraine-news", "articles"),
        };
        var output = new Option<string>("--out", "-o") { Description = "Model file to write (src/Sitrep/Models/events.bin ships it)", Required = true };
        var folds = new Option<int>("--folds") { Description = "Cross-validation folds over articles for the reported figure (0: none)", DefaultValueFactory = _ => 5 };
        var repeats = new Option<int>("--repeats") { Description = "Cross-validation runs, each with other folds (seed, seed+1, ...)", DefaultValueFactory = _ => 1 };
        var defaults = new EventTrainer.Settings();
        var epochs = new Option<int>("--epochs") { Description = "Passes over the training events", DefaultValueFactory = _ => defaults.Epochs };
        var strict = new Option<bool>("--strict-labels") { Description = "Label an event positive only when it matches a gold event in class, date and place (default: class)" };
        var seed = new Option<int>("--seed") { Description = "Shuffling and fold seed; same data and seed give byte-identical weights", DefaultValueFactory = _ => defaults.Seed };
        var command = new Command(
            "events",
            "Train the learned event filter (averaged perceptron: keep or drop each event the rules propose) on the development\n"
            + "portions of the gold file, report its figure by cross-validation over articles next to the rules alone, then\n"
            + "train on every development article and write the model.\n\n"
            + "Example:\n  sitrep train events --gold tests/Sitrep.Tests/Events/events.gold.tsv --articles ../shared/data/ukraine-news/articles --out src/Sitrep/Models/events.bin")
        {
            gold, articles, output, folds, repeats, epochs, seed, strict,
        };
        command.SetAction(parse => CommonOptions.Guard(() =>
        {
            int n = parse.GetValue(epochs), k = parse.GetValue(folds), r = parse.GetValue(repeats);
            if (n < 1 || r < 1 || k is 1 or < 0)
            {
                throw new InputException($"--epochs {n}, --folds {k}, --repeats {r}: epochs and repeats must be at least 1, folds 0 or at least 2");
            }

            return Run(parse.GetValue(gold)!, parse.GetValue(articles)!, parse.GetValue(output)!, k, r, defaults with { Epochs = n, Seed = parse.GetValue(seed), StrictLabels = parse.GetValue(strict) });
        }));
        return command;
    }

    private static int Run(string goldPath, string articlesDir, string output, int folds, int repeats, EventTrainer.Settings settings)
    {
        // Experiment grid (EVGRID=1): out-of-fold ranking quality, then 5 fold seeds per configuration.
        if (Environment.GetEnvironmentVariable("EVGRID") is not null)
        {
            foreach (int variant in new[] { 0, 1 })
            {
                EventModel.Variant = variant;
                var d0 = Prepare(goldPath, articlesDir, out _);
                foreach (double l2 in new[] { 0, 0.01 })
                {
                    var fold = EventTrainer.FoldsOf(d0.Count, 5, settings.Seed);
                    var rows = new List<(float M, bool C)>();
                    var margins = new float[d0.Count][];
                    for (int k = 0; k < 5; k++)
                    {
                        var tr = d0.Where((d, i) => fold[i] != k).ToList();
                        var m = EventTrainer.TrainRaw(tr, settings with { L2 = l2 });
                        for (int i = 0; i < d0.Count; i++)
                        {
                            if (fold[i] != k) { continue; }
                            margins[i] = new float[d0[i].Events.Count];
                            for (int e = 0; e < d0[i].Events.Count; e++) { margins[i][e] = m(d0[i], e); rows.Add((margins[i][e], d0[i].Labels[e])); }
                        }
                    }

                    int pos = rows.Count(r => r.C), neg = rows.Count - pos; long conc = 0;
                    foreach (var a in rows.Where(r => r.C)) { foreach (var b in rows.Where(r => !r.C)) { conc += a.M > b.M ? 2 : a.M == b.M ? 1 : 0; } }
                    Console.WriteLine($"variant {variant} l2 {l2}: out-of-fold AUC (class labels) {conc / 2.0 / pos / neg:F3}");
                    double bestF1 = 0;
                    int bestDrop = 0;
                    foreach (float cut in rows.Select(r => r.M).Distinct().Order().Prepend(float.NegativeInfinity))
                    {
                        var res = EventEvaluation.Evaluate(d0.Select((d, i) => ((IReadOnlyList<GoldEvent>)d.Gold, (IReadOnlyList<Event>)d.Events.Where((ev, e) => margins[i][e] > cut).ToList())));
                        if (res.Strict.F1 > bestF1 + 1e-9) { bestF1 = res.Strict.F1; bestDrop = 163 - res.Strict.Predicted; }
                    }

                    Console.WriteLine($"  oracle cut on the out-of-fold margins (chosen on the scored folds themselves): F1 {bestF1:F2}, {bestDrop} events dropped");
                }

                foreach (bool st in new[] { false, true })
                {
                    foreach (var (ep, l2) in new[] { (1, 0.0), (3, 0.0), (10, 0.0), (30, 0.0), (10, 0.003), (10, 0.01), (10, 0.03), (10, 0.1) })
                    {
                        int tp = 0, pr = 0;
                        double f1 = 0;
                        for (int r = 0; r < 5; r++)
                        {
                            var cv = EventTrainer.CrossValidate(d0, folds, settings with { Seed = settings.Seed + r, Epochs = ep, L2 = l2, StrictLabels = st });
                            var b = EventEvaluation.Evaluate(cv.Filtered.Select(p => (p.Gold, p.Predicted)));
                            tp += b.Strict.TruePositives; pr += b.Strict.Predicted; f1 += b.Strict.F1;
                        }

                        Console.WriteLine($"variant {variant} strict {st} epochs {ep} l2 {l2}: mean F1 {f1 / 5:F2} tp {tp / 5.0:F1} pred {pr / 5.0:F1}");
                    }
                }
            }

            return 0;
        }

        var docs = Prepare(goldPath, articlesDir, out int heldOut);
        int events = docs.Sum(d => d.Events.Count), positives = docs.Sum(d => d.Labels.Count(l => l));
        int goldEvents = docs.Sum(d => d.Gold.Count(g => g.Class != GoldEvent.NoEvent));
        Console.WriteLine($"{docs.Count} development articles ({goldEvents} gold events; the rules propose {events}, {positives} paired with a gold event of their class); {heldOut} articles of held-out portions not read");
        if (folds > docs.Count)
        {
            throw new InputException($"--folds {folds}: only {docs.Count} development articles");
        }

        for (int r = 0; r < repeats && folds > 0; r++)
        {
            var cv = EventTrainer.CrossValidate(docs, folds, settings with { Seed = settings.Seed + r });
            Console.WriteLine($"cross-validation, {folds} folds over articles, seed {settings.Seed + r}:");
            Report("all development", cv.Rules, cv.Filtered);
            foreach (var portion in docs.Select(d => d.Portion).Distinct(StringComparer.Ordinal))
            {
                Report($"portion {portion}", [.. cv.Rules.Where(p => p.Portion == portion)], [.. cv.Filtered.Where(p => p.Portion == portion)]);
            }
        }

        var model = EventTrainer.Train(docs, settings, Console.WriteLine);
        model.Save(output);
        Console.WriteLine($"{model.FeatureCount} features written to {output} (trained on all {docs.Count} development articles)");
        return ExitCodes.Ok;
    }

    private static void Report(
        string name,
        IReadOnlyList<(IReadOnlyList<GoldEvent> Gold, IReadOnlyList<Event> Predicted, string Portion)> rules,
        IReadOnlyList<(IReadOnlyList<GoldEvent> Gold, IReadOnlyList<Event> Predicted, string Portion)> filtered)
    {
        var a = EventEvaluation.Evaluate(rules.Select(p => (p.Gold, p.Predicted)));
        var b = EventEvaluation.Evaluate(filtered.Select(p => (p.Gold, p.Predicted)));
        Console.WriteLine($"  {name} ({a.Articles} articles)");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    rules alone     class+date+place {a.Strict}   class only F1 {a.ClassOnly.F1:F2}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    rules + filter  class+date+place {b.Strict}   class only F1 {b.ClassOnly.F1:F2}"));
    }

    /// <summary>Analyzes every development article of the gold file with the rules alone and labels its events.</summary>
    internal static List<EventTrainer.Prepared> Prepare(string goldPath, string articlesDir, out int heldOut)
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

        // The held-out portions measure text the system was never developed on: their articles are not even opened here.
        heldOut = gold.Where(g => EventEvaluation.IsHeldOut(g.Portion)).Select(g => g.File).Distinct(StringComparer.Ordinal).Count();
        var groups = gold.Where(g => !EventEvaluation.IsHeldOut(g.Portion)).GroupBy(g => g.File, StringComparer.Ordinal).ToList();
        if (groups.Count == 0)
        {
            throw new InputException($"{goldPath}: no development rows (every row is in a held-out portion)");
        }

        var pipeline = new PipelineBuilder().UseText().UseEntities().UseTimes().UseFigures().UseQuotes().UsePlaces()
            .UseEvents(new EventOptions { LearnedFilter = false }).Build();
        var docs = new List<EventTrainer.Prepared>(groups.Count);
        foreach (var group in groups)
        {
            var path = Path.Combine(articlesDir, group.Key);
            var text = TextInput.ReadFile(path);
            var rows = group.ToList();
            foreach (var g in rows)
            {
                if (g.Evidence.End > text.Length)
                {
                    throw new InputException($"{goldPath}:{g.Line}: offsets {g.Evidence} are past the end of {group.Key} ({text.Length} chars)");
                }
            }

            Document doc;
            try
            {
                doc = pipeline.Analyze(group.Key, text, EvalEventsCommand.PublishedOf(group.Key));
            }
            catch (StageException ex)
            {
                throw new InputException($"{path}: {ex.Message}");
            }

            docs.Add(EventTrainer.Prepare(doc, rows));
        }

        return docs;
    }
}
