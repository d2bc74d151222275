using System.CommandLine;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep eval ...</c>: accuracy of each stage on development data.</summary>
internal static class EvalCommand
{
    public static Command Create()
    {
        var command = new Command(
            "eval",
            "Measure a stage's accuracy on development data (see docs/evaluation.md).\n\n"
            + "Example:\n  sitrep eval ner --conll ../shared/data/conll2003/valid.txt --format json");
        command.Subcommands.Add(EvalTimexCommand.Create());
        command.Subcommands.Add(EvalFiguresCommand.Create());
        command.Subcommands.Add(EvalAttributionCommand.Create());
        command.Subcommands.Add(EvalPlacesCommand.Create());
        command.Subcommands.Add(EvalNerCommand.Create());
        command.Subcommands.Add(EvalEventsCommand.Create());
        command.Subcommands.Add(EvalFusionCommand.Create());
        command.Subcommands.Add(EvalWeaponsCommand.Create());
        return command;
    }
}
