using System.CommandLine;

namespace Sitrep.Cli.Commands;

internal static class CommonOptions
{
    public static Option<string> Format(string defaultValue, params string[] allowed)
    {
        var option = new Option<string>("--format", "-f")
        {
            Description = $"Output format: {string.Join(", ", allowed)}",
            DefaultValueFactory = _ => defaultValue,
        };
        option.AcceptOnlyFromAmong(allowed);
        return option;
    }

    /// <summary>Runs a command body, turning input problems into a one-line error and exit code 2.</summary>
    public static int Guard(Func<int> body)
    {
        try
        {
            return body();
        }
        catch (InputException ex)
        {
            Console.Error.WriteLine($"sitrep: {ex.Message}");
            return ExitCodes.BadInput;
        }
        catch (IOException ex)
        {
            Console.Error.WriteLine($"sitrep: {ex.Message}");
            return ExitCodes.BadInput;
        }
        catch (UnauthorizedAccessException ex)
        {
            Console.Error.WriteLine($"sitrep: {ex.Message}");
            return ExitCodes.BadInput;
        }
    }
}
