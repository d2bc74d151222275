using System.CommandLine;
using Sitrep.Cli.Commands;

namespace Sitrep.Cli;

public static class Program
{
    public static int Main(string[] args)
    {
        var root = new RootCommand(
            "Sitrep turns news reporting on armed conflict into a sourced record of events: who did what, to whom, where, when, how many, and who says so.\n\n"
            + "Example:\n  sitrep analyze samples/atacms-approval.txt --published 2024-11-18 --format text");
        root.Subcommands.Add(AnalyzeCommand.Create());
        root.Subcommands.Add(EvalCommand.Create());
        root.Subcommands.Add(TrainCommand.Create());
        root.Subcommands.Add(IngestCommand.Create());
        root.Subcommands.Add(EventsCommand.Create());
        root.Subcommands.Add(ExportCommand.Create());
        return root.Parse(args).Invoke();
    }
}
