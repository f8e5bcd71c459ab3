using Assist.Query.Tests.Execution.Differential;
using Assist.Query.Tests.Infrastructure;
using Xunit;
using static Assist.Query.Tests.Execution.Differential.SeedData;

using Assist.Query.Tests.Model;

namespace Assist.Query.Tests.Correctness;

/// <summary>
/// Researcher-style queries that were translated wrongly, failed on the engine, or were refused although SQL can keep
/// their meaning: the SQL of both dialects side by side, and DuckDB's rows against LINQ-to-Objects.
/// </summary>
public class ResearcherDefectTests(DifferentialFixture fixture) : IClassFixture<DifferentialFixture>
{
    private Task Check<T>(Query<T> query, IEnumerable<T> expected) => CorrectnessCheck.Same(fixture, query, expected);

    // C#'s Distinct keeps null as one value; count(DISTINCT x) skips it, so the count was one short for every group
    // holding a null.
    [Fact]
    public Task Distinct_count_of_a_nullable_value_in_a_group_counts_null_once()
    {
        var query = from p in TestLake.ProblemLogs
                    group p by p.AssignmentLogId into g
                    select new { g.Key, Scores = g.Select(x => x.DiscreteScore).Distinct().Count(), Answers = g.Where(x => x.HintCount > 0).Select(x => x.AnswerText).Distinct().Count() };
        SqlAssert.Sql(query,
            trino: """
            SELECT "t0"."assignment_log_id" AS "Key", count(DISTINCT "t0"."discrete_score") + CASE WHEN count_if("t0"."discrete_score" IS NULL) > 0 THEN 1 ELSE 0 END AS "Scores", count(DISTINCT CASE WHEN "t0"."hint_count" > 0 THEN "t0"."answer_text" END) + CASE WHEN count_if(("t0"."hint_count" > 0) AND ("t0"."answer_text" IS NULL)) > 0 THEN 1 ELSE 0 END AS "Answers"
            FROM "cas_core"."student_data"."problem_logs" AS "t0"
            GROUP BY "t0"."assignment_log_id"
            """,
            duckdb: """
            SELECT "t0"."assignment_log_id" AS "Key", count(DISTINCT "t0"."discrete_score") + CASE WHEN CAST(count_if("t0"."discrete_score" IS NULL) AS BIGINT) > 0 THEN 1 ELSE 0 END AS "Scores", count(DISTINCT CASE WHEN "t0"."hint_count" > 0 THEN "t0"."answer_text" END) + CASE WHEN CAST(count_if(("t0"."hint_count" > 0) AND ("t0"."answer_text" IS NULL)) AS BIGINT) > 0 THEN 1 ELSE 0 END AS "Answers"
            FROM "cas_core"."student_data"."problem_logs" AS "t0"
            GROUP BY "t0"."assignment_log_id"
            """);
        return Check(query, from p in ProblemLogs
                            group p by p.AssignmentLogId into g
                            select new { g.Key, Scores = g.Select(x => x.DiscreteScore).Distinct().Count(), Answers = g.Where(x => x.HintCount > 0).Select(x => x.AnswerText).Distinct().Count() });
    }

    // (long)i * 1000000000L was computed in INTEGER by both engines (the widening cast was dropped and the literal fits
    // an int): DuckDB failed with an overflow where C# computes in 64 bits.
    [Fact]
    public Task Long_arithmetic_over_widened_ints_is_computed_in_bigint()
    {
        var query = from p in TestLake.ProblemLogs
                    group p by p.ProblemId into g
                    select new { g.Key, L = g.Sum(x => (long)x.AttemptCount * 1000000000L), M = g.Max(x => (long)x.HintCount * x.AttemptCount * 1000000000) };
        SqlAssert.Sql(query,
            trino: """
            SELECT "t0"."problem_id" AS "Key", coalesce(sum(CAST("t0"."attempt_count" AS bigint) * 1000000000), 0) AS "L", max((CAST("t0"."hint_count" AS bigint) * "t0"."attempt_count") * 1000000000) AS "M"
            FROM "cas_core"."student_data"."problem_logs" AS "t0"
            GROUP BY "t0"."problem_id"
            """,
            duckdb: """
            SELECT "t0"."problem_id" AS "Key", coalesce(CAST(sum(CAST("t0"."attempt_count" AS BIGINT) * 1000000000) AS BIGINT), 0) AS "L", max((CAST("t0"."hint_count" AS BIGINT) * "t0"."attempt_count") * 1000000000) AS "M"
            FROM "cas_core"."student_data"."problem_logs" AS "t0"
            GROUP BY "t0"."problem_id"
            """);
        return Check(query, from p in ProblemLogs
                            group p by p.ProblemId into g
                            select new { g.Key, L = g.Sum(x => (long)x.AttemptCount * 1000000000L), M = g.Max(x => (long)x.HintCount * x.AttemptCount * 1000000000) });
    }

    [Fact]
    public Task Get_value_or_default_of_nullable_columns()
    {
        var query = TestLake.ProblemLogs.Select(p => new { p.Id, D = p.DiscreteScore.GetValueOrDefault(), D5 = p.DiscreteScore.GetValueOrDefault(5), B = p.BottomHint.GetValueOrDefault() });
        SqlAssert.Sql(query,
            trino: """
            SELECT "t0"."id" AS "Id", coalesce("t0"."discrete_score", 0) AS "D", coalesce("t0"."discrete_score", 5) AS "D5", coalesce("t0"."bottom_hint", FALSE) AS "B"
            FROM "cas_core"."student_data"."problem_logs" AS "t0"
            """,
            duckdb: """
            SELECT "t0"."id" AS "Id", coalesce("t0"."discrete_score", 0) AS "D", coalesce("t0"."discrete_score", 5) AS "D5", coalesce("t0"."bottom_hint", FALSE) AS "B"
            FROM "cas_core"."student_data"."problem_logs" AS "t0"
            """);
        return Check(query, ProblemLogs.Select(p => new { p.Id, D = p.DiscreteScore.GetValueOrDefault(), D5 = p.DiscreteScore.GetValueOrDefault(5), B = p.BottomHint.GetValueOrDefault() }));
    }

    // Log, Log10 and Exp are ln, log10 and exp in both engines; Sign is cast back to C#'s int.
    [Fact]
    public Task Logarithm_exponential_and_sign()
    {
        var query = TestLake.ProblemLogs.Select(p => new { p.Id, L = Math.Log(p.AttemptCount + 1), L10 = Math.Log10(p.AttemptCount * 10), E = Math.Exp(p.HintCount / 10.0), S = Math.Sign(p.HintCount - 2) });
        SqlAssert.Sql(query,
            trino: """
            SELECT "t0"."id" AS "Id", ln(CAST("t0"."attempt_count" + 1 AS double)) AS "L", log10(CAST("t0"."attempt_count" * 10 AS double)) AS "L10", exp(CAST("t0"."hint_count" AS double) / 10E0) AS "E", CAST(sign("t0"."hint_count" - 2) AS integer) AS "S"
            FROM "cas_core"."student_data"."problem_logs" AS "t0"
            """,
            duckdb: """
            SELECT "t0"."id" AS "Id", ln(CAST("t0"."attempt_count" + 1 AS DOUBLE)) AS "L", log10(CAST("t0"."attempt_count" * 10 AS DOUBLE)) AS "L10", exp(CAST("t0"."hint_count" AS DOUBLE) / 10E0) AS "E", CAST(sign("t0"."hint_count" - 2) AS INTEGER) AS "S"
            FROM "cas_core"."student_data"."problem_logs" AS "t0"
            """);
        return Check(query, ProblemLogs.Select(p => new { p.Id, L = Math.Log(p.AttemptCount + 1), L10 = Math.Log10(p.AttemptCount * 10), E = Math.Exp(p.HintCount / 10.0), S = Math.Sign(p.HintCount - 2) }));
    }

    [Fact]
    public Task String_equals_and_char_overloads()
    {
        var query = TestLake.ProblemLogs.Where(p => p.AnswerText!.Equals("x_3") || string.Equals(p.AnswerText, "50%_off") || p.PathInfo!.EndsWith('/') && p.AnswerText!.StartsWith('x'))
            .Select(p => new { p.Id, Under = p.AnswerText!.IndexOf('_') });
        SqlAssert.Sql(query,
            trino: """
            SELECT "t0"."id" AS "Id", strpos("t0"."answer_text", '_') - 1 AS "Under"
            FROM "cas_core"."student_data"."problem_logs" AS "t0"
            WHERE ("t0"."answer_text" = 'x_3') OR ("t0"."answer_text" = '50%_off') OR (("t0"."path_info" LIKE '%/') AND ("t0"."answer_text" LIKE 'x%'))
            """,
            duckdb: """
            SELECT "t0"."id" AS "Id", strpos("t0"."answer_text", '_') - 1 AS "Under"
            FROM "cas_core"."student_data"."problem_logs" AS "t0"
            WHERE ("t0"."answer_text" = 'x_3') OR ("t0"."answer_text" = '50%_off') OR (("t0"."path_info" LIKE '%/') AND ("t0"."answer_text" LIKE 'x%'))
            """);
        return Check(query, ProblemLogs.Where(p => p.AnswerText != null && (p.AnswerText.Equals("x_3") || string.Equals(p.AnswerText, "50%_off") || p.PathInfo != null && p.PathInfo.EndsWith('/') && p.AnswerText.StartsWith('x')))
            .Select(p => new { p.Id, Under = p.AnswerText!.IndexOf('_', StringComparison.Ordinal) }));
    }

    [Fact]
    public Task Date_only_from_a_timestamp()
    {
        var query = from p in TestLake.ProblemLogs group p by DateOnly.FromDateTime(p.StartTime) into g select new { Day = g.Key, N = g.Count() };
        SqlAssert.Sql(query,
            trino: """
            SELECT CAST("t0"."start_time" AS date) AS "Day", count(*) AS "N"
            FROM "cas_core"."student_data"."problem_logs" AS "t0"
            GROUP BY CAST("t0"."start_time" AS date)
            """,
            duckdb: """
            SELECT CAST("t0"."start_time" AS DATE) AS "Day", count(*) AS "N"
            FROM "cas_core"."student_data"."problem_logs" AS "t0"
            GROUP BY CAST("t0"."start_time" AS DATE)
            """);
        return Check(query, from p in ProblemLogs group p by DateOnly.FromDateTime(p.StartTime) into g select new { Day = g.Key, N = g.Count() });
    }

    // GROUP BY held only the row's primary key while the projection read its other columns: invalid on both engines
    // (neither infers the dependency). A whole row is now grouped by all its columns.
    [Fact]
    public Task Group_by_a_navigation_row_groups_by_all_its_columns()
    {
        var query = from p in TestLake.ProblemLogs group p by p.AssignmentLog() into g select new { g.Key.Id, g.Key.UserXid, N = g.Count() };
        SqlAssert.Sql(query,
            trino: """
            SELECT "t1"."id" AS "Id", "t1"."user_xid" AS "UserXid", count(*) AS "N"
            FROM "cas_core"."student_data"."problem_logs" AS "t0"
            INNER JOIN "cas_core"."student_data"."assignment_logs" AS "t1" ON "t1"."id" = "t0"."assignment_log_id"
            GROUP BY "t1"."id", "t1"."user_xid", "t1"."assignment_xid", "t1"."start_time", "t1"."end_time", "t1"."continuous_score", "t1"."created_at", "t1"."updated_at"
            """,
            duckdb: """
            SELECT "t1"."id" AS "Id", "t1"."user_xid" AS "UserXid", count(*) AS "N"
            FROM "cas_core"."student_data"."problem_logs" AS "t0"
            INNER JOIN "cas_core"."student_data"."assignment_logs" AS "t1" ON "t1"."id" = "t0"."assignment_log_id"
            GROUP BY "t1"."id", "t1"."user_xid", "t1"."assignment_xid", "t1"."start_time", "t1"."end_time", "t1"."continuous_score", "t1"."created_at", "t1"."updated_at"
            """);
        return Check(query, from p in ProblemLogs group p by Lookup.Log(p) into g select new { g.Key.Id, g.Key.UserXid, N = g.Count() });
    }

    // The filter navigated from the inner row (a.User()), and its joins were written before the inner table's own join:
    // invalid on both engines. The inner table is now joined first and the filter, which reads the navigation, is WHERE.
    [Fact]
    public Task Select_many_over_a_query_filtered_through_a_navigation_of_its_row()
    {
        var query = from u in TestLake.Users
                    from a in TestLake.AssignmentLogs.AsSequence().Where(a => a.User().Id == u.Id)
                    select new { u.Id, Log = a.Id };
        SqlAssert.Sql(query,
            trino: """
            SELECT "t0"."id" AS "Id", "t1"."id" AS "Log"
            FROM "cas_core"."users"."users" AS "t0"
            CROSS JOIN "cas_core"."student_data"."assignment_logs" AS "t1"
            LEFT JOIN "cas_core"."core"."external_references" AS "t2" ON ("t2"."id" = "t1"."user_xid") AND ("t2"."xref_type_id" = 1)
            LEFT JOIN "cas_core"."users"."users" AS "t3" ON "t3"."id" = "t2"."target_id"
            WHERE "t3"."id" = "t0"."id"
            """,
            duckdb: """
            SELECT "t0"."id" AS "Id", "t1"."id" AS "Log"
            FROM "cas_core"."users"."users" AS "t0"
            CROSS JOIN "cas_core"."student_data"."assignment_logs" AS "t1"
            LEFT JOIN "cas_core"."core"."external_references" AS "t2" ON ("t2"."id" = "t1"."user_xid") AND ("t2"."xref_type_id" = 1)
            LEFT JOIN "cas_core"."users"."users" AS "t3" ON "t3"."id" = "t2"."target_id"
            WHERE "t3"."id" = "t0"."id"
            """);
        return Check(query, from u in Users
                            from a in AssignmentLogs.Where(a => Lookup.UserByXid(a.UserXid).Id == u.Id)
                            select new { u.Id, Log = a.Id });
    }
}
