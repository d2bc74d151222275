using BenchmarkDotNet.Running;

namespace Sitrep.Bench;

public static class Program
{
    public static int Main(string[] args)
    {
        if (Corpus.Load() is null)
        {
            Console.Error.WriteLine($"skipped: the article corpus ({Corpus.Directory}) is absent; nothing to measure");
            return 0;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
