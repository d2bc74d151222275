using Sitrep.Tests.Support;

namespace Sitrep.Tests.Output;

/// <summary>
/// The reference article in, the reviewed JSON out. After an intended change, regenerate with
/// <c>SITREP_REGENERATE_GOLDEN=1 dotnet test --filter GoldenTests</c>, review <c>git diff</c>, and
/// commit the new golden file with a message saying why it changed.
/// </summary>
public class GoldenTests
{
    private static readonly string GoldenPath = Path.Combine(Paths.RepoRoot, "tests", "Sitrep.Tests", "Golden", "atacms-approval.expected.json");

    [Fact]
    public void Reference_article_gives_the_reviewed_output()
    {
        var actual = Analyzer.Json(Analyzer.Reference());
        if (Environment.GetEnvironmentVariable("SITREP_REGENERATE_GOLDEN") == "1")
        {
            File.WriteAllText(GoldenPath, actual);
        }

        Assert.True(File.Exists(GoldenPath), $"{GoldenPath} is missing; regenerate it (see the class comment)");
        var expected = File.ReadAllText(GoldenPath);
        if (expected != actual)
        {
            var e = expected.Split('\n');
            var a = actual.Split('\n');
            int line = 0;
            while (line < Math.Min(e.Length, a.Length) && e[line] == a[line])
            {
                line++;
            }

            Assert.Fail($"output differs from {Path.GetFileName(GoldenPath)} at line {line + 1}:\n  expected: {(line < e.Length ? e[line] : "<end>")}\n  actual:   {(line < a.Length ? a[line] : "<end>")}");
        }
    }
}
