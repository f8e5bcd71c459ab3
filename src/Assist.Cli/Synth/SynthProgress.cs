using System.Diagnostics;
using System.Globalization;

namespace Assist.Cli.Synth;

/// <summary>A per-table progress bar on standard error: one line per step, with rows and seconds.</summary>
internal sealed class SynthProgress(TextWriter error, int totalSteps)
{
    private readonly Stopwatch _total = Stopwatch.StartNew();
    // ASSIST_PROGRESS_CPU=1 adds the process CPU time (all threads, DuckDB's included) of each step: a profile that a
    // busy machine does not distort the way it distorts wall time.
    private static readonly bool ShowCpu = Environment.GetEnvironmentVariable("ASSIST_PROGRESS_CPU") == "1";
    private TimeSpan _cpu = Process.GetCurrentProcess().TotalProcessorTime;
    private int _done;

    /// <summary>Reports a finished step.</summary>
    public void Step(string label, long? rows, TimeSpan elapsed)
    {
        _done++;
        const int width = 24;
        var filled = totalSteps == 0 ? width : Math.Min(width, _done * width / totalSteps);
        var bar = new string('#', filled) + new string('.', width - filled);
        var rowText = rows is { } r ? r.ToString("N0", CultureInfo.InvariantCulture) + " rows" : "";
        var cpuText = "";
        if (ShowCpu)
        {
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            cpuText = string.Create(CultureInfo.InvariantCulture, $" {(cpu - _cpu).TotalSeconds,6:F2} s CPU");
            _cpu = cpu;
        }

        error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"[{bar}] {_done,3}/{totalSteps} {label,-48} {rowText,18} {elapsed.TotalSeconds,7:F1} s{cpuText}"));
        error.Flush();
    }

    /// <summary>Time since the start.</summary>
    public TimeSpan Elapsed => _total.Elapsed;
}
