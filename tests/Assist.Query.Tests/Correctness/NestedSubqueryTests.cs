using Assist.Query.Tests.Execution.Differential;
using Assist.Query.Tests.Infrastructure;
using Assist.Query.Tests.Model;
using Xunit;
using static Assist.Query.Tests.Execution.Differential.SeedData;

namespace Assist.Query.Tests.Correctness;

/// <summary>
/// A sequence inside a sequence of a query lambda becomes a subquery inside a correlated subquery, a shape Trino is
/// known to refuse at planning (docs/dialects.md #58); the grouped query joined instead gives the same numbers and
/// nests no subquery.
/// </summary>
public class NestedSubqueryTests(DifferentialFixture fixture) : IClassFixture<DifferentialFixture>
{
    // Per problem, the actions of the assignment logs of its problem logs.
    private static readonly List<ActionsPerProblem> Expected = [.. Problems.Select(p => new ActionsPerProblem(
        p.Id,
        ProblemLogs.Where(pl => pl.ProblemId == p.Id).Sum(pl => (long)SeedData.Actions.Count(a => a.AssignmentLogId == pl.AssignmentLogId))))];

    [Fact]
    public async Task A_nested_navigation_aggregate_is_a_subquery_inside_a_correlated_subquery()
    {
        var nested = from p in TestLake.Problems
                     select new ActionsPerProblem(p.Id, p.ProblemLogs().Sum(pl => pl.AssignmentLog().Actions().LongCount()));

        Assert.All(Expected, e => Assert.True(e.Actions > 0));
        await CorrectnessCheck.Same(fixture, nested, Expected);
        SqlAssert.Sql(nested, trino: """
            SELECT "t0"."id" AS "Id", (
              SELECT coalesce(sum((
                SELECT count(*) AS "value"
                FROM "cas_core"."student_data"."actions" AS "t3"
                WHERE "t3"."assignment_log_id" = "t2"."id"
              )), 0) AS "value"
              FROM "cas_core"."student_data"."problem_logs" AS "t1"
              INNER JOIN "cas_core"."student_data"."assignment_logs" AS "t2" ON "t2"."id" = "t1"."assignment_log_id"
              WHERE "t1"."problem_id" = "t0"."id"
            ) AS "Actions"
            FROM "cas_content"."core"."problems" AS "t0"
            """,
            duckdb: """
            SELECT "t0"."id" AS "Id", (
              SELECT coalesce(CAST(sum((
                SELECT count(*) AS "value"
                FROM "cas_core"."student_data"."actions" AS "t3"
                WHERE "t3"."assignment_log_id" = "t2"."id"
              )) AS BIGINT), 0) AS "value"
              FROM "cas_core"."student_data"."problem_logs" AS "t1"
              INNER JOIN "cas_core"."student_data"."assignment_logs" AS "t2" ON "t2"."id" = "t1"."assignment_log_id"
              WHERE "t1"."problem_id" = "t0"."id"
            ) AS "Actions"
            FROM "cas_content"."core"."problems" AS "t0"
            """);
    }

    [Fact]
    public async Task Its_join_rewrite_gives_the_same_numbers_with_nothing_nested()
    {
        var actionsPerLog = from a in TestLake.StudentActions
                            group a by a.AssignmentLogId into g
                            select new { AssignmentLogId = g.Key, N = g.LongCount() };
        var rewritten = from pl in TestLake.ProblemLogs
                        join n in actionsPerLog on pl.AssignmentLogId equals n.AssignmentLogId
                        group n by pl.ProblemId into g
                        select new ActionsPerProblem(g.Key, g.Sum(x => x.N));

        // Every seeded problem has actions; one with none would have no row to join and drop out instead of counting 0.
        await CorrectnessCheck.Same(fixture, rewritten, Expected);
        SqlAssert.Sql(rewritten, trino: """
            SELECT "t0"."problem_id" AS "Id", coalesce(sum("t2"."N"), 0) AS "Actions"
            FROM "cas_core"."student_data"."problem_logs" AS "t0"
            INNER JOIN (
              SELECT "t1"."assignment_log_id" AS "AssignmentLogId", count(*) AS "N"
              FROM "cas_core"."student_data"."actions" AS "t1"
              GROUP BY "t1"."assignment_log_id"
            ) AS "t2" ON "t0"."assignment_log_id" = "t2"."AssignmentLogId"
            GROUP BY "t0"."problem_id"
            """,
            duckdb: """
            SELECT "t0"."problem_id" AS "Id", coalesce(CAST(sum("t2"."N") AS BIGINT), 0) AS "Actions"
            FROM "cas_core"."student_data"."problem_logs" AS "t0"
            INNER JOIN (
              SELECT "t1"."assignment_log_id" AS "AssignmentLogId", count(*) AS "N"
              FROM "cas_core"."student_data"."actions" AS "t1"
              GROUP BY "t1"."assignment_log_id"
            ) AS "t2" ON "t0"."assignment_log_id" = "t2"."AssignmentLogId"
            GROUP BY "t0"."problem_id"
            """);
    }

    public sealed record ActionsPerProblem(long Id, long Actions);
}
