using Assist.Bench.Query.Linq2Db;
using Assist.Query;
using BenchmarkDotNet.Attributes;

namespace Assist.Bench.Query;

/// <summary>
/// Translation time of the per-student measures query (problem_logs joined to assignment_logs, since a date,
/// grouped by the student's user_xid: count, sum of hints, average attempts, count of bottom-out hints).
/// Every call builds the query anew with a different since value, so a cache must key on the shape, not the value.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[MinColumn]
[MaxColumn]
public class PerStudentTranslationBenchmarks
{
    private static readonly DateTime s_since = new(2024, 7, 1, 0, 0, 0, DateTimeKind.Utc);

    private Linq2DbPerStudent _linq2Db = null!;
    private Query<PerStudentRow> _prebuilt = null!;
    private int _call;

    [GlobalSetup]
    public void Setup()
    {
        _linq2Db = new Linq2DbPerStudent();
        _prebuilt = AssistPerStudent.Build(s_since);
    }

    [GlobalCleanup]
    public void Cleanup() => _linq2Db.Dispose();

    [Benchmark(Baseline = true, Description = "linq2db 6.5.1 DuckDB, cached")]
    public string Linq2DbCached() => _linq2Db.Translate(NextSince());

    [Benchmark(Description = "linq2db 6.5.1 DuckDB, cached, tables mapped whole")]
    public string Linq2DbCachedWholeMapping() => _linq2Db.TranslateWholeMapping(NextSince());

    [Benchmark(Description = "linq2db 6.5.1 DuckDB, cache miss")]
    public string Linq2DbCacheMiss()
    {
        Linq2DbPerStudent.ClearCache();
        return _linq2Db.Translate(NextSince());
    }

    [Benchmark(Description = "hand-written SQL string")]
    public string HandWritten() => HandWrittenPerStudent.Sql(NextSince());

    [Benchmark(Description = "Assist.Query Athena, cached")]
    public string OursAthenaCached() => AssistPerStudent.Translate(NextSince(), SqlDialect.Athena);

    [Benchmark(Description = "Assist.Query DuckDB, cached")]
    public string OursDuckDbCached() => AssistPerStudent.Translate(NextSince(), SqlDialect.DuckDb);

    [Benchmark(Description = "Assist.Query Athena, cached, explicit join")]
    public string OursAthenaCachedJoin() => AssistPerStudent.BuildWithJoin(NextSince()).ToSql(SqlDialect.Athena).Text;

    // Not a translation: how much of the cached cost is the C# compiler's expression-tree construction.
    [Benchmark(Description = "Assist.Query build expression only")]
    public object OursBuildOnly() => AssistPerStudent.Build(NextSince());

    // The floor: only the lambdas the C# compiler builds for the query, no operator of ours (no library can go below).
    [Benchmark(Description = "C# lambdas of the query only (no library)")]
    public object CSharpLambdasOnly() => AssistPerStudent.BuildLambdasOnly(NextSince());

    // ToSql of one query object translated again and again: its repeat plan re-reads the captured values, no walk.
    [Benchmark(Description = "Assist.Query Athena, ToSql of a prebuilt query")]
    public string OursToSqlOnly() => _prebuilt.ToSql(SqlDialect.Athena).Text;

    // A compiler of its own per call: its cache is empty, so this is a translation from scratch (JIT warm).
    [Benchmark(Description = "Assist.Query Athena, cache miss")]
    public string OursAthenaCacheMiss() => AssistPerStudent.Translate(NextSince(), SqlDialect.Athena, new QueryCompiler());

    [Benchmark(Description = "linq2db 6.5.1 CompiledQuery, SQL for a new value")]
    public string Linq2DbCompiled() => _linq2Db.TranslateCompiled(NextSince());

    [Benchmark(Description = "Assist.Query compiled query, Athena SQL for a new value")]
    public string OursCompiledAthena() => AssistPerStudent.Compiled.ToSql(NextSince(), SqlDialect.Athena).Text;

    // A different day each call, cycling so the values stay realistic.
    private DateTime NextSince() => s_since.AddDays(++_call & 63);
}
