using System.Diagnostics;
using System.Globalization;
using Assist.Cli.Submissions.Compiling;

namespace Assist.Cli.Submissions.Capture;

/// <summary>
/// The parent side of a capture: runs the compiled submission in a child <c>assist</c> process (the hidden
/// <c>__capture</c> verb) with a managed heap limit and a wall-clock limit, kills it when the time is up, and reads
/// its JSON result. The submission's code never runs in the process that writes the review.
/// </summary>
/// <remarks>
/// The child is started before the submission is compiled (<see cref="Start"/>), so that its runtime start-up and
/// warm-up overlap the Roslyn compile in the parent; it then waits on its standard input and loads nothing of the
/// submission until <see cref="RunAsync(CompiledSubmission, CancellationToken)"/> writes the assembly and says go.
/// The wall-clock limit starts at that moment. Disposing kills a child that was never told to go (a submission that
/// did not compile) and deletes the work folder.
/// </remarks>
internal sealed class CaptureProcess : IAsyncDisposable
{
    /// <summary>The hidden verb the child runs.</summary>
    public const string Verb = "__capture";

    /// <summary>The line the parent writes to the child's standard input once the submission's files are in place.</summary>
    public const string GoSignal = "go";

    private readonly DirectoryInfo _work;
    private readonly CaptureRequest _request;
    private readonly CaptureLimits _limits;
    private readonly Process _process;
    private readonly Task<string> _stderr;
    private readonly Task<string> _stdout;

    private CaptureProcess(DirectoryInfo work, CaptureRequest request, CaptureLimits limits, Process process)
    {
        _work = work;
        _request = request;
        _limits = limits;
        _process = process;
        _stderr = process.StandardError.ReadToEndAsync();
        _stdout = process.StandardOutput.ReadToEndAsync();
    }

    /// <summary>Starts the child; it warms up and waits for the submission.</summary>
    public static CaptureProcess Start(CaptureRequestOptions options, CaptureLimits limits)
    {
        var work = Directory.CreateTempSubdirectory("assist-capture-");
        try
        {
            var request = new CaptureRequest(
                Path.Combine(work.FullName, "submission.dll"),
                Path.Combine(work.FullName, "submission.pdb"),
                options.Dialect,
                Path.Combine(work.FullName, "result.json"),
                options.Lake,
                options.DataFolder,
                options.Format);
            var process = Process.Start(StartInfo(request, limits)) ?? throw new InvalidOperationException("The capture process did not start.");
            return new CaptureProcess(work, request, limits, process);
        }
        catch
        {
            work.Delete(recursive: true);
            throw;
        }
    }

    /// <summary>Starts a child, captures <paramref name="compiled"/> in it and cleans up.</summary>
    public static async Task<(CaptureResult? Result, CapturedProblem? Failure)> RunAsync(
        CompiledSubmission compiled, CaptureRequestOptions options, CaptureLimits limits, CancellationToken cancellationToken)
    {
        await using var capture = Start(options, limits);
        return await capture.RunAsync(compiled, cancellationToken).ConfigureAwait(false);
    }

    // Building queries takes well under a second, so a capture alone that runs out of time loops; with a lake the limit
    // also covers running every output, which on real data can simply take longer than the default.
    private string TimeoutMessage()
    {
        var seconds = _limits.Timeout.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture);
        return _request.Lake is null
            ? $"the submission did not finish within {seconds} s and was killed (an endless loop?); building queries takes well under a second"
            : $"the submission did not finish within {seconds} s and was killed: the limit covers building the queries and running every output on the lake; an endless loop, or a large lake (raise --timeout)";
    }

    /// <summary>Hands <paramref name="compiled"/> to the waiting child and waits, at most the wall-clock limit, for its result.</summary>
    public async Task<(CaptureResult? Result, CapturedProblem? Failure)> RunAsync(CompiledSubmission compiled, CancellationToken cancellationToken)
    {
        await File.WriteAllBytesAsync(_request.AssemblyPath, compiled.Assembly, cancellationToken).ConfigureAwait(false);
        await File.WriteAllBytesAsync(_request.SymbolsPath, compiled.Symbols, cancellationToken).ConfigureAwait(false);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_limits.Timeout);
        try
        {
            // A child that died while it waited (it could not start) closed its end: its exit code tells below.
            await SignalAsync().ConfigureAwait(false);
            await _process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            await KillAsync().ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();
            return (null, new CapturedProblem("AS2401", TimeoutMessage(), 0));
        }

        var errors = await _stderr.ConfigureAwait(false);
        await _stdout.ConfigureAwait(false);
        if (SubmissionTimings.Enabled)
        {
            await Console.Error.WriteAsync(errors).ConfigureAwait(false);
        }

        if (_process.ExitCode == 0 && File.Exists(_request.ResultPath)
            && CaptureJson.Read(await File.ReadAllTextAsync(_request.ResultPath, cancellationToken).ConfigureAwait(false)) is { } result)
        {
            return (result, null);
        }

        return (null, errors.Contains("OutOfMemory", StringComparison.Ordinal) || errors.Contains("Out of memory", StringComparison.OrdinalIgnoreCase)
            ? new CapturedProblem("AS2402", string.Create(CultureInfo.InvariantCulture, $"the submission ran out of memory while it was captured (limit {_limits.MemoryBytes / (1024 * 1024)} MiB)"), 0)
            : new CapturedProblem("AS2404", string.Create(CultureInfo.InvariantCulture, $"the capture process failed (exit code {_process.ExitCode}): {FirstLine(errors)}"), 0));
    }

    /// <summary>Kills the child if it still runs (it was never told to go, or the caller gave up) and deletes the work folder.</summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                await KillAsync().ConfigureAwait(false);
            }

            // Drain the pipes so their reader tasks end before the process object goes.
            await Task.WhenAll(_stderr, _stdout).ConfigureAwait(false);
        }
        finally
        {
            _process.Dispose();
            _work.Delete(recursive: true);
        }
    }

    private async Task SignalAsync()
    {
        try
        {
            await _process.StandardInput.WriteLineAsync(GoSignal).ConfigureAwait(false);
            await _process.StandardInput.FlushAsync().ConfigureAwait(false);
            _process.StandardInput.Close();
        }
        catch (IOException)
        {
            // The child is gone (it failed while it waited): WaitForExit and its exit code report it.
        }
    }

    private async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
    }

    private static ProcessStartInfo StartInfo(CaptureRequest request, CaptureLimits limits)
    {
        var dll = typeof(CaptureProcess).Assembly.Location;
        var apphost = Path.Combine(Path.GetDirectoryName(dll)!, OperatingSystem.IsWindows() ? "assist.exe" : "assist");
        ProcessStartInfo start;
        if (File.Exists(apphost))
        {
            start = new ProcessStartInfo(apphost);
        }
        else
        {
            // Run from a host that is not the apphost (a test runner): the same dotnet runs assist.dll.
            var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH")
                ?? (Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet" ? Environment.ProcessPath! : "dotnet");
            start = new ProcessStartInfo(host);
            start.ArgumentList.Add("exec");
            start.ArgumentList.Add(dll);
        }

        foreach (var argument in new[] { Verb, "--assembly", request.AssemblyPath, "--symbols", request.SymbolsPath, "--dialect", request.Dialect, "--result", request.ResultPath, "--format", request.Format })
        {
            start.ArgumentList.Add(argument);
        }

        if (request.Lake is not null && request.DataFolder is not null)
        {
            start.ArgumentList.Add("--lake");
            start.ArgumentList.Add(request.Lake);
            start.ArgumentList.Add("--data");
            start.ArgumentList.Add(request.DataFolder);
        }

        start.RedirectStandardError = true;
        start.RedirectStandardOutput = true;
        start.RedirectStandardInput = true;
        start.UseShellExecute = false;
        start.Environment["DOTNET_GCHeapHardLimit"] = "0x" + limits.MemoryBytes.ToString("X", CultureInfo.InvariantCulture);
        return start;
    }

    private static string FirstLine(string text)
    {
        var line = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
        return string.IsNullOrEmpty(line) ? "no message" : line;
    }
}
