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
        var output = new Option<string>("--out", "-o") { Description = "Cue model file to write (src/Sitrep/Models/cue.bin ships it)", Required = true };
        var spansOut = new Option<string?>("--spans-out") { Description = "Source/content span model file to write (src/Sitrep/Models/attrspan.bin ships it); default: attrspan.bin beside --out" };
        var spanEpochs = new Option<int>("--span-epochs") { Description = "Passes of the span model over the training data; the last epoch is saved", DefaultValueFactory = _ => SpanEpochs };
        var epochs = new Option<int>("--epochs") { Description = "Passes over the training data; the last epoch is saved", DefaultValueFactory = _ => 6 };
        var seed = new Option<int>("--seed") { Description = "Shuffling seed; same data and seed give byte-identical weights", DefaultValueFactory = _ => 1 };
        var command = new Command(
            "attribution",
            "Train the attribution cue detector (averaged perceptron over word tokens) and the source/content span labeller from PolNeAR.\n\n"
            + "Example:\n  sitrep train attribution --polnear ../shared/data/polnear/train --dev ../shared/data/polnear/dev --out src/Sitrep/Models/cue.bin")
        {
            polnear, dev, output, spansOut, epochs, spanEpochs, seed,
        };
        command.SetAction(parse => CommonOptions.Guard(() =>
        {
            int n = parse.GetValue(epochs);
            int m = parse.GetValue(spanEpochs);
            if (n < 1 || m < 1)
            {
                throw new InputException($"--epochs {n}, --span-epochs {m}: each must be at least 1");
            }

            var cueOut = parse.GetValue(output)!;
            var spanOut = parse.GetValue(spansOut) ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(cueOut))!, SpanModel.FileName);
            return Run(parse.GetValue(polnear)!, parse.GetValue(dev), cueOut, spanOut, n, m, parse.GetValue(seed));
        }));
        return command;
    }

    /// <summary>Default passes of the span model.</summary>
    private const int SpanEpochs = 6;

    private static int Run(string trainDir, string? devDir, string output, string spansOutput, int epochs, int spanEpochs, int seed)
    {
        var clock = Stopwatch.StartNew();
        var tagger = new PipelineBuilder().UseText().UseEntities().Build();
        var (train, trainSpans) = Prepare(EvalAttributionCommand.LoadCorpus(trainDir), tagger);
        var (dev, devSpans) = devDir is null ? (null, null) : Prepare(EvalAttributionCommand.LoadCorpus(devDir), tagger);
        Console.Error.WriteLine($"prepared {train.Count} train texts{(dev is null ? "" : $" and {dev.Count} dev texts")} in {clock.Elapsed.TotalSeconds:F0} s");
        var model = CueTrainer.Train(train, dev, epochs, seed, Console.WriteLine);
        model.Save(output);
        Console.WriteLine($"{model.FeatureCount} features written to {output}");
        var spans = SpanTrainer.Train(trainSpans, devSpans, spanEpochs, seed, Console.WriteLine);
        spans.Save(spansOutput);
        Console.WriteLine($"{spans.FeatureCount} features written to {spansOutput}");
        return 0;
    }

    private static (List<CueTrainer.Prepared> Cues, List<SpanTrainer.Prepared> Spans) Prepare(IReadOnlyList<PolnearDocument> docs, SitrepPipeline tagger)
    {
        var cues = new CueTrainer.Prepared[docs.Count];
        var spans = new SpanTrainer.Prepared[docs.Count];
        Parallel.For(0, docs.Count, i =>
        {
            var analyzed = tagger.Analyze(docs[i].Name, docs[i].Text, docs[i].Published);
            cues[i] = CueTrainer.Prepare(docs[i], analyzed);
            spans[i] = SpanTrainer.Prepare(docs[i], analyzed);
        });
        return ([.. cues], [.. spans]);
    }
}
