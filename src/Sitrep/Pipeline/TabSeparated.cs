namespace Sitrep.Pipeline;

/// <summary>
/// Rows of the project's tab-separated data and gold files: blank lines and '#' comments are
/// skipped, and each row keeps its 1-based line number so errors can name FILE:LINE.
/// </summary>
public static class TabSeparated
{
    public static IEnumerable<(int Line, string[] Fields)> Read(TextReader reader)
    {
        int lineNumber = 0;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            yield return (lineNumber, line.Split('\t'));
        }
    }

    public static IEnumerable<(int Line, string[] Fields)> Read(string path)
    {
        using var reader = File.OpenText(path);
        foreach (var row in Read(reader))
        {
            yield return row;
        }
    }
}
