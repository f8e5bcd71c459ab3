namespace Assist.Cli.Commands;

/// <summary>The exit codes every verb uses (listed in each verb's --help).</summary>
internal static class ExitCodes
{
    /// <summary>The verb did what was asked.</summary>
    public const int Success = 0;

    /// <summary>The input (schema, query, lake) has errors; they were printed.</summary>
    public const int InputErrors = 1;

    /// <summary>The command line is wrong: unknown verb or option, missing value, missing directory.</summary>
    public const int Usage = 2;

    /// <summary>A bug or an environment failure: one line was printed (BSD sysexits EX_SOFTWARE).</summary>
    public const int Internal = 70;

    /// <summary>An output file or folder could not be written (permissions, disk full; BSD sysexits EX_IOERR).</summary>
    public const int CannotWrite = 74;

    /// <summary>Ctrl+C (128 + SIGINT, as shells report it).</summary>
    public const int Cancelled = 130;
}
