using System.CommandLine;
using System.Text.Json;
using Sitrep.Evaluation;

namespace Sitrep.Cli.Commands;

internal static class CommonOptions
{
    public static Option<string> Format(string defaultValue, params string[] allowed)
    {
        var option = new Option<string>("--format", "-f")
        {
            Description = $"Output format: {string.Join(", ", allowed)}",
            DefaultValueFactory = _ => defaultValue,
        };
        option.AcceptOnlyFromAmong(allowed);
        return option;
    }

    /// <summary>Runs a command body, turning input problems into a one-line error and exit code 2.</summary>
    public static int Guard(Func<int> body)
    {
        try
        {
            return body();
        }
        catch (InputException ex)
        {
            Console.Error.WriteLine($"sitrep: {ex.Message}");
            return ExitCodes.BadInput;
        }
        catch (IOException ex)
        {
            Console.Error.WriteLine($"sitrep: {ex.Message}");
            return ExitCodes.BadInput;
        }
        catch (UnauthorizedAccessException ex)
        {
            Console.Error.WriteLine($"sitrep: {ex.Message}");
            return ExitCodes.BadInput;
        }
    }

    /// <summary>An eval or train command's JSON report on standard output: one indented object, then a newline.</summary>
    public static void WriteJsonReport(Action<Utf8JsonWriter> body)
    {
        using var stream = Console.OpenStandardOutput();
        using var w = new Utf8JsonWriter(stream, AnalyzeCommand.IndentedJson);
        w.WriteStartObject();
        body(w);
        w.WriteEndObject();
        w.Flush();
        stream.WriteByte((byte)'\n');
    }

    /// <summary>A score as the eval commands write it in JSON: percentages to two places and the counts.</summary>
    public static void WriteScore(Utf8JsonWriter w, string name, Score s)
    {
        w.WriteStartObject(name);
        w.WriteNumber("precision", Math.Round(s.Precision, 2));
        w.WriteNumber("recall", Math.Round(s.Recall, 2));
        w.WriteNumber("f1", Math.Round(s.F1, 2));
        w.WriteNumber("tp", s.TruePositives);
        w.WriteNumber("predicted", s.Predicted);
        w.WriteNumber("gold", s.Gold);
        w.WriteEndObject();
    }

    /// <summary>Checks an eval's gold file and articles folder, then parses the gold file; a malformed line becomes an input error.</summary>
    public static T ReadGold<T>(string goldPath, string articlesDir, Func<string, T> parse)
    {
        if (!File.Exists(goldPath))
        {
            throw new InputException($"{goldPath}: no such file");
        }

        if (!Directory.Exists(articlesDir))
        {
            throw new InputException($"{articlesDir}: no such folder (give --articles)");
        }

        try
        {
            return parse(goldPath);
        }
        catch (FormatException ex)
        {
            throw new InputException(ex.Message);
        }
    }
}
