using System.Diagnostics;

namespace Sitrep.Cli;

/// <summary>
/// Progress on stderr for long work: a live line when stderr is a terminal, and always a final
/// line with documents, MB and MB/s (the whole-run throughput figure).
/// </summary>
public sealed class Progress
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly bool _live = !Console.IsErrorRedirected;
    private readonly string _verb;
    private long _documents;
    private long _failed;
    private long _chars;
    private long _lastDrawMs = -1000;

    public Progress(string verb) => _verb = verb;

    public long Documents => Interlocked.Read(ref _documents);

    public long Failed => Interlocked.Read(ref _failed);

    /// <summary>Megabytes of article text processed (UTF-16 length as a stand-in for bytes of mostly-ASCII text).</summary>
    public double Megabytes => Interlocked.Read(ref _chars) / 1_000_000.0;

    public TimeSpan Elapsed => _clock.Elapsed;

    public void Done(int textLength)
    {
        Interlocked.Increment(ref _documents);
        Interlocked.Add(ref _chars, textLength);
        Draw();
    }

    public void Fail()
    {
        Interlocked.Increment(ref _failed);
        Draw();
    }

    private void Draw()
    {
        if (!_live)
        {
            return;
        }

        long now = _clock.ElapsedMilliseconds;
        if (now - Interlocked.Read(ref _lastDrawMs) < 250)
        {
            return;
        }

        Interlocked.Exchange(ref _lastDrawMs, now);
        lock (this)
        {
            Console.Error.Write($"\r{_verb} {Documents:N0} documents, {Megabytes:F2} MB, {Rate():F2} MB/s, {Failed} skipped   ");
        }
    }

    public double Rate() => Megabytes / Math.Max(_clock.Elapsed.TotalSeconds, 1e-6);

    public string Summary() =>
        $"{_verb} {Documents:N0} documents ({Failed:N0} skipped), {Megabytes:F2} MB in {_clock.Elapsed.TotalSeconds:F2} s, {Rate():F2} MB/s";

    public void Finish()
    {
        if (_live)
        {
            Console.Error.Write("\r" + new string(' ', 100) + "\r");
        }

        Console.Error.WriteLine(Summary());
    }
}
