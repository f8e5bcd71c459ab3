using Assist.Cli.Commands;

namespace Assist.Cli.Tests.Infrastructure;

/// <summary>What one in-process run of <c>assist</c> printed and returned.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error)
{
    /// <summary>Runs <c>assist</c> with <paramref name="args"/> in <paramref name="workingDirectory"/>, capturing both streams.</summary>
    public static async Task<CliRun> RunAsync(string workingDirectory, params string[] args) =>
        await RunAsync(workingDirectory, CancellationToken.None, null, args);

    /// <summary>The same, with a cancellation token and optionally other verbs than the registry's.</summary>
    public static async Task<CliRun> RunAsync(
        string workingDirectory, CancellationToken cancellation, IReadOnlyList<ICliCommand>? commands, params string[] args) =>
        await RunAsync(workingDirectory, TimeProvider.System, cancellation, commands, args);

    /// <summary>The same, with the clock the verb sees (review reports record the time).</summary>
    public static async Task<CliRun> RunAsync(
        string workingDirectory, TimeProvider clock, CancellationToken cancellation, IReadOnlyList<ICliCommand>? commands, params string[] args)
    {
        using var output = new StringWriter { NewLine = "\n" };
        using var error = new StringWriter { NewLine = "\n" };
        var context = new CliContext(output, error, workingDirectory, cancellation) { Clock = clock };
        var exit = await CommandDispatcher.RunAsync(args, context, commands);
        return new CliRun(exit, output.ToString(), error.ToString());
    }
}
