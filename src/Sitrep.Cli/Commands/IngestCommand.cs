using System.CommandLine;
using Sitrep.Cli.Input;
using Sitrep.Pipeline;
using Sitrep.Storage;
using Sitrep.Storage.Ingest;

namespace Sitrep.Cli.Commands;

internal static class IngestCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Files or directories (recursive): .txt, .html, .rss/.atom/.xml feeds, .jsonl, .warc/.warc.gz",
            Arity = ArgumentArity.OneOrMore,
        };
        var db = StoreOptions.Db();
        var threads = new Option<int>("--threads", "-t")
        {
            Description = "Analysis threads (default: all cores); one thread writes to the store",
            DefaultValueFactory = _ => Environment.ProcessorCount,
        };
        var published = new Option<string?>("--published") { Description = "Publication date YYYY-MM-DD for text files whose name carries none" };
        var format = CommonOptions.Format("text", "text", "json");

        var command = new Command(
            "ingest",
            "Read articles, analyze them, and store them with their events in the store; the same article twice is stored once.\n\n"
            + "Examples:\n"
            + "  sitrep ingest ../shared/data/ukraine-news/articles --db sitrep.db\n"
            + "  sitrep ingest feed.xml crawl.warc.gz corpus.jsonl --db postgres://sitrep:secret@localhost:5432/sitrep")
        {
            paths, db, threads, published, format,
        };

        command.SetAction(parse => CommonOptions.Guard(() => StoreOptions.Guard(() =>
        {
            int n = parse.GetValue(threads);
            if (n < 1)
            {
                throw new InputException($"--threads {n}: must be at least 1");
            }

            DateOnly? date = null;
            if (parse.GetValue(published) is { } p)
            {
                date = TextInput.TryParsePublished(p, out var d) ? d : throw new InputException($"--published '{p}': not a valid date (YYYY-MM-DD)");
            }

            var inputs = parse.GetValue(paths) ?? [];
            // The store opens (and migrates) while the pipeline is built; the clock starts after both, as
            // `analyze` starts its clock after building the pipeline, so that the two rates compare. The
            // writer's code is then compiled, on the core the pipeline's construction leaves idle, in a
            // group rolled back; the warm-up is for SQLite's code, so a PostgreSQL target, whose writes
            // wait on the server, skips it.
            var dbPath = parse.GetValue(db)!;
            var opening = Task.Run(() =>
            {
                var opened = EventStores.Open(dbPath);
                if (!EventStores.IsPostgres(dbPath))
                {
                    try
                    {
                        WriterWarmUp.Run(opened);
                    }
                    catch
                    {
                        opened.Dispose();
                        throw;
                    }
                }

                return opened;
            });
            var pipeline = SitrepDefaults.CreateDefault();
            using var store = opening.GetAwaiter().GetResult();
            var progress = new Progress("ingested");
            var summary = IngestRunner.Run(store, pipeline, inputs, new IngestOptions
            {
                Threads = n,
                Published = date,
                Stored = progress.Done,
                Failed = message =>
                {
                    progress.Fail();
                    lock (progress)
                    {
                        Console.Error.WriteLine($"sitrep: {message}");
                    }
                },
            });
            progress.Finish();
            if (parse.GetValue(format) == "json")
            {
                Console.Out.WriteLine(
                    $"{{\"read\":{summary.Read},\"new\":{summary.New},\"duplicates\":{summary.Duplicates},\"near_duplicates\":{summary.NearDuplicates},"
                    + $"\"failed\":{summary.Failed},\"events_created\":{summary.EventsCreated},\"events_merged\":{summary.EventsMerged},"
                    + $"\"megabytes\":{progress.Megabytes.ToString("F3", System.Globalization.CultureInfo.InvariantCulture)},\"seconds\":{progress.Elapsed.TotalSeconds.ToString("F3", System.Globalization.CultureInfo.InvariantCulture)}}}");
            }
            else
            {
                Console.Out.WriteLine(
                    $"{summary.New} new article(s), {summary.Duplicates} duplicate(s), {summary.NearDuplicates} near-duplicate(s), {summary.Failed} skipped; "
                    + $"{summary.EventsCreated} new event(s), {summary.EventsMerged} mention(s) merged into known events");
            }

            if (summary.Read == 0)
            {
                Console.Error.WriteLine("sitrep: no article could be read from the given paths");
                return ExitCodes.BadInput;
            }

            return summary.Failed > 0 ? ExitCodes.PartialFailure : ExitCodes.Ok;
        })));
        return command;
    }
}

/// <summary>The --db option and store errors, shared by ingest, events and export.</summary>
internal static class StoreOptions
{
    public static Option<string> Db() => new("--db")
    {
        Description = "Store: a SQLite file (default sitrep.db), or postgres://user:pass@host:port/db, or Host=...;Database=...",
        DefaultValueFactory = _ => EventStores.DefaultPath,
    };

    public static int Guard(Func<int> body)
    {
        try
        {
            return body();
        }
        catch (StoreException ex)
        {
            Console.Error.WriteLine($"sitrep: {ex.Message}");
            return ExitCodes.BadInput;
        }
        catch (System.Data.Common.DbException ex)
        {
            Console.Error.WriteLine($"sitrep: store error: {ex.Message}");
            return ExitCodes.BadInput;
        }
    }

    public static Option<string?> Since() => new("--since") { Description = "Events on or after YYYY-MM-DD" };

    public static Option<string?> Until() => new("--until") { Description = "Events on or before YYYY-MM-DD" };

    public static Option<string?> Place() => new("--place") { Description = "Place or admin1 name (case-insensitive)" };

    public static Option<string?> Country() => new("--country") { Description = "ISO 3166 alpha-2 country code" };

    public static Option<string?> Near() => new("--near") { Description = "LAT,LON,KM: within KM kilometres of a point" };

    public static Option<string?> Actor() => new("--actor") { Description = "Part of an actor's or target's name (case-insensitive)" };

    public static Option<string?> Class() => new("--class") { Description = "Event class" };

    public static Option<string?> Source() => new("--source") { Description = "Part of a reported source, an outlet or a URL" };

    public static Option<int> Limit(int defaultValue) => new("--limit", "-n")
    {
        Description = $"Most events to return, newest first (default {defaultValue}; 0 for all)",
        DefaultValueFactory = _ => defaultValue,
    };

    /// <summary>Builds the query from the filter options a command registered, with the parser the HTTP API uses.</summary>
    public static EventQuery Query(ParseResult parse, Filters f)
    {
        var filters = new EventFilters
        {
            Since = parse.GetValue(f.Since),
            Until = parse.GetValue(f.Until),
            Place = parse.GetValue(f.Place),
            Country = parse.GetValue(f.Country),
            Near = parse.GetValue(f.Near),
            Actor = parse.GetValue(f.Actor),
            Class = parse.GetValue(f.Class),
            Source = parse.GetValue(f.Source),
        };
        try
        {
            return filters.ToQuery(parse.GetValue(f.Limit));
        }
        catch (FormatException ex)
        {
            throw new InputException(ex.Message);
        }
    }

    public sealed class Filters(int limit)
    {
        public Option<string?> Since { get; } = StoreOptions.Since();

        public Option<string?> Until { get; } = StoreOptions.Until();

        public Option<string?> Place { get; } = StoreOptions.Place();

        public Option<string?> Country { get; } = StoreOptions.Country();

        public Option<string?> Near { get; } = StoreOptions.Near();

        public Option<string?> Actor { get; } = StoreOptions.Actor();

        public Option<string?> Class { get; } = StoreOptions.Class();

        public Option<string?> Source { get; } = StoreOptions.Source();

        public Option<int> Limit { get; } = StoreOptions.Limit(limit);

        public void AddTo(Command command)
        {
            foreach (var o in new Option[] { Since, Until, Place, Country, Near, Actor, Class, Source, Limit })
            {
                command.Options.Add(o);
            }
        }
    }
}
