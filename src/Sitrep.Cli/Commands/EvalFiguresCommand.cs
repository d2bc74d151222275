using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Sitrep.Figures;
using Sitrep.Pipeline;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep eval figures</c>: value P/R/F1 of the figures stage on a hand-checked gold file.</summary>
internal static class EvalFiguresCommand
{
    public static Command Create()
    {
        var gold = new Option<string>("--gold")
        {
            Description = "Gold file (tests/Sitrep.Tests/Figures/news-figures.gold.tsv format, see docs/figures.md)",
            Required = true,
        };
        var articles = new Option<string>("--articles")
        {
            Description = "Folder of the articles the gold file points into",
            DefaultValueFactory = _ => Path.Combine("..", "shared", "data", "ukraine-news", "articles"),
        };
        var errors = new Option<bool>("--errors") { Description = "Also list every missed and spurious figure" };
        var format = CommonOptions.Format("text", "json", "text");
        var command = new Command(
            "figures",
            "Value precision, recall and F1 of the figures stage on a gold file of real news sentences (docs/figures.md).\n\n"
            + "Example:\n  sitrep eval figures --gold tests/Sitrep.Tests/Figures/news-figures.gold.tsv --format json")
        {
            gold, articles, errors, format,
        };

        command.SetAction(parse => CommonOptions.Guard(() =>
        {
            var goldPath = parse.GetValue(gold)!;
            var articlesDir = parse.GetValue(articles)!;
            if (!Directory.Exists(articlesDir))
            {
                throw new InputException($"--articles {articlesDir}: no such folder");
            }

            List<FigureGoldSentence> sentences;
            FigureEvaluation result;
            try
            {
                sentences = FigureGoldFile.Load(goldPath);
                result = FigureEvaluator.Evaluate(sentences, articlesDir, SitrepDefaults.CreateDefault());
            }
            catch (FormatException ex)
            {
                throw new InputException(ex.Message);
            }
            catch (InvalidDataException ex)
            {
                throw new InputException(ex.Message);
            }
            catch (StageException ex)
            {
                throw new InputException(ex.Message);
            }

            Write(goldPath, result, parse.GetValue(format)!, parse.GetValue(errors));
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static void Write(string goldPath, FigureEvaluation r, string format, bool listErrors)
    {
        double Share(int n) => r.Matched == 0 ? 0 : 100.0 * n / r.Matched;
        if (format == "json")
        {
            CommonOptions.WriteJsonReport(w =>
            {
                w.WriteString("gold", goldPath);
                w.WriteNumber("sentences", r.Sentences);
                w.WriteStartObject("value");
                w.WriteNumber("precision", Math.Round(r.Value.Precision, 2));
                w.WriteNumber("recall", Math.Round(r.Value.Recall, 2));
                w.WriteNumber("f1", Math.Round(r.Value.F1, 2));
                w.WriteNumber("true_positives", r.Value.TruePositives);
                w.WriteNumber("predicted", r.Value.Predicted);
                w.WriteNumber("gold", r.Value.Gold);
                w.WriteEndObject();
                w.WriteStartObject("agreement_on_matched");
                w.WriteNumber("qualifier", Math.Round(Share(r.QualifierAgreed), 2));
                w.WriteNumber("unit", Math.Round(Share(r.UnitAgreed), 2));
                w.WriteNumber("kind", Math.Round(Share(r.KindAgreed), 2));
                w.WriteEndObject();
                if (listErrors)
                {
                    w.WriteStartArray("errors");
                    foreach (var e in r.Errors)
                    {
                        w.WriteStringValue(e);
                    }

                    w.WriteEndArray();
                }

            });
            return;
        }

        var c = CultureInfo.InvariantCulture;
        Console.WriteLine($"figures, value match, {r.Sentences} sentences of {goldPath}");
        Console.WriteLine($"  {r.Value}");
        Console.WriteLine(string.Format(c, "  agreement on the {0} matched: qualifier {1:F1}%, unit {2:F1}%, kind {3:F1}%", r.Matched, Share(r.QualifierAgreed), Share(r.UnitAgreed), Share(r.KindAgreed)));
        if (listErrors)
        {
            foreach (var e in r.Errors)
            {
                Console.WriteLine("  " + e);
            }
        }
    }
}
