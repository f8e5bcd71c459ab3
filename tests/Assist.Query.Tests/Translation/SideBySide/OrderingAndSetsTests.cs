using System.Text.RegularExpressions;
using Assist.Query.Tests.Infrastructure;
using Assist.Query.Tests.Model;
using Xunit;

namespace Assist.Query.Tests.Translation.SideBySide;

/// <summary>One query, the SQL of every dialect side by side (Trino and Athena text is also parsed with the Trino grammar).</summary>
public class OrderingAndSetsTests
{
    [Fact]
    public void OrderBy_ThenByDescending_nulls_last()
    {
        var query = TestLake.ProblemLogs.OrderBy(p => p.ContinuousScore).ThenByDescending(p => p.Id).Select(p => p.Id);
        SqlAssert.Sql(query,
            trino: """
            SELECT "t0"."id"
            FROM "cas_core"."student_data"."problem_logs" AS "t0"
            ORDER BY "t0"."continuous_score" ASC NULLS FIRST, "t0"."id" DESC NULLS LAST
            """,
            duckdb: """
            SELECT "t0"."id"
            FROM "cas_core"."student_data"."problem_logs" AS "t0"
            ORDER BY "t0"."continuous_score" ASC NULLS FIRST, "t0"."id" DESC NULLS LAST
            """);
    }

    [Fact]
    public void Skip_Take_emit_offset_before_limit()
    {
        var query = TestLake.ProblemLogs.OrderBy(p => p.Id).Skip(20).Take(10).Select(p => p.Id);
        SqlAssert.Sql(query,
            trino: """
            SELECT "t0"."id"
            FROM "cas_core"."student_data"."problem_logs" AS "t0"
            ORDER BY "t0"."id" ASC NULLS LAST
            OFFSET 20
            LIMIT 10
            """,
            duckdb: """
            SELECT "t0"."id"
            FROM "cas_core"."student_data"."problem_logs" AS "t0"
            ORDER BY "t0"."id" ASC NULLS LAST
            OFFSET 20
            LIMIT 10
            """);
    }

    [Fact]
    public void Where_after_Take_wraps_a_derived_table()
    {
        var query = TestLake.ProblemLogs.OrderBy(p => p.Id).Take(10).Where(p => p.HintCount > 0).Select(p => p.Id);
        SqlAssert.Sql(query,
            trino: """
            SELECT "t1"."id"
            FROM (
              SELECT "t0"."id", "t0"."assignment_log_id", "t0"."problem_id", "t0"."path_info", "t0"."start_time", "t0"."end_time", "t0"."first_response_time", "t0"."first_action_type_id", "t0"."attempt_count", "t0"."hint_count", "t0"."bottom_hint", "t0"."discrete_score", "t0"."continuous_score", "t0"."answer_text", "t0"."teacher_comment", "t0"."created_at", "t0"."updated_at"
              FROM "cas_core"."student_data"."problem_logs" AS "t0"
              ORDER BY "t0"."id" ASC NULLS LAST
              LIMIT 10
            ) AS "t1"
            WHERE "t1"."hint_count" > 0
            ORDER BY "t1"."id" ASC NULLS LAST
            """,
            duckdb: """
            SELECT "t1"."id"
            FROM (
              SELECT "t0"."id", "t0"."assignment_log_id", "t0"."problem_id", "t0"."path_info", "t0"."start_time", "t0"."end_time", "t0"."first_response_time", "t0"."first_action_type_id", "t0"."attempt_count", "t0"."hint_count", "t0"."bottom_hint", "t0"."discrete_score", "t0"."continuous_score", "t0"."answer_text", "t0"."teacher_comment", "t0"."created_at", "t0"."updated_at"
              FROM "cas_core"."student_data"."problem_logs" AS "t0"
              ORDER BY "t0"."id" ASC NULLS LAST
              LIMIT 10
            ) AS "t1"
            WHERE "t1"."hint_count" > 0
            ORDER BY "t1"."id" ASC NULLS LAST
            """);
    }

    [Fact]
    public void Distinct()
    {
        var query = TestLake.ProblemLogs.Select(p => p.ProblemId).Distinct();
        SqlAssert.Sql(query,
            trino: """
            SELECT DISTINCT "t0"."problem_id"
            FROM "cas_core"."student_data"."problem_logs" AS "t0"
            """,
            duckdb: """
            SELECT DISTINCT "t0"."problem_id"
            FROM "cas_core"."student_data"."problem_logs" AS "t0"
            """);
    }

    [Fact]
    public void Union()
    {
        var query = TestLake.ProblemLogs.Where(p => p.HintCount > 1).Select(p => p.ProblemId).Union(TestLake.ProblemLogs.Where(p => p.AttemptCount > 3).Select(p => p.ProblemId));
        SqlAssert.Sql(query,
            trino: """
            SELECT "t0"."problem_id"
            FROM "cas_core"."student_data"."problem_logs" AS "t0"
            WHERE "t0"."hint_count" > 1
            UNION
            SELECT "t1"."problem_id"
            FROM "cas_core"."student_data"."problem_logs" AS "t1"
            WHERE "t1"."attempt_count" > 3
            """,
            duckdb: """
            SELECT "t0"."problem_id"
            FROM "cas_core"."student_data"."problem_logs" AS "t0"
            WHERE "t0"."hint_count" > 1
            UNION
            SELECT "t1"."problem_id"
            FROM "cas_core"."student_data"."problem_logs" AS "t1"
            WHERE "t1"."attempt_count" > 3
            """);
    }

    [Fact]
    public void Concat_is_union_all()
    {
        var query = TestLake.ProblemLogs.Select(p => p.ProblemId).Concat(TestLake.Problems.Select(p => p.Id));
        SqlAssert.Sql(query,
            trino: """
            SELECT "t0"."problem_id"
            FROM "cas_core"."student_data"."problem_logs" AS "t0"
            UNION ALL
            SELECT "t1"."id"
            FROM "cas_content"."core"."problems" AS "t1"
            """,
            duckdb: """
            SELECT "t0"."problem_id"
            FROM "cas_core"."student_data"."problem_logs" AS "t0"
            UNION ALL
            SELECT "t1"."id"
            FROM "cas_content"."core"."problems" AS "t1"
            """);
    }

    [Fact]
    public void Intersect()
    {
        var query = TestLake.ProblemLogs.Select(p => p.ProblemId).Intersect(TestLake.Problems.Select(p => p.Id));
        SqlAssert.Sql(query,
            trino: """
            SELECT "t0"."problem_id"
            FROM "cas_core"."student_data"."problem_logs" AS "t0"
            INTERSECT
            SELECT "t1"."id"
            FROM "cas_content"."core"."problems" AS "t1"
            """,
            duckdb: """
            SELECT "t0"."problem_id"
            FROM "cas_core"."student_data"."problem_logs" AS "t0"
            INTERSECT
            SELECT "t1"."id"
            FROM "cas_content"."core"."problems" AS "t1"
            """);
    }

    [Fact]
    public void Except()
    {
        var query = TestLake.Problems.Select(p => p.Id).Except(TestLake.ProblemLogs.Select(p => p.ProblemId));
        SqlAssert.Sql(query,
            trino: """
            SELECT "t0"."id"
            FROM "cas_content"."core"."problems" AS "t0"
            EXCEPT
            SELECT "t1"."problem_id"
            FROM "cas_core"."student_data"."problem_logs" AS "t1"
            """,
            duckdb: """
            SELECT "t0"."id"
            FROM "cas_content"."core"."problems" AS "t0"
            EXCEPT
            SELECT "t1"."problem_id"
            FROM "cas_core"."student_data"."problem_logs" AS "t1"
            """);
    }

    [Fact]
    public void CountQuery_is_a_top_level_aggregate()
    {
        var query = TestLake.ProblemLogs.Where(p => p.HintCount > 0).CountQuery();
        SqlAssert.Sql(query,
            trino: """
            SELECT count(*) AS "value"
            FROM "cas_core"."student_data"."problem_logs" AS "t0"
            WHERE "t0"."hint_count" > 0
            """,
            duckdb: """
            SELECT count(*) AS "value"
            FROM "cas_core"."student_data"."problem_logs" AS "t0"
            WHERE "t0"."hint_count" > 0
            """);
    }

    [Fact]
    public void SumQuery_is_coalesced_and_cast()
    {
        var query = TestLake.ProblemLogs.SumQuery(p => p.HintCount);
        SqlAssert.Sql(query,
            trino: """
            SELECT coalesce(sum("t0"."hint_count"), 0) AS "value"
            FROM "cas_core"."student_data"."problem_logs" AS "t0"
            """,
            duckdb: """
            SELECT coalesce(CAST(sum("t0"."hint_count") AS BIGINT), 0) AS "value"
            FROM "cas_core"."student_data"."problem_logs" AS "t0"
            """);
    }

    [Fact]
    public void AnyQuery_is_select_exists()
    {
        var query = TestLake.ProblemLogs.Where(p => p.HintCount > 3).AnyQuery();
        SqlAssert.Sql(query,
            trino: """
            SELECT EXISTS (
              SELECT 1 AS "value"
              FROM "cas_core"."student_data"."problem_logs" AS "t0"
              WHERE "t0"."hint_count" > 3
            ) AS "value"
            """,
            duckdb: """
            SELECT EXISTS (
              SELECT 1 AS "value"
              FROM "cas_core"."student_data"."problem_logs" AS "t0"
              WHERE "t0"."hint_count" > 3
            ) AS "value"
            """);
    }

    [Fact]
    public void A_level_around_a_page_orders_again_by_the_page_keys()
    {
        // The page's key is not selected: it travels out of the derived table as a hidden column.
        var query = TestLake.ProblemLogs.OrderByDescending(p => p.HintCount * 2).Take(5).Skip(1).Select(p => p.Id);
        SqlAssert.Sql(query,
            trino: """
            SELECT "t1"."id"
            FROM (
              SELECT "t0"."id", "t0"."assignment_log_id", "t0"."problem_id", "t0"."path_info", "t0"."start_time", "t0"."end_time", "t0"."first_response_time", "t0"."first_action_type_id", "t0"."attempt_count", "t0"."hint_count", "t0"."bottom_hint", "t0"."discrete_score", "t0"."continuous_score", "t0"."answer_text", "t0"."teacher_comment", "t0"."created_at", "t0"."updated_at", "t0"."hint_count" * 2 AS "#order"
              FROM "cas_core"."student_data"."problem_logs" AS "t0"
              ORDER BY "t0"."hint_count" * 2 DESC NULLS LAST
              LIMIT 5
            ) AS "t1"
            ORDER BY "t1"."#order" DESC NULLS LAST
            OFFSET 1
            """,
            duckdb: """
            SELECT "t1"."id"
            FROM (
              SELECT "t0"."id", "t0"."assignment_log_id", "t0"."problem_id", "t0"."path_info", "t0"."start_time", "t0"."end_time", "t0"."first_response_time", "t0"."first_action_type_id", "t0"."attempt_count", "t0"."hint_count", "t0"."bottom_hint", "t0"."discrete_score", "t0"."continuous_score", "t0"."answer_text", "t0"."teacher_comment", "t0"."created_at", "t0"."updated_at", "t0"."hint_count" * 2 AS "#order"
              FROM "cas_core"."student_data"."problem_logs" AS "t0"
              ORDER BY "t0"."hint_count" * 2 DESC NULLS LAST
              LIMIT 5
            ) AS "t1"
            ORDER BY "t1"."#order" DESC NULLS LAST
            OFFSET 1
            """);
    }

    [Fact]
    public void A_second_OrderBy_keeps_the_first_as_its_tie_breaker()
    {
        var query = TestLake.ProblemLogs.OrderBy(p => p.StartTime).OrderByDescending(p => p.HintCount).ThenBy(p => p.AttemptCount).Select(p => p.Id);
        SqlAssert.Sql(query,
            trino: """
            SELECT "t0"."id"
            FROM "cas_core"."student_data"."problem_logs" AS "t0"
            ORDER BY "t0"."hint_count" DESC NULLS LAST, "t0"."attempt_count" ASC NULLS LAST, "t0"."start_time" ASC NULLS LAST
            """,
            duckdb: """
            SELECT "t0"."id"
            FROM "cas_core"."student_data"."problem_logs" AS "t0"
            ORDER BY "t0"."hint_count" DESC NULLS LAST, "t0"."attempt_count" ASC NULLS LAST, "t0"."start_time" ASC NULLS LAST
            """);
    }
}
