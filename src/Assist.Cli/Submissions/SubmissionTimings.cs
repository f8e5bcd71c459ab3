using System.Diagnostics;
using System.Globalization;

namespace Assist.Cli.Submissions;

/// <summary>
/// Where the time of <c>assist sql</c> and <c>assist run</c> goes, printed to standard error when the environment
/// variable <c>ASSIST_TIMINGS=1</c> is set (the child capture process inherits it). Each line gives the phase, its
/// wall time, and the process's CPU time spent in it; the first line of a process also gives the time from process
/// start to <c>Main</c> (runtime start-up and host resolution). Off by default: it costs one environment look-up.
/// </summary>
internal static class SubmissionTimings
{
    /// <summary>The environment variable that switches the timings on.</summary>
    public const string Variable = "ASSIST_TIMINGS";

    private static readonly bool s_enabled = Environment.GetEnvironmentVariable(Variable) == "1";
    private static readonly Lock s_lock = new();
    private static long s_lastTicks;
    private static TimeSpan s_lastCpu;
    private static long s_lastJitted;
    private static TimeSpan s_lastJitTime;

    /// <summary>Whether timings are printed.</summary>
    public static bool Enabled => s_enabled;

    /// <summary>Starts the clock: prints the time from process start to now.</summary>
    public static void Start(string processName)
    {
        if (!s_enabled)
        {
            return;
        }

        using var process = Process.GetCurrentProcess();
        var sinceStart = DateTime.Now - process.StartTime;
        lock (s_lock)
        {
            s_lastTicks = Stopwatch.GetTimestamp();
            s_lastCpu = process.TotalProcessorTime;
            s_lastJitted = System.Runtime.JitInfo.GetCompiledMethodCount();
            s_lastJitTime = System.Runtime.JitInfo.GetCompilationTime();
            Write(string.Create(CultureInfo.InvariantCulture,
                $"[timings {processName}] process start to Main: {sinceStart.TotalMilliseconds,7:0} ms wall, {s_lastCpu.TotalMilliseconds,7:0} ms CPU, {s_lastJitted,5} methods JIT-compiled in {s_lastJitTime.TotalMilliseconds,5:0} ms"));
        }
    }

    /// <summary>Ends the phase <paramref name="phase"/> (it began at the previous mark) and prints its times.</summary>
    public static void Mark(string phase)
    {
        if (!s_enabled)
        {
            return;
        }

        using var process = Process.GetCurrentProcess();
        lock (s_lock)
        {
            var now = Stopwatch.GetTimestamp();
            var cpu = process.TotalProcessorTime;
            var jitted = System.Runtime.JitInfo.GetCompiledMethodCount();
            var jitTime = System.Runtime.JitInfo.GetCompilationTime();
            Write(string.Create(CultureInfo.InvariantCulture,
                $"[timings {Environment.ProcessId}] {phase,-34} {Stopwatch.GetElapsedTime(s_lastTicks, now).TotalMilliseconds,7:0} ms wall, {(cpu - s_lastCpu).TotalMilliseconds,7:0} ms CPU, {jitted - s_lastJitted,5} methods JIT-compiled in {(jitTime - s_lastJitTime).TotalMilliseconds,5:0} ms"));
            s_lastTicks = now;
            s_lastCpu = cpu;
            s_lastJitted = jitted;
            s_lastJitTime = jitTime;
        }
    }

    private static void Write(string line) => Console.Error.WriteLine(line);
}
