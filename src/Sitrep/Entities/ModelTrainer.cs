using Sitrep.Evaluation;

namespace Sitrep.Entities;

/// <summary>
/// Trains the part-of-speech tagger, the chunker and the recognizer from CoNLL-2003 columns with the
/// averaged perceptron. Deterministic: the sentence order is shuffled with a seeded generator and the
/// weights are written in key order, so the same data and seed give byte-identical files.
/// </summary>
public static class ModelTrainer
{
    /// <summary>Features whose averaged weights all stay below this are dropped from the saved model.</summary>
    public const float PruneBelow = 0.02f;

    public static LinearModel TrainPos(IReadOnlyList<ConllDocument> train, IReadOnlyList<ConllDocument> dev, int epochs, int seed, Action<string> log, float pruneBelow = PruneBelow)
        => TrainGreedy(GreedyTask.Pos, train, dev, epochs, seed, log, pruneBelow);

    public static LinearModel TrainChunk(IReadOnlyList<ConllDocument> train, IReadOnlyList<ConllDocument> dev, int epochs, int seed, Action<string> log, float pruneBelow = PruneBelow)
        => TrainGreedy(GreedyTask.Chunk, train, dev, epochs, seed, log, pruneBelow);

    private static LinearModel TrainGreedy(GreedyTask task, IReadOnlyList<ConllDocument> train, IReadOnlyList<ConllDocument> dev, int epochs, int seed, Action<string> log, float pruneBelow)
    {
        string kind = task == GreedyTask.Pos ? "pos" : "chunk";
        int version = task == GreedyTask.Pos ? Features.PosVersion : Features.ChunkVersion;
        var trainSet = Prepare(train, ClusterTable.Empty);
        var devSet = Prepare(dev, ClusterTable.Empty);
        var labelSet = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var (s, _) in trainSet)
        {
            labelSet.UnionWith(task == GreedyTask.Pos ? s.Pos : s.Chunk);
        }

        var labels = labelSet.ToArray();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < labels.Length; i++)
        {
            index[labels[i]] = i;
        }

        var labelAtoms = GreedyTagger.LabelAtomsOf(labels);
        var trainer = new PerceptronTrainer(labels.Length, transitions: false);
        var order = Enumerable.Range(0, trainSet.Count).ToArray();
        var rng = new Random(seed);
        Span<ulong> f = stackalloc ulong[Features.MaxFeatures];
        var scores = new float[labels.Length];
        LinearModel? best = null;
        double bestScore = -1;
        for (int epoch = 1; epoch <= epochs; epoch++)
        {
            rng.Shuffle(order);
            int errors = 0, tokens = 0;
            foreach (int si in order)
            {
                var (sentence, atoms) = trainSet[si];
                var gold = task == GreedyTask.Pos ? sentence.Pos : sentence.Chunk;
                ulong p1 = FeatureHash.Begin, p2 = FeatureHash.Begin;
                for (int i = 0; i < gold.Length; i++)
                {
                    int at = i + Features.Pad;
                    int k = task == GreedyTask.Pos ? Features.Pos(atoms, at, p1, p2, f) : Features.Chunk(atoms, at, p1, p2, f);
                    trainer.Score(f[..k], scores);
                    int guess = GreedyTagger.ArgMax(scores);
                    int truth = index[gold[i]];
                    if (guess != truth)
                    {
                        trainer.Update(f[..k], truth, 1f);
                        trainer.Update(f[..k], guess, -1f);
                        errors++;
                    }

                    tokens++;
                    trainer.Tick();
                    p2 = p1;
                    p1 = labelAtoms[guess];
                }
            }

            var model = trainer.Average(kind, version, labels, ClusterTable.Empty, pruneBelow);
            double accuracy = EvaluateGreedy(new GreedyTagger(model, task), devSet);
            log($"{kind} epoch {epoch}: train errors {100.0 * errors / tokens:F2}%, dev accuracy {accuracy:F2}%, features {model.FeatureCount}");
            if (accuracy > bestScore)
            {
                bestScore = accuracy;
                best = model;
            }
        }

        log($"{kind}: best dev accuracy {bestScore:F2}%");
        return best ?? throw new ArgumentException("epochs must be at least 1");
    }

    /// <summary>Token accuracy on <paramref name="devSet"/>; the chunker reads the gold POS column.</summary>
    private static double EvaluateGreedy(GreedyTagger tagger, List<(ConllSentence Sentence, TokenAtoms[] Atoms)> devSet)
    {
        int right = 0, total = 0;
        var labels = new int[256];
        foreach (var (sentence, source) in devSet)
        {
            var atoms = (TokenAtoms[])source.Clone();
            if (labels.Length < sentence.Words.Length)
            {
                labels = new int[sentence.Words.Length * 2];
            }

            tagger.Tag(atoms, labels);
            var gold = tagger.Task == GreedyTask.Pos ? sentence.Pos : sentence.Chunk;
            for (int i = 0; i < gold.Length; i++)
            {
                right += tagger.Model.Labels[labels[i]] == gold[i] ? 1 : 0;
                total++;
            }
        }

        return total == 0 ? 0 : 100.0 * right / total;
    }

    /// <remarks>
    /// With <paramref name="predictedTags"/>, the POS and chunk features of training and dev sentences are the tags
    /// the shipped POS and chunk models predict, as at run time; without, the gold columns of the files.
    /// </remarks>
    public static LinearModel TrainNer(IReadOnlyList<ConllDocument> train, IReadOnlyList<ConllDocument> dev, ClusterTable clusters, int epochs, int seed, Action<string> log, float pruneBelow = PruneBelow, bool predictedTags = false)
    {
        var taggers = predictedTags
            ? (new GreedyTagger(LinearModel.LoadEmbedded("pos.bin", "pos", Features.PosVersion), GreedyTask.Pos),
               new GreedyTagger(LinearModel.LoadEmbedded("chunk.bin", "chunk", Features.ChunkVersion), GreedyTask.Chunk))
            : ((GreedyTagger, GreedyTagger)?)null;
        var trainDocs = train.Select(d => PrepareDocument(d, clusters, taggers)).ToArray();
        var devDocs = dev.Select(d => PrepareDocument(d, clusters, taggers)).ToArray();
        var trainer = new PerceptronTrainer(NerLabels.Count, transitions: true);
        var order = Enumerable.Range(0, trainDocs.Length).ToArray();
        var rng = new Random(seed);
        var history = new DocumentHistory();
        var buffers = new NerBuffers();
        var guess = new int[256];
        var gold = new int[256];
        var f = new ulong[Features.MaxFeatures];
        LinearModel? best = null;
        double bestF1 = -1;
        int l = NerLabels.Count;
        for (int epoch = 1; epoch <= epochs; epoch++)
        {
            rng.Shuffle(order);
            int wrongSentences = 0;
            foreach (int di in order)
            {
                history.Clear();
                foreach (var (sentence, atoms) in trainDocs[di])
                {
                    int n = sentence.Words.Length;
                    if (guess.Length < n)
                    {
                        guess = new int[n * 2];
                        gold = new int[n * 2];
                    }

                    var tokens = atoms.AsSpan(Features.Pad, n);
                    history.Apply(tokens);
                    EntityRecognizer.Decode(atoms, guess, buffers, trainer.Score, trainer.CurrentTransitions);
                    bool wrong = false;
                    for (int i = 0; i < n; i++)
                    {
                        gold[i] = NerLabels.IndexOf(sentence.Ner[i]);
                        wrong |= gold[i] != guess[i];
                    }

                    if (wrong)
                    {
                        wrongSentences++;
                        for (int i = 0; i < n; i++)
                        {
                            int gp = i == 0 ? l : gold[i - 1];
                            int pp = i == 0 ? l : guess[i - 1];
                            if (gold[i] != guess[i])
                            {
                                int k = Features.Ner(atoms, i + Features.Pad, f);
                                trainer.Update(f.AsSpan(0, k), gold[i], 1f);
                                trainer.Update(f.AsSpan(0, k), guess[i], -1f);
                            }

                            if (gp != pp || gold[i] != guess[i])
                            {
                                trainer.UpdateTransition(gp, gold[i], 1f);
                                trainer.UpdateTransition(pp, guess[i], -1f);
                            }
                        }
                    }

                    history.Record(tokens, guess.AsSpan(0, n));
                    trainer.Tick();
                }
            }

            var model = trainer.Average("ner", Features.NerVersion, NerLabels.All, clusters, pruneBelow);
            var table = EvaluateNer(new EntityRecognizer(model), devDocs);
            log($"ner epoch {epoch}: wrong train sentences {wrongSentences}, dev {table.Overall}, features {model.FeatureCount}");
            if (table.Overall.F1 > bestF1)
            {
                bestF1 = table.Overall.F1;
                best = model;
            }
        }

        log($"ner: best dev F1 {bestF1:F2}");
        return best ?? throw new ArgumentException("epochs must be at least 1");
    }

    /// <summary>Span F1 with the gold POS and chunk columns as features (the CLI's eval uses predicted ones).</summary>
    private static ScoreTable EvaluateNer(EntityRecognizer recognizer, List<(ConllSentence Sentence, TokenAtoms[] Atoms)>[] docs)
    {
        var table = new ScoreTable();
        var history = new DocumentHistory();
        var buffers = new NerBuffers();
        var labels = new int[256];
        foreach (var doc in docs)
        {
            history.Clear();
            foreach (var (sentence, source) in doc)
            {
                int n = sentence.Words.Length;
                var atoms = (TokenAtoms[])source.Clone();
                if (labels.Length < n)
                {
                    labels = new int[n * 2];
                }

                var tokens = atoms.AsSpan(Features.Pad, n);
                history.Apply(tokens);
                recognizer.Decode(atoms, labels, buffers);
                history.Record(tokens, labels.AsSpan(0, n));
                var predicted = new string[n];
                for (int i = 0; i < n; i++)
                {
                    predicted[i] = NerLabels.All[labels[i]];
                }

                ScoreSpans(table, BioSpans.Extract(sentence.Ner), BioSpans.Extract(predicted));
            }
        }

        return table;
    }

    /// <summary>Adds exact-match span counts per type to <paramref name="table"/>.</summary>
    public static void ScoreSpans(ScoreTable table, List<(string Type, int Start, int End)> gold, List<(string Type, int Start, int End)> predicted)
    {
        foreach (var type in NerLabels.Types.AsSpan(1))
        {
            int tp = 0, p = 0, g = 0;
            foreach (var s in predicted)
            {
                if (s.Type == type)
                {
                    p++;
                    tp += gold.Contains(s) ? 1 : 0;
                }
            }

            foreach (var s in gold)
            {
                g += s.Type == type ? 1 : 0;
            }

            table.Add(type, tp, p, g);
        }
    }

    private static List<(ConllSentence Sentence, TokenAtoms[] Atoms)> PrepareDocument(ConllDocument doc, ClusterTable clusters, (GreedyTagger Pos, GreedyTagger Chunk)? taggers)
    {
        var sentences = Prepare([doc], clusters, taggers);
        DocumentFeatures.Apply(sentences.Select(s => new ArraySegment<TokenAtoms>(s.Atoms)).ToList());
        return sentences;
    }

    private static List<(ConllSentence Sentence, TokenAtoms[] Atoms)> Prepare(IReadOnlyList<ConllDocument> docs, ClusterTable clusters, (GreedyTagger Pos, GreedyTagger Chunk)? taggers = null)
    {
        var predicted = new int[256];
        var list = new List<(ConllSentence, TokenAtoms[])>();
        foreach (var doc in docs)
        {
            foreach (var s in doc.Sentences)
            {
                var atoms = new TokenAtoms[s.Words.Length + (2 * Features.Pad)];
                for (int i = 0; i < s.Words.Length; i++)
                {
                    TokenAtoms.Compute(s.Words[i], ref atoms[i + Features.Pad]);
                }

                Features.FinishSentence(atoms, Gazetteer.Default, clusters);
                if (taggers is not null)
                {
                    if (predicted.Length < s.Words.Length)
                    {
                        predicted = new int[s.Words.Length * 2];
                    }

                    taggers.Value.Pos.Tag(atoms, predicted);
                    taggers.Value.Chunk.Tag(atoms, predicted);
                }
                else
                {
                    for (int i = 0; i < s.Words.Length; i++)
                    {
                        atoms[i + Features.Pad].Pos = GreedyTagger.AtomOf(s.Pos[i]);
                        atoms[i + Features.Pad].Chunk = GreedyTagger.AtomOf(s.Chunk[i]);
                    }
                }

                list.Add((s, atoms));
            }
        }

        return list;
    }
}
