using System.CommandLine;
using System.Text.Json;
using Sitrep.Entities;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep eval ner</c>: span-exact P/R/F1 of the entities stage on a CoNLL-2003 file.</summary>
internal static class EvalNerCommand
{
    public static Command Create()
    {
        var conll = new Option<string>("--conll") { Description = "CoNLL-2003 file with gold NER tags (column 4)", Required = true };
        var nerModel = new Option<string?>("--ner-model") { Description = "Recognizer model file to use instead of the shipped one" };
        var posModel = new Option<string?>("--pos-model") { Description = "POS model file to use instead of the shipped one" };
        var chunkModel = new Option<string?>("--chunk-model") { Description = "Chunk model file to use instead of the shipped one" };
        var format = CommonOptions.Format("text", "json", "text");
        var command = new Command(
            "ner",
            "Span-exact precision, recall and F1 per type (conlleval's definition) of the entities stage, with predicted POS and chunks; "
            + "WEAPON and NORP are off so that the types are CoNLL's.\n\n"
            + "Example:\n  sitrep eval ner --conll ../shared/data/conll2003/valid.txt --format json")
        {
            conll, nerModel, posModel, chunkModel, format,
        };
        command.SetAction(parse => CommonOptions.Guard(() =>
        {
            var docs = TrainEntitiesCommand.ReadConll(parse.GetValue(conll)!);
            EntityModels models;
            try
            {
                var shipped = EntityModels.Default;
                models = new EntityModels(
                    Load(parse.GetValue(posModel), "pos", shipped.PosModel),
                    Load(parse.GetValue(chunkModel), "chunk", shipped.ChunkModel),
                    Load(parse.GetValue(nerModel), "ner", shipped.NerModel));
            }
            catch (ModelFormatException ex)
            {
                throw new InputException(ex.Message);
            }

            var stage = new EntitiesStage(new EntitiesOptions { Weapons = false, Norp = false, Models = models });
            var table = NerEvaluation.Evaluate(docs, stage);
            if (parse.GetValue(format) == "json")
            {
                var byType = table.ByLabel.ToDictionary(p => p.Key, p => Row(p.Value));
                Console.WriteLine(JsonSerializer.Serialize(new { file = parse.GetValue(conll), overall = Row(table.Overall), types = byType }));
            }
            else
            {
                foreach (var (label, score) in table.ByLabel)
                {
                    Console.WriteLine($"{label,-8} {score}");
                }

                Console.WriteLine($"{"overall",-8} {table.Overall}");
            }

            return ExitCodes.Ok;
        }));
        return command;
    }

    private static LinearModel Load(string? path, string kind, LinearModel shipped)
        => path is null ? shipped : LinearModel.Load(path, kind, shipped.FeatureVersion);

    private static object Row(Sitrep.Evaluation.Score s) => new
    {
        precision = Math.Round(s.Precision, 2),
        recall = Math.Round(s.Recall, 2),
        f1 = Math.Round(s.F1, 2),
        tp = s.TruePositives,
        predicted = s.Predicted,
        gold = s.Gold,
    };
}
