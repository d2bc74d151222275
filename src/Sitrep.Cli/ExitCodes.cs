namespace Sitrep.Cli;

/// <summary>Process exit codes, documented in the README.</summary>
public static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>The job ran, but some inputs were reported and skipped.</summary>
    public const int PartialFailure = 1;

    /// <summary>Nothing could be done: bad arguments or unusable input.</summary>
    public const int BadInput = 2;
}

/// <summary>An input problem the user must fix, with the location already in the message.</summary>
public sealed class InputException(string message) : Exception(message);
