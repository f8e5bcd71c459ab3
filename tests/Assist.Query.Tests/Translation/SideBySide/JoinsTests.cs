using System.Text.RegularExpressions;
using Assist.Query.Tests.Infrastructure;
using Assist.Query.Tests.Model;
using Xunit;

namespace Assist.Query.Tests.Translation.SideBySide;

/// <summary>One query, the SQL of every dialect side by side (Trino and Athena text is also parsed with the Trino grammar).</summary>
public class JoinsTests
{
    [Fact]
    public void Join_is_inner_join()
    {
        var query = from pl in TestLake.ProblemLogs join al in TestLake.AssignmentLogs on pl.AssignmentLogId equals al.Id select new { pl.Id, al.UserXid };
        SqlAssert.Sql(query,
            trino: """
            SELECT "t0"."id" AS "Id", "t1"."user_xid" AS "UserXid"
            FROM "cas_core"."student_data"."problem_logs" AS "t0"
            INNER JOIN "cas_core"."student_data"."assignment_logs" AS "t1" ON "t0"."assignment_log_id" = "t1"."id"
            """,
            duckdb: """
            SELECT "t0"."id" AS "Id", "t1"."user_xid" AS "UserXid"
            FROM "cas_core"."student_data"."problem_logs" AS "t0"
            INNER JOIN "cas_core"."student_data"."assignment_logs" AS "t1" ON "t0"."assignment_log_id" = "t1"."id"
            """);
    }

    [Fact]
    public void Join_on_composite_key()
    {
        var query = from a in TestLake.StudentActions join pl in TestLake.ProblemLogs on new { a.AssignmentLogId, P = a.ProblemId } equals new { pl.AssignmentLogId, P = (long?)pl.ProblemId } select new { a.Id, Log = pl.Id };
        SqlAssert.Sql(query,
            trino: """
            SELECT "t0"."id" AS "Id", "t1"."id" AS "Log"
            FROM "cas_core"."student_data"."actions" AS "t0"
            INNER JOIN "cas_core"."student_data"."problem_logs" AS "t1" ON ("t0"."assignment_log_id" = "t1"."assignment_log_id") AND ("t0"."problem_id" = "t1"."problem_id")
            """,
            duckdb: """
            SELECT "t0"."id" AS "Id", "t1"."id" AS "Log"
            FROM "cas_core"."student_data"."actions" AS "t0"
            INNER JOIN "cas_core"."student_data"."problem_logs" AS "t1" ON ("t0"."assignment_log_id" = "t1"."assignment_log_id") AND ("t0"."problem_id" = "t1"."problem_id")
            """);
    }

    [Fact]
    public void GroupJoin_DefaultIfEmpty_is_left_join()
    {
        var query = from al in TestLake.AssignmentLogs join pl in TestLake.ProblemLogs on al.Id equals pl.AssignmentLogId into g from p in g.DefaultIfEmpty() select new { al.Id, Problem = p == null ? (long?)null : p.Id };
        SqlAssert.Sql(query,
            trino: """
            SELECT "t0"."id" AS "Id", CASE WHEN "t1"."id" IS NULL THEN NULL ELSE "t1"."id" END AS "Problem"
            FROM "cas_core"."student_data"."assignment_logs" AS "t0"
            LEFT JOIN "cas_core"."student_data"."problem_logs" AS "t1" ON "t1"."assignment_log_id" = "t0"."id"
            """,
            duckdb: """
            SELECT "t0"."id" AS "Id", CASE WHEN "t1"."id" IS NULL THEN NULL ELSE "t1"."id" END AS "Problem"
            FROM "cas_core"."student_data"."assignment_logs" AS "t0"
            LEFT JOIN "cas_core"."student_data"."problem_logs" AS "t1" ON "t1"."assignment_log_id" = "t0"."id"
            """);
    }

    [Fact]
    public void GroupJoin_aggregate_is_correlated_subquery()
    {
        var query = from al in TestLake.AssignmentLogs join pl in TestLake.ProblemLogs on al.Id equals pl.AssignmentLogId into g select new { al.Id, N = g.Count() };
        SqlAssert.Sql(query,
            trino: """
            SELECT "t0"."id" AS "Id", (
              SELECT count(*) AS "value"
              FROM "cas_core"."student_data"."problem_logs" AS "t1"
              WHERE "t1"."assignment_log_id" = "t0"."id"
            ) AS "N"
            FROM "cas_core"."student_data"."assignment_logs" AS "t0"
            """,
            duckdb: """
            SELECT "t0"."id" AS "Id", (
              SELECT count(*) AS "value"
              FROM "cas_core"."student_data"."problem_logs" AS "t1"
              WHERE "t1"."assignment_log_id" = "t0"."id"
            ) AS "N"
            FROM "cas_core"."student_data"."assignment_logs" AS "t0"
            """);
    }

    [Fact]
    public void SelectMany_over_two_queries_is_cross_join()
    {
        var query = from g in TestLake.PrincipalGroupDefinitions from p in TestLake.Problems select new { G = g.Id, P = p.Id };
        SqlAssert.Sql(query,
            trino: """
            SELECT "t0"."id" AS "G", "t1"."id" AS "P"
            FROM "cas_core"."groups"."principal_group_definitions" AS "t0"
            CROSS JOIN "cas_content"."core"."problems" AS "t1"
            """,
            duckdb: """
            SELECT "t0"."id" AS "G", "t1"."id" AS "P"
            FROM "cas_core"."groups"."principal_group_definitions" AS "t0"
            CROSS JOIN "cas_content"."core"."problems" AS "t1"
            """);
    }

    [Fact]
    public void SelectMany_over_correlated_query_is_inner_join()
    {
        var query = from al in TestLake.AssignmentLogs from p in TestLake.ProblemLogs.Where(p => p.AssignmentLogId == al.Id) select new { al.Id, P = p.Id };
        SqlAssert.Sql(query,
            trino: """
            SELECT "t0"."id" AS "Id", "t1"."id" AS "P"
            FROM "cas_core"."student_data"."assignment_logs" AS "t0"
            INNER JOIN "cas_core"."student_data"."problem_logs" AS "t1" ON "t1"."assignment_log_id" = "t0"."id"
            """,
            duckdb: """
            SELECT "t0"."id" AS "Id", "t1"."id" AS "P"
            FROM "cas_core"."student_data"."assignment_logs" AS "t0"
            INNER JOIN "cas_core"."student_data"."problem_logs" AS "t1" ON "t1"."assignment_log_id" = "t0"."id"
            """);
    }
}
