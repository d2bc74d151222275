using System.Globalization;
using Sitrep.Pipeline;

namespace Sitrep.Quotes;

/// <summary>One gold attribution of PolNeAR: source (absent for "Attribution-no-source"), cue and content, each as fragments.</summary>
public sealed record GoldAttribution(IReadOnlyList<Span> Source, IReadOnlyList<Span> Cue, IReadOnlyList<Span> Content);

public sealed record PolnearDocument(string Name, string Text, DateOnly? Published, IReadOnlyList<GoldAttribution> Attributions)
{
    /// <summary>The attributions of each other annotator of the text, when several annotated it (for annotator agreement).</summary>
    public IReadOnlyList<IReadOnlyList<GoldAttribution>> OtherAnnotators { get; init; } = [];
}

/// <summary>A malformed PolNeAR file, with the file and line in the message.</summary>
public sealed class PolnearFormatException(string file, int line, string message)
    : Exception($"{file}:{line}: {message}")
{
    public string File { get; } = file;

    public int Line { get; } = line;
}

/// <summary>
/// Reads a PolNeAR split: <c>text/NAME.txt</c>, brat files <c>attributions/NAME_ANNOTATOR.ann</c> (T lines for
/// Source, Cue, Content spans, E lines tying them into an attribution), and <c>metadata.tsv</c> (in the split's
/// folder or its parent) for publication dates and annotators. A text annotated by several annotators is scored
/// against the first annotator the metadata lists (alphabetical first when the metadata is absent).
/// </summary>
public static class PolnearCorpus
{
    public static IReadOnlyList<PolnearDocument> Load(string directory)
    {
        var textDir = Path.Combine(directory, "text");
        var annDir = Path.Combine(directory, "attributions");
        if (!Directory.Exists(textDir) || !Directory.Exists(annDir))
        {
            throw new DirectoryNotFoundException($"{directory}: expected text/ and attributions/ folders (a PolNeAR split such as polnear/dev)");
        }

        var metadata = ReadMetadata(directory);
        var annotations = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var ann in Directory.EnumerateFiles(annDir, "*.ann"))
        {
            var stem = Path.GetFileNameWithoutExtension(ann);
            int us = stem.LastIndexOf('_');
            var name = us > 0 ? stem[..us] : stem;
            if (!annotations.TryGetValue(name, out var list))
            {
                annotations[name] = list = [];
            }

            list.Add(ann);
        }

        var docs = new List<PolnearDocument>();
        foreach (var textFile in Directory.EnumerateFiles(textDir, "*.txt").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(textFile);
            if (!annotations.TryGetValue(name, out var files))
            {
                continue;
            }

            files.Sort(StringComparer.Ordinal);
            var chosen = files[0];
            DateOnly? published = null;
            if (metadata.TryGetValue(name, out var meta))
            {
                published = meta.Published;
                foreach (var annotator in meta.Annotators)
                {
                    var candidate = files.Find(f => Path.GetFileNameWithoutExtension(f).EndsWith("_" + annotator, StringComparison.Ordinal));
                    if (candidate is not null)
                    {
                        chosen = candidate;
                        break;
                    }
                }
            }

            var text = File.ReadAllText(textFile);
            var others = new List<IReadOnlyList<GoldAttribution>>();
            foreach (var f in files)
            {
                if (f != chosen)
                {
                    others.Add(ReadAnnotations(f, text));
                }
            }

            docs.Add(new PolnearDocument(name, text, published, ReadAnnotations(chosen, text)) { OtherAnnotators = others });
        }

        return docs;
    }

    private static Dictionary<string, (DateOnly? Published, string[] Annotators)> ReadMetadata(string directory)
    {
        var result = new Dictionary<string, (DateOnly?, string[])>(StringComparer.Ordinal);
        var path = Path.Combine(directory, "metadata.tsv");
        if (!File.Exists(path))
        {
            path = Path.Combine(directory, "..", "metadata.tsv");
        }

        if (!File.Exists(path))
        {
            return result;
        }

        int lineNo = 0;
        int nameCol = -1, dateCol = -1, annCol = -1;
        foreach (var line in File.ReadLines(path))
        {
            lineNo++;
            var cols = line.Split('\t');
            if (lineNo == 1)
            {
                nameCol = Array.IndexOf(cols, "filename");
                dateCol = Array.IndexOf(cols, "publication_date");
                annCol = Array.IndexOf(cols, "annotators");
                if (nameCol < 0)
                {
                    throw new PolnearFormatException(path, lineNo, "header has no 'filename' column");
                }

                continue;
            }

            if (line.Length == 0)
            {
                continue;
            }

            if (cols.Length <= Math.Max(nameCol, Math.Max(dateCol, annCol)))
            {
                throw new PolnearFormatException(path, lineNo, $"expected at least {Math.Max(nameCol, Math.Max(dateCol, annCol)) + 1} tab-separated columns, found {cols.Length}");
            }

            DateOnly? date = dateCol >= 0 && DateOnly.TryParseExact(cols[dateCol], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
            var annotators = annCol >= 0 ? cols[annCol].Split('|', StringSplitOptions.RemoveEmptyEntries) : [];
            result[cols[nameCol]] = (date, annotators);
        }

        return result;
    }

    /// <summary>Parses one brat file; every attribution event becomes a <see cref="GoldAttribution"/>.</summary>
    public static IReadOnlyList<GoldAttribution> ReadAnnotations(string path, string text)
    {
        var spans = new Dictionary<string, Span[]>(StringComparer.Ordinal);
        var events = new List<(int Line, string[] Args)>();
        int lineNo = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNo++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            // A line that does not open with an annotation id continues the previous annotation's text
            // field (PolNeAR keeps newlines of multi-paragraph spans there).
            if (!IsAnnotationLine(line))
            {
                continue;
            }

            var cols = line.Split('\t');
            if (line[0] == 'T')
            {
                if (cols.Length < 2)
                {
                    throw new PolnearFormatException(path, lineNo, "text-bound annotation needs 'ID<TAB>Type start end'");
                }

                spans[cols[0]] = ParseFragments(path, lineNo, cols[1], text.Length);
            }
            else if (line[0] == 'E')
            {
                if (cols.Length < 2)
                {
                    throw new PolnearFormatException(path, lineNo, "event needs 'ID<TAB>Type:Trigger Role:ID ...'");
                }

                events.Add((lineNo, cols[1].Split(' ', StringSplitOptions.RemoveEmptyEntries)));
            }
        }

        var result = new List<GoldAttribution>(events.Count);
        foreach (var (line, args) in events)
        {
            var source = new List<Span>();
            var cue = new List<Span>();
            var content = new List<Span>();
            foreach (var arg in args)
            {
                int colon = arg.IndexOf(':', StringComparison.Ordinal);
                if (colon <= 0 || colon == arg.Length - 1)
                {
                    throw new PolnearFormatException(path, line, $"argument '{arg}' is not Role:ID");
                }

                var role = arg[..colon];
                var id = arg[(colon + 1)..];
                if (!spans.TryGetValue(id, out var fragments))
                {
                    throw new PolnearFormatException(path, line, $"argument '{arg}' refers to an undefined annotation {id}");
                }

                var target = role switch
                {
                    "Source" => source,
                    "Cue" => cue,
                    _ when role.StartsWith("Content", StringComparison.Ordinal) => content,
                    _ => null,
                };
                target?.AddRange(fragments);
            }

            if (content.Count > 0)
            {
                result.Add(new GoldAttribution(source, cue, content));
            }
        }

        return result;
    }

    private static bool IsAnnotationLine(string line)
    {
        int i = 1;
        while (i < line.Length && char.IsAsciiDigit(line[i]))
        {
            i++;
        }

        return i > 1 && (i == line.Length || line[i] == '\t');
    }

    private static Span[] ParseFragments(string path, int line, string typeAndOffsets, int textLength)
    {
        int space = typeAndOffsets.IndexOf(' ', StringComparison.Ordinal);
        if (space < 0)
        {
            throw new PolnearFormatException(path, line, $"'{typeAndOffsets}': expected 'Type start end'");
        }

        var parts = typeAndOffsets[(space + 1)..].Split(';');
        var fragments = new Span[parts.Length];
        for (int i = 0; i < parts.Length; i++)
        {
            var pair = parts[i].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (pair.Length != 2
                || !int.TryParse(pair[0], NumberStyles.None, CultureInfo.InvariantCulture, out int start)
                || !int.TryParse(pair[1], NumberStyles.None, CultureInfo.InvariantCulture, out int end))
            {
                throw new PolnearFormatException(path, line, $"'{parts[i]}': expected two offsets 'start end'");
            }

            if (end < start || end > textLength)
            {
                throw new PolnearFormatException(path, line, $"span {start}-{end} lies outside the text (length {textLength})");
            }

            fragments[i] = new Span(start, end);
        }

        return fragments;
    }
}
