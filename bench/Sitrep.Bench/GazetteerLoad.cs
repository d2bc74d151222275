using System.Diagnostics;
using Sitrep.Places;

namespace Sitrep.Bench;

/// <summary>
/// The shipped gazetteer's first load in this process (wall and process CPU time, JIT included): run it in a
/// fresh process each time (`gazetteer-load`), since a BenchmarkDotNet iteration measures a warm load.
/// </summary>
public static class GazetteerLoad
{
    public static void Run()
    {
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var gazetteer = Gazetteer.Default;
        watch.Stop();
        var cpuMs = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds;
        Console.WriteLine(FormattableString.Invariant($"gazetteer first load: {watch.Elapsed.TotalMilliseconds:F1} ms wall, {cpuMs:F0} ms CPU; {gazetteer.Features.Count} features, {gazetteer.NameKeyCount} keys"));

        // A second load in the same process: the same work without first-call costs (JIT, native zlib start).
        cpu = Process.GetCurrentProcess().TotalProcessorTime;
        watch.Restart();
        using (var stream = typeof(Gazetteer).Assembly.GetManifestResourceStream(Gazetteer.ResourceName)!)
        {
            Gazetteer.Load(stream, Gazetteer.ResourceName);
        }

        watch.Stop();
        cpuMs = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds;
        Console.WriteLine(FormattableString.Invariant($"gazetteer second load: {watch.Elapsed.TotalMilliseconds:F1} ms wall, {cpuMs:F0} ms CPU"));
    }
}
