using System.Diagnostics;
using System.Globalization;

namespace Assist.Bench.Lake;

/// <summary>
/// <c>--import-rate [runs]</c>: imports each large response file several times with a Stopwatch and prints the median
/// wall time, rows per second and the process CPU time per run; a quick figure without a BenchmarkDotNet run.
/// </summary>
internal static class ImportRate
{
    public static void Print(int runs)
    {
        var schema = ImportBenchmarks.LoadSchema();
        foreach (var name in new[] { "assist2015-responses.csv.gz", "assist2017-responses.csv.gz" })
        {
            var file = ImportBenchmarks.PublicDataFile(name);
            var output = Path.Combine(Path.GetTempPath(), "assist-import-rate-" + Guid.NewGuid().ToString("N")[..8]);
            var walls = new List<double>();
            var cpus = new List<double>();
            long rows = 0;
            try
            {
                ImportBenchmarks.Run(schema, file, output); // warm-up: JIT, DuckDB extension loading
                for (var i = 0; i < runs; i++)
                {
                    var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                    var watch = Stopwatch.StartNew();
                    rows = ImportBenchmarks.Run(schema, file, output).InputRows;
                    walls.Add(watch.Elapsed.TotalSeconds);
                    cpus.Add((Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds);
                }
            }
            finally
            {
                if (Directory.Exists(output))
                {
                    Directory.Delete(output, recursive: true);
                }
            }

            walls.Sort();
            cpus.Sort();
            var wall = walls[walls.Count / 2];
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name}: {rows:N0} rows, median {wall:F2} s wall ({rows / wall:N0} rows/s), {cpus[cpus.Count / 2]:F2} s CPU, runs {string.Join(" ", walls.Select(w => w.ToString("F2", CultureInfo.InvariantCulture)))}"));
        }
    }
}
