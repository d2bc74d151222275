using Sitrep.Entities;

namespace Sitrep.Tests.Entities;

public sealed class UnlabelledTextTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sitrep-unlabelled-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void Json_lines_give_one_sequence_per_line_from_tokens_or_sentences()
    {
        Write("a.jsonl", """
            {"doc_id": "x", "tokens": ["Troops", "entered", "Kherson"]}

            {"sentences": [["Shelling", "hit"], ["Sumy", "."]]}
            """);
        var sequences = WordClusters.ReadTextFiles(_dir).ToList();
        Assert.Equal(2, sequences.Count);
        Assert.Equal(["Troops", "entered", "Kherson"], sequences[0]);
        Assert.Equal(["Shelling", "hit", "Sumy", "."], sequences[1]);
    }

    [Fact]
    public void TimeML_files_give_the_words_of_their_text_without_tags()
    {
        Write("doc.tml", """
            <?xml version="1.0" ?>
            <TimeML><DOCID>d1</DOCID>
            <DCT><TIMEX3 tid="t0" type="DATE" value="1998-08-07" functionInDocument="CREATION_TIME">1998-08-07</TIMEX3></DCT>
            <TEXT>Bombs <EVENT eid="e1" class="OCCURRENCE">exploded</EVENT> on <TIMEX3 tid="t1" type="DATE" value="1998-08-07">Friday</TIMEX3>.</TEXT>
            </TimeML>
            """);
        var words = Assert.Single(WordClusters.ReadTextFiles(_dir));
        Assert.Equal(["Bombs", "exploded", "on", "Friday", "."], words);
    }

    [Fact]
    public void A_bad_json_line_is_reported_with_file_and_line()
    {
        var path = Write("bad.jsonl", "{\"tokens\": [\"a\"]}\n{\"tokens\": [1, 2]}\n");
        var ex = Assert.Throws<InvalidDataException>(() => WordClusters.ReadTextFiles(_dir).ToList());
        Assert.StartsWith($"{path}:2:", ex.Message);
        Write("bad.jsonl", "{\"tokens\": [\"a\"]}\nnot json\n");
        Assert.StartsWith($"{path}:2:", Assert.Throws<InvalidDataException>(() => WordClusters.ReadTextFiles(_dir).ToList()).Message);
    }
}
