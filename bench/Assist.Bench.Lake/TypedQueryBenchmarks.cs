using System.Data.Common;
using Assist.Query;
using Assist.Query.Local;
using BenchmarkDotNet.Attributes;
using DataLake = global::Assist.Lake.Lake;

namespace Assist.Bench.Lake;

/// <summary>Per-student measures on original items (seeds/001).</summary>
public sealed record StudentRow(long StudentXid, long Problems, double PercentCorrect, double HintsPerProblem, double AttemptsPerProblem);

/// <summary>
/// A research query end to end on the same lake: the typed query (translation from cache, execution, materializer)
/// against its hand-written DuckDB SQL read with a DbDataReader loop (the baseline).
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class TypedQueryBenchmarks
{
    /// <summary>The hand-written SQL the typed query is compared with.</summary>
    public const string HandSql = """
        SELECT al.user_xid, count(*),
               avg(CAST(coalesce(pl.discrete_score, 0) AS DOUBLE)),
               avg(CAST(pl.hint_count AS DOUBLE)),
               avg(CAST(pl.attempt_count AS DOUBLE))
        FROM cas_core.student_data.problem_logs pl
        JOIN cas_core.student_data.assignment_logs al ON al.id = pl.assignment_log_id
        WHERE pl.path_info NOT LIKE '%SP%'
        GROUP BY al.user_xid
        ORDER BY al.user_xid
        """;

    private LocalLake _lake = null!;

    [GlobalSetup]
    public void Setup()
    {
        _lake = LocalLake.Open(BenchLake.Ensure());
        var typed = Typed().Result;
        var hand = HandWritten();
        if (typed.Count != hand.Count || !typed.SequenceEqual(hand))
        {
            throw new InvalidOperationException("the typed query and the hand-written SQL disagree.");
        }
    }

    [GlobalCleanup]
    public void Cleanup() => _lake.Dispose();

    [Benchmark(Baseline = true, Description = "hand-written SQL, DbDataReader loop")]
    public List<StudentRow> HandWritten()
    {
        using var command = _lake.Connection.CreateCommand();
        command.CommandText = HandSql;
        using DbDataReader reader = command.ExecuteReader();
        var rows = new List<StudentRow>();
        while (reader.Read())
        {
            rows.Add(new StudentRow(reader.GetInt64(0), reader.GetInt64(1), reader.GetDouble(2), reader.GetDouble(3), reader.GetDouble(4)));
        }

        return rows;
    }

    // The typed query's own SQL text through the same reader loop: separates our execution cost from the cost of
    // the SQL's shape (the translator writes LIKE ... ESCAPE, which DuckDB runs slower than a plain LIKE).
    [Benchmark(Description = "typed query's SQL text, DbDataReader loop")]
    public List<StudentRow> TypedSqlByHand()
    {
        var sql = Query().ToSql(SqlDialect.DuckDb);
        using var command = _lake.Connection.CreateCommand();
        command.CommandText = sql.Text;
        using DbDataReader reader = command.ExecuteReader();
        var rows = new List<StudentRow>();
        while (reader.Read())
        {
            rows.Add(new StudentRow(reader.GetInt64(0), reader.GetInt64(1), reader.GetDouble(2), reader.GetDouble(3), reader.GetDouble(4)));
        }

        return rows;
    }

    [Benchmark(Description = "typed query, ToListAsync (LocalLake)")]
    public Task<List<StudentRow>> Typed() => Query().ToListAsync(_lake);

    /// <summary>The typed query (built anew on every call, as a researcher's code does).</summary>
    public static Query<StudentRow> Query() =>
        from pl in DataLake.CasCore.StudentData.ProblemLogs
         where !pl.PathInfo!.Contains("SP")
         group pl by pl.AssignmentLog().UserXid into g
         orderby g.Key
         select new StudentRow(
             g.Key,
             g.LongCount(),
             g.Average(p => (double)(p.DiscreteScore ?? 0)),
             g.Average(p => (double)p.HintCount),
             g.Average(p => (double)p.AttemptCount));
}
