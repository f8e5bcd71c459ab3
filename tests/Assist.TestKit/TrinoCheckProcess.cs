using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Assist.TestKit;

/// <summary>
/// One node process running tools/trino-check/check.mjs: JSON lines in, JSON lines out. Not thread-safe;
/// <see cref="TrinoGrammar"/> serializes the calls.
/// </summary>
internal sealed class TrinoCheckProcess : IDisposable
{
    private const int StderrLimit = 8_000;

    // Loading the grammar takes about 2 s alone; on a busy 2-core machine shared by parallel builds, much longer.
    private static readonly TimeSpan s_startTimeout = TimeSpan.FromSeconds(120);
    private static readonly TimeSpan s_requestTimeout = TimeSpan.FromSeconds(60);

    private readonly Process _process;
    private readonly StringBuilder _stderr = new();
    private long _nextId;

    private TrinoCheckProcess(Process process)
    {
        _process = process;
    }

    /// <summary>Whether the process can still take requests.</summary>
    public bool IsAlive => !_process.HasExited;

    /// <summary>The node process id.</summary>
    public int ProcessId => _process.Id;

    /// <summary>Starts node on check.mjs and waits until the grammar has loaded.</summary>
    public static TrinoCheckProcess Start(string toolFolder)
    {
        var startInfo = new ProcessStartInfo("node")
        {
            WorkingDirectory = toolFolder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardInputEncoding = new UTF8Encoding(false),
            StandardOutputEncoding = Encoding.UTF8,
        };
        startInfo.ArgumentList.Add("--import");
        startInfo.ArgumentList.Add("./register.mjs");
        startInfo.ArgumentList.Add("./check.mjs");

        Process process;
        try
        {
            process = Process.Start(startInfo) ?? throw new InvalidOperationException("Process.Start returned null for node.");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException($"Cannot start 'node' for the Trino grammar check ({e.Message}). Install Node.js 20+ and put it on PATH.", e);
        }

        var checker = new TrinoCheckProcess(process);
        process.ErrorDataReceived += checker.OnStderr;
        process.BeginErrorReadLine();
        var ready = checker.ReadLine(s_startTimeout, "starting");
        if (ready is null || !ready.Contains("\"ready\"", StringComparison.Ordinal))
        {
            checker.Dispose();
            throw new InvalidOperationException($"The Trino grammar check in {toolFolder} did not start: first output was '{ready}'.{checker.StderrText()}");
        }

        return checker;
    }

    /// <summary>Parses <paramref name="sql"/>; throws when the process fails or answers nonsense.</summary>
    public IReadOnlyList<TrinoSyntaxError> Validate(string sql)
    {
        var id = ++_nextId;
        var request = JsonSerializer.Serialize(new CheckRequest(id, sql));
        try
        {
            _process.StandardInput.WriteLine(request);
            _process.StandardInput.Flush();
        }
        catch (IOException e)
        {
            throw new TrinoCheckDiedException($"Writing to the Trino grammar check failed: {e.Message}.{StderrText()}", e);
        }

        var line = ReadLine(s_requestTimeout, "parsing")
            ?? throw new TrinoCheckDiedException($"The Trino grammar check exited while parsing (exit code {ExitCodeText()}).{StderrText()}");
        return ParseResponse(line, id);
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                // Closing stdin ends check.mjs's read loop; kill only if it does not stop by itself.
                _process.StandardInput.Close();
                if (!_process.WaitForExit(2_000))
                {
                    _process.Kill();
                }
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
        catch (IOException)
        {
            // Its stdin pipe is already broken: it is exiting.
        }

        _process.Dispose();
    }

    private static List<TrinoSyntaxError> ParseResponse(string line, long expectedId)
    {
        using var document = JsonDocument.Parse(line);
        var root = document.RootElement;
        if (!root.TryGetProperty("id", out var idElement) || idElement.ValueKind != JsonValueKind.Number || idElement.GetInt64() != expectedId)
        {
            throw new InvalidOperationException($"The Trino grammar check answered out of order (expected id {expectedId}): {line}");
        }

        if (root.TryGetProperty("failure", out var failure))
        {
            throw new InvalidOperationException($"The Trino grammar check could not parse the statement: {failure.GetString()}");
        }

        var errors = new List<TrinoSyntaxError>();
        foreach (var e in root.GetProperty("errors").EnumerateArray())
        {
            errors.Add(new TrinoSyntaxError(
                e.GetProperty("startLine").GetInt32(),
                e.GetProperty("endLine").GetInt32(),
                e.GetProperty("startColumn").GetInt32(),
                e.GetProperty("endColumn").GetInt32(),
                e.GetProperty("message").GetString() ?? ""));
        }

        return errors;
    }

    private string? ReadLine(TimeSpan timeout, string activity)
    {
        var read = _process.StandardOutput.ReadLineAsync();
        if (!read.Wait(timeout))
        {
            KillQuietly();
            throw new TrinoCheckDiedException($"The Trino grammar check did not answer within {timeout.TotalSeconds} s while {activity}; it was killed.{StderrText()}");
        }

        return read.Result;
    }

    private void KillQuietly()
    {
        try
        {
            _process.Kill();
        }
        catch (InvalidOperationException)
        {
            // Already exited.
        }
    }

    private string ExitCodeText() => _process.WaitForExit(2_000) ? _process.ExitCode.ToString(System.Globalization.CultureInfo.InvariantCulture) : "still running";

    private void OnStderr(object sender, DataReceivedEventArgs e)
    {
        if (e.Data is null)
        {
            return;
        }

        lock (_stderr)
        {
            if (_stderr.Length < StderrLimit)
            {
                _stderr.AppendLine(e.Data);
            }
        }
    }

    private string StderrText()
    {
        // Give the async stderr reader a moment to catch up with a process that just died.
        _process.WaitForExit(500);
        lock (_stderr)
        {
            return _stderr.Length == 0 ? "" : "\nnode stderr:\n" + _stderr.ToString().TrimEnd();
        }
    }

    private sealed record CheckRequest(
        [property: JsonPropertyName("id")] long Id,
        [property: JsonPropertyName("sql")] string Sql);
}
