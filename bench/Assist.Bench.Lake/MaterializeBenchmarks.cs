using System.Data.Common;
using Assist.Query;
using Assist.Query.Local;
using BenchmarkDotNet.Attributes;
using Dapper;
using DataLake = global::Assist.Lake.Lake;

namespace Assist.Bench.Lake;

/// <summary>A problem log as six typed columns, one of them nullable.</summary>
public sealed record LogRow(long Id, long AssignmentLogId, int HintCount, int AttemptCount, double? ContinuousScore, DateTime StartTime);

/// <summary>
/// Materializing one million problem logs into records: our executor (typed query, compiled materializer) against
/// a plain DbDataReader loop with typed getters (the baseline) and Dapper, all reading the same rows.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class MaterializeBenchmarks
{
    private const int Rows = 1_000_000;

    private const string HandSql = """
        SELECT id AS Id, assignment_log_id AS AssignmentLogId, hint_count AS HintCount, attempt_count AS AttemptCount,
               continuous_score AS ContinuousScore, start_time AS StartTime
        FROM cas_core.student_data.problem_logs
        LIMIT 1000000
        """;

    private LocalLake _lake = null!;
    private Query<LogRow> _typed = null!;

    [GlobalSetup]
    public void Setup()
    {
        _lake = LocalLake.Open(BenchLake.Ensure());
        _typed = DataLake.CasCore.StudentData.ProblemLogs
            .Take(Rows)
            .Select(p => new LogRow(p.Id, p.AssignmentLogId, p.HintCount, p.AttemptCount, p.ContinuousScore, p.StartTime));
        var count = ReaderLoop().Count;
        if (count != Rows || Executor().Result.Count != Rows || Dapper().Count != Rows)
        {
            throw new InvalidOperationException($"the lake has {count} problem logs; the benchmark needs {Rows}.");
        }
    }

    [GlobalCleanup]
    public void Cleanup() => _lake.Dispose();

    [Benchmark(Baseline = true, Description = "DbDataReader loop, typed getters")]
    public List<LogRow> ReaderLoop()
    {
        using var command = _lake.Connection.CreateCommand();
        command.CommandText = HandSql;
        using DbDataReader reader = command.ExecuteReader();
        var rows = new List<LogRow>();
        while (reader.Read())
        {
            rows.Add(new LogRow(
                reader.GetInt64(0),
                reader.GetInt64(1),
                reader.GetInt32(2),
                reader.GetInt32(3),
                reader.IsDBNull(4) ? null : reader.GetDouble(4),
                reader.GetDateTime(5)));
        }

        return rows;
    }

    [Benchmark(Description = "Assist.Query ToListAsync (LocalLake)")]
    public Task<List<LogRow>> Executor() => _typed.ToListAsync(_lake);

    [Benchmark(Description = "Dapper Query<T>, buffered")]
    public List<LogRow> Dapper() => _lake.Connection.Query<LogRow>(HandSql).AsList();
}
