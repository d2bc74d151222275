using System.Diagnostics;
using Sitrep.Places;

namespace Sitrep.Bench;

/// <summary>
/// The shipped gazetteer's (`gazetteer-load`) or recognizer models' (`models-load`) first load in this process,
/// wall and process CPU time, JIT included: run it in a fresh process each time, since a BenchmarkDotNet
/// iteration measures a warm load.
/// </summary>
public static class GazetteerLoad
{
    public static void Run()
    {
        var (gazetteer, first) = Timed(() => Gazetteer.Default);
        Console.WriteLine(FormattableString.Invariant($"gazetteer first load: {first}; {gazetteer.Features.Count} features, {gazetteer.NameKeyCount} keys"));

        // A second load in the same process: the same work without first-call costs (JIT, native zlib start).
        var (_, second) = Timed(() =>
        {
            using var stream = typeof(Gazetteer).Assembly.GetManifestResourceStream(Gazetteer.ResourceName)!;
            return Gazetteer.Load(stream, Gazetteer.ResourceName);
        });
        Console.WriteLine(FormattableString.Invariant($"gazetteer second load: {second}"));

        // The transliteration fallback's index, built on its first lookup (not at load).
        var (_, index) = Timed(() => gazetteer.TryGetTransliterated("svatav", out _));
        Console.WriteLine(FormattableString.Invariant($"transliteration index first build: {index}"));
    }

    /// <summary>The POS, chunk and NER models' first load in this process (the 300 ms budget), then the quote stage's three.</summary>
    public static void RunModels()
    {
        var (_, first) = Timed(() => Sitrep.Entities.EntityModels.Default);
        Console.WriteLine(FormattableString.Invariant($"pos + chunk + ner first load: {first}"));
        var (_, spans) = Timed(() => Sitrep.Quotes.SpanModel.Shared);
        Console.WriteLine(FormattableString.Invariant($"attribution span model first load: {spans}"));
        var (_, cues) = Timed(() => Sitrep.Quotes.CueModel.Shared);
        Console.WriteLine(FormattableString.Invariant($"attribution cue model first load: {cues}"));
        var (_, scorer) = Timed(() => Sitrep.Quotes.AttributionScorer.Shared);
        Console.WriteLine(FormattableString.Invariant($"attribution scorer first load: {scorer}"));
    }

    private static (T Value, string Cost) Timed<T>(Func<T> load)
    {
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var value = load();
        watch.Stop();
        var cpuMs = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds;
        return (value, FormattableString.Invariant($"{watch.Elapsed.TotalMilliseconds:F1} ms wall, {cpuMs:F0} ms CPU"));
    }
}
