using System.Globalization;
using Assist.Bench.Lake.Research;
using Assist.Cli.Tests.Research;
using Assist.Query;
using BenchmarkDotNet.Attributes;
using DuckDB.NET.Data;

namespace Assist.Bench.Lake;

/// <summary>
/// seeds/001's 15 online measures (examples/research/online_measures.cs) on DuckDB: the statement our compiler writes
/// for the submission against the same analysis written by hand (the SQL the tests prove returns the same rows),
/// side by side in one run. The lake size is a parameter: <c>ASSIST_BENCH_RESEARCH_STUDENTS</c> lists student counts
/// (about 370 problem logs each; default 2,650, about 1 million logs; 26,500 gives about 10 million).
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class OnlineMeasuresBenchmarks
{
    private const string StudentsVariable = "ASSIST_BENCH_RESEARCH_STUDENTS";
    private const long Seed = 7;
    private const string TestInQuestions = "coalesce(s.path_info NOT LIKE '%SP%', true) AS original";

    private LocalLake _lake = null!;
    private SqlText _ours = null!;

    /// <summary>Students in the synthetic lake.</summary>
    [ParamsSource(nameof(Sizes))]
    public int Students { get; set; }

    /// <summary>The student counts to run, from <c>ASSIST_BENCH_RESEARCH_STUDENTS</c> (comma-separated).</summary>
    public static IEnumerable<int> Sizes() =>
        (Environment.GetEnvironmentVariable(StudentsVariable) ?? "2650")
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => int.Parse(s, CultureInfo.InvariantCulture));

    /// <summary>The submission's DuckDB statement (also printed by <c>--explain-online-measures</c>).</summary>
    public static SqlText OurSql() =>
        CapturedSubmission.DuckDbSql(Path.Combine(BenchLake.RepositoryRoot(), "examples", "research", "online_measures.cs"), "online_measures");

    /// <summary>The lake of <paramref name="students"/> students the benchmark reads.</summary>
    public static string LakeFolder(int students) => BenchLake.Ensure(students, Seed);

    [GlobalSetup]
    public void Setup()
    {
        _lake = LocalLake.Open(LakeFolder(Students));
        _ours = OurSql();
        var ours = Generated();
        var hand = HandWritten();
        if (ours.Count == 0 || ours.Count != hand.Count || !ours.Zip(hand).All(p => SameRow(p.First, p.Second)))
        {
            throw new InvalidOperationException($"our SQL ({ours.Count} rows) and the hand-written SQL ({hand.Count} rows) disagree.");
        }
    }

    [GlobalCleanup]
    public void Cleanup() => _lake.Dispose();

    [Benchmark(Baseline = true, Description = "hand-written DuckDB SQL")]
    public List<object?[]> HandWritten() => Read(HandWrittenResearchSql.OnlineMeasures, []);

    // Explains the difference between the other two rows: our SQL computes the original-item flag inside the CTE.
    [Benchmark(Description = "hand-written, original-item test inside the CTE")]
    public List<object?[]> HandWrittenTestInCteRow() => Read(HandWrittenTestInCte(), []);

    [Benchmark(Description = "our generated DuckDB SQL (assist sql --dialect duckdb)")]
    public List<object?[]> Generated() => Read(_ours.Text, _ours.Parameters.Select(p => p.Value));

    private List<object?[]> Read(string sql, IEnumerable<object?> parameters)
    {
        using var command = _lake.Connection.CreateCommand();
        command.CommandText = sql;
        foreach (var value in parameters)
        {
            command.Parameters.Add(new DuckDBParameter(value ?? DBNull.Value));
        }

        using var reader = command.ExecuteReader();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            rows.Add(row);
        }

        return rows;
    }

    // Numbers compare as doubles to 1e-9 relative (the two plans may add in another order; DuckDB sums integers
    // into HUGEINT, which our SQL casts to BIGINT).
    private static bool SameRow(object?[] a, object?[] b) =>
        a.Length == b.Length && a.Zip(b).All(p => p.First is null || p.Second is null
            ? p.First is null && p.Second is null
            : Math.Abs(Number(p.First) - Number(p.Second)) <= 1e-9 * Math.Max(1, Math.Abs(Number(p.First))));

    private static double Number(object value) =>
        value is System.Numerics.BigInteger big ? (double)big : Convert.ToDouble(value, CultureInfo.InvariantCulture);

    /// <summary>
    /// The hand-written statement with the original-item test moved into its first CTE, as our SQL has it. The CTE is
    /// read twice, so DuckDB materializes it; this variant carries a boolean through it instead of the path_info text.
    /// </summary>
    public static string HandWrittenTestInCte()
    {
        var sql = HandWrittenResearchSql.OnlineMeasures;
        if (!sql.Contains(TestInQuestions, StringComparison.Ordinal) || !sql.Contains("pl.end_time, pl.path_info,", StringComparison.Ordinal))
        {
            throw new InvalidOperationException("the hand-written online measures changed; update the variant.");
        }

        return sql
            .Replace("pl.end_time, pl.path_info,", "pl.end_time, coalesce(pl.path_info NOT LIKE '%SP%', true) AS original,", StringComparison.Ordinal)
            .Replace(TestInQuestions, "s.original", StringComparison.Ordinal);
    }
}
