using System.Text.RegularExpressions;
using Assist.Query.Tests.Infrastructure;
using Assist.Query.Tests.Model;
using Xunit;

namespace Assist.Query.Tests.Translation.SideBySide;

/// <summary>One query, the SQL of every dialect side by side (Trino and Athena text is also parsed with the Trino grammar).</summary>
public class NavigationsTests
{
    [Fact]
    public void ToOne_navigation_joins_once_and_is_reused()
    {
        var query = TestLake.ProblemLogs.Where(p => p.AssignmentLog().EndTime != null).Select(p => new { p.Id, p.AssignmentLog().UserXid, p.AssignmentLog().StartTime });
        SqlAssert.Sql(query,
            trino: """
            SELECT "t0"."id" AS "Id", "t1"."user_xid" AS "UserXid", "t1"."start_time" AS "StartTime"
            FROM "cas_core"."student_data"."problem_logs" AS "t0"
            INNER JOIN "cas_core"."student_data"."assignment_logs" AS "t1" ON "t1"."id" = "t0"."assignment_log_id"
            WHERE "t1"."end_time" IS NOT NULL
            """,
            duckdb: """
            SELECT "t0"."id" AS "Id", "t1"."user_xid" AS "UserXid", "t1"."start_time" AS "StartTime"
            FROM "cas_core"."student_data"."problem_logs" AS "t0"
            INNER JOIN "cas_core"."student_data"."assignment_logs" AS "t1" ON "t1"."id" = "t0"."assignment_log_id"
            WHERE "t1"."end_time" IS NOT NULL
            """);
    }

    [Fact]
    public void Xref_navigation_goes_through_external_references()
    {
        var query = TestLake.AssignmentLogs.Select(al => new { al.Id, al.User().Username });
        SqlAssert.Sql(query,
            trino: """
            SELECT "t0"."id" AS "Id", "t2"."username" AS "Username"
            FROM "cas_core"."student_data"."assignment_logs" AS "t0"
            LEFT JOIN "cas_core"."core"."external_references" AS "t1" ON ("t1"."id" = "t0"."user_xid") AND ("t1"."xref_type_id" = 1)
            LEFT JOIN "cas_core"."users"."users" AS "t2" ON "t2"."id" = "t1"."target_id"
            """,
            duckdb: """
            SELECT "t0"."id" AS "Id", "t2"."username" AS "Username"
            FROM "cas_core"."student_data"."assignment_logs" AS "t0"
            LEFT JOIN "cas_core"."core"."external_references" AS "t1" ON ("t1"."id" = "t0"."user_xid") AND ("t1"."xref_type_id" = 1)
            LEFT JOIN "cas_core"."users"."users" AS "t2" ON "t2"."id" = "t1"."target_id"
            """);
    }

    [Fact]
    public void Xref_with_several_kinds_is_a_left_join_filtered_by_kind()
    {
        var query = TestLake.Assignments.Select(a => new { a.Id, Student = a.AssigneeUser()!.Username, Class = a.AssigneeGroup()!.Name });
        SqlAssert.Sql(query,
            trino: """
            SELECT "t0"."id" AS "Id", "t2"."username" AS "Student", "t4"."name" AS "Class"
            FROM "cas_core"."core"."assignments" AS "t0"
            LEFT JOIN "cas_core"."core"."external_references" AS "t1" ON ("t1"."id" = "t0"."assignee_xid") AND ("t1"."xref_type_id" = 1)
            LEFT JOIN "cas_core"."users"."users" AS "t2" ON "t2"."id" = "t1"."target_id"
            LEFT JOIN "cas_core"."core"."external_references" AS "t3" ON ("t3"."id" = "t0"."assignee_xid") AND ("t3"."xref_type_id" = 2)
            LEFT JOIN "cas_core"."groups"."principal_group_definitions" AS "t4" ON "t4"."id" = "t3"."target_id"
            """,
            duckdb: """
            SELECT "t0"."id" AS "Id", "t2"."username" AS "Student", "t4"."name" AS "Class"
            FROM "cas_core"."core"."assignments" AS "t0"
            LEFT JOIN "cas_core"."core"."external_references" AS "t1" ON ("t1"."id" = "t0"."assignee_xid") AND ("t1"."xref_type_id" = 1)
            LEFT JOIN "cas_core"."users"."users" AS "t2" ON "t2"."id" = "t1"."target_id"
            LEFT JOIN "cas_core"."core"."external_references" AS "t3" ON ("t3"."id" = "t0"."assignee_xid") AND ("t3"."xref_type_id" = 2)
            LEFT JOIN "cas_core"."groups"."principal_group_definitions" AS "t4" ON "t4"."id" = "t3"."target_id"
            """);
    }

    [Fact]
    public void ExternalReference_for_a_partner()
    {
        var query = TestLake.Users.Select(u => new { u.Id, u.ExternalReference(Partner.Tng).Xref });
        SqlAssert.Sql(query,
            trino: """
            SELECT "t0"."id" AS "Id", "t1"."xref" AS "Xref"
            FROM "cas_core"."users"."users" AS "t0"
            LEFT JOIN "cas_core"."core"."external_references" AS "t1" ON ("t1"."target_id" = "t0"."id") AND ("t1"."xref_type_id" = 1) AND ("t1"."partner_id" = 5)
            """,
            duckdb: """
            SELECT "t0"."id" AS "Id", "t1"."xref" AS "Xref"
            FROM "cas_core"."users"."users" AS "t0"
            LEFT JOIN "cas_core"."core"."external_references" AS "t1" ON ("t1"."target_id" = "t0"."id") AND ("t1"."xref_type_id" = 1) AND ("t1"."partner_id" = 5)
            """);
    }

    [Fact]
    public void ToMany_navigation_in_SelectMany_is_inner_join()
    {
        var query = from al in TestLake.AssignmentLogs from pl in al.ProblemLogs() select new { al.Id, pl.HintCount };
        SqlAssert.Sql(query,
            trino: """
            SELECT "t0"."id" AS "Id", "t1"."hint_count" AS "HintCount"
            FROM "cas_core"."student_data"."assignment_logs" AS "t0"
            INNER JOIN "cas_core"."student_data"."problem_logs" AS "t1" ON "t1"."assignment_log_id" = "t0"."id"
            """,
            duckdb: """
            SELECT "t0"."id" AS "Id", "t1"."hint_count" AS "HintCount"
            FROM "cas_core"."student_data"."assignment_logs" AS "t0"
            INNER JOIN "cas_core"."student_data"."problem_logs" AS "t1" ON "t1"."assignment_log_id" = "t0"."id"
            """);
    }

    [Fact]
    public void ToMany_navigation_DefaultIfEmpty_is_left_join()
    {
        var query = from al in TestLake.AssignmentLogs from pl in al.ProblemLogs().DefaultIfEmpty() select new { al.Id, Hints = pl == null ? 0 : pl.HintCount };
        SqlAssert.Sql(query,
            trino: """
            SELECT "t0"."id" AS "Id", CASE WHEN "t1"."id" IS NULL THEN 0 ELSE "t1"."hint_count" END AS "Hints"
            FROM "cas_core"."student_data"."assignment_logs" AS "t0"
            LEFT JOIN "cas_core"."student_data"."problem_logs" AS "t1" ON "t1"."assignment_log_id" = "t0"."id"
            """,
            duckdb: """
            SELECT "t0"."id" AS "Id", CASE WHEN "t1"."id" IS NULL THEN 0 ELSE "t1"."hint_count" END AS "Hints"
            FROM "cas_core"."student_data"."assignment_logs" AS "t0"
            LEFT JOIN "cas_core"."student_data"."problem_logs" AS "t1" ON "t1"."assignment_log_id" = "t0"."id"
            """);
    }

    [Fact]
    public void ToMany_aggregates_are_correlated_subqueries()
    {
        var query = TestLake.AssignmentLogs.Select(al => new { al.Id, N = al.ProblemLogs().Count(), Hints = al.ProblemLogs().Sum(p => p.HintCount), Last = al.ProblemLogs().Max(p => p.StartTime) });
        SqlAssert.Sql(query,
            trino: """
            SELECT "t0"."id" AS "Id", (
              SELECT count(*) AS "value"
              FROM "cas_core"."student_data"."problem_logs" AS "t1"
              WHERE "t1"."assignment_log_id" = "t0"."id"
            ) AS "N", (
              SELECT coalesce(sum("t2"."hint_count"), 0) AS "value"
              FROM "cas_core"."student_data"."problem_logs" AS "t2"
              WHERE "t2"."assignment_log_id" = "t0"."id"
            ) AS "Hints", (
              SELECT max("t3"."start_time") AS "value"
              FROM "cas_core"."student_data"."problem_logs" AS "t3"
              WHERE "t3"."assignment_log_id" = "t0"."id"
            ) AS "Last"
            FROM "cas_core"."student_data"."assignment_logs" AS "t0"
            """,
            duckdb: """
            SELECT "t0"."id" AS "Id", (
              SELECT count(*) AS "value"
              FROM "cas_core"."student_data"."problem_logs" AS "t1"
              WHERE "t1"."assignment_log_id" = "t0"."id"
            ) AS "N", (
              SELECT coalesce(CAST(sum("t2"."hint_count") AS BIGINT), 0) AS "value"
              FROM "cas_core"."student_data"."problem_logs" AS "t2"
              WHERE "t2"."assignment_log_id" = "t0"."id"
            ) AS "Hints", (
              SELECT max("t3"."start_time") AS "value"
              FROM "cas_core"."student_data"."problem_logs" AS "t3"
              WHERE "t3"."assignment_log_id" = "t0"."id"
            ) AS "Last"
            FROM "cas_core"."student_data"."assignment_logs" AS "t0"
            """);
    }

    [Fact]
    public void ToMany_Any_is_exists_All_is_not_exists()
    {
        var query = TestLake.AssignmentLogs.Where(al => al.ProblemLogs().Any(p => p.HintCount > 2) && al.ProblemLogs().All(p => p.AttemptCount < 5)).Select(al => al.Id);
        SqlAssert.Sql(query,
            trino: """
            SELECT "t0"."id"
            FROM "cas_core"."student_data"."assignment_logs" AS "t0"
            WHERE EXISTS (
              SELECT 1 AS "value"
              FROM "cas_core"."student_data"."problem_logs" AS "t1"
              WHERE ("t1"."assignment_log_id" = "t0"."id") AND ("t1"."hint_count" > 2)
            ) AND (NOT EXISTS (
              SELECT 1 AS "value"
              FROM "cas_core"."student_data"."problem_logs" AS "t2"
              WHERE ("t2"."assignment_log_id" = "t0"."id") AND (NOT coalesce("t2"."attempt_count" < 5, FALSE))
            ))
            """,
            duckdb: """
            SELECT "t0"."id"
            FROM "cas_core"."student_data"."assignment_logs" AS "t0"
            WHERE EXISTS (
              SELECT 1 AS "value"
              FROM "cas_core"."student_data"."problem_logs" AS "t1"
              WHERE ("t1"."assignment_log_id" = "t0"."id") AND ("t1"."hint_count" > 2)
            ) AND (NOT EXISTS (
              SELECT 1 AS "value"
              FROM "cas_core"."student_data"."problem_logs" AS "t2"
              WHERE ("t2"."assignment_log_id" = "t0"."id") AND (NOT coalesce("t2"."attempt_count" < 5, FALSE))
            ))
            """);
    }

    [Fact]
    public void Navigation_inside_aggregate_does_not_multiply_rows()
    {
        var query = from al in TestLake.AssignmentLogs group al by al.UserXid into g select new { g.Key, Problems = g.Sum(a => a.ProblemLogs().Count()) };
        SqlAssert.Sql(query,
            trino: """
            SELECT "t0"."user_xid" AS "Key", coalesce(sum((
              SELECT count(*) AS "value"
              FROM "cas_core"."student_data"."problem_logs" AS "t1"
              WHERE "t1"."assignment_log_id" = "t0"."id"
            )), 0) AS "Problems"
            FROM "cas_core"."student_data"."assignment_logs" AS "t0"
            GROUP BY "t0"."user_xid"
            """,
            duckdb: """
            SELECT "t0"."user_xid" AS "Key", coalesce(CAST(sum((
              SELECT count(*) AS "value"
              FROM "cas_core"."student_data"."problem_logs" AS "t1"
              WHERE "t1"."assignment_log_id" = "t0"."id"
            )) AS BIGINT), 0) AS "Problems"
            FROM "cas_core"."student_data"."assignment_logs" AS "t0"
            GROUP BY "t0"."user_xid"
            """);
    }

    [Fact]
    public void Query_inside_lambda_Contains_is_IN_subquery()
    {
        var open = TestLake.AssignmentLogs.Where(a => a.EndTime == null).Select(a => a.Id);
        var query = TestLake.ProblemLogs.Where(p => open.AsSequence().Contains(p.AssignmentLogId)).Select(p => p.Id);
        SqlAssert.Sql(query,
            trino: """
            SELECT "t0"."id"
            FROM "cas_core"."student_data"."problem_logs" AS "t0"
            WHERE "t0"."assignment_log_id" IN (
              SELECT "t1"."id"
              FROM "cas_core"."student_data"."assignment_logs" AS "t1"
              WHERE "t1"."end_time" IS NULL
            )
            """,
            duckdb: """
            SELECT "t0"."id"
            FROM "cas_core"."student_data"."problem_logs" AS "t0"
            WHERE "t0"."assignment_log_id" IN (
              SELECT "t1"."id"
              FROM "cas_core"."student_data"."assignment_logs" AS "t1"
              WHERE "t1"."end_time" IS NULL
            )
            """);
    }

    [Fact]
    public void Query_aggregate_inside_select_is_scalar_subquery()
    {
        var query = TestLake.AssignmentLogs.Select(al => new { al.Id, Max = TestLake.ProblemLogs.Where(p => p.AssignmentLogId == al.Id).AsSequence().Max(p => p.HintCount) });
        SqlAssert.Sql(query,
            trino: """
            SELECT "t0"."id" AS "Id", (
              SELECT max("t1"."hint_count") AS "value"
              FROM "cas_core"."student_data"."problem_logs" AS "t1"
              WHERE "t1"."assignment_log_id" = "t0"."id"
            ) AS "Max"
            FROM "cas_core"."student_data"."assignment_logs" AS "t0"
            """,
            duckdb: """
            SELECT "t0"."id" AS "Id", (
              SELECT max("t1"."hint_count") AS "value"
              FROM "cas_core"."student_data"."problem_logs" AS "t1"
              WHERE "t1"."assignment_log_id" = "t0"."id"
            ) AS "Max"
            FROM "cas_core"."student_data"."assignment_logs" AS "t0"
            """);
    }
}
