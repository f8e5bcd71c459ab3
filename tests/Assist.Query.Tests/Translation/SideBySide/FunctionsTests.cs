using System.Text.RegularExpressions;
using Assist.Query.Tests.Infrastructure;
using Assist.Query.Tests.Model;
using Xunit;

namespace Assist.Query.Tests.Translation.SideBySide;

/// <summary>One query, the SQL of every dialect side by side (Trino and Athena text is also parsed with the Trino grammar).</summary>
public class FunctionsTests
{
    [Fact]
    public void Integer_division_and_modulo()
    {
        var query = TestLake.ProblemLogs.Select(p => new { Half = p.HintCount / 2, Rest = p.HintCount % 2, Ratio = p.HintCount / 2.0 });
        SqlAssert.Sql(query,
            trino: """
            SELECT "t0"."hint_count" / 2 AS "Half", "t0"."hint_count" % 2 AS "Rest", CAST("t0"."hint_count" AS double) / 2E0 AS "Ratio"
            FROM "cas_core"."student_data"."problem_logs" AS "t0"
            """,
            duckdb: """
            SELECT "t0"."hint_count" // 2 AS "Half", "t0"."hint_count" % 2 AS "Rest", CAST("t0"."hint_count" AS DOUBLE) / 2E0 AS "Ratio"
            FROM "cas_core"."student_data"."problem_logs" AS "t0"
            """);
    }

    [Fact]
    public void Decimal_division_is_done_as_double()
    {
        var query = TestLake.ProblemLogs.Select(p => new { Share = (decimal)p.HintCount / 3m });
        SqlAssert.Sql(query,
            trino: """
            SELECT CAST(CAST("t0"."hint_count" AS decimal(38,10)) AS double) / CAST(3 AS double) AS "Share"
            FROM "cas_core"."student_data"."problem_logs" AS "t0"
            """,
            duckdb: """
            SELECT CAST(CAST("t0"."hint_count" AS DECIMAL(38,10)) AS DOUBLE) / CAST(3 AS DOUBLE) AS "Share"
            FROM "cas_core"."student_data"."problem_logs" AS "t0"
            """);
    }

    [Fact]
    public void Casts_truncate_floating_to_integer()
    {
        var query = TestLake.ProblemLogs.Select(p => new { Whole = (int)(p.ContinuousScore ?? 0), AsDouble = (double)p.AttemptCount });
        SqlAssert.Sql(query,
            trino: """
            SELECT CAST(truncate(coalesce("t0"."continuous_score", 0E0)) AS integer) AS "Whole", CAST("t0"."attempt_count" AS double) AS "AsDouble"
            FROM "cas_core"."student_data"."problem_logs" AS "t0"
            """,
            duckdb: """
            SELECT CAST(trunc(coalesce("t0"."continuous_score", 0E0)) AS INTEGER) AS "Whole", CAST("t0"."attempt_count" AS DOUBLE) AS "AsDouble"
            FROM "cas_core"."student_data"."problem_logs" AS "t0"
            """);
    }

    [Fact]
    public void Coalesce_and_is_null()
    {
        var query = TestLake.ProblemLogs.Where(p => p.EndTime == null).Select(p => new { Score = p.ContinuousScore ?? 0 });
        SqlAssert.Sql(query,
            trino: """
            SELECT coalesce("t0"."continuous_score", 0E0) AS "Score"
            FROM "cas_core"."student_data"."problem_logs" AS "t0"
            WHERE "t0"."end_time" IS NULL
            """,
            duckdb: """
            SELECT coalesce("t0"."continuous_score", 0E0) AS "Score"
            FROM "cas_core"."student_data"."problem_logs" AS "t0"
            WHERE "t0"."end_time" IS NULL
            """);
    }

    [Fact]
    public void Nullable_equality_is_not_distinct_from()
    {
        var query = TestLake.ProblemLogs.Where(p => p.DiscreteScore == p.FirstResponseTime || p.BottomHint != p.AssignmentLog().ContinuousScore.HasValue).Select(p => p.Id);
        SqlAssert.Sql(query,
            trino: """
            SELECT "t0"."id"
            FROM "cas_core"."student_data"."problem_logs" AS "t0"
            INNER JOIN "cas_core"."student_data"."assignment_logs" AS "t1" ON "t1"."id" = "t0"."assignment_log_id"
            WHERE ("t0"."discrete_score" IS NOT DISTINCT FROM "t0"."first_response_time") OR ("t0"."bottom_hint" IS DISTINCT FROM ("t1"."continuous_score" IS NOT NULL))
            """,
            duckdb: """
            SELECT "t0"."id"
            FROM "cas_core"."student_data"."problem_logs" AS "t0"
            INNER JOIN "cas_core"."student_data"."assignment_logs" AS "t1" ON "t1"."id" = "t0"."assignment_log_id"
            WHERE ("t0"."discrete_score" IS NOT DISTINCT FROM "t0"."first_response_time") OR ("t0"."bottom_hint" IS DISTINCT FROM ("t1"."continuous_score" IS NOT NULL))
            """);
    }

    [Fact]
    public void Conditional_is_case()
    {
        var query = TestLake.ProblemLogs.Select(p => p.HintCount == 0 ? "none" : p.HintCount < 3 ? "some" : "many");
        SqlAssert.Sql(query,
            trino: """
            SELECT CASE WHEN "t0"."hint_count" = 0 THEN 'none' WHEN "t0"."hint_count" < 3 THEN 'some' ELSE 'many' END AS "value"
            FROM "cas_core"."student_data"."problem_logs" AS "t0"
            """,
            duckdb: """
            SELECT CASE WHEN "t0"."hint_count" = 0 THEN 'none' WHEN "t0"."hint_count" < 3 THEN 'some' ELSE 'many' END AS "value"
            FROM "cas_core"."student_data"."problem_logs" AS "t0"
            """);
    }

    [Fact]
    public void String_functions()
    {
        var query = TestLake.ProblemLogs.Select(p => new { L = p.AnswerText!.Length, U = p.AnswerText.ToUpper(), Lo = p.AnswerText.ToLower(), T = p.AnswerText.Trim(), S = p.AnswerText.Substring(1, 3), I = p.AnswerText.IndexOf("x"), R = p.AnswerText.Replace("a", "b") });
        SqlAssert.Sql(query,
            trino: """
            SELECT length("t0"."answer_text") AS "L", upper("t0"."answer_text") AS "U", lower("t0"."answer_text") AS "Lo", trim(BOTH chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || ' ' || chr(133) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) FROM "t0"."answer_text") AS "T", substr("t0"."answer_text", 2, 3) AS "S", strpos("t0"."answer_text", 'x') - 1 AS "I", replace("t0"."answer_text", 'a', 'b') AS "R"
            FROM "cas_core"."student_data"."problem_logs" AS "t0"
            """,
            duckdb: """
            SELECT length("t0"."answer_text") AS "L", upper("t0"."answer_text") AS "U", lower("t0"."answer_text") AS "Lo", trim(BOTH chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || ' ' || chr(133) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) FROM "t0"."answer_text") AS "T", substr("t0"."answer_text", 2, 3) AS "S", strpos("t0"."answer_text", 'x') - 1 AS "I", replace("t0"."answer_text", 'a', 'b') AS "R"
            FROM "cas_core"."student_data"."problem_logs" AS "t0"
            """);
    }

    [Fact]
    public void Concatenation_is_pipes_with_csharp_null_semantics()
    {
        var query = TestLake.ProblemLogs.Select(p => p.AnswerText + " (" + p.HintCount + ")");
        SqlAssert.Sql(query,
            trino: """
            SELECT ((coalesce("t0"."answer_text", '') || ' (') || CAST("t0"."hint_count" AS varchar)) || ')' AS "value"
            FROM "cas_core"."student_data"."problem_logs" AS "t0"
            """,
            duckdb: """
            SELECT ((coalesce("t0"."answer_text", '') || ' (') || CAST("t0"."hint_count" AS VARCHAR)) || ')' AS "value"
            FROM "cas_core"."student_data"."problem_logs" AS "t0"
            """);
    }

    [Fact]
    public void Like_with_plain_literal_pattern_has_no_escape_clause()
    {
        var query = TestLake.ProblemLogs.Where(p => p.PathInfo!.Contains("SP") || p.PathInfo!.StartsWith("SP") || p.PathInfo!.EndsWith("/")).Select(p => p.Id);
        SqlAssert.Sql(query,
            trino: """
            SELECT "t0"."id"
            FROM "cas_core"."student_data"."problem_logs" AS "t0"
            WHERE ("t0"."path_info" LIKE '%SP%') OR ("t0"."path_info" LIKE 'SP%') OR ("t0"."path_info" LIKE '%/')
            """,
            duckdb: """
            SELECT "t0"."id"
            FROM "cas_core"."student_data"."problem_logs" AS "t0"
            WHERE ("t0"."path_info" LIKE '%SP%') OR ("t0"."path_info" LIKE 'SP%') OR ("t0"."path_info" LIKE '%/')
            """);
    }

    [Fact]
    public void Like_with_literal_pattern_is_escaped_inline()
    {
        var query = TestLake.ProblemLogs.Where(p => p.AnswerText!.Contains("50%_off") || p.PathInfo!.StartsWith("a\\b") || p.PathInfo!.EndsWith("/")).Select(p => p.Id);
        SqlAssert.Sql(query,
            trino: """
            SELECT "t0"."id"
            FROM "cas_core"."student_data"."problem_logs" AS "t0"
            WHERE ("t0"."answer_text" LIKE '%50\%\_off%' ESCAPE '\') OR ("t0"."path_info" LIKE 'a\\b%' ESCAPE '\') OR ("t0"."path_info" LIKE '%/')
            """,
            duckdb: """
            SELECT "t0"."id"
            FROM "cas_core"."student_data"."problem_logs" AS "t0"
            WHERE ("t0"."answer_text" LIKE '%50\%\_off%' ESCAPE '\') OR ("t0"."path_info" LIKE 'a\\b%' ESCAPE '\') OR ("t0"."path_info" LIKE '%/')
            """);
    }

    [Fact]
    public void Like_with_parameter_pattern_is_escaped_in_sql()
    {
        var prefix = "cy%";
        var query = TestLake.Users.Where(u => u.Username!.StartsWith(prefix)).Select(u => u.Id);
        SqlAssert.Sql(query,
            trino: """
            SELECT "t0"."id"
            FROM "cas_core"."users"."users" AS "t0"
            WHERE "t0"."username" LIKE (replace(replace(replace(?, '\', '\\'), '%', '\%'), '_', '\_') || '%') ESCAPE '\'
            """,
            duckdb: """
            SELECT "t0"."id"
            FROM "cas_core"."users"."users" AS "t0"
            WHERE "t0"."username" LIKE (replace(replace(replace($1, '\', '\\'), '%', '\%'), '_', '\_') || '%') ESCAPE '\'
            """);
    }

    [Fact]
    public void Regex_match_and_extract()
    {
        var query = TestLake.ProblemLogs.Where(p => Regex.IsMatch(p.PathInfo!, "SP[0-9]+/")).Select(p => Sql.RegexExtract(p.PathInfo, "#([0-9]+)/", 1));
        SqlAssert.Sql(query,
            trino: """
            SELECT regexp_extract("t0"."path_info", '#([0-9]+)/', 1) AS "value"
            FROM "cas_core"."student_data"."problem_logs" AS "t0"
            WHERE regexp_like("t0"."path_info", 'SP[0-9]+/')
            """,
            duckdb: """
            SELECT NULLIF(regexp_extract("t0"."path_info", '#([0-9]+)/', 1), '') AS "value"
            FROM "cas_core"."student_data"."problem_logs" AS "t0"
            WHERE regexp_matches("t0"."path_info", 'SP[0-9]+/')
            """);
    }

    [Fact]
    public void Math_functions()
    {
        var query = TestLake.ProblemLogs.Select(p => new { A = Math.Abs(p.HintCount - 3), F = Math.Floor(p.ContinuousScore!.Value), C = Math.Ceiling(p.ContinuousScore!.Value), R = Math.Round(p.ContinuousScore!.Value, 1, MidpointRounding.AwayFromZero), M = Math.Max(p.HintCount, p.AttemptCount) });
        SqlAssert.Sql(query,
            trino: """
            SELECT abs("t0"."hint_count" - 3) AS "A", floor("t0"."continuous_score") AS "F", ceiling("t0"."continuous_score") AS "C", round("t0"."continuous_score", 1) AS "R", CASE WHEN "t0"."hint_count" >= "t0"."attempt_count" THEN "t0"."hint_count" ELSE "t0"."attempt_count" END AS "M"
            FROM "cas_core"."student_data"."problem_logs" AS "t0"
            """,
            duckdb: """
            SELECT abs("t0"."hint_count" - 3) AS "A", floor("t0"."continuous_score") AS "F", ceiling("t0"."continuous_score") AS "C", round("t0"."continuous_score", 1) AS "R", CASE WHEN "t0"."hint_count" >= "t0"."attempt_count" THEN "t0"."hint_count" ELSE "t0"."attempt_count" END AS "M"
            FROM "cas_core"."student_data"."problem_logs" AS "t0"
            """);
    }

    [Fact]
    public void Date_parts_with_iso_day_of_week()
    {
        var query = TestLake.ProblemLogs.Select(p => new { p.StartTime.Year, p.StartTime.Month, p.StartTime.Day, p.StartTime.Hour, p.StartTime.DayOfWeek, p.StartTime.DayOfYear });
        SqlAssert.Sql(query,
            trino: """
            SELECT year("t0"."start_time") AS "Year", month("t0"."start_time") AS "Month", day("t0"."start_time") AS "Day", hour("t0"."start_time") AS "Hour", day_of_week("t0"."start_time") % 7 AS "DayOfWeek", day_of_year("t0"."start_time") AS "DayOfYear"
            FROM "cas_core"."student_data"."problem_logs" AS "t0"
            """,
            duckdb: """
            SELECT year("t0"."start_time") AS "Year", month("t0"."start_time") AS "Month", day("t0"."start_time") AS "Day", hour("t0"."start_time") AS "Hour", isodow("t0"."start_time") % 7 AS "DayOfWeek", dayofyear("t0"."start_time") AS "DayOfYear"
            FROM "cas_core"."student_data"."problem_logs" AS "t0"
            """);
    }

    [Fact]
    public void Date_truncation()
    {
        var query = TestLake.ProblemLogs.Select(p => new { D = Sql.TruncateToDay(p.StartTime), W = Sql.TruncateToWeek(p.StartTime), M = Sql.TruncateToMonth(p.StartTime), Q = Sql.TruncateToQuarter(p.StartTime), Y = Sql.TruncateToYear(p.StartTime) });
        SqlAssert.Sql(query,
            trino: """
            SELECT date_trunc('day', "t0"."start_time") AS "D", date_trunc('week', "t0"."start_time") AS "W", date_trunc('month', "t0"."start_time") AS "M", date_trunc('quarter', "t0"."start_time") AS "Q", date_trunc('year', "t0"."start_time") AS "Y"
            FROM "cas_core"."student_data"."problem_logs" AS "t0"
            """,
            duckdb: """
            SELECT date_trunc('day', "t0"."start_time") AS "D", date_trunc('week', "t0"."start_time") AS "W", date_trunc('month', "t0"."start_time") AS "M", date_trunc('quarter', "t0"."start_time") AS "Q", date_trunc('year', "t0"."start_time") AS "Y"
            FROM "cas_core"."student_data"."problem_logs" AS "t0"
            """);
    }

    [Fact]
    public void Add_days_and_months()
    {
        var days = 3;
        var query = TestLake.ProblemLogs.Select(p => new { Next = p.StartTime.AddDays(7), Before = p.StartTime.AddMonths(-1), Later = p.StartTime.AddDays(days) });
        SqlAssert.Sql(query,
            trino: """
            SELECT "t0"."start_time" + INTERVAL '7' DAY AS "Next", "t0"."start_time" - INTERVAL '1' MONTH AS "Before", date_add('day', CAST(? AS bigint), "t0"."start_time") AS "Later"
            FROM "cas_core"."student_data"."problem_logs" AS "t0"
            """,
            athena: """
            SELECT "t0"."start_time" + INTERVAL '7' DAY AS "Next", "t0"."start_time" - INTERVAL '1' MONTH AS "Before", date_add('day', CAST(3E0 AS bigint), "t0"."start_time") AS "Later"
            FROM "cas_core"."student_data"."problem_logs" AS "t0"
            """,
            duckdb: """
            SELECT "t0"."start_time" + INTERVAL '7' DAY AS "Next", "t0"."start_time" - INTERVAL '1' MONTH AS "Before", "t0"."start_time" + to_days(CAST(CAST($1 AS BIGINT) AS INTEGER)) AS "Later"
            FROM "cas_core"."student_data"."problem_logs" AS "t0"
            """);
    }

    [Fact]
    public void Units_between_and_boundaries_between()
    {
        var query = TestLake.AssignmentLogs.Select(a => new { Units = Sql.UnitsBetween(DateUnit.Month, a.StartTime, a.EndTime!.Value), Boundaries = Sql.BoundariesBetween(DateUnit.Month, a.StartTime, a.EndTime!.Value) });
        SqlAssert.Sql(query,
            trino: """
            SELECT date_diff('month', "t0"."start_time", "t0"."end_time") AS "Units", date_diff('month', date_trunc('month', "t0"."start_time"), date_trunc('month', "t0"."end_time")) AS "Boundaries"
            FROM "cas_core"."student_data"."assignment_logs" AS "t0"
            """,
            duckdb: """
            SELECT date_sub('month', "t0"."start_time", "t0"."end_time") AS "Units", date_diff('month', "t0"."start_time", "t0"."end_time") AS "Boundaries"
            FROM "cas_core"."student_data"."assignment_logs" AS "t0"
            """);
    }
}
