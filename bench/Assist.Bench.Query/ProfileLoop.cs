using System.Diagnostics;
using System.Globalization;
using Assist.Query;

namespace Assist.Bench.Query;

/// <summary>
/// Runs one variant in a loop for a given time, so a profiler (dotnet-trace, dotnet-counters) can attach to a process
/// doing nothing else; prints the calls per second and the managed allocation per call at the end.
/// </summary>
internal static class ProfileLoop
{
    public static int Run(string variant, string seconds, TextWriter output)
    {
        var since = new DateTime(2024, 7, 1, 0, 0, 0, DateTimeKind.Utc);
        if (variant == "walk" && double.TryParse(seconds, CultureInfo.InvariantCulture, out var walkLimit))
        {
            return Walk(since, walkLimit, output);
        }

        var prebuilt = AssistPerStudent.Build(since);
        Func<DateTime, object> call = variant switch
        {
            "cached" => s => AssistPerStudent.Translate(s, SqlDialect.Athena),
            "build" => s => AssistPerStudent.Build(s),
            "tosql" => _ => prebuilt.ToSql(SqlDialect.Athena),
            "compiled" => s => AssistPerStudent.Compiled.ToSql(s, SqlDialect.Athena),
            "miss" => s => AssistPerStudent.Translate(s, SqlDialect.Athena, new QueryCompiler()),
            _ => null!,
        };
        if (call is null || !double.TryParse(seconds, CultureInfo.InvariantCulture, out var limit))
        {
            output.WriteLine("usage: --loop cached|build|tosql|compiled|miss|walk <seconds>");
            return 2;
        }

        output.WriteLine(FormattableString.Invariant($"pid {Environment.ProcessId}: {variant} for {limit} s"));
        var calls = 0L;
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        var batches = new List<double>();
        while (clock.Elapsed.TotalSeconds < limit)
        {
            var batch = Stopwatch.GetTimestamp();
            for (var i = 0; i < 200; i++)
            {
                call(since.AddDays(++calls & 63));
            }

            batches.Add(Stopwatch.GetElapsedTime(batch).TotalMilliseconds * 1000 / 200);
        }

        allocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;
        Report(output, variant, calls, clock.Elapsed, Process.GetCurrentProcess().TotalProcessorTime - cpu, allocated, batches);
        return 0;
    }

    // ToSql of query objects built beforehand and never translated: the cache-key walk of a fresh tree without building it.
    private static int Walk(DateTime since, double limit, TextWriter output)
    {
        output.WriteLine(FormattableString.Invariant($"pid {Environment.ProcessId}: walk for {limit} s"));
        var calls = 0L;
        var elapsed = TimeSpan.Zero;
        var cpu = TimeSpan.Zero;
        var allocated = 0L;
        var batch = new Query<PerStudentRow>[200];
        var batches = new List<double>();
        while (elapsed.TotalSeconds < limit)
        {
            for (var i = 0; i < batch.Length; i++)
            {
                batch[i] = AssistPerStudent.Build(since.AddDays(i & 63));
            }

            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            var clock = Stopwatch.StartNew();
            foreach (var query in batch)
            {
                query.ToSql(SqlDialect.Athena);
            }

            elapsed += clock.Elapsed;
            batches.Add(clock.Elapsed.TotalMilliseconds * 1000 / batch.Length);
            cpu += Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
            allocated += GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
            calls += batch.Length;
        }

        Report(output, "walk", calls, elapsed, cpu, allocated, batches);
        return 0;
    }

    // Per batch of 200 calls: on a shared machine the fastest batches (min, 10th percentile) are the least disturbed.
    private static void Report(TextWriter output, string variant, long calls, TimeSpan wall, TimeSpan cpu, long allocated, List<double> batches)
    {
        batches.Sort();
        output.WriteLine(FormattableString.Invariant(
            $"{variant}: min {batches[0]:F3} µs, p10 {batches[batches.Count / 10]:F3} µs, median {batches[batches.Count / 2]:F3} µs per call; mean {wall.TotalMilliseconds * 1000 / calls:F3} µs (wall), {cpu.TotalMilliseconds * 1000 / calls:F3} µs CPU; {allocated / calls} B per call; load {File.ReadAllText("/proc/loadavg").Split(' ')[0]}"));
    }
}
