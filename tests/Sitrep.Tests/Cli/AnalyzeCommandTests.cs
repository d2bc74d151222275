using System.Text.Json;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Cli;

public class AnalyzeCommandTests
{
    [Fact]
    public void Batch_keeps_ids_and_input_order_across_threads()
    {
        using var dir = new TempDir();
        var lines = Enumerable.Range(0, 60).Select(i => JsonSerializer.Serialize(new
        {
            id = $"doc-{i}",
            text = $"Report {i}: Russian drones hit Odesa overnight, officials said. {new string('x', i * 37 % 500)}",
            published = "2024-11-18",
        }));
        var input = dir.File("in.jsonl", string.Join('\n', lines) + "\n");
        var output = dir.File("out.jsonl");

        var result = CliRunner.Run("analyze", "--input", input, "--output", output, "--threads", "3");

        Assert.Equal(0, result.ExitCode);
        var ids = File.ReadAllLines(output).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()).ToArray();
        Assert.Equal(Enumerable.Range(0, 60).Select(i => $"doc-{i}"), ids);
        Assert.Matches(@"analyzed 60 documents \(0 skipped\), [0-9.]+ MB in [0-9.]+ s, [0-9.]+ MB/s", result.Stderr);
    }

    [Fact]
    public void Reads_an_article_from_stdin()
    {
        var result = CliRunner.RunWithInput("Kyiv was attacked on Sunday.", "analyze", "-", "--published", "2024-11-18", "--id", "piped");

        Assert.Equal(0, result.ExitCode);
        var root = JsonDocument.Parse(result.Stdout).RootElement;
        Assert.Equal("piped", root.GetProperty("id").GetString());
        Assert.Equal("2024-11-18", root.GetProperty("published").GetString());
    }

    [Fact]
    public void Text_format_is_a_readable_summary()
    {
        var result = CliRunner.Run("analyze", Paths.Sample("atacms-approval.txt"), "--published", "2024-11-18", "--format", "text");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("Document atacms-approval, published 2024-11-18", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("Events (", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Usage_errors_exit_with_2_and_point_to_help()
    {
        var result = CliRunner.Run("analyze", "--format", "xml", "a.txt");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("sitrep: see 'sitrep --help'", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_command_has_help_with_an_example()
    {
        foreach (var command in new[] { "analyze", "eval", "train", "ingest", "events", "export" })
        {
            var result = CliRunner.Run(command, "--help");
            Assert.Equal(0, result.ExitCode);
            Assert.Contains("Example", result.Stdout, StringComparison.Ordinal);
        }
    }
}
