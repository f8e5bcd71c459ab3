using Assist.Query;
// Inside namespace Assist.*, a bare `Lake` binds to the namespace Assist.Lake, not to the class Assist.Lake.Lake.
using LakeRoot = Assist.Lake.Lake;

namespace Assist.Bench.Query;

/// <summary>Our per-student measures query over the generated entities: the navigation replaces the explicit join.</summary>
public static class AssistPerStudent
{
    /// <summary>Builds the query; <paramref name="since"/> is a captured variable, so it becomes a parameter.</summary>
    public static Query<PerStudentRow> Build(DateTime since) =>
        from pl in LakeRoot.CasCore.StudentData.ProblemLogs
        where pl.StartTime >= since
        group pl by pl.AssignmentLog().UserXid into g
        select new PerStudentRow(
            g.Key,
            g.LongCount(),
            g.Sum(p => (long)p.HintCount),
            g.Average(p => (double)p.AttemptCount),
            g.LongCount(p => p.BottomHint == true));

    /// <summary>
    /// The same query with an explicit join, as the linq2db variant writes it: a larger expression tree (Join with three
    /// lambdas, a transparent identifier), so the two sides build and walk the same tree.
    /// </summary>
    public static Query<PerStudentRow> BuildWithJoin(DateTime since) =>
        from pl in LakeRoot.CasCore.StudentData.ProblemLogs
        join al in LakeRoot.CasCore.StudentData.AssignmentLogs on pl.AssignmentLogId equals al.Id
        where pl.StartTime >= since
        group pl by al.UserXid into g
        select new PerStudentRow(
            g.Key,
            g.LongCount(),
            g.Sum(p => (long)p.HintCount),
            g.Average(p => (double)p.AttemptCount),
            g.LongCount(p => p.BottomHint == true));

    /// <summary>
    /// Only the lambdas the C# compiler builds for <see cref="Build"/>, without our operators: the part of building a
    /// query that no library can make cheaper.
    /// </summary>
    public static object BuildLambdasOnly(DateTime since)
    {
        System.Linq.Expressions.Expression<Func<Assist.Lake.CasCore.StudentData.ProblemLog, bool>> where = pl => pl.StartTime >= since;
        System.Linq.Expressions.Expression<Func<Assist.Lake.CasCore.StudentData.ProblemLog, long>> key = pl => pl.AssignmentLog().UserXid;
        System.Linq.Expressions.Expression<Func<IGrouping<long, Assist.Lake.CasCore.StudentData.ProblemLog>, PerStudentRow>> select = g => new PerStudentRow(
            g.Key,
            g.LongCount(),
            g.Sum(p => (long)p.HintCount),
            g.Average(p => (double)p.AttemptCount),
            g.LongCount(p => p.BottomHint == true));
        return (where, key, select);
    }

    public static string Translate(DateTime since, SqlDialect dialect) => Build(since).ToSql(dialect).Text;

    /// <summary>Translates with a given compiler (a fresh one measures a cache miss).</summary>
    public static string Translate(DateTime since, SqlDialect dialect, QueryCompiler compiler) => compiler.ToSql(Build(since), dialect).Text;

    /// <summary>The same query compiled once: each call binds <c>since</c> into the translated statement.</summary>
    public static readonly CompiledQuery<DateTime, PerStudentRow> Compiled = Assist.Query.Query.Compile((DateTime since) =>
        from pl in LakeRoot.CasCore.StudentData.ProblemLogs
        where pl.StartTime >= since
        group pl by pl.AssignmentLog().UserXid into g
        select new PerStudentRow(
            g.Key,
            g.LongCount(),
            g.Sum(p => (long)p.HintCount),
            g.Average(p => (double)p.AttemptCount),
            g.LongCount(p => p.BottomHint == true)));
}
