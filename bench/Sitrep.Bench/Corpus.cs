namespace Sitrep.Bench;

/// <summary>The 447 real war-news articles of ../shared/data/ukraine-news, loaded once.</summary>
public static class Corpus
{
    public static string Directory { get; } = FindArticles();

    private static IReadOnlyList<(string Id, string Text, DateOnly Published)>? _articles;

    public static IReadOnlyList<(string Id, string Text, DateOnly Published)>? Load()
    {
        if (_articles is not null)
        {
            return _articles;
        }

        if (!System.IO.Directory.Exists(Directory))
        {
            return null;
        }

        var list = new List<(string, string, DateOnly)>();
        foreach (var file in System.IO.Directory.EnumerateFiles(Directory).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(file);
            var published = DateOnly.TryParseExact(name.AsSpan(0, Math.Min(10, name.Length)), "yyyy-MM-dd", out var d) ? d : new DateOnly(2024, 1, 1);
            list.Add((name, File.ReadAllText(file), published));
        }

        _articles = list;
        return list;
    }

    /// <summary>Total size in MB (UTF-16 code units / 10^6, close to UTF-8 bytes for English news).</summary>
    public static double Megabytes => Load()!.Sum(a => a.Text.Length) / 1_000_000.0;

    private static string FindArticles()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null)
        {
            var candidate = Path.Combine(dir.FullName, "..", "shared", "data", "ukraine-news", "articles");
            if (System.IO.Directory.Exists(candidate))
            {
                return Path.GetFullPath(candidate);
            }

            dir = dir.Parent;
        }

        return Path.GetFullPath(Path.Combine("..", "shared", "data", "ukraine-news", "articles"));
    }
}
