using System.CommandLine;
using System.Text.Json;
using Sitrep.Entities;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep train pos|chunk|ner</c>: averaged-perceptron models from CoNLL-2003 columns.</summary>
internal static class TrainEntitiesCommand
{
    public static IEnumerable<Command> Create()
    {
        yield return Create("pos", "part-of-speech tagger (CoNLL column 2)", 6);
        yield return Create("chunk", "noun-phrase chunker (CoNLL column 3; reads the gold POS column)", 6);
        yield return Create("ner", "named-entity recognizer PER/ORG/LOC/MISC (CoNLL column 4)", 12);
    }

    private static Command Create(string kind, string what, int defaultEpochs)
    {
        var train = new Option<string>("--train") { Description = "CoNLL-2003 training file", Required = true };
        var dev = new Option<string>("--dev") { Description = "CoNLL-2003 development file, scored after each epoch", Required = true };
        var output = new Option<string>("--out", "-o") { Description = "Model file to write (src/Sitrep/Models/" + kind + ".bin ships it)", Required = true };
        var epochs = new Option<int>("--epochs") { Description = "Passes over the training data; the best dev epoch is kept", DefaultValueFactory = _ => defaultEpochs };
        var prune = new Option<float>("--prune")
        {
            Description = "Drop features whose averaged weights all stay below this magnitude (smaller, faster model)",
            DefaultValueFactory = _ => ModelTrainer.PruneBelow,
        };
        var seed = new Option<int>("--seed") { Description = "Shuffling seed; same data and seed give byte-identical weights", DefaultValueFactory = _ => 1 };
        var unlabelled = new Option<string[]>("--unlabelled")
        {
            Description = "ner: files or folders (plain text, TimeML .tml, JSON lines with 'tokens' or 'sentences') whose words, with the --train and --dev words, feed the word clusters",
            AllowMultipleArgumentsPerToken = true,
        };
        var predictedTags = new Option<bool>("--predicted-tags")
        {
            Description = "ner: POS and chunk features from the shipped POS and chunk models' predictions, as at run time, instead of the gold columns",
        };
        var format = CommonOptions.Format("text", "json", "text");
        var command = new Command(
            kind,
            $"Train the {what} with the averaged perceptron.\n\n"
            + $"Example:\n  sitrep train {kind} --train ../shared/data/conll2003/train.txt --dev ../shared/data/conll2003/valid.txt --out src/Sitrep/Models/{kind}.bin")
        {
            train, dev, output, epochs, seed, prune, format,
        };
        if (kind == "ner")
        {
            command.Options.Add(unlabelled);
            command.Options.Add(predictedTags);
        }

        command.SetAction(parse => CommonOptions.Guard(() =>
        {
            int n = parse.GetValue(epochs);
            if (n < 1)
            {
                throw new InputException($"--epochs {n}: must be at least 1");
            }

            bool json = parse.GetValue(format) == "json";
            var log = new List<string>();
            void Log(string line)
            {
                log.Add(line);
                if (!json)
                {
                    Console.WriteLine(line);
                }
            }

            var trainDocs = ReadConll(parse.GetValue(train)!);
            var devDocs = ReadConll(parse.GetValue(dev)!);
            int s = parse.GetValue(seed);
            var model = kind switch
            {
                "pos" => ModelTrainer.TrainPos(trainDocs, devDocs, n, s, Log, parse.GetValue(prune)),
                "chunk" => ModelTrainer.TrainChunk(trainDocs, devDocs, n, s, Log, parse.GetValue(prune)),
                _ => ModelTrainer.TrainNer(trainDocs, devDocs, LearnClusters(trainDocs, devDocs, parse.GetValue(unlabelled) ?? [], Log), n, s, Log, parse.GetValue(prune), parse.GetValue(predictedTags)),
            };
            string path = parse.GetValue(output)!;
            model.Save(path);
            string saved = $"wrote {path}: {model.FeatureCount} features, {new FileInfo(path).Length / 1024} KiB";
            if (json)
            {
                Console.WriteLine(JsonSerializer.Serialize(new { model = kind, path, features = model.FeatureCount, bytes = new FileInfo(path).Length, log }));
            }
            else
            {
                Console.WriteLine(saved);
            }

            return ExitCodes.Ok;
        }));
        return command;
    }

    private static ClusterTable LearnClusters(List<ConllDocument> train, List<ConllDocument> dev, string[] unlabelled, Action<string> log)
    {
        var texts = new List<string[]>();
        foreach (var doc in train.Concat(dev))
        {
            texts.Add(doc.Sentences.SelectMany(s => s.Words).ToArray());
        }

        foreach (var path in unlabelled)
        {
            if (!File.Exists(path) && !Directory.Exists(path))
            {
                throw new InputException($"--unlabelled {path}: no such file or folder");
            }

            try
            {
                texts.AddRange(WordClusters.ReadTextFiles(path));
            }
            catch (InvalidDataException ex)
            {
                throw new InputException(ex.Message);
            }
        }

        return WordClusters.Learn(texts, log);
    }

    internal static List<ConllDocument> ReadConll(string path)
    {
        try
        {
            return ConllReader.Read(path);
        }
        catch (ConllFormatException ex)
        {
            throw new InputException(ex.Message);
        }
    }
}
