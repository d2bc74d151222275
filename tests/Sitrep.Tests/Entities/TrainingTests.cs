using Sitrep.Entities;
using Sitrep.Pipeline;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Entities;

public class TrainingTests
{
    private const string Tiny = """
        -DOCSTART- -X- -X- O

        Peter NNP B-NP B-PER
        Blackburn NNP I-NP I-PER
        visited VBD B-VP O
        Paris NNP B-NP B-LOC
        . . O O

        The DT B-NP O
        European NNP I-NP B-ORG
        Commission NNP I-NP I-ORG
        said VBD B-VP O
        German JJ B-NP B-MISC
        farmers NNS I-NP O
        protested VBD B-VP O
        . . O O

        """;

    private static List<ConllDocument> Read(string text) => ConllReader.Read(new StringReader(text), "tiny.txt");

    private static byte[] Bytes(LinearModel model)
    {
        using var ms = new MemoryStream();
        model.Save(ms);
        return ms.ToArray();
    }

    [Fact]
    public void Same_data_and_seed_give_byte_identical_weights()
    {
        var docs = Read(Tiny);
        foreach (var train in new Func<LinearModel>[]
        {
            () => ModelTrainer.TrainPos(docs, docs, 3, 7, _ => { }),
            () => ModelTrainer.TrainChunk(docs, docs, 3, 7, _ => { }),
            () => ModelTrainer.TrainNer(docs, docs, ClusterTable.Empty, 3, 7, _ => { }),
        })
        {
            Assert.Equal(Bytes(train()), Bytes(train()));
        }
    }

    [Fact]
    public void Training_reports_the_dev_score_of_each_epoch()
    {
        var docs = Read(Tiny);
        var log = new List<string>();
        var model = ModelTrainer.TrainNer(docs, docs, ClusterTable.Empty, 4, 1, log.Add);
        Assert.Equal(4, log.Count(l => l.StartsWith("ner epoch", StringComparison.Ordinal)));
        Assert.Equal("ner", model.Kind);
    }

    [Fact]
    public void A_malformed_training_line_is_reported_with_file_and_line()
    {
        var ex = Assert.Throws<ConllFormatException>(() => Read("-DOCSTART- -X- -X- O\n\nPeter NNP B-NP\n"));
        Assert.StartsWith("tiny.txt:3:", ex.Message);
        var bad = Assert.Throws<ConllFormatException>(() => Read("Peter NNP B-NP PERSON\n"));
        Assert.StartsWith("tiny.txt:1:", bad.Message);
    }

    [Fact]
    public void Conll_documents_split_on_docstart_and_sentences_on_blank_lines()
    {
        var docs = Read(Tiny + "-DOCSTART- -X- -X- O\n\nRain NN B-NP O\n");
        Assert.Equal(2, docs.Count);
        Assert.Equal(2, docs[0].Sentences.Count);
        Assert.Equal(["The", "European", "Commission", "said", "German", "farmers", "protested", "."], docs[0].Sentences[1].Words);
    }

    [Fact]
    public void Bio_spans_follow_conlleval()
    {
        var spans = BioSpans.Extract(["B-PER", "I-PER", "O", "I-LOC", "I-ORG", "B-ORG", "I-ORG"]);
        Assert.Equal([("PER", 0, 2), ("LOC", 3, 4), ("ORG", 4, 5), ("ORG", 5, 7)], spans);
    }

    [SkippableFact]
    public void Recognizer_keeps_its_span_f1_on_conll_valid()
    {
        Skip.If(Paths.SharedData is null, "../shared/data is absent");
        var docs = ConllReader.Read(Path.Combine(Paths.SharedData!, "conll2003", "valid.txt"));
        var table = NerEvaluation.Evaluate(docs, new EntitiesStage(new EntitiesOptions { Weapons = false, Norp = false }));
        Assert.True(table.Overall.F1 >= 90.0, $"span F1 {table.Overall.F1:F2} fell below the floor");
        Assert.True(table.ByLabel[EntityTypes.Person].F1 >= 92.0, $"PER F1 {table.ByLabel[EntityTypes.Person].F1:F2}");
    }
}
