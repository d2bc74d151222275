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
    /// With <paramref name="folds"/> of 2 or more, the second pass (document votes) is trained too: the first pass
    /// is trained again on all folds but one, <paramref name="folds"/> times, each labelling the documents it did not
    /// see, so that the votes in training are as noisy as on new text (jackknifing).
    /// </remarks>
    public static LinearModel TrainNer(IReadOnlyList<ConllDocument> train, IReadOnlyList<ConllDocument> dev, ClusterTable clusters, int epochs, int seed, Action<string> log, float pruneBelow = PruneBelow, bool predictedTags = false, int folds = 0)
    {
        var taggers = predictedTags
            ? (new GreedyTagger(LinearModel.LoadEmbedded("pos.bin", "pos", Features.PosVersion), GreedyTask.Pos),
               new GreedyTagger(LinearModel.LoadEmbedded("chunk.bin", "chunk", Features.ChunkVersion), GreedyTask.Chunk))
            : ((GreedyTagger, GreedyTagger)?)null;
        var trainDocs = train.Select(d => PrepareDocument(d, clusters, taggers)).ToArray();
        var devDocs = dev.Select(d => PrepareDocument(d, clusters, taggers)).ToArray();
        var (first, bestEpoch) = TrainFirstPass(trainDocs, devDocs, clusters, epochs, seed, log, pruneBelow);
        if (folds < 2 || trainDocs.Length < folds)
        {
            return first;
        }

        int l = NerLabels.Count;
        var firstPass = new float[trainDocs.Length][];
        var transitions = new float[trainDocs.Length][];
        var buffers = new NerBuffers();
        for (int fold = 0; fold < folds; fold++)
        {
            var part = new List<List<(ConllSentence Sentence, TokenAtoms[] Atoms)>>();
            for (int di = 0; di < trainDocs.Length; di++)
            {
                if (di % folds != fold)
                {
                    part.Add(trainDocs[di]);
                }
            }

            var (model, _) = TrainFirstPass([.. part], null, clusters, bestEpoch, seed, _ => { }, pruneBelow);
            var recognizer = new EntityRecognizer(model);
            for (int di = fold; di < trainDocs.Length; di += folds)
            {
                var segments = Segments(trainDocs[di]);
                recognizer.FirstPass(segments, buffers);
                int tokens = trainDocs[di].Sum(s => s.Sentence.Words.Length);
                firstPass[di] = buffers.DocumentEmissions.AsSpan(0, tokens * l).ToArray();
                transitions[di] = model.Transitions!;
            }

            log($"ner fold {fold + 1}/{folds}: first pass trained on {part.Count} documents, {bestEpoch} epochs");
        }

        return TrainSecondPass(trainDocs, firstPass, transitions, devDocs, first, seed, log, pruneBelow);
    }

    /// <summary>Epochs of the second pass; it has a few hundred features and converges fast.</summary>
    public const int SecondPassEpochs = 8;

    /// <summary>Step of a second-pass update, in the scale of the first pass's scores.</summary>
    public const float SecondPassStep = 1f;

    /// <summary>The first pass: features of <see cref="Features.Ner"/>, with the document history of its own predictions.</summary>
    private static (LinearModel Model, int Epoch) TrainFirstPass(List<(ConllSentence Sentence, TokenAtoms[] Atoms)>[] trainDocs, List<(ConllSentence Sentence, TokenAtoms[] Atoms)>[]? devDocs, ClusterTable clusters, int epochs, int seed, Action<string> log, float pruneBelow)
    {
        var trainer = new PerceptronTrainer(NerLabels.Count, transitions: true);
        var order = Enumerable.Range(0, trainDocs.Length).ToArray();
        var rng = new Random(seed);
        var history = new DocumentHistory();
        var buffers = new NerBuffers();
        var guess = new int[256];
        var gold = new int[256];
        var f = new ulong[Features.MaxFeatures];
        LinearModel? best = null;
        int bestEpoch = 0;
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

            if (devDocs is null)
            {
                if (epoch == epochs)
                {
                    best = trainer.Average("ner", Features.NerVersion, NerLabels.All, clusters, pruneBelow);
                    bestEpoch = epoch;
                }

                continue;
            }

            var model = trainer.Average("ner", Features.NerVersion, NerLabels.All, clusters, pruneBelow);
            var table = EvaluateNer(new EntityRecognizer(model), devDocs, secondPass: false);
            log($"ner epoch {epoch}: wrong train sentences {wrongSentences}, dev {table.Overall}, features {model.FeatureCount}");
            if (table.Overall.F1 > bestF1)
            {
                bestF1 = table.Overall.F1;
                best = model;
                bestEpoch = epoch;
            }
        }

        if (devDocs is not null)
        {
            log($"ner: best dev F1 {bestF1:F2} (first pass, epoch {bestEpoch})");
        }

        return (best ?? throw new ArgumentException("epochs must be at least 1"), bestEpoch);
    }

    /// <summary>
    /// The second pass's weights, trained on the jackknifed first-pass scores <paramref name="firstPass"/> (per
    /// document, token after token) with the fold models' <paramref name="transitions"/>, and joined to
    /// <paramref name="first"/>; the epoch kept is the best on dev, decoded as at run time.
    /// </summary>
    private static LinearModel TrainSecondPass(List<(ConllSentence Sentence, TokenAtoms[] Atoms)>[] trainDocs, float[][] firstPass, float[][] transitions, List<(ConllSentence Sentence, TokenAtoms[] Atoms)>[] devDocs, LinearModel first, int seed, Action<string> log, float pruneBelow)
    {
        int l = NerLabels.Count;
        var consensus = new DocumentConsensus();
        foreach (var doc in trainDocs)
        {
            consensus.Apply(Segments(doc));
        }

        var trainer = new PerceptronTrainer(l, transitions: false);
        var order = Enumerable.Range(0, trainDocs.Length).ToArray();
        var rng = new Random(seed);
        var buffers = new NerBuffers();
        var f = new ulong[Features.MaxFeatures];
        var extra = new float[l];
        var gold = new int[256];
        LinearModel best = first;
        double bestF1 = EvaluateNer(new EntityRecognizer(first), devDocs, secondPass: true).Overall.F1;
        log($"ner second pass epoch 0 (no votes' weights): dev F1 {bestF1:F2}");
        float step = float.TryParse(Environment.GetEnvironmentVariable("SITREP_NER_STEP"), System.Globalization.CultureInfo.InvariantCulture, out float st) ? st : SecondPassStep;
        for (int epoch = 0; epoch <= SecondPassEpochs; epoch++)
        {
            rng.Shuffle(order);
            int wrongSentences = 0, withVotes = 0, wrongTokens = 0;
            var diag = new int[4];
            foreach (int di in order)
            {
                int offset = 0;
                foreach (var (sentence, atoms) in trainDocs[di])
                {
                    int n = sentence.Words.Length;
                    var inner = atoms.AsSpan(Features.Pad, n);
                    var scores = firstPass[di].AsSpan(offset * l, n * l);
                    offset += n;
                    if (!EntityRecognizer.SecondPassScores(inner, scores, buffers, trainer.Score, f, extra))
                    {
                        continue;
                    }

                    if (gold.Length < n)
                    {
                        gold = new int[n * 2];
                    }

                    var guess = buffers.Labels.AsSpan(0, n);
                    NerLabels.Viterbi(buffers.Emissions.AsSpan(0, n * l), transitions[di], n, guess, buffers.Back);
                    bool wrong = false;
                    withVotes++;
                    for (int i = 0; i < n; i++)
                    {
                        gold[i] = NerLabels.IndexOf(sentence.Ner[i]);
                        if (gold[i] != guess[i])
                        {
                            wrong = true;
                            wrongTokens++;
                            if (epoch == 0)
                            {
                                var tv = inner[i].TokenVote;
                                if (tv != 0)
                                {
                                    diag[0]++;
                                    diag[1] += ((tv & 7) - 1) == NerLabels.TypeOf(gold[i]) ? 1 : 0;
                                }

                                continue;
                            }

                            int k = Features.NerConsensus(inner[i], f);
                            trainer.Update(f.AsSpan(0, k), gold[i], step);
                            trainer.Update(f.AsSpan(0, k), guess[i], -step);
                        }
                    }

                    if (epoch == 0)
                    {
                        for (int i = 0; i < n; i++)
                        {
                            var tv = inner[i].TokenVote;
                            if (gold[i] == guess[i] && tv != 0)
                            {
                                diag[2]++;
                                diag[3] += ((tv & 7) - 1) != NerLabels.TypeOf(gold[i]) ? 1 : 0;
                            }
                        }
                    }

                    wrongSentences += wrong ? 1 : 0;
                    trainer.Tick();
                }
            }

            var model = first.WithRows(trainer.Average("ner", Features.NerVersion, NerLabels.All, ClusterTable.Empty, pruneBelow / 4));
            var table = EvaluateNer(new EntityRecognizer(model), devDocs, secondPass: true);
            if (epoch == 0)
            {
                log($"train sentences with votes {withVotes}, wrong {wrongSentences}, wrong tokens {wrongTokens} (first pass alone); wrong with token vote {diag[0]}, vote = gold {diag[1]}; right with vote {diag[2]}, vote != gold {diag[3]}");
                continue;
            }

            log($"ner second pass epoch {epoch}: wrong train sentences with votes {wrongSentences} of {withVotes}, wrong tokens {wrongTokens}, dev {table.Overall}, features {model.FeatureCount}");
            if (table.Overall.F1 > bestF1)
            {
                bestF1 = table.Overall.F1;
                best = model;
            }
        }

        log($"ner: best dev F1 {bestF1:F2}");
        return best;
    }

    private static ArraySegment<TokenAtoms>[] Segments(List<(ConllSentence Sentence, TokenAtoms[] Atoms)> doc)
    {
        var segments = new ArraySegment<TokenAtoms>[doc.Count];
        for (int s = 0; s < doc.Count; s++)
        {
            segments[s] = new ArraySegment<TokenAtoms>(doc[s].Atoms);
        }

        return segments;
    }

    /// <summary>Span F1 with the gold POS and chunk columns as features (the CLI's eval uses predicted ones).</summary>
    private static ScoreTable EvaluateNer(EntityRecognizer recognizer, List<(ConllSentence Sentence, TokenAtoms[] Atoms)>[] docs, bool secondPass)
    {
        var table = new ScoreTable();
        var buffers = new NerBuffers();
        foreach (var doc in docs)
        {
            var segments = Segments(doc);
            if (secondPass)
            {
                recognizer.RecognizeDocument(segments, buffers);
            }
            else
            {
                recognizer.FirstPass(segments, buffers);
            }

            foreach (var (sentence, atoms) in doc)
            {
                int n = sentence.Words.Length;
                var predicted = new string[n];
                for (int i = 0; i < n; i++)
                {
                    predicted[i] = NerLabels.All[atoms[i + Features.Pad].Label];
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
