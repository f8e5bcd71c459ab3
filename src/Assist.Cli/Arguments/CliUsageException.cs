namespace Assist.Cli.Arguments;

/// <summary>
/// The command line itself is wrong (unknown option, missing value, a directory that does not exist). Caught by the
/// dispatcher, printed as one line and turned into exit code 2; never a stack trace.
/// </summary>
internal sealed class CliUsageException(string message) : Exception(message);
