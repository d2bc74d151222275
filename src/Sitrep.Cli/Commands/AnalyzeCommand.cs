using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using Sitrep.Cli.Input;
using Sitrep.Output;
using Sitrep.Pipeline;

namespace Sitrep.Cli.Commands;

internal static class AnalyzeCommand
{
    internal static readonly JsonWriterOptions CompactJson = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    internal static readonly JsonWriterOptions IndentedJson = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = true };

    public static Command Create()
    {
        var file = new Argument<string?>("file")
        {
            Description = "Article text file (UTF-8), or - for standard input",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var published = new Option<string?>("--published") { Description = "Publication date YYYY-MM-DD, the anchor for relative times" };
        var id = new Option<string?>("--id") { Description = "Document id (default: the file name)" };
        var format = CommonOptions.Format("json", "json", "text");
        var input = new Option<string?>("--input", "-i") { Description = "Batch: JSON Lines file, one {\"id\",\"text\",\"published\"} per line (- for stdin)" };
        var output = new Option<string?>("--output", "-o") { Description = "Batch: JSON Lines output file (default: stdout)" };
        var threads = new Option<int>("--threads", "-t")
        {
            Description = "Batch: worker threads (default: all cores)",
            DefaultValueFactory = _ => Environment.ProcessorCount,
        };
        var failFast = new Option<bool>("--fail-fast") { Description = "Batch: stop at the first bad line instead of reporting and skipping it" };

        var command = new Command(
            "analyze",
            "Analyze one article, or a JSON Lines batch, and write the output contract's JSON (docs/output-format.md).\n\n"
            + "Examples:\n"
            + "  sitrep analyze samples/atacms-approval.txt --published 2024-11-18\n"
            + "  sitrep analyze samples/atacms-approval.txt --published 2024-11-18 --format text\n"
            + "  sitrep analyze --input corpus.jsonl --output analyzed.jsonl --threads 2")
        {
            file, published, id, format, input, output, threads, failFast,
        };

        command.SetAction(parse => CommonOptions.Guard(() =>
        {
            var inputPath = parse.GetValue(input);
            if (inputPath is not null)
            {
                if (parse.GetValue(file) is not null)
                {
                    throw new InputException("give either FILE or --input, not both");
                }

                int n = parse.GetValue(threads);
                if (n < 1)
                {
                    throw new InputException($"--threads {n}: must be at least 1");
                }

                return BatchAnalyzer.Run(inputPath, parse.GetValue(output), n, parse.GetValue(failFast));
            }

            var path = parse.GetValue(file) ?? throw new InputException("no input: give FILE, - for stdin, or --input FILE.jsonl (see --help)");
            return AnalyzeOne(path, parse.GetValue(published), parse.GetValue(id), parse.GetValue(format)!, parse.GetValue(output));
        }));
        return command;
    }

    private static int AnalyzeOne(string path, string? publishedText, string? id, string format, string? outputPath)
    {
        DateOnly? published = null;
        if (publishedText is not null)
        {
            published = TextInput.TryParsePublished(publishedText, out var d)
                ? d
                : throw new InputException($"--published '{publishedText}': not a valid date (YYYY-MM-DD)");
        }

        var text = TextInput.ReadFile(path);
        var pipeline = SitrepDefaults.CreateDefault();
        var docId = id ?? (path == "-" ? "stdin" : Path.GetFileNameWithoutExtension(path));
        Document doc;
        try
        {
            doc = pipeline.Analyze(docId, text, published);
        }
        catch (StageException ex)
        {
            throw new InputException($"{path}: {ex.Message}");
        }

        using var stream = outputPath is null ? Console.OpenStandardOutput() : File.Create(outputPath);
        if (format == "text")
        {
            using var writer = new StreamWriter(stream);
            TextReport.Write(writer, doc);
        }
        else
        {
            using var json = new Utf8JsonWriter(stream, IndentedJson);
            DocumentJsonWriter.Write(json, doc);
            json.Flush();
            stream.WriteByte((byte)'\n');
        }

        return ExitCodes.Ok;
    }
}
