using System.CommandLine;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep train ...</c>: reproducible training of the shipped models from ../shared/data.</summary>
internal static class TrainCommand
{
    public static Command Create()
    {
        var command = new Command(
            "train",
            "Train a model from development data; fixed seed, same data gives the same weights.\n\n"
            + "Example:\n  sitrep train ner --train ../shared/data/conll2003/train.txt --dev ../shared/data/conll2003/valid.txt");
        foreach (var sub in TrainEntitiesCommand.Create()) { command.Subcommands.Add(sub); }
        command.Subcommands.Add(TrainAttributionCuesCommand.Create());
        command.Subcommands.Add(TrainAttributionCommand.Create());
        return command;
    }
}
