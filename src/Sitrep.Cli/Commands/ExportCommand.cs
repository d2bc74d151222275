using System.CommandLine;
using Sitrep.Storage;
using Sitrep.Storage.Export;

namespace Sitrep.Cli.Commands;

internal static class ExportCommand
{
    public static Command Create()
    {
        var db = StoreOptions.Db();
        var filters = new StoreOptions.Filters(0);
        var format = CommonOptions.Format("acled-csv", "acled-csv", "json", "geojson", "parquet");
        var output = new Option<string>("--output", "-o") { Description = "Output file (- for stdout, not for parquet)", Required = true };
        var command = new Command(
            "export",
            "Export stored events: ACLED-style CSV, JSON with every source, GeoJSON for maps, or Parquet (docs/store.md).\n\n"
            + "Examples:\n"
            + "  sitrep export --format acled-csv -o events.csv --since 2024-01-01 --country UA\n"
            + "  sitrep export --format geojson -o events.geojson --near 50.45,30.52,50")
        {
            db, format, output,
        };
        filters.AddTo(command);

        command.SetAction(parse => CommonOptions.Guard(() => StoreOptions.Guard(() =>
        {
            var query = StoreOptions.Query(parse, filters);
            var f = parse.GetValue(format)!;
            var path = parse.GetValue(output)!;
            if (path == "-" && f == "parquet")
            {
                throw new InputException("--format parquet needs a file: give -o FILE.parquet");
            }

            using var store = EventStores.Open(parse.GetValue(db)!, mustExist: true);
            var events = EventWriters.Load(store, query);
            using (var stream = path == "-" ? Console.OpenStandardOutput() : File.Create(path))
            {
                EventWriters.Write(f, events, stream, DateTimeOffset.UtcNow);
            }

            Console.Error.WriteLine($"exported {events.Count} event(s) as {f}{(path == "-" ? "" : " to " + path)}");
            return ExitCodes.Ok;
        })));
        return command;
    }
}
