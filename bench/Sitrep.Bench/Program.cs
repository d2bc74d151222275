using BenchmarkDotNet.Running;

namespace Sitrep.Bench;

public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length == 1 && args[0] is "gazetteer-load" or "models-load")
        {
            // Before anything else touches Sitrep, so that the load pays its own JIT, as in a fresh CLI process.
            if (args[0] == "gazetteer-load")
            {
                GazetteerLoad.Run();
            }
            else
            {
                GazetteerLoad.RunModels();
            }

            return 0;
        }

        if (Corpus.Load() is null)
        {
            Console.Error.WriteLine($"skipped: the article corpus ({Corpus.Directory}) is absent; nothing to measure");
            return 0;
        }

        if (args.Length == 3 && args[0] == "corpus-jsonl")
        {
            // Writes the corpus as JSON Lines, repeated to N documents, for whole-run CLI measurements.
            CorpusJsonl.Write(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture), args[2]);
            return 0;
        }

        if (args.Length >= 1 && args[0] == "stage-times")
        {
            StageTimes.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 3);
            return 0;
        }

        if (args.Length >= 1 && args[0] == "store-times")
        {
            StoreTimes.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 3);
            return 0;
        }

        if (args.Length >= 1 && args[0] == "entities-times")
        {
            // entities-times [passes] [nocache]
            EntitiesTimes.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 5, !(args.Length > 2 && args[2] == "nocache"));
            return 0;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
