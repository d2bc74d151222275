using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Sitrep.Evaluation;
using Sitrep.Pipeline;
using Sitrep.Time;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep eval timex</c>: TempEval-3 scores of the time stage on TimeML files.</summary>
internal static class EvalTimexCommand
{
    public static Command Create()
    {
        var tml = new Option<string>("--tml")
        {
            Description = "Folder of TimeML (.tml) files, searched recursively; the DCT anchors each document",
            Required = true,
        };
        var format = CommonOptions.Format("text", "json", "text");
        var errors = new Option<string?>("--errors") { Description = "Write every miss, false alarm and wrong value as TSV to this file" };
        var command = new Command(
            "timex",
            "Score TIMEX3 recognition and normalization TempEval-3 style: strict and relaxed span P/R/F1, type accuracy, value F1.\n\n"
            + "Example:\n  sitrep eval timex --tml ../shared/data/tempeval3/TBAQ-cleaned --format json")
        {
            tml, format, errors,
        };
        command.SetAction(parse => CommonOptions.Guard(() => Run(parse.GetValue(tml)!, parse.GetValue(format)!, parse.GetValue(errors))));
        return command;
    }

    private static int Run(string dir, string format, string? errorsPath)
    {
        if (!Directory.Exists(dir))
        {
            throw new InputException($"--tml {dir}: no such folder");
        }

        var files = Directory.EnumerateFiles(dir, "*.tml", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0)
        {
            throw new InputException($"--tml {dir}: no .tml files");
        }

        var pipeline = new PipelineBuilder().UseDefaults().Build();
        var result = TimexEvaluator.Evaluate(files, pipeline);
        if (errorsPath is not null)
        {
            File.WriteAllLines(errorsPath, ["kind\tfile\tdct\tgold_type\tgold_value\ttext\ttype\tvalue\tcontext", .. result.Differences]);
        }

        foreach (var error in result.Errors)
        {
            Console.Error.WriteLine($"sitrep: skipped {error}");
        }

        if (format == "json")
        {
            CommonOptions.WriteJsonReport(w =>
            {
                w.WriteNumber("documents", result.Documents);
                w.WriteNumber("gold", result.Gold);
                w.WriteNumber("predicted", result.Predicted);
                CommonOptions.WriteScore(w, "strict_span", result.StrictSpan);
                CommonOptions.WriteScore(w, "relaxed_span", result.RelaxedSpan);
                CommonOptions.WriteScore(w, "type", result.Type);
                CommonOptions.WriteScore(w, "value", result.Value);
                w.WriteNumber("type_accuracy", Math.Round(result.TypeAccuracy, 2));
                w.WriteNumber("value_accuracy", Math.Round(result.ValueAccuracy, 2));
                w.WriteStartObject("by_type");
                foreach (var (label, value) in result.ValueByType.ByLabel)
                {
                    w.WriteStartObject(label);
                    CommonOptions.WriteScore(w, "relaxed_span", result.SpanByType.ByLabel[label]);
                    CommonOptions.WriteScore(w, "value", value);
                    w.WriteEndObject();
                }

                w.WriteEndObject();
                w.WriteStartArray("errors");
                foreach (var error in result.Errors)
                {
                    w.WriteStringValue(error);
                }

                w.WriteEndArray();
            });
        }
        else
        {
            var inv = CultureInfo.InvariantCulture;
            Console.WriteLine($"TIMEX3 on {result.Documents} documents: {result.Gold} gold, {result.Predicted} predicted");
            Console.WriteLine($"  strict span   {result.StrictSpan}");
            Console.WriteLine($"  relaxed span  {result.RelaxedSpan}");
            Console.WriteLine($"  type          {result.Type}  accuracy {result.TypeAccuracy.ToString("F2", inv)}");
            Console.WriteLine($"  value         {result.Value}  accuracy {result.ValueAccuracy.ToString("F2", inv)}");
            foreach (var (label, value) in result.ValueByType.ByLabel)
            {
                Console.WriteLine($"  {label,-9} span F1 {result.SpanByType.ByLabel[label].F1.ToString("F2", inv)}  value {value}");
            }
        }

        return result.Errors.Count > 0 ? ExitCodes.PartialFailure : ExitCodes.Ok;
    }
}
