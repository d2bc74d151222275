using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using Sitrep.Cli.Input;
using Sitrep.Output;
using Sitrep.Pipeline;

namespace Sitrep.Cli.Commands;

/// <summary>
/// Streams a JSON Lines corpus through the pipeline on several threads. Output keeps input order;
/// memory is bounded by a fixed window of documents in flight. A bad line or a failing document is
/// reported on stderr with FILE:LINE and skipped, unless fail-fast is set.
/// </summary>
internal static class BatchAnalyzer
{
    private sealed record Work(long Line, string Location, string Raw);

    private sealed record Result(long Line, byte[]? Json, string? Error);

    public static int Run(string inputPath, string? outputPath, int threads, bool failFast)
    {
        if (inputPath != "-" && !File.Exists(inputPath))
        {
            throw new InputException($"{inputPath}: no such file");
        }

        var pipeline = SitrepDefaults.CreateDefault();
        var progress = new Progress("analyzed");
        using var cancel = new CancellationTokenSource();
        int window = threads * 8;
        var work = Channel.CreateBounded<Work>(new BoundedChannelOptions(window) { SingleWriter = true });
        var results = Channel.CreateBounded<Result>(new BoundedChannelOptions(window) { SingleReader = true });
        using var inFlight = new SemaphoreSlim(window * 2);

        var reader = Task.Run(() => ReadLines(inputPath, work.Writer, inFlight, cancel.Token));
        var workers = new Task[threads];
        for (int i = 0; i < threads; i++)
        {
            workers[i] = Task.Run(() => AnalyzeLines(pipeline, work.Reader, results.Writer, progress, cancel.Token));
        }

        _ = Task.WhenAll(workers).ContinueWith(_ => results.Writer.TryComplete(), TaskScheduler.Default);

        long written = 0;
        long failed = 0;
        string? fatal = null;
        using (var output = outputPath is null ? Console.OpenStandardOutput() : File.Create(outputPath))
        {
            var pending = new SortedDictionary<long, Result>();
            long next = 1;
            foreach (var result in results.Reader.ReadAllAsync().ToBlockingEnumerable())
            {
                pending[result.Line] = result;
                // Every line yields exactly one result, so the next line number is always the one to wait for.
                while (pending.Remove(next, out var ready))
                {
                    next++;
                    inFlight.Release();
                    if (fatal is not null)
                    {
                        // Fail-fast: results after the first bad line are drained, not written.
                        continue;
                    }

                    if (ready.Json is not null)
                    {
                        output.Write(ready.Json);
                        written++;
                    }
                    else if (ready.Error is not null)
                    {
                        failed++;
                        Console.Error.WriteLine($"sitrep: {ready.Error}");
                        if (failFast && fatal is null)
                        {
                            fatal = ready.Error;
                            cancel.Cancel();
                        }
                    }
                }
            }
        }

        try
        {
            reader.GetAwaiter().GetResult();
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
        }

        progress.Finish();
        if (fatal is not null)
        {
            return ExitCodes.BadInput;
        }

        if (written == 0)
        {
            Console.Error.WriteLine($"sitrep: {inputPath}: no document could be analyzed");
            return ExitCodes.BadInput;
        }

        return failed > 0 ? ExitCodes.PartialFailure : ExitCodes.Ok;
    }

    private static async Task ReadLines(string path, ChannelWriter<Work> writer, SemaphoreSlim inFlight, CancellationToken token)
    {
        try
        {
            using var stream = path == "-" ? Console.OpenStandardInput() : File.OpenRead(path);
            using var text = new StreamReader(stream, new UTF8Encoding(false, throwOnInvalidBytes: false), detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
            long line = 0;
            string? raw;
            while ((raw = await text.ReadLineAsync(token).ConfigureAwait(false)) is not null)
            {
                line++;
                await inFlight.WaitAsync(token).ConfigureAwait(false);
                await writer.WriteAsync(new Work(line, $"{path}:{line}", raw), token).ConfigureAwait(false);
            }
        }
        finally
        {
            writer.TryComplete();
        }
    }

    private static async Task AnalyzeLines(SitrepPipeline pipeline, ChannelReader<Work> reader, ChannelWriter<Result> writer, Progress progress, CancellationToken token)
    {
        var buffer = new ArrayBufferWriter<byte>(1 << 16);
        using var json = new Utf8JsonWriter(buffer, AnalyzeCommand.CompactJson);
        await foreach (var item in reader.ReadAllAsync(CancellationToken.None).ConfigureAwait(false))
        {
            if (token.IsCancellationRequested)
            {
                await writer.WriteAsync(new Result(item.Line, null, null), CancellationToken.None).ConfigureAwait(false);
                continue;
            }

            if (string.IsNullOrWhiteSpace(item.Raw))
            {
                await writer.WriteAsync(new Result(item.Line, null, null), CancellationToken.None).ConfigureAwait(false);
                continue;
            }

            Result result;
            try
            {
                if (item.Raw.Contains('\uFFFD'))
                {
                    // The reader replaces invalid bytes with U+FFFD; such a line is reported, not analyzed with holes in it.
                    throw new InputException($"{item.Location}: invalid UTF-8");
                }

                var record = JsonlRecord.Parse(item.Raw, item.Location, item.Line);
                var doc = pipeline.Analyze(record.Id, record.Text, record.Published, token);
                buffer.ResetWrittenCount();
                json.Reset();
                DocumentJsonWriter.Write(json, doc);
                json.Flush();
                var bytes = new byte[buffer.WrittenCount + 1];
                buffer.WrittenSpan.CopyTo(bytes);
                bytes[^1] = (byte)'\n';
                result = new Result(item.Line, bytes, null);
                progress.Done(record.Text.Length);
            }
            catch (InputException ex)
            {
                result = new Result(item.Line, null, ex.Message);
                progress.Fail();
            }
            catch (StageException ex)
            {
                result = new Result(item.Line, null, $"{item.Location}: {ex.Message}");
                progress.Fail();
            }
            catch (OperationCanceledException)
            {
                result = new Result(item.Line, null, null);
            }

            await writer.WriteAsync(result, CancellationToken.None).ConfigureAwait(false);
        }
    }
}
