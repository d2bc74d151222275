using System.Globalization;
using System.Text;
using Sitrep.Pipeline;

namespace Sitrep.Time;

/// <summary>A gold TIMEX3 of a TimeML file: its span in the tag-free text, type, value and mod.</summary>
public sealed record TimexAnnotation(Span Span, string Type, string Value, string? Mod);

/// <summary>A TimeML document reduced to the tag-free text of its &lt;TEXT&gt; element, its creation time and its TIMEX3s.</summary>
public sealed record TimeMlDocument(string Path, string Text, DateOnly Created, IReadOnlyList<TimexAnnotation> Timexes);

/// <summary>A TimeML file that cannot be read, with the file and line at fault.</summary>
public sealed class TimeMlFormatException(string path, int line, string message)
    : Exception($"{path}:{line}: {message}")
{
    public string FilePath { get; } = path;

    public int Line { get; } = line;
}

/// <summary>
/// Reads TimeML (TempEval-3 TBAQ style) by stripping tags: the text is what lies between tags inside
/// &lt;TEXT&gt;, entities decoded, and each TIMEX3 becomes a span of that text. The creation time is the
/// TIMEX3 with functionInDocument="CREATION_TIME", wherever it is; it is not one of the returned timexes.
/// </summary>
public static class TimeMlReader
{
    public static TimeMlDocument Read(string path) => Parse(path, File.ReadAllText(path));

    public static TimeMlDocument Parse(string path, string xml)
    {
        DateOnly? created = null;
        var text = new StringBuilder(xml.Length / 2);
        var timexes = new List<TimexAnnotation>();
        var open = new Stack<(int Start, Dictionary<string, string> Attributes, int Line)>();
        bool inText = false, sawText = false;
        int line = 1;
        int i = 0;
        while (i < xml.Length)
        {
            char c = xml[i];
            if (c == '<')
            {
                int close = xml.IndexOf('>', i + 1);
                if (close < 0)
                {
                    throw new TimeMlFormatException(path, line, "unterminated tag '<'");
                }

                var tag = xml.AsSpan(i + 1, close - i - 1);
                int tagLine = line;
                line += tag.Count('\n');
                i = close + 1;
                if (tag.Length == 0 || tag[0] is '?' or '!')
                {
                    continue;
                }

                bool closing = tag[0] == '/';
                var body = closing ? tag[1..] : tag;
                int nameEnd = 0;
                while (nameEnd < body.Length && !char.IsWhiteSpace(body[nameEnd]) && body[nameEnd] != '/')
                {
                    nameEnd++;
                }

                var name = body[..nameEnd];
                if (name.SequenceEqual("TEXT"))
                {
                    if (closing)
                    {
                        if (!inText)
                        {
                            throw new TimeMlFormatException(path, tagLine, "</TEXT> without <TEXT>");
                        }

                        if (open.Count > 0)
                        {
                            throw new TimeMlFormatException(path, open.Peek().Line, "TIMEX3 not closed before </TEXT>");
                        }

                        inText = false;
                    }
                    else
                    {
                        if (sawText)
                        {
                            throw new TimeMlFormatException(path, tagLine, "a second <TEXT> element");
                        }

                        inText = sawText = true;
                    }

                    continue;
                }

                if (!name.SequenceEqual("TIMEX3"))
                {
                    continue;
                }

                if (closing)
                {
                    if (open.Count == 0)
                    {
                        if (inText)
                        {
                            throw new TimeMlFormatException(path, tagLine, "</TIMEX3> without an open TIMEX3");
                        }

                        continue;
                    }

                    var (start, attrs, openLine) = open.Pop();
                    if (!attrs.TryGetValue("functionInDocument", out var function) || function != "CREATION_TIME")
                    {
                        if (!attrs.TryGetValue("type", out var type) || !attrs.TryGetValue("value", out var value))
                        {
                            throw new TimeMlFormatException(path, openLine, "TIMEX3 without type or value");
                        }

                        attrs.TryGetValue("mod", out var mod);
                        timexes.Add(new TimexAnnotation(new Span(start, text.Length), type, value, mod));
                    }

                    continue;
                }

                var attributes = ParseAttributes(body[nameEnd..], path, tagLine);
                if (attributes.TryGetValue("functionInDocument", out var fn) && fn == "CREATION_TIME")
                {
                    if (!attributes.TryGetValue("value", out var v) || v.Length < 10
                        || !DateOnly.TryParseExact(v.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                    {
                        throw new TimeMlFormatException(path, tagLine, $"creation time value '{attributes.GetValueOrDefault("value")}' is not a date");
                    }

                    created = d;
                }

                if (tag[^1] == '/')
                {
                    continue;
                }

                if (inText)
                {
                    if (open.Count > 0)
                    {
                        throw new TimeMlFormatException(path, tagLine, "nested TIMEX3");
                    }

                    open.Push((text.Length, attributes, tagLine));
                }
                else if (fn != "CREATION_TIME")
                {
                    // TIMEX3s outside <TEXT> (titles, headers) are not scored; skip to their end.
                    int end = xml.IndexOf("</TIMEX3>", i, StringComparison.Ordinal);
                    if (end < 0)
                    {
                        throw new TimeMlFormatException(path, tagLine, "TIMEX3 never closed");
                    }

                    line += xml.AsSpan(i, end - i).Count('\n');
                    i = end + "</TIMEX3>".Length;
                }

                continue;
            }

            if (c == '\n')
            {
                line++;
            }

            if (!inText)
            {
                i++;
                continue;
            }

            if (c == '&')
            {
                int semi = xml.IndexOf(';', i + 1);
                if (semi > i && semi - i <= 10 && Decode(xml.AsSpan(i + 1, semi - i - 1)) is char decoded)
                {
                    text.Append(decoded);
                    i = semi + 1;
                    continue;
                }
            }

            text.Append(c);
            i++;
        }

        if (!sawText)
        {
            throw new TimeMlFormatException(path, line, "no <TEXT> element");
        }

        if (inText)
        {
            throw new TimeMlFormatException(path, line, "<TEXT> never closed");
        }

        if (created is null)
        {
            throw new TimeMlFormatException(path, 1, "no creation time (TIMEX3 functionInDocument=\"CREATION_TIME\")");
        }

        return new TimeMlDocument(path, text.ToString(), created.Value, timexes);
    }

    private static char? Decode(ReadOnlySpan<char> entity) => entity switch
    {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        _ => null,
    };

    private static Dictionary<string, string> ParseAttributes(ReadOnlySpan<char> s, string path, int line)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        int i = 0;
        while (true)
        {
            while (i < s.Length && (char.IsWhiteSpace(s[i]) || s[i] == '/'))
            {
                i++;
            }

            if (i >= s.Length)
            {
                return result;
            }

            int eq = s[i..].IndexOf('=');
            if (eq < 0)
            {
                throw new TimeMlFormatException(path, line, $"attribute without value: '{s[i..].ToString()}'");
            }

            var name = s.Slice(i, eq).Trim().ToString();
            i += eq + 1;
            while (i < s.Length && char.IsWhiteSpace(s[i]))
            {
                i++;
            }

            if (i >= s.Length || s[i] is not ('"' or '\''))
            {
                throw new TimeMlFormatException(path, line, $"attribute {name}: value not quoted");
            }

            char quote = s[i];
            int end = s[(i + 1)..].IndexOf(quote);
            if (end < 0)
            {
                throw new TimeMlFormatException(path, line, $"attribute {name}: unterminated value");
            }

            result[name] = s.Slice(i + 1, end).ToString();
            i += end + 2;
        }
    }
}
