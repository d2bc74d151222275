using System.CommandLine;
using Sitrep.Storage;
using Sitrep.Storage.Export;

namespace Sitrep.Cli.Commands;

internal static class EventsCommand
{
    public static Command Create()
    {
        var db = StoreOptions.Db();
        var filters = new StoreOptions.Filters(100);
        var format = CommonOptions.Format("table", "table", "json", "csv", "text");
        var command = new Command(
            "events",
            "List stored events, newest first, each fused from every article that reports it, with its sources and reconciled figures.\n\n"
            + "Examples:\n"
            + "  sitrep events --db sitrep.db --since 2024-11-01 --country UA\n"
            + "  sitrep events --near 50.45,30.52,25 --class attack --format json")
        {
            db, format,
        };
        filters.AddTo(command);

        command.SetAction(parse => CommonOptions.Guard(() => StoreOptions.Guard(() =>
        {
            var query = StoreOptions.Query(parse, filters);
            using var store = EventStores.Open(parse.GetValue(db)!, mustExist: true);
            var events = EventWriters.Load(store, query);
            using var stdout = Console.OpenStandardOutput();
            var f = parse.GetValue(format)!;
            EventWriters.Write(f == "text" ? "table" : f, events, stdout, DateTimeOffset.UtcNow);
            return ExitCodes.Ok;
        })));
        return command;
    }
}
