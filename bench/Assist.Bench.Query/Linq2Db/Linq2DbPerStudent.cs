using DuckDB.NET.Data;
using LinqToDB;
using LinqToDB.Data;

namespace Assist.Bench.Query.Linq2Db;

/// <summary>
/// linq2db 6.5.1 translating the per-student query with its built-in DuckDB provider, over a DuckDBConnection that
/// is never opened (translation needs no connection), as in shared/PERF-ANCHORS.md.
/// </summary>
public sealed class Linq2DbPerStudent : IDisposable
{
    private readonly DuckDBConnection _connection = new("Data Source=:memory:");
    private readonly DataConnection _db;

    public Linq2DbPerStudent()
    {
        _db = new DataConnection(new DataOptions().UseDuckDB().UseConnection(_connection));
    }

    /// <summary>Builds the LINQ expression and translates it; the since value becomes a parameter.</summary>
    public string Translate(DateTime since)
    {
        var query =
            from pl in _db.GetTable<L2ProblemLog>()
            join al in _db.GetTable<L2AssignmentLog>() on pl.AssignmentLogId equals al.Id
            where pl.StartTime >= since
            group pl by al.UserXid into g
            select new PerStudentRow(
                g.Key,
                g.LongCount(),
                g.Sum(x => (long)x.HintCount),
                g.Average(x => (double)x.AttemptCount),
                g.LongCount(x => x.BottomHint == true));
        return query.ToSqlQuery().Sql;
    }

    /// <summary>
    /// The same query over the tables mapped whole (<see cref="L2ProblemLogWhole"/>), the entity size our generated
    /// classes have: only the lambdas the C# compiler builds differ from <see cref="Translate"/>.
    /// </summary>
    public string TranslateWholeMapping(DateTime since)
    {
        var query =
            from pl in _db.GetTable<L2ProblemLogWhole>()
            join al in _db.GetTable<L2AssignmentLogWhole>() on pl.AssignmentLogId equals al.Id
            where pl.StartTime >= since
            group pl by al.UserXid into g
            select new PerStudentRow(
                g.Key,
                g.LongCount(),
                g.Sum(x => (long)x.HintCount),
                g.Average(x => (double)x.AttemptCount),
                g.LongCount(x => x.BottomHint == true));
        return query.ToSqlQuery().Sql;
    }

    // linq2db's compiled query: the expression is built once; each call only runs linq2db's query-cache lookup.
    private static readonly Func<DataConnection, DateTime, IQueryable<PerStudentRow>> s_compiled = CompiledQuery.Compile(
        (DataConnection db, DateTime since) =>
            from pl in db.GetTable<L2ProblemLog>()
            join al in db.GetTable<L2AssignmentLog>() on pl.AssignmentLogId equals al.Id
            where pl.StartTime >= since
            group pl by al.UserXid into g
            select new PerStudentRow(
                g.Key,
                g.LongCount(),
                g.Sum(x => (long)x.HintCount),
                g.Average(x => (double)x.AttemptCount),
                g.LongCount(x => x.BottomHint == true)));

    /// <summary>The SQL of linq2db's compiled query for a since value.</summary>
    public string TranslateCompiled(DateTime since) => s_compiled(_db, since).ToSqlQuery().Sql;

    /// <summary>Drops linq2db's translated-query cache, so the next call translates from scratch.</summary>
    public static void ClearCache() => LinqToDB.Internal.Linq.Query.ClearCaches();

    public void Dispose()
    {
        _db.Dispose();
        _connection.Dispose();
    }
}
