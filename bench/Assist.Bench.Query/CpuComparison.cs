using System.Globalization;
using System.Runtime.InteropServices;
using Assist.Bench.Query.Linq2Db;
using Assist.Query;

namespace Assist.Bench.Query;

/// <summary>
/// The benchmark's variants side by side in one process, timed by the calling thread's CPU time rather than the wall
/// clock: on a machine shared by many processes the wall clock mostly measures waiting for a core. Rounds interleave
/// the variants (each runs for a slice, then the next), and each round's ratio to linq2db is kept, so a slow stretch
/// of the machine hits both sides of a ratio. Gen0 collections run on the allocating thread with the workstation GC,
/// so allocation is paid for in the thread's time. A complement to BenchmarkDotNet, not a replacement.
/// </summary>
internal static class CpuComparison
{
    private const int ClockThreadCpuTime = 3;

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    private static double ThreadCpuNanoseconds()
    {
        ClockGetTime(ClockThreadCpuTime, out var t);
        return t.Seconds * 1e9 + t.Nanoseconds;
    }

    public static int Run(int rounds, TextWriter output)
    {
        var since = new DateTime(2024, 7, 1, 0, 0, 0, DateTimeKind.Utc);
        var call = 0;
        DateTime Next() => since.AddDays(++call & 63);
        using var linq2Db = new Linq2DbPerStudent();
        var variants = new (string Name, string Baseline, Func<object> Run)[]
        {
            ("linq2db cached", "linq2db cached", () => linq2Db.Translate(Next())),
            ("linq2db cached, tables mapped whole", "linq2db cached", () => linq2Db.TranslateWholeMapping(Next())),
            ("Assist.Query Athena cached (navigation)", "linq2db cached", () => AssistPerStudent.Translate(Next(), SqlDialect.Athena)),
            ("Assist.Query Athena cached (explicit join)", "linq2db cached", () => AssistPerStudent.BuildWithJoin(Next()).ToSql(SqlDialect.Athena)),
            ("Assist.Query build expression only", "linq2db cached", () => AssistPerStudent.Build(Next())),
            ("C# lambdas only (no library)", "linq2db cached", () => AssistPerStudent.BuildLambdasOnly(Next())),
            ("Assist.Query Athena cache miss", "linq2db cached", () => AssistPerStudent.Translate(Next(), SqlDialect.Athena, new QueryCompiler())),
            ("linq2db CompiledQuery", "linq2db CompiledQuery", () => linq2Db.TranslateCompiled(Next())),
            ("Assist.Query compiled query, Athena", "linq2db CompiledQuery", () => AssistPerStudent.Compiled.ToSql(Next(), SqlDialect.Athena)),
        };

        // Warm-up: every variant runs long enough for tiered compilation to reach its optimized code.
        foreach (var v in variants)
        {
            var until = ThreadCpuNanoseconds() + 0.5e9;
            while (ThreadCpuNanoseconds() < until)
            {
                for (var i = 0; i < 50; i++)
                {
                    v.Run();
                }
            }
        }

        var perCall = variants.ToDictionary(v => v.Name, _ => new List<double>());
        for (var round = 0; round < rounds; round++)
        {
            foreach (var v in variants)
            {
                var calls = 0;
                var start = ThreadCpuNanoseconds();
                var now = start;
                while (now - start < 30e6)
                {
                    for (var i = 0; i < 20; i++)
                    {
                        v.Run();
                    }

                    calls += 20;
                    now = ThreadCpuNanoseconds();
                }

                perCall[v.Name].Add((now - start) / calls);
            }
        }

        output.WriteLine(FormattableString.Invariant($"{rounds} rounds of 30 ms thread CPU per variant; load {File.ReadAllText("/proc/loadavg").Trim()}"));
        output.WriteLine("| variant | median thread CPU per call | min | median of per-round ratios | vs |");
        output.WriteLine("|---|---|---|---|---|");
        foreach (var v in variants)
        {
            var times = perCall[v.Name];
            var baseline = perCall[v.Baseline];
            var ratios = times.Select((t, i) => t / baseline[i]).ToList();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {v.Name} | {Format(Median(times))} | {Format(times.Min())} | {Median(ratios):F3} | {v.Baseline} |"));
        }

        return 0;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }

    private static string Format(double nanoseconds) => nanoseconds >= 1000
        ? (nanoseconds / 1000).ToString("F2", CultureInfo.InvariantCulture) + " µs"
        : nanoseconds.ToString("F0", CultureInfo.InvariantCulture) + " ns";
}
