using System.Text.RegularExpressions;
using Assist.Query.Tests.Infrastructure;
using Assist.Query.Tests.Model;
using Xunit;

namespace Assist.Query.Tests.Translation.SideBySide;

/// <summary>One query, the SQL of every dialect side by side (Trino and Athena text is also parsed with the Trino grammar).</summary>
public class GroupingTests
{
    [Fact]
    public void Group_by_navigation_key_with_aggregates()
    {
        var since = new DateTime(2004, 9, 17);
        var query = from pl in TestLake.ProblemLogs where pl.StartTime >= since group pl by pl.AssignmentLog().UserXid into g select new { Student = g.Key, Problems = g.Count(), Hints = g.Sum(p => p.HintCount), AvgAttempts = g.Average(p => p.AttemptCount), First = g.Min(p => p.StartTime), Best = g.Max(p => p.ContinuousScore) };
        SqlAssert.Sql(query,
            trino: """
            SELECT "t1"."user_xid" AS "Student", count(*) AS "Problems", coalesce(sum("t0"."hint_count"), 0) AS "Hints", avg("t0"."attempt_count") AS "AvgAttempts", min("t0"."start_time") AS "First", max("t0"."continuous_score") AS "Best"
            FROM "cas_core"."student_data"."problem_logs" AS "t0"
            INNER JOIN "cas_core"."student_data"."assignment_logs" AS "t1" ON "t1"."id" = "t0"."assignment_log_id"
            WHERE "t0"."start_time" >= ?
            GROUP BY "t1"."user_xid"
            """,
            duckdb: """
            SELECT "t1"."user_xid" AS "Student", count(*) AS "Problems", coalesce(CAST(sum("t0"."hint_count") AS BIGINT), 0) AS "Hints", avg("t0"."attempt_count") AS "AvgAttempts", min("t0"."start_time") AS "First", max("t0"."continuous_score") AS "Best"
            FROM "cas_core"."student_data"."problem_logs" AS "t0"
            INNER JOIN "cas_core"."student_data"."assignment_logs" AS "t1" ON "t1"."id" = "t0"."assignment_log_id"
            WHERE "t0"."start_time" >= $1
            GROUP BY "t1"."user_xid"
            """);
    }

    [Fact]
    public void Conditional_count_is_count_if()
    {
        var query = from pl in TestLake.ProblemLogs group pl by pl.ProblemId into g select new { g.Key, BottomOut = g.Count(p => p.BottomHint == true), Hinted = g.LongCount(p => p.HintCount > 0) };
        SqlAssert.Sql(query,
            trino: """
            SELECT "t0"."problem_id" AS "Key", coalesce(count_if("t0"."bottom_hint" = TRUE), 0) AS "BottomOut", count_if("t0"."hint_count" > 0) AS "Hinted"
            FROM "cas_core"."student_data"."problem_logs" AS "t0"
            GROUP BY "t0"."problem_id"
            """,
            duckdb: """
            SELECT "t0"."problem_id" AS "Key", coalesce(CAST(count_if("t0"."bottom_hint" = TRUE) AS BIGINT), 0) AS "BottomOut", CAST(count_if("t0"."hint_count" > 0) AS BIGINT) AS "Hinted"
            FROM "cas_core"."student_data"."problem_logs" AS "t0"
            GROUP BY "t0"."problem_id"
            """);
    }

    [Fact]
    public void Count_distinct()
    {
        var query = from pl in TestLake.ProblemLogs group pl by pl.AssignmentLogId into g select new { g.Key, Problems = g.Select(p => p.ProblemId).Distinct().Count() };
        SqlAssert.Sql(query,
            trino: """
            SELECT "t0"."assignment_log_id" AS "Key", count(DISTINCT "t0"."problem_id") AS "Problems"
            FROM "cas_core"."student_data"."problem_logs" AS "t0"
            GROUP BY "t0"."assignment_log_id"
            """,
            duckdb: """
            SELECT "t0"."assignment_log_id" AS "Key", count(DISTINCT "t0"."problem_id") AS "Problems"
            FROM "cas_core"."student_data"."problem_logs" AS "t0"
            GROUP BY "t0"."assignment_log_id"
            """);
    }

    [Fact]
    public void Filtered_sum_is_case_inside_sum()
    {
        var query = from pl in TestLake.ProblemLogs group pl by pl.AssignmentLogId into g select new { g.Key, Hints = g.Where(p => p.AttemptCount > 1).Sum(p => p.HintCount) };
        SqlAssert.Sql(query,
            trino: """
            SELECT "t0"."assignment_log_id" AS "Key", coalesce(sum(CASE WHEN "t0"."attempt_count" > 1 THEN "t0"."hint_count" END), 0) AS "Hints"
            FROM "cas_core"."student_data"."problem_logs" AS "t0"
            GROUP BY "t0"."assignment_log_id"
            """,
            duckdb: """
            SELECT "t0"."assignment_log_id" AS "Key", coalesce(CAST(sum(CASE WHEN "t0"."attempt_count" > 1 THEN "t0"."hint_count" END) AS BIGINT), 0) AS "Hints"
            FROM "cas_core"."student_data"."problem_logs" AS "t0"
            GROUP BY "t0"."assignment_log_id"
            """);
    }

    [Fact]
    public void Where_after_group_is_having()
    {
        var query = from pl in TestLake.ProblemLogs group pl by pl.AssignmentLogId into g where g.Count() > 3 orderby g.Key select new { g.Key, N = g.Count() };
        SqlAssert.Sql(query,
            trino: """
            SELECT "t0"."assignment_log_id" AS "Key", count(*) AS "N"
            FROM "cas_core"."student_data"."problem_logs" AS "t0"
            GROUP BY "t0"."assignment_log_id"
            HAVING count(*) > 3
            ORDER BY "t0"."assignment_log_id" ASC NULLS LAST
            """,
            duckdb: """
            SELECT "t0"."assignment_log_id" AS "Key", count(*) AS "N"
            FROM "cas_core"."student_data"."problem_logs" AS "t0"
            GROUP BY "t0"."assignment_log_id"
            HAVING count(*) > 3
            ORDER BY "t0"."assignment_log_id" ASC NULLS LAST
            """);
    }

    [Fact]
    public void Group_by_composite_key()
    {
        var query = from pl in TestLake.ProblemLogs group pl by new { pl.ProblemId, pl.AttemptCount } into g select new { g.Key.ProblemId, g.Key.AttemptCount, N = g.Count() };
        SqlAssert.Sql(query,
            trino: """
            SELECT "t0"."problem_id" AS "ProblemId", "t0"."attempt_count" AS "AttemptCount", count(*) AS "N"
            FROM "cas_core"."student_data"."problem_logs" AS "t0"
            GROUP BY "t0"."problem_id", "t0"."attempt_count"
            """,
            duckdb: """
            SELECT "t0"."problem_id" AS "ProblemId", "t0"."attempt_count" AS "AttemptCount", count(*) AS "N"
            FROM "cas_core"."student_data"."problem_logs" AS "t0"
            GROUP BY "t0"."problem_id", "t0"."attempt_count"
            """);
    }

    [Fact]
    public void GroupBy_with_result_selector()
    {
        var query = TestLake.ProblemLogs.GroupBy(p => p.ProblemId, (k, rows) => new { k, Total = rows.Sum(r => r.AttemptCount) });
        SqlAssert.Sql(query,
            trino: """
            SELECT "t0"."problem_id" AS "k", coalesce(sum("t0"."attempt_count"), 0) AS "Total"
            FROM "cas_core"."student_data"."problem_logs" AS "t0"
            GROUP BY "t0"."problem_id"
            """,
            duckdb: """
            SELECT "t0"."problem_id" AS "k", coalesce(CAST(sum("t0"."attempt_count") AS BIGINT), 0) AS "Total"
            FROM "cas_core"."student_data"."problem_logs" AS "t0"
            GROUP BY "t0"."problem_id"
            """);
    }

    [Fact]
    public void Group_Any_All_use_count_if()
    {
        var query = from pl in TestLake.ProblemLogs group pl by pl.AssignmentLogId into g select new { g.Key, AnyHint = g.Any(p => p.HintCount > 3), AllScored = g.All(p => p.ContinuousScore > 0.5) };
        SqlAssert.Sql(query,
            trino: """
            SELECT "t0"."assignment_log_id" AS "Key", count_if("t0"."hint_count" > 3) > 0 AS "AnyHint", coalesce(count_if("t0"."continuous_score" > 0.5E0), 0) = count(*) AS "AllScored"
            FROM "cas_core"."student_data"."problem_logs" AS "t0"
            GROUP BY "t0"."assignment_log_id"
            """,
            duckdb: """
            SELECT "t0"."assignment_log_id" AS "Key", CAST(count_if("t0"."hint_count" > 3) AS BIGINT) > 0 AS "AnyHint", coalesce(CAST(count_if("t0"."continuous_score" > 0.5E0) AS BIGINT), 0) = count(*) AS "AllScored"
            FROM "cas_core"."student_data"."problem_logs" AS "t0"
            GROUP BY "t0"."assignment_log_id"
            """);
    }
}
