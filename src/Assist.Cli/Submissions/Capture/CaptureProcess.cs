using System.Diagnostics;
using System.Globalization;
using Assist.Cli.Submissions.Compiling;

namespace Assist.Cli.Submissions.Capture;

/// <summary>
/// The parent side of a capture: runs the compiled submission in a child <c>assist</c> process (the hidden
/// <c>__capture</c> verb) with a managed heap limit and a wall-clock limit, kills it when the time is up, and reads
/// its JSON result. The submission's code never runs in the process that writes the review.
/// </summary>
internal static class CaptureProcess
{
    /// <summary>The hidden verb the child runs.</summary>
    public const string Verb = "__capture";

    public static async Task<(CaptureResult? Result, CapturedProblem? Failure)> RunAsync(
        CompiledSubmission compiled, CaptureRequestOptions options, CaptureLimits limits, CancellationToken cancellationToken)
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
            await File.WriteAllBytesAsync(request.AssemblyPath, compiled.Assembly, cancellationToken).ConfigureAwait(false);
            await File.WriteAllBytesAsync(request.SymbolsPath, compiled.Symbols, cancellationToken).ConfigureAwait(false);

            using var process = Process.Start(StartInfo(request, limits)) ?? throw new InvalidOperationException("The capture process did not start.");
            var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
            var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(limits.Timeout);
            try
            {
                await process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
                cancellationToken.ThrowIfCancellationRequested();
                return (null, new CapturedProblem("AS2401", string.Create(CultureInfo.InvariantCulture,
                    $"the submission did not finish within {limits.Timeout.TotalSeconds:0.#} s and was killed (an endless loop?); building queries takes well under a second"), 0));
            }

            var errors = await stderr.ConfigureAwait(false);
            await stdout.ConfigureAwait(false);
            if (process.ExitCode == 0 && File.Exists(request.ResultPath)
                && CaptureJson.Read(await File.ReadAllTextAsync(request.ResultPath, cancellationToken).ConfigureAwait(false)) is { } result)
            {
                return (result, null);
            }

            return (null, errors.Contains("OutOfMemory", StringComparison.Ordinal) || errors.Contains("Out of memory", StringComparison.OrdinalIgnoreCase)
                ? new CapturedProblem("AS2402", string.Create(CultureInfo.InvariantCulture, $"the submission ran out of memory while it was captured (limit {limits.MemoryBytes / (1024 * 1024)} MiB)"), 0)
                : new CapturedProblem("AS2404", string.Create(CultureInfo.InvariantCulture, $"the capture process failed (exit code {process.ExitCode}): {FirstLine(errors)}"), 0));
        }
        finally
        {
            work.Delete(recursive: true);
        }
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
