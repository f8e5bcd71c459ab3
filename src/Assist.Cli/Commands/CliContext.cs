namespace Assist.Cli.Commands;

/// <summary>What a verb may touch: its output streams, the working directory and cancellation (Ctrl+C).</summary>
/// <param name="Out">Standard output.</param>
/// <param name="Error">Standard error: diagnostics and failures.</param>
/// <param name="WorkingDirectory">Where relative paths are resolved.</param>
/// <param name="Cancellation">Cancelled on Ctrl+C.</param>
internal sealed record CliContext(TextWriter Out, TextWriter Error, string WorkingDirectory, CancellationToken Cancellation)
{
    /// <summary>The clock (review reports record when they were made); tests fix it.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;
}
