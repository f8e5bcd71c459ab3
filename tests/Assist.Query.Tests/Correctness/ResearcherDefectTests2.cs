using Assist.Query.Tests.Execution.Differential;
using Assist.Query.Tests.Infrastructure;
using Xunit;
using static Assist.Query.Tests.Execution.Differential.SeedData;

using Assist.Query.Tests.Model;

namespace Assist.Query.Tests.Correctness;

/// <summary>
/// Researcher-style queries (second hunt) that returned a different answer than C#, failed on the engine, or crashed:
/// the SQL of both dialects side by side where a query has one, and DuckDB's rows against LINQ-to-Objects.
/// </summary>
public class ResearcherDefectTests2(DifferentialFixture fixture) : IClassFixture<DifferentialFixture>
{
    private Task Check<T>(Query<T> query, IEnumerable<T> expected) => CorrectnessCheck.Same(fixture, query, expected);

    // MinAsync ordered ascending and took the first row; ascending puts NULLs first (C#'s comparer, row 26), so the
    // minimum of a column holding one NULL came back null, where C#'s Min skips nulls.
    [Fact]
    public async Task Min_and_max_of_nullable_values_skip_nulls()
    {
        var connection = fixture.Database.Connection;
        var q = TestLake.ProblemLogs.Where(p => p.HintCount < 4);
        var e = ProblemLogs.Where(p => p.HintCount < 4).ToList();
        Assert.Contains(e, p => p.DiscreteScore == null);
        Assert.Equal(e.Min(p => p.DiscreteScore), await q.MinAsync(p => p.DiscreteScore, connection));
        Assert.Equal(e.Max(p => p.DiscreteScore), await q.MaxAsync(p => p.DiscreteScore, connection));
        Assert.Equal(e.Min(p => p.AnswerText), await q.MinAsync(p => p.AnswerText, connection));
        Assert.Equal(e.Min(p => p.EndTime), await q.MinAsync(p => p.EndTime, connection));
        Assert.Equal(e.Min(p => p.ContinuousScore), await q.MinAsync(p => p.ContinuousScore, connection));
        Assert.Null(await q.MinAsync(p => p.DiscreteScore == null ? p.DiscreteScore : null, connection));
        Assert.Equal(e.Min(p => p.HintCount), await q.MinAsync(p => p.HintCount, connection));
    }

    // A composite join key is an anonymous object, never null: C# compares its parts with EqualityComparer.Default,
    // where null equals null, so two logs of one problem without a path match. SQL's = never matched them.
    [Fact]
    public Task Composite_join_key_matches_null_parts_as_csharp_does()
    {
        var query = from p in TestLake.ProblemLogs
                    join q in TestLake.ProblemLogs on new { p.ProblemId, p.PathInfo } equals new { q.ProblemId, q.PathInfo }
                    where p.Id != q.Id
                    select new { P = p.Id, Q = q.Id };
        SqlAssert.Sql(query,
            trino: """
            SELECT "t0"."id" AS "P", "t1"."id" AS "Q"
            FROM "cas_core"."student_data"."problem_logs" AS "t0"
            INNER JOIN "cas_core"."student_data"."problem_logs" AS "t1" ON ("t0"."problem_id" = "t1"."problem_id") AND ("t0"."path_info" IS NOT DISTINCT FROM "t1"."path_info")
            WHERE "t0"."id" <> "t1"."id"
            """,
            duckdb: """
            SELECT "t0"."id" AS "P", "t1"."id" AS "Q"
            FROM "cas_core"."student_data"."problem_logs" AS "t0"
            INNER JOIN "cas_core"."student_data"."problem_logs" AS "t1" ON ("t0"."problem_id" = "t1"."problem_id") AND ("t0"."path_info" IS NOT DISTINCT FROM "t1"."path_info")
            WHERE "t0"."id" <> "t1"."id"
            """);
        return Check(query, from p in ProblemLogs
                            join q in ProblemLogs on new { p.ProblemId, p.PathInfo } equals new { q.ProblemId, q.PathInfo }
                            where p.Id != q.Id
                            select new { P = p.Id, Q = q.Id });
    }

    // The same key in a group join, counted and left-joined; a single nullable key still never matches NULL (C#'s Join
    // skips null keys).
    [Fact]
    public Task Composite_group_join_key_matches_null_parts_single_key_does_not()
    {
        var query = from p in TestLake.ProblemLogs
                    join q in TestLake.ProblemLogs on new { p.AssignmentLogId, Path = p.PathInfo } equals new { q.AssignmentLogId, Path = q.PathInfo } into same
                    join r in TestLake.ProblemLogs on p.PathInfo equals r.PathInfo into samePath
                    from q in same.Where(x => x.Id != p.Id).DefaultIfEmpty()
                    select new { P = p.Id, Q = q == null ? 0 : q.Id, N = same.Count(), M = samePath.Count() };
        SqlAssert.Sql(query,
            trino: """
            SELECT "t0"."id" AS "P", CASE WHEN "t1"."id" IS NULL THEN 0 ELSE "t1"."id" END AS "Q", (
              SELECT count(*) AS "value"
              FROM "cas_core"."student_data"."problem_logs" AS "t2"
              WHERE ("t2"."assignment_log_id" = "t0"."assignment_log_id") AND ("t2"."path_info" IS NOT DISTINCT FROM "t0"."path_info")
            ) AS "N", (
              SELECT count(*) AS "value"
              FROM "cas_core"."student_data"."problem_logs" AS "t3"
              WHERE "t3"."path_info" = "t0"."path_info"
            ) AS "M"
            FROM "cas_core"."student_data"."problem_logs" AS "t0"
            LEFT JOIN "cas_core"."student_data"."problem_logs" AS "t1" ON ("t1"."assignment_log_id" = "t0"."assignment_log_id") AND ("t1"."path_info" IS NOT DISTINCT FROM "t0"."path_info") AND ("t1"."id" <> "t0"."id")
            """,
            duckdb: """
            SELECT "t0"."id" AS "P", CASE WHEN "t1"."id" IS NULL THEN 0 ELSE "t1"."id" END AS "Q", (
              SELECT count(*) AS "value"
              FROM "cas_core"."student_data"."problem_logs" AS "t2"
              WHERE ("t2"."assignment_log_id" = "t0"."assignment_log_id") AND ("t2"."path_info" IS NOT DISTINCT FROM "t0"."path_info")
            ) AS "N", (
              SELECT count(*) AS "value"
              FROM "cas_core"."student_data"."problem_logs" AS "t3"
              WHERE "t3"."path_info" = "t0"."path_info"
            ) AS "M"
            FROM "cas_core"."student_data"."problem_logs" AS "t0"
            LEFT JOIN "cas_core"."student_data"."problem_logs" AS "t1" ON ("t1"."assignment_log_id" = "t0"."assignment_log_id") AND ("t1"."path_info" IS NOT DISTINCT FROM "t0"."path_info") AND ("t1"."id" <> "t0"."id")
            """);
        return Check(query, from p in ProblemLogs
                            join q in ProblemLogs on new { p.AssignmentLogId, Path = p.PathInfo } equals new { q.AssignmentLogId, Path = q.PathInfo } into same
                            join r in ProblemLogs on p.PathInfo equals r.PathInfo into samePath
                            from q in same.Where(x => x.Id != p.Id).DefaultIfEmpty()
                            select new { P = p.Id, Q = q == null ? 0 : q.Id, N = same.Count(), M = samePath.Count() });
    }
}
