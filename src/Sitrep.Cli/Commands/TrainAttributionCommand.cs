using System.CommandLine;
using System.Diagnostics;
using Sitrep.Entities;
using Sitrep.Pipeline;
using Sitrep.Quotes;
using Sitrep.Text;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep train attribution</c>: the learned cue detector of the quote stage (docs/quotes.md).</summary>
internal static class TrainAttributionCommand
{
    public static Command Create()
    {
        var polnear = new Option<string>("--polnear")
        {
            Description = "PolNeAR training split folder with text/ and attributions/ (never dev)",
            Required = true,
        };
        var dev = new Option<string?>("--dev") { Description = "PolNeAR split scored (cue tokens) after each epoch; read only, it chooses nothing" };
        var output = new Option<string>("--out", "-o") { Description = "Model file to write (src/Sitrep/Models/cue.bin ships it)", Required = true };
        var epochs = new Option<int>("--epochs") { Description = "Passes over the training data; the last epoch is saved", DefaultValueFactory = _ => 6 };
        var seed = new Option<int>("--seed") { Description = "Shuffling seed; same data and seed give byte-identical weights", DefaultValueFactory = _ => 1 };
        var command = new Command(
            "attribution",
            "Train the attribution cue detector (averaged perceptron over word tokens) from PolNeAR cue spans.\n\n"
            + "Example:\n  sitrep train attribution --polnear ../shared/data/polnear/train --dev ../shared/data/polnear/dev --out src/Sitrep/Models/cue.bin")
        {
            polnear, dev, output, epochs, seed,
        };
        command.SetAction(parse => CommonOptions.Guard(() =>
        {
            int n = parse.GetValue(epochs);
            if (n < 1)
            {
                throw new InputException($"--epochs {n}: must be at least 1");
            }

            return Run(parse.GetValue(polnear)!, parse.GetValue(dev), parse.GetValue(output)!, n, parse.GetValue(seed));
        }));
        return command;
    }

    private static int Run(string trainDir, string? devDir, string output, int epochs, int seed)
    {
        var clock = Stopwatch.StartNew();
        var tagger = new PipelineBuilder().UseText().UseEntities().Build();
        var train = Prepare(EvalAttributionCommand.LoadCorpus(trainDir), tagger);
        var dev = devDir is null ? null : Prepare(EvalAttributionCommand.LoadCorpus(devDir), tagger);
        Console.Error.WriteLine($"prepared {train.Count} train texts{(dev is null ? "" : $" and {dev.Count} dev texts")} in {clock.Elapsed.TotalSeconds:F0} s");
        var model = CueTrainer.Train(train, dev, epochs, seed, Console.WriteLine);
        model.Save(output);
        Console.WriteLine($"{model.FeatureCount} features written to {output}");
        return 0;
    }

    private static List<CueTrainer.Prepared> Prepare(IReadOnlyList<PolnearDocument> docs, SitrepPipeline tagger)
    {
        var prepared = new CueTrainer.Prepared[docs.Count];
        Parallel.For(0, docs.Count, i => prepared[i] = CueTrainer.Prepare(docs[i], tagger));
        return [.. prepared];
    }
}
