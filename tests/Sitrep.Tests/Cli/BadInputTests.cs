using System.Text;
using System.Text.Json;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Cli;

public class BadInputTests
{
    private const string Good = "Russian forces struck Kharkiv on Sunday, killing at least three people.";

    private static void AssertOneLineError(CliRunner.Result result, string mustContain)
    {
        Assert.True(result.ExitCode == 2, $"exit code {result.ExitCode}, stderr: {result.Stderr}");
        Assert.Equal("", result.Stdout);
        var lines = result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Single(lines);
        Assert.Contains(mustContain, lines[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_input_is_a_one_line_error_naming_the_file()
    {
        using var dir = new TempDir();
        var path = dir.File("empty.txt", "");
        AssertOneLineError(CliRunner.Run("analyze", path), "empty.txt: empty input");
    }

    [Fact]
    public void Binary_file_is_refused_with_the_offset_of_the_first_nul()
    {
        using var dir = new TempDir();
        var path = dir.File("image.png");
        File.WriteAllBytes(path, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]);
        AssertOneLineError(CliRunner.Run("analyze", path), "image.png: binary data (NUL byte at offset 8)");
    }

    [Fact]
    public void Invalid_utf8_is_refused_with_its_byte_offset()
    {
        using var dir = new TempDir();
        var path = dir.File("latin1.txt");
        var bytes = Encoding.ASCII.GetBytes("Kyiv was hit ").Concat(new byte[] { 0xE9, 0x20, 0x61 }).ToArray();
        File.WriteAllBytes(path, bytes);
        AssertOneLineError(CliRunner.Run("analyze", path), "latin1.txt: invalid UTF-8 at byte offset 13");
    }

    [Fact]
    public void A_100_MB_file_is_refused_before_it_is_read()
    {
        using var dir = new TempDir();
        var path = dir.File("huge.txt");
        using (var stream = File.Create(path))
        {
            stream.SetLength(100L * 1024 * 1024);
        }

        AssertOneLineError(CliRunner.Run("analyze", path), "huge.txt: 104,857,600 bytes is over the 8 MB limit");
    }

    [Fact]
    public void Missing_file_is_a_one_line_error()
        => AssertOneLineError(CliRunner.Run("analyze", "no/such/article.txt"), "no/such/article.txt: no such file");

    [Theory]
    [InlineData("2024-02-30")]
    [InlineData("18/11/2024")]
    [InlineData("yesterday")]
    public void Impossible_published_date_is_refused(string date)
    {
        using var dir = new TempDir();
        var path = dir.File("a.txt", Good);
        AssertOneLineError(CliRunner.Run("analyze", path, "--published", date), $"--published '{date}': not a valid date");
    }

    [Fact]
    public void Batch_reports_bad_lines_with_file_and_line_and_writes_every_good_line()
    {
        using var dir = new TempDir();
        var input = dir.File("in.jsonl", string.Join('\n',
            JsonSerializer.Serialize(new { id = "a", text = Good, published = "2024-11-18" }),
            "{not json",
            JsonSerializer.Serialize(new { id = "c", published = "2024-11-18" }),
            JsonSerializer.Serialize(new { id = "d", text = Good, published = "2024-13-01" }),
            "",
            JsonSerializer.Serialize(new { id = "f", text = Good }),
            "[1,2]") + "\n");
        var output = dir.File("out.jsonl");

        var result = CliRunner.Run("analyze", "--input", input, "--output", output, "--threads", "2");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("in.jsonl:2: not JSON", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("in.jsonl:3: no \"text\" field", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("in.jsonl:4: \"published\" '2024-13-01' is not a valid date", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("in.jsonl:7: expected a JSON object", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("analyzed 2 documents (4 skipped)", result.Stderr, StringComparison.Ordinal);
        var ids = File.ReadAllLines(output).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()!).ToArray();
        Assert.Equal(["a", "f"], ids);
    }

    [Fact]
    public void Batch_with_invalid_utf8_line_skips_only_that_line()
    {
        using var dir = new TempDir();
        var input = dir.File("in.jsonl");
        var good = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { id = "ok", text = Good }) + "\n");
        var bad = Encoding.UTF8.GetBytes("{\"id\":\"bad\",\"text\":\"Kyiv ").Concat(new byte[] { 0xFF, 0xFE }).Concat(Encoding.UTF8.GetBytes("\"}\n")).ToArray();
        File.WriteAllBytes(input, [.. bad, .. good]);

        var result = CliRunner.Run("analyze", "--input", input);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("in.jsonl:1: invalid UTF-8", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("\"id\":\"ok\"", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Batch_fail_fast_stops_at_the_first_bad_line_with_exit_code_2()
    {
        using var dir = new TempDir();
        var input = dir.File("in.jsonl", "{\"id\":\"a\",\"text\":\"" + Good + "\"}\nnope\n{\"id\":\"c\",\"text\":\"" + Good + "\"}\n");

        var result = CliRunner.Run("analyze", "--input", input, "--fail-fast");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("in.jsonl:2: not JSON", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("\"id\":\"c\"", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Batch_where_no_line_is_usable_exits_with_2()
    {
        using var dir = new TempDir();
        var input = dir.File("in.jsonl", "nope\n{\"id\":1}\n");

        var result = CliRunner.Run("analyze", "--input", input);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no document could be analyzed", result.Stderr, StringComparison.Ordinal);
    }
}
