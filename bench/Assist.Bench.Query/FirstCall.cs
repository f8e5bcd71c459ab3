using System.Diagnostics;
using System.Globalization;
using Assist.Bench.Query.Linq2Db;
using Assist.Query;

namespace Assist.Bench.Query;

/// <summary>
/// The first translation in a fresh process (JIT, metadata registration, cache empty), timed with a Stopwatch:
/// BenchmarkDotNet's in-process runs cannot show it. Run the process several times and take the median.
/// </summary>
internal static class FirstCall
{
    public static int Run(string variant, TextWriter output)
    {
        var since = new DateTime(2024, 7, 1, 0, 0, 0, DateTimeKind.Utc);
        Func<DateTime, string> translate;
        var setup = Stopwatch.StartNew();
        switch (variant)
        {
            case "assist":
                translate = s => AssistPerStudent.Translate(s, SqlDialect.Athena);
                break;
            case "linq2db":
                var linq2Db = new Linq2DbPerStudent();
                translate = linq2Db.Translate;
                break;
            default:
                output.WriteLine("usage: --first-call assist|linq2db");
                return 2;
        }

        setup.Stop();
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var first = Stopwatch.StartNew();
        translate(since);
        first.Stop();
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        var second = Stopwatch.StartNew();
        translate(since.AddDays(1));
        second.Stop();

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{variant}: setup {setup.Elapsed.TotalMilliseconds:F1} ms, first call {first.Elapsed.TotalMilliseconds:F1} ms ({allocated / 1024} KB), second call {second.Elapsed.TotalMilliseconds:F2} ms"));
        return 0;
    }
}
