namespace Sitrep.Entities;

/// <summary>One CoNLL-2003 sentence: token, POS, chunk and NER columns, and the file line it starts on.</summary>
public sealed record ConllSentence(string[] Words, string[] Pos, string[] Chunk, string[] Ner, int Line);

/// <summary>The sentences between two <c>-DOCSTART-</c> lines.</summary>
public sealed record ConllDocument(IReadOnlyList<ConllSentence> Sentences);

/// <summary>Bad training or evaluation data, with file and line in the message.</summary>
public sealed class ConllFormatException(string message) : FormatException(message);

/// <summary>Reads CoNLL-2003 files: "token POS chunk NER" per line, blank lines between sentences.</summary>
public static class ConllReader
{
    public static List<ConllDocument> Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new ConllFormatException($"{path}: no such file");
        }

        using var reader = new StreamReader(path);
        return Read(reader, path);
    }

    public static List<ConllDocument> Read(TextReader reader, string source)
    {
        var docs = new List<ConllDocument>();
        var sentences = new List<ConllSentence>();
        var words = new List<string>();
        var pos = new List<string>();
        var chunk = new List<string>();
        var ner = new List<string>();
        int lineNo = 0, sentenceLine = 0;
        string? line;

        void EndSentence()
        {
            if (words.Count > 0)
            {
                sentences.Add(new ConllSentence([.. words], [.. pos], [.. chunk], [.. ner], sentenceLine));
                words.Clear();
                pos.Clear();
                chunk.Clear();
                ner.Clear();
            }
        }

        void EndDocument()
        {
            EndSentence();
            if (sentences.Count > 0)
            {
                docs.Add(new ConllDocument([.. sentences]));
                sentences.Clear();
            }
        }

        while ((line = reader.ReadLine()) is not null)
        {
            lineNo++;
            if (string.IsNullOrWhiteSpace(line))
            {
                EndSentence();
                continue;
            }

            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts[0] == "-DOCSTART-")
            {
                EndDocument();
                continue;
            }

            if (parts.Length != 4)
            {
                throw new ConllFormatException($"{source}:{lineNo}: expected 4 space-separated columns 'token POS chunk NER', found {parts.Length}");
            }

            if (!IsBioTag(parts[2]) || !IsBioTag(parts[3]))
            {
                throw new ConllFormatException($"{source}:{lineNo}: chunk and NER columns must be O, B-X or I-X, found '{parts[2]}' '{parts[3]}'");
            }

            if (words.Count == 0)
            {
                sentenceLine = lineNo;
            }

            words.Add(parts[0]);
            pos.Add(string.Intern(parts[1]));
            chunk.Add(string.Intern(parts[2]));
            ner.Add(string.Intern(parts[3]));
        }

        EndDocument();
        return docs;
    }

    private static bool IsBioTag(string tag) => tag == "O" || (tag.Length > 2 && (tag[0] == 'B' || tag[0] == 'I') && tag[1] == '-');
}

/// <summary>Spans from IOB tags with conlleval's rules: an I-X after O or after another type opens a span.</summary>
public static class BioSpans
{
    public static List<(string Type, int Start, int End)> Extract(IReadOnlyList<string> tags)
    {
        var spans = new List<(string, int, int)>();
        int start = -1;
        string? type = null;
        for (int i = 0; i <= tags.Count; i++)
        {
            string tag = i < tags.Count ? tags[i] : "O";
            bool begins = tag[0] == 'B' || (tag[0] == 'I' && (type is null || !tag.AsSpan(2).SequenceEqual(type)));
            bool ends = tag == "O" || begins;
            if (ends && type is not null)
            {
                spans.Add((type, start, i));
                type = null;
            }

            if (begins)
            {
                start = i;
                type = tag[2..];
            }
        }

        return spans;
    }
}
