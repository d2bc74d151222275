using System.CommandLine;
using Sitrep.Cli.Commands;

namespace Sitrep.Cli;

public static class Program
{
    public static int Main(string[] args)
    {
        // A plain command named 'sitrep' as the root, so help shows the name users type, not the assembly's.
        var root = new Command(
            "sitrep",
            "Sitrep turns news reporting on armed conflict into a sourced record of events: who did what, to whom, where, when, how many, and who says so.\n\n"
            + "Example:\n  sitrep analyze samples/atacms-approval.txt --published 2024-11-18 --format text");
        root.Options.Add(new System.CommandLine.Help.HelpOption());
        root.Options.Add(new VersionOption());
        root.Subcommands.Add(AnalyzeCommand.Create());
        root.Subcommands.Add(EvalCommand.Create());
        root.Subcommands.Add(TrainCommand.Create());
        root.Subcommands.Add(IngestCommand.Create());
        root.Subcommands.Add(EventsCommand.Create());
        root.Subcommands.Add(ExportCommand.Create());
        root.Subcommands.Add(ServeCommand.Create());
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            // Usage errors are bad arguments: one line each and exit code 2, like any unusable input.
            foreach (var error in parsed.Errors)
            {
                Console.Error.WriteLine($"sitrep: {error.Message}");
            }

            Console.Error.WriteLine("sitrep: see 'sitrep --help'");
            return ExitCodes.BadInput;
        }

        return parsed.Invoke();
    }
}
