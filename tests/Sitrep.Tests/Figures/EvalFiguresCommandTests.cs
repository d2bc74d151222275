using Sitrep.Cli;
using Sitrep.Figures;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Figures;

public sealed class EvalFiguresCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sitrep-figures-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string WriteGold(params string[] rows)
    {
        var path = Path.Combine(_dir, "gold.tsv");
        File.WriteAllLines(path, ["# test gold", .. rows]);
        return path;
    }

    [Fact]
    public void Eval_figures_scores_a_gold_file_against_its_articles()
    {
        const string sentence = "According to estimates, there are about 11,000 North Korean soldiers in Kursk.";
        const string text = "Intro line.\n" + sentence + "\n";
        File.WriteAllText(Path.Combine(_dir, "20241118T000000Z_GB_en_test.txt"), text);
        int start = text.IndexOf(sentence, StringComparison.Ordinal);
        var figure = Some.SpanOf(text, "about 11,000");
        var hash = FigureGoldFile.HashPrefix(sentence);
        var gold = WriteGold($"20241118T000000Z_GB_en_test.txt\t{start}\t{start + sentence.Length}\t{hash}\t{figure.Start}\t{figure.End}\tabout 11,000\t11000\t-\t-\tapprox\t-\t-\tNorth Korean soldiers");

        var result = FigureEvaluator.Evaluate(FigureGoldFile.Load(gold), _dir, Sitrep.Pipeline.SitrepDefaults.CreateDefault());
        Assert.Equal(100, result.Value.F1);
        Assert.Equal(ExitCodes.Ok, Program.Main(["eval", "figures", "--gold", gold, "--articles", _dir, "--format", "text"]));
    }

    [Fact]
    public void Eval_figures_reports_a_bad_gold_line_as_bad_input()
    {
        var gold = WriteGold("file.txt\tnot-a-number\t10\tabcd1234\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-");
        Assert.Equal(ExitCodes.BadInput, Program.Main(["eval", "figures", "--gold", gold, "--articles", _dir]));
    }

    [Fact]
    public void Eval_figures_reports_a_changed_article_as_bad_input()
    {
        File.WriteAllText(Path.Combine(_dir, "a.txt"), "Some 300 people fled the town.");
        var gold = WriteGold("a.txt\t0\t30\t00000000\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-");
        Assert.Equal(ExitCodes.BadInput, Program.Main(["eval", "figures", "--gold", gold, "--articles", _dir]));
    }
}
