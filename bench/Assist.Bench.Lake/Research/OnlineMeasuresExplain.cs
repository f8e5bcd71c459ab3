using System.Diagnostics;
using Assist.Cli.Tests.Research;
using Assist.Query;
using DuckDB.NET.Data;

namespace Assist.Bench.Lake.Research;

/// <summary>
/// <c>--explain-online-measures [students]</c>: the three online-measures statements with DuckDB's EXPLAIN ANALYZE (the
/// operator tree with each operator's time and rows), and one Stopwatch run of each, to see where a difference comes
/// from; the second is <see cref="OnlineMeasuresBenchmarks.HandWrittenTestInCte"/>.
/// </summary>
internal static class OnlineMeasuresExplain
{
    public static void Print(int students)
    {
        using var lake = LocalLake.Open(OnlineMeasuresBenchmarks.LakeFolder(students));
        var ours = OnlineMeasuresBenchmarks.OurSql();
        foreach (var (name, sql, parameters) in new[]
                 {
                     ("hand-written", HandWrittenResearchSql.OnlineMeasures, Array.Empty<object?>()),
                     ("hand-written, original-item test in the CTE", OnlineMeasuresBenchmarks.HandWrittenTestInCte(), Array.Empty<object?>()),
                     ("ours", ours.Text, ours.Parameters.Select(p => p.Value).ToArray()),
                 })
        {
            Console.WriteLine($"==== {name}\n{sql}\n");
            using var command = lake.Connection.CreateCommand();
            command.CommandText = "EXPLAIN ANALYZE " + sql;
            foreach (var value in parameters)
            {
                command.Parameters.Add(new DuckDBParameter(value ?? DBNull.Value));
            }

            var watch = Stopwatch.StartNew();
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                Console.WriteLine(reader.GetString(1));
            }

            Console.WriteLine($"({name}: {watch.Elapsed.TotalMilliseconds:F0} ms with profiling)\n");
        }
    }
}
