using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Sitrep.Places;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep eval places</c>: toponym resolution accuracy on a hand-labelled gold file.</summary>
internal static class EvalPlacesCommand
{
    public static Command Create()
    {
        var gold = new Option<string>("--gold")
        {
            Description = "Gold TSV: file, start, end, surface, GeoNames id, level, country, name (docs/places.md)",
            Required = true,
        };
        var articles = new Option<string>("--articles")
        {
            Description = "Folder holding the articles the gold file names",
            DefaultValueFactory = _ => Path.Combine("..", "shared", "data", "ukraine-news", "articles"),
        };
        var errors = new Option<bool>("--errors") { Description = "Text format: list every wrong, missed and spurious mention" };
        var format = CommonOptions.Format("text", "json", "text");
        var command = new Command(
            "places",
            "Accuracy of place resolution: % of gold mentions resolved to the right feature and country, and precision.\n\n"
            + "Example:\n  sitrep eval places --gold tests/Sitrep.Tests/Places/places.gold.tsv --format json")
        {
            gold, articles, errors, format,
        };

        command.SetAction(parse => CommonOptions.Guard(() =>
        {
            var goldPath = parse.GetValue(gold)!;
            if (!File.Exists(goldPath))
            {
                throw new InputException($"--gold {goldPath}: file not found");
            }

            PlacesEvaluationResult result;
            try
            {
                result = PlacesEvaluation.Evaluate(goldPath, parse.GetValue(articles)!, PlacesEvaluation.PipelineWithOutlets());
            }
            catch (FormatException ex)
            {
                throw new InputException(ex.Message);
            }

            if (parse.GetValue(format) == "json")
            {
                WriteJson(result);
            }
            else
            {
                WriteText(result, parse.GetValue(errors));
            }

            return ExitCodes.Ok;
        }));
        return command;
    }

    private static void WriteText(PlacesEvaluationResult r, bool errors)
    {
        var c = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(c, $"articles {r.Articles}, gold mentions {r.Gold}, predicted {r.Predicted}"));
        Console.WriteLine(string.Create(c, $"right feature  {r.FeatureAccuracy:F1}%  ({r.RightFeature}/{r.Gold})"));
        Console.WriteLine(string.Create(c, $"right country  {r.CountryAccuracy:F1}%  ({r.RightCountry}/{r.Gold})"));
        Console.WriteLine(string.Create(c, $"precision      {r.Precision:F1}%  ({r.Spurious} spurious of {r.Predicted})"));
        Console.WriteLine($"detection      {r.Detection}");
        if (!errors)
        {
            return;
        }

        foreach (var j in r.Judgements)
        {
            if (j.RightFeature)
            {
                continue;
            }

            var g = j.Gold;
            var got = j.Predicted is { } p ? $"{p.Name} ({p.Level}, {p.Country}, {p.GeonamesId})" : "nothing";
            Console.WriteLine($"  wrong  {g.File} [{g.Span.Start},{g.Span.End}) '{g.Surface}': gold {g.Name} ({g.Level}, {g.Country}, {g.GeonamesId}), got {got}");
        }

        foreach (var (file, p) in r.SpuriousMentions)
        {
            Console.WriteLine($"  spurious {file} [{p.Span.Start},{p.Span.End}) → {p.Name} ({p.Level}, {p.Country})");
        }
    }

    private static void WriteJson(PlacesEvaluationResult r)
    {
        CommonOptions.WriteJsonReport(w =>
        {
            w.WriteNumber("articles", r.Articles);
            w.WriteNumber("gold", r.Gold);
            w.WriteNumber("predicted", r.Predicted);
            w.WriteNumber("right_feature", r.RightFeature);
            w.WriteNumber("right_country", r.RightCountry);
            w.WriteNumber("spurious", r.Spurious);
            w.WriteNumber("feature_accuracy", Math.Round(r.FeatureAccuracy, 2));
            w.WriteNumber("country_accuracy", Math.Round(r.CountryAccuracy, 2));
            w.WriteNumber("precision", Math.Round(r.Precision, 2));
            w.WriteNumber("detection_recall", Math.Round(r.Detection.Recall, 2));
        });
    }
}
