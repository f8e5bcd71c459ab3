using System.Diagnostics;
using System.Globalization;

namespace Assist.Cli.Synth;

/// <summary>A per-table progress bar on standard error: one line per step, with rows and seconds.</summary>
internal sealed class SynthProgress(TextWriter error, int totalSteps)
{
    private readonly Stopwatch _total = Stopwatch.StartNew();
    private int _done;

    /// <summary>Reports a finished step.</summary>
    public void Step(string label, long? rows, TimeSpan elapsed)
    {
        _done++;
        const int width = 24;
        var filled = totalSteps == 0 ? width : Math.Min(width, _done * width / totalSteps);
        var bar = new string('#', filled) + new string('.', width - filled);
        var rowText = rows is { } r ? r.ToString("N0", CultureInfo.InvariantCulture) + " rows" : "";
        error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"[{bar}] {_done,3}/{totalSteps} {label,-48} {rowText,18} {elapsed.TotalSeconds,7:F1} s"));
        error.Flush();
    }

    /// <summary>Time since the start.</summary>
    public TimeSpan Elapsed => _total.Elapsed;
}
