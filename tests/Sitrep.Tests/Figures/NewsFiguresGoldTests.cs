using Sitrep.Figures;
using Sitrep.Pipeline;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Figures;

/// <summary>Accuracy guards on hand-checked real news sentences; the floors sit a few points under the measured value F1 (docs/figures.md).</summary>
public class NewsFiguresGoldTests
{
    private static string GoldPath(string name) => Path.Combine(Paths.RepoRoot, "tests", "Sitrep.Tests", "Figures", name);

    private static string? Articles => Paths.SharedData is { } d ? Path.Combine(d, "ukraine-news", "articles") : null;

    [Fact]
    public void Gold_files_parse_and_hold_at_least_80_sentences_each_with_a_locator()
    {
        var dev = FigureGoldFile.Load(GoldPath("news-figures.gold.tsv"));
        Assert.True(dev.Count >= 80, $"{dev.Count} sentences");
        Assert.All(dev, s => Assert.Matches("^[0-9a-f]{8}$", s.Sha256Prefix));
        Assert.Contains(dev, s => s.Figures.Count == 0);
        Assert.Contains(dev, s => s.Figures.Any(f => f.Kind is not null));
        Assert.Contains(dev, s => s.Figures.Any(f => f.Qualifier == Qualifiers.Range));
    }

    [SkippableTheory]
    [InlineData("news-figures.gold.tsv", 96.0)]
    [InlineData("news-figures.heldout.gold.tsv", 94.0)]
    [InlineData("news-figures.blind.gold.tsv", 94.0)]
    [InlineData("news-figures.blind2.gold.tsv", 94.0)]
    public void Value_f1_on_real_news_stays_above_its_floor(string gold, double floor)
    {
        Skip.If(Articles is null, "../shared/data is absent");
        var sentences = FigureGoldFile.Load(GoldPath(gold));
        var result = FigureEvaluator.Evaluate(sentences, Articles!, SitrepDefaults.CreateDefault());
        Assert.True(result.Value.F1 >= floor, $"{gold}: {result.Value}\n{string.Join('\n', result.Errors)}");
    }

    [Fact]
    public void A_gold_line_with_missing_columns_is_reported_with_file_and_line()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "# comment\nfile.txt\t0\t10\n");
            var ex = Assert.Throws<FormatException>(() => FigureGoldFile.Load(path));
            Assert.Contains(path + ":2:", ex.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
