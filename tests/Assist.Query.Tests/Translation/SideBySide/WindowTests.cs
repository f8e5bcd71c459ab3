using Assist.Query.Tests.Infrastructure;
using Assist.Query.Tests.Model;
using Xunit;

namespace Assist.Query.Tests.Translation.SideBySide;

/// <summary>Window functions: one query, the SQL of every dialect side by side (Trino and Athena text is also parsed with the Trino grammar).</summary>
public class WindowTests
{
    [Fact]
    public void Window_functions()
    {
        var query = TestLake.ProblemLogs.Select(p => new { p.Id, N = Window.RowNumber(Window.PartitionBy(p.AssignmentLogId).OrderBy(p.StartTime)), R = Window.Rank(Window.OrderByDescending(p.HintCount)), D = Window.DenseRank(Window.OrderBy(p.HintCount)), Prev = Window.Lag(p.HintCount, 1, Window.PartitionBy(p.AssignmentLogId).OrderBy(p.Id)), Next = Window.Lead(p.StartTime, 1, Window.PartitionBy(p.AssignmentLogId).OrderBy(p.Id)), Running = Window.Sum(p.HintCount, Window.PartitionBy(p.AssignmentLogId).OrderBy(p.Id).Rows(null, 0)), Moving = Window.Average(p.AttemptCount, Window.PartitionBy(p.AssignmentLogId).OrderBy(p.Id).Rows(-2, 0)) });
        SqlAssert.Sql(query,
            trino: """
            SELECT "t0"."id" AS "Id", row_number() OVER (PARTITION BY "t0"."assignment_log_id" ORDER BY "t0"."start_time" ASC NULLS LAST) AS "N", rank() OVER (ORDER BY "t0"."hint_count" DESC NULLS LAST) AS "R", dense_rank() OVER (ORDER BY "t0"."hint_count" ASC NULLS LAST) AS "D", lag("t0"."hint_count", 1) OVER (PARTITION BY "t0"."assignment_log_id" ORDER BY "t0"."id" ASC NULLS LAST) AS "Prev", lead("t0"."start_time", 1) OVER (PARTITION BY "t0"."assignment_log_id" ORDER BY "t0"."id" ASC NULLS LAST) AS "Next", sum("t0"."hint_count") OVER (PARTITION BY "t0"."assignment_log_id" ORDER BY "t0"."id" ASC NULLS LAST ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS "Running", avg(CAST("t0"."attempt_count" AS double)) OVER (PARTITION BY "t0"."assignment_log_id" ORDER BY "t0"."id" ASC NULLS LAST ROWS BETWEEN 2 PRECEDING AND CURRENT ROW) AS "Moving"
            FROM "cas_core"."student_data"."problem_logs" AS "t0"
            """,
            duckdb: """
            SELECT "t0"."id" AS "Id", row_number() OVER (PARTITION BY "t0"."assignment_log_id" ORDER BY "t0"."start_time" ASC NULLS LAST) AS "N", rank() OVER (ORDER BY "t0"."hint_count" DESC NULLS LAST) AS "R", dense_rank() OVER (ORDER BY "t0"."hint_count" ASC NULLS LAST) AS "D", lag("t0"."hint_count", 1) OVER (PARTITION BY "t0"."assignment_log_id" ORDER BY "t0"."id" ASC NULLS LAST) AS "Prev", lead("t0"."start_time", 1) OVER (PARTITION BY "t0"."assignment_log_id" ORDER BY "t0"."id" ASC NULLS LAST) AS "Next", CAST(sum("t0"."hint_count") OVER (PARTITION BY "t0"."assignment_log_id" ORDER BY "t0"."id" ASC NULLS LAST ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS BIGINT) AS "Running", avg(CAST("t0"."attempt_count" AS DOUBLE)) OVER (PARTITION BY "t0"."assignment_log_id" ORDER BY "t0"."id" ASC NULLS LAST ROWS BETWEEN 2 PRECEDING AND CURRENT ROW) AS "Moving"
            FROM "cas_core"."student_data"."problem_logs" AS "t0"
            """);
    }

    [Fact]
    public void A_window_bound_with_let_is_shared_by_several_functions()
    {
        var query = from p in TestLake.ProblemLogs
                    let byTime = Window.PartitionBy(p.AssignmentLogId).OrderBy(p.StartTime).ThenBy(p.Id)
                    where p.HintCount >= 0
                    select new { p.Id, Nth = Window.RowNumber(byTime), Previous = Window.Lag(p.HintCount, 1, byTime) };
        SqlAssert.Sql(query,
            trino: """
            SELECT "t0"."id" AS "Id", row_number() OVER (PARTITION BY "t0"."assignment_log_id" ORDER BY "t0"."start_time" ASC NULLS LAST, "t0"."id" ASC NULLS LAST) AS "Nth", lag("t0"."hint_count", 1) OVER (PARTITION BY "t0"."assignment_log_id" ORDER BY "t0"."start_time" ASC NULLS LAST, "t0"."id" ASC NULLS LAST) AS "Previous"
            FROM "cas_core"."student_data"."problem_logs" AS "t0"
            WHERE "t0"."hint_count" >= 0
            """,
            duckdb: """
            SELECT "t0"."id" AS "Id", row_number() OVER (PARTITION BY "t0"."assignment_log_id" ORDER BY "t0"."start_time" ASC NULLS LAST, "t0"."id" ASC NULLS LAST) AS "Nth", lag("t0"."hint_count", 1) OVER (PARTITION BY "t0"."assignment_log_id" ORDER BY "t0"."start_time" ASC NULLS LAST, "t0"."id" ASC NULLS LAST) AS "Previous"
            FROM "cas_core"."student_data"."problem_logs" AS "t0"
            WHERE "t0"."hint_count" >= 0
            """);
    }

    [Fact]
    public void A_let_bound_window_is_refused_as_a_result_and_after_its_level_became_a_subquery()
    {
        var asResult = from p in TestLake.ProblemLogs
                       let w = Window.PartitionBy(p.AssignmentLogId)
                       select new { p.Id, w };
        var afterPaging = from p in TestLake.ProblemLogs.Select(p => new { p, w = Window.OrderBy(p.Id) }).Take(10)
                          select Window.RowNumber(p.w);

        var result = Assert.Throws<UntranslatableQueryException>(() => asResult.ToSql(SqlDialect.DuckDb));
        var stale = Assert.Throws<UntranslatableQueryException>(() => afterPaging.ToSql(SqlDialect.Athena));

        Assert.Contains("a window specification as a result value", result.Message, StringComparison.Ordinal);
        Assert.Contains("a let-bound window used after its query level became a subquery", stale.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_window_after_paging_numbers_the_paged_rows_of_a_derived_table()
    {
        var query = TestLake.ProblemLogs.OrderBy(p => p.Id).Take(10).Select(p => new { p.Id, N = Window.RowNumber(Window.OrderByDescending(p.Id)) });
        SqlAssert.Sql(query,
            trino: """
            SELECT "t1"."id" AS "Id", row_number() OVER (ORDER BY "t1"."id" DESC NULLS LAST) AS "N"
            FROM (
              SELECT "t0"."id", "t0"."assignment_log_id", "t0"."problem_id", "t0"."path_info", "t0"."start_time", "t0"."end_time", "t0"."first_response_time", "t0"."first_action_type_id", "t0"."attempt_count", "t0"."hint_count", "t0"."bottom_hint", "t0"."discrete_score", "t0"."continuous_score", "t0"."answer_text", "t0"."teacher_comment", "t0"."created_at", "t0"."updated_at"
              FROM "cas_core"."student_data"."problem_logs" AS "t0"
              ORDER BY "t0"."id" ASC NULLS LAST
              LIMIT 10
            ) AS "t1"
            ORDER BY "t1"."id" ASC NULLS LAST
            """,
            duckdb: """
            SELECT "t1"."id" AS "Id", row_number() OVER (ORDER BY "t1"."id" DESC NULLS LAST) AS "N"
            FROM (
              SELECT "t0"."id", "t0"."assignment_log_id", "t0"."problem_id", "t0"."path_info", "t0"."start_time", "t0"."end_time", "t0"."first_response_time", "t0"."first_action_type_id", "t0"."attempt_count", "t0"."hint_count", "t0"."bottom_hint", "t0"."discrete_score", "t0"."continuous_score", "t0"."answer_text", "t0"."teacher_comment", "t0"."created_at", "t0"."updated_at"
              FROM "cas_core"."student_data"."problem_logs" AS "t0"
              ORDER BY "t0"."id" ASC NULLS LAST
              LIMIT 10
            ) AS "t1"
            ORDER BY "t1"."id" ASC NULLS LAST
            """);
    }
}
