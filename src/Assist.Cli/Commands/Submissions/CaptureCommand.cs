using Assist.Cli.Arguments;
using Assist.Cli.Submissions;
using Assist.Cli.Submissions.Capture;

namespace Assist.Cli.Commands.Submissions;

/// <summary>
/// <c>assist __capture</c>: the child process of <c>assist sql</c> and <c>assist run</c>. It runs a compiled
/// submission in capture mode under the limits its parent set and writes the result as JSON. Not for people.
/// </summary>
internal sealed class CaptureCommand : ICliCommand
{
    private static readonly ArgumentParser Parser = new(CaptureProcess.Verb, ["assembly", "symbols", "dialect", "result", "lake", "data", "format"], [], maxPositionals: 0);

    /// <inheritdoc />
    public IReadOnlyList<string> Path { get; } = [CaptureProcess.Verb];

    /// <inheritdoc />
    public string Summary => "Internal: the capture process of assist sql and assist run.";

    /// <inheritdoc />
    public string Help => "assist __capture: internal; started by assist sql and assist run.\n";

    /// <inheritdoc />
    public bool Hidden => true;

    /// <inheritdoc />
    public async Task<int> RunAsync(IReadOnlyList<string> args, CliContext context)
    {
        SubmissionTimings.Start(CaptureProcess.Verb);
        var parsed = Parser.Parse(args);
        string Required(string name) => parsed.Option(name) ?? throw new CliUsageException($"assist {CaptureProcess.Verb}: --{name} is required.");
        var request = new CaptureRequest(Required("assembly"), Required("symbols"), Required("dialect"), Required("result"),
            parsed.Option("lake"), parsed.Option("data"), parsed.Option("format") ?? "csv");
        // Started while the parent still compiles: warm up, then wait for the submission (see CaptureProcess).
        CaptureRunner.WarmUp();
        SubmissionTimings.Mark("warm-up");
        if (await Console.In.ReadLineAsync(context.Cancellation).ConfigureAwait(false) != CaptureProcess.GoSignal)
        {
            return ExitCodes.Cancelled;
        }

        SubmissionTimings.Mark("waited for the compiled submission");
        var result = await CaptureRunner.RunAsync(request, context.Cancellation).ConfigureAwait(false);
        await File.WriteAllTextAsync(request.ResultPath, CaptureJson.Write(result), context.Cancellation).ConfigureAwait(false);
        SubmissionTimings.Mark("capture result written");
        return ExitCodes.Success;
    }
}
