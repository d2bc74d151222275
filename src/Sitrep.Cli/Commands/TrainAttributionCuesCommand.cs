using System.CommandLine;
using Sitrep.Quotes;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep train attribution-cues</c>: the learned cue-word list of the quote stage (docs/quotes.md).</summary>
internal static class TrainAttributionCuesCommand
{
    public static Command Create()
    {
        var polnear = new Option<string>("--polnear")
        {
            Description = "PolNeAR training split folder with text/ and attributions/ (never dev)",
            Required = true,
        };
        var output = new Option<string>("--out", "-o") { Description = "TSV file to write (src/Sitrep/Quotes/cues.tsv ships it)", Required = true };
        var format = CommonOptions.Format("text", "json", "text");
        var command = new Command(
            "attribution-cues",
            "Count, for each word that is a gold cue token in PolNeAR, its cue uses and occurrences; writes the learned cue list.\n\n"
            + "Example:\n  sitrep train attribution-cues --polnear ../shared/data/polnear/train --out src/Sitrep/Quotes/cues.tsv")
        {
            polnear, output, format,
        };
        command.SetAction(parse => CommonOptions.Guard(() => Run(parse.GetValue(polnear)!, parse.GetValue(output)!, parse.GetValue(format)!)));
        return command;
    }

    private static int Run(string directory, string output, string format)
    {
        var docs = EvalAttributionCommand.LoadCorpus(directory);

        var cues = CueLearner.Learn(docs);
        using (var w = new StreamWriter(output))
        {
            CueLearner.Write(w, cues, $"{docs.Count} texts of {Path.GetFileName(Path.GetFullPath(directory).TrimEnd(Path.DirectorySeparatorChar))}");
        }

        if (format == "json")
        {
            CommonOptions.WriteJsonReport(jw =>
            {
                jw.WriteNumber("documents", docs.Count);
                jw.WriteNumber("words", cues.Count);
                jw.WriteString("out", Path.GetFullPath(output));
            });
        }
        else
        {
            Console.WriteLine($"{docs.Count} texts, {cues.Count} cue words written to {output}");
        }

        return 0;
    }
}
