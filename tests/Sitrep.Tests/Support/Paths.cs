namespace Sitrep.Tests.Support;

/// <summary>Locations of the repository and of ../shared/data, found by walking up from the test binaries.</summary>
public static class Paths
{
    public static string RepoRoot { get; } = FindRepoRoot();

    /// <summary>../shared/data beside the repository, or null when it is absent (tests that need it skip).</summary>
    public static string? SharedData
    {
        get
        {
            var dir = Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared", "data"));
            return Directory.Exists(dir) ? dir : null;
        }
    }

    public static string Sample(string name) => Path.Combine(RepoRoot, "samples", name);

    private static string FindRepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Sitrep.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Sitrep.slnx not found above " + AppContext.BaseDirectory);
    }
}
