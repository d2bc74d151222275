using System.CommandLine;
using System.Diagnostics;
using Sitrep.Entities;
using Sitrep.Pipeline;
using Sitrep.Quotes;
using Sitrep.Text;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep train attribution</c>: the learned cue detector, span labeller and candidate scorer of the quote stage (docs/quotes.md).</summary>
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
        var scorerOut = new Option<string?>("--scorer-out") { Description = "Attribution scorer file to write (src/Sitrep/Models/attrscore.bin ships it); default: attrscore.bin beside --out" };
        var scorerEpochs = new Option<int>("--scorer-epochs") { Description = "Passes of the attribution scorer over its candidates; the last epoch is saved", DefaultValueFactory = _ => ScorerEpochs };
        var epochs = new Option<int>("--epochs") { Description = "Passes over the training data; the last epoch is saved", DefaultValueFactory = _ => 6 };
        var seed = new Option<int>("--seed") { Description = "Shuffling seed; same data and seed give byte-identical weights", DefaultValueFactory = _ => 1 };
        var command = new Command(
            "attribution",
            "Train the attribution cue detector (averaged perceptron over word tokens), the source/content span labeller and the\n"
            + "second-stage candidate scorer (cross-fitted over 5 folds of train) from PolNeAR.\n\n"
            + "Example:\n  sitrep train attribution --polnear ../shared/data/polnear/train --dev ../shared/data/polnear/dev --out src/Sitrep/Models/cue.bin")
        {
            polnear, dev, output, spansOut, scorerOut, epochs, spanEpochs, scorerEpochs, seed,
        };
        command.SetAction(parse => CommonOptions.Guard(() =>
        {
            int n = parse.GetValue(epochs);
            int m = parse.GetValue(spanEpochs);
            int k = parse.GetValue(scorerEpochs);
            if (n < 1 || m < 1 || k < 1)
            {
                throw new InputException($"--epochs {n}, --span-epochs {m}, --scorer-epochs {k}: each must be at least 1");
            }

            var cueOut = parse.GetValue(output)!;
            var folder = Path.GetDirectoryName(Path.GetFullPath(cueOut))!;
            var spanOut = parse.GetValue(spansOut) ?? Path.Combine(folder, SpanModel.FileName);
            var scoreOut = parse.GetValue(scorerOut) ?? Path.Combine(folder, AttributionScorer.FileName);
            return Run(parse.GetValue(polnear)!, parse.GetValue(dev), new Outputs(cueOut, spanOut, scoreOut), new Epochs(n, m, k), parse.GetValue(seed));
        }));
        return command;
    }

    /// <summary>Default passes of the span model.</summary>
    private const int SpanEpochs = 6;

    /// <summary>Default passes of the attribution scorer.</summary>
    private const int ScorerEpochs = 10;

    private readonly record struct Outputs(string Cue, string Spans, string Scorer);

    private readonly record struct Epochs(int Cue, int Spans, int Scorer);

    private static int Run(string trainDir, string? devDir, Outputs outputs, Epochs epochs, int seed)
    {
        var clock = Stopwatch.StartNew();
        var tagger = new PipelineBuilder().UseText().UseEntities().Build();
        var trainDocs = EvalAttributionCommand.LoadCorpus(trainDir);
        var (train, trainSpans) = Prepare(trainDocs, tagger);
        var (dev, devSpans) = devDir is null ? (null, null) : Prepare(EvalAttributionCommand.LoadCorpus(devDir), tagger);
        Console.Error.WriteLine($"prepared {train.Count} train texts{(dev is null ? "" : $" and {dev.Count} dev texts")} in {clock.Elapsed.TotalSeconds:F0} s");
        var model = CueTrainer.Train(train, dev, epochs.Cue, seed, Console.WriteLine);
        model.Save(outputs.Cue);
        Console.WriteLine($"{model.FeatureCount} features written to {outputs.Cue}");
        var spans = SpanTrainer.Train(trainSpans, devSpans, epochs.Spans, seed, Console.WriteLine);
        spans.Save(outputs.Spans);
        Console.WriteLine($"{spans.FeatureCount} features written to {outputs.Spans}");
        if (devSpans is not null)
        {
            Console.WriteLine($"span dev {SpanTrainer.Breakdown(spans, devSpans)}");
        }

        var collected = ScorerTrainer.CrossFit(trainDocs, train, trainSpans, epochs.Cue, epochs.Spans, seed, Console.WriteLine);
        CheckScorer(collected, epochs.Scorer, seed);
        var scorer = ScorerTrainer.Train(collected, epochs.Scorer, seed);
        scorer.Save(outputs.Scorer);
        Console.WriteLine($"{scorer.FeatureCount} features written to {outputs.Scorer}");
        return 0;
    }

    /// <summary>
    /// The scorer's held-out check, for reading only: a scorer trained on the candidates of folds 2 to 5 scores fold 1,
    /// whose texts neither it nor the cue and span models that proposed them saw (source+content, without and with it).
    /// </summary>
    private static void CheckScorer(ScorerTrainer.Collected[] collected, int epochs, int seed)
    {
        var rest = new List<ScorerTrainer.Collected>();
        var held = new List<ScorerTrainer.Collected>();
        for (int i = 0; i < collected.Length; i++)
        {
            (i % ScorerTrainer.Folds == 0 ? held : rest).Add(collected[i]);
        }

        var check = ScorerTrainer.Train(rest, epochs, seed);
        Console.WriteLine($"scorer check on fold 1: without scorer {ScorerTrainer.Plain(held)}");
        foreach (float t in (ReadOnlySpan<float>)[-40f, -30f, -20f, -15f, -10f, -5f, 0f])
        {
            var mark = t == AttributionScorer.Threshold ? " (the stage's)" : "";
            Console.WriteLine($"scorer check on fold 1: threshold {t,5:F1}{mark}: {ScorerTrainer.Evaluate(check, held, t)}");
        }
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
