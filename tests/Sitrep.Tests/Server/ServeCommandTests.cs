using Sitrep.Tests.Support;

namespace Sitrep.Tests.Server;

public sealed class ServeCommandTests
{
    [Fact]
    public void Serve_refuses_to_listen_beyond_loopback_without_a_key()
    {
        var db = Path.Combine(Path.GetTempPath(), "sitrep-serve-cli-" + Guid.NewGuid().ToString("N") + ".db");
        var result = CliRunner.Run("serve", "--db", db, "--urls", "http://0.0.0.0:0");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--api-key", result.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(db), "the store must not be created when the server cannot start");
    }

    [Fact]
    public void Serve_help_shows_an_example()
    {
        var result = CliRunner.Run("serve", "--help");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("sitrep serve --db sitrep.db", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("--api-key", result.Stdout, StringComparison.Ordinal);
    }
}
