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

    // C#'s Trim() removes every char.IsWhiteSpace character; SQL's one-argument trim removed only spaces on DuckDB (and
    // Java's whitespace, without U+00A0 or U+0085, on Trino), so a typed answer ending in a newline stayed untrimmed.
    // TrimEnd('/') and TrimStart(chars) were refused; they are the same SQL with LEADING/TRAILING.
    [Fact]
    public Task Trim_removes_what_csharp_removes()
    {
        var query = TestLake.ProblemLogs.Where(p => p.AnswerText != null).Select(p => new
        {
            p.Id,
            T = p.AnswerText!.Trim(),
            E = p.PathInfo!.TrimEnd('/'),
            L = p.PathInfo!.TrimStart('L', 'P', 'S'),
        });
        SqlAssert.Sql(query,
            trino: """
            SELECT "t0"."id" AS "Id", trim(BOTH chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || ' ' || chr(133) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) FROM "t0"."answer_text") AS "T", trim(TRAILING '/' FROM "t0"."path_info") AS "E", trim(LEADING 'LPS' FROM "t0"."path_info") AS "L"
            FROM "cas_core"."student_data"."problem_logs" AS "t0"
            WHERE "t0"."answer_text" IS NOT NULL
            """,
            duckdb: """
            SELECT "t0"."id" AS "Id", trim(BOTH chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || ' ' || chr(133) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) FROM "t0"."answer_text") AS "T", trim(TRAILING '/' FROM "t0"."path_info") AS "E", trim(LEADING 'LPS' FROM "t0"."path_info") AS "L"
            FROM "cas_core"."student_data"."problem_logs" AS "t0"
            WHERE "t0"."answer_text" IS NOT NULL
            """);
        return Check(query, ProblemLogs.Where(p => p.AnswerText != null).Select(p => new
        {
            p.Id,
            T = p.AnswerText!.Trim(),
            E = p.PathInfo?.TrimEnd('/')!,
            L = p.PathInfo?.TrimStart('L', 'P', 'S')!,
        }));
    }

    [Fact]
    public Task Trim_removes_tabs_newlines_and_unicode_spaces() =>
        Check(TestLake.ProblemLogs.Where(p => p.AnswerText != null).Select(p => new
        {
            p.Id,
            T = ("\t" + p.AnswerText + " \n\u00A0").Trim(),
            S = ("\r\n\u3000" + p.AnswerText + "\u2028").TrimStart(),
            E = ("\u0085" + p.AnswerText + "\v\f\u2009").TrimEnd(),
        }),
        ProblemLogs.Where(p => p.AnswerText != null).Select(p => new
        {
            p.Id,
            T = ("\t" + p.AnswerText + " \n\u00A0").Trim(),
            S = ("\r\n\u3000" + p.AnswerText + "\u2028").TrimStart(),
            E = ("\u0085" + p.AnswerText + "\v\f\u2009").TrimEnd(),
        }));

    // Refused before: the white space it tests is the set Trim() removes.
    [Fact]
    public Task Is_null_or_white_space_uses_csharps_white_space()
    {
        SqlAssert.Sql(TestLake.ProblemLogs.Where(p => !string.IsNullOrWhiteSpace(p.AnswerText)).Select(p => p.Id),
            trino: """
            SELECT "t0"."id"
            FROM "cas_core"."student_data"."problem_logs" AS "t0"
            WHERE NOT coalesce(("t0"."answer_text" IS NULL) OR (trim(BOTH chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || ' ' || chr(133) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) FROM "t0"."answer_text") = ''), FALSE)
            """,
            duckdb: """
            SELECT "t0"."id"
            FROM "cas_core"."student_data"."problem_logs" AS "t0"
            WHERE NOT coalesce(("t0"."answer_text" IS NULL) OR (trim(BOTH chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || ' ' || chr(133) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) FROM "t0"."answer_text") = ''), FALSE)
            """);
        return Check(TestLake.ProblemLogs.Select(p => new { p.Id, W = string.IsNullOrWhiteSpace(p.AnswerText), T = string.IsNullOrWhiteSpace((p.AnswerText ?? "") + "\u00A0\t") }),
            ProblemLogs.Select(p => new { p.Id, W = string.IsNullOrWhiteSpace(p.AnswerText), T = string.IsNullOrWhiteSpace((p.AnswerText ?? "") + "\u00A0\t") }));
    }

    // A per-log summary left-joined to every log, the way researchers attach counts to a roster: `s == null` was
    // refused ("equality of rows or objects") because only lake rows knew whether a LEFT JOIN found them. A joined
    // query's row is present exactly when its key column, compared with = in ON, is not NULL.
    [Fact]
    public Task A_left_joined_summary_row_compared_with_null()
    {
        var summaries = from p in TestLake.ProblemLogs
                        where p.HintCount > 1
                        group p by p.AssignmentLogId into g
                        select new { g.Key, N = g.Count(), Score = g.Average(x => x.ContinuousScore) };
        var query = from a in TestLake.AssignmentLogs
                    join s in summaries on a.Id equals s.Key into ss
                    from s in ss.DefaultIfEmpty()
                    where s == null || s.N > 1
                    select new { a.Id, N = s == null ? 0 : s.N, Score = s == null ? null : s.Score, Missing = s == null };
        SqlAssert.Sql(query,
            trino: """
            SELECT "t0"."id" AS "Id", CASE WHEN "t2"."Key" IS NULL THEN 0 ELSE "t2"."N" END AS "N", CASE WHEN "t2"."Key" IS NULL THEN NULL ELSE "t2"."Score" END AS "Score", "t2"."Key" IS NULL AS "Missing"
            FROM "cas_core"."student_data"."assignment_logs" AS "t0"
            LEFT JOIN (
              SELECT "t1"."assignment_log_id" AS "Key", count(*) AS "N", avg("t1"."continuous_score") AS "Score"
              FROM "cas_core"."student_data"."problem_logs" AS "t1"
              WHERE "t1"."hint_count" > 1
              GROUP BY "t1"."assignment_log_id"
            ) AS "t2" ON "t2"."Key" = "t0"."id"
            WHERE ("t2"."Key" IS NULL) OR ("t2"."N" > 1)
            """,
            duckdb: """
            SELECT "t0"."id" AS "Id", CASE WHEN "t2"."Key" IS NULL THEN 0 ELSE "t2"."N" END AS "N", CASE WHEN "t2"."Key" IS NULL THEN NULL ELSE "t2"."Score" END AS "Score", "t2"."Key" IS NULL AS "Missing"
            FROM "cas_core"."student_data"."assignment_logs" AS "t0"
            LEFT JOIN (
              SELECT "t1"."assignment_log_id" AS "Key", count(*) AS "N", avg("t1"."continuous_score") AS "Score"
              FROM "cas_core"."student_data"."problem_logs" AS "t1"
              WHERE "t1"."hint_count" > 1
              GROUP BY "t1"."assignment_log_id"
            ) AS "t2" ON "t2"."Key" = "t0"."id"
            WHERE ("t2"."Key" IS NULL) OR ("t2"."N" > 1)
            """);
        var expected = from a in AssignmentLogs
                       join s in from p in ProblemLogs
                                 where p.HintCount > 1
                                 group p by p.AssignmentLogId into g
                                 select new { g.Key, N = g.Count(), Score = g.Average(x => x.ContinuousScore) } on a.Id equals s.Key into ss
                       from s in ss.DefaultIfEmpty()
                       where s == null || s.N > 1
                       select new { a.Id, N = s == null ? 0 : s.N, Score = s == null ? null : s.Score, Missing = s == null };
        return Check(query, expected);
    }

    // MidpointRounding.ToZero, ToNegativeInfinity and ToPositiveInfinity round every value in one direction; they were
    // refused with a message about banker's rounding. To whole numbers they are truncate, floor and ceiling.
    [Fact]
    public Task Directed_rounding_is_truncate_floor_and_ceiling()
    {
        var query = TestLake.ProblemLogs.Select(p => new
        {
            p.Id,
            Z = Math.Round((p.HintCount - 3) / 2.0, MidpointRounding.ToZero),
            F = Math.Round((p.HintCount - 3) / 2.0, MidpointRounding.ToNegativeInfinity),
            C = Math.Round((p.HintCount - 3) / 2.0, MidpointRounding.ToPositiveInfinity),
        });
        SqlAssert.Sql(query,
            trino: """
            SELECT "t0"."id" AS "Id", truncate(CAST("t0"."hint_count" - 3 AS double) / 2E0) AS "Z", floor(CAST("t0"."hint_count" - 3 AS double) / 2E0) AS "F", ceiling(CAST("t0"."hint_count" - 3 AS double) / 2E0) AS "C"
            FROM "cas_core"."student_data"."problem_logs" AS "t0"
            """,
            duckdb: """
            SELECT "t0"."id" AS "Id", trunc(CAST("t0"."hint_count" - 3 AS DOUBLE) / 2E0) AS "Z", floor(CAST("t0"."hint_count" - 3 AS DOUBLE) / 2E0) AS "F", ceiling(CAST("t0"."hint_count" - 3 AS DOUBLE) / 2E0) AS "C"
            FROM "cas_core"."student_data"."problem_logs" AS "t0"
            """);
        CorrectnessCheck.Refused(TestLake.ProblemLogs.Select(p => Math.Round(p.HintCount / 3.0, 1, MidpointRounding.ToZero)), "Math.Round to digits with MidpointRounding.ToZero");
        return Check(query, ProblemLogs.Select(p => new
        {
            p.Id,
            Z = Math.Round((p.HintCount - 3) / 2.0, MidpointRounding.ToZero),
            F = Math.Round((p.HintCount - 3) / 2.0, MidpointRounding.ToNegativeInfinity),
            C = Math.Round((p.HintCount - 3) / 2.0, MidpointRounding.ToPositiveInfinity),
        }));
    }

    // `positions.Contains(p.HintCount)` over a query of int? values: the int argument is converted to int?, and that
    // Convert node was taken for Contains's (nonexistent) lambda: an InvalidCastException from the translator.
    [Fact]
    public Task Contains_of_a_converted_value_in_a_subquery()
    {
        var query = TestLake.ProblemLogs.Where(p => !TestLake.Problems.AsSequence().Select(x => x.Position).Contains(p.HintCount)).Select(p => p.Id);
        SqlAssert.Sql(query,
            trino: """
            SELECT "t0"."id"
            FROM "cas_core"."student_data"."problem_logs" AS "t0"
            WHERE NOT coalesce("t0"."hint_count" IN (
              SELECT "t1"."position"
              FROM "cas_content"."core"."problems" AS "t1"
            ), FALSE)
            """,
            duckdb: """
            SELECT "t0"."id"
            FROM "cas_core"."student_data"."problem_logs" AS "t0"
            WHERE NOT coalesce("t0"."hint_count" IN (
              SELECT "t1"."position"
              FROM "cas_content"."core"."problems" AS "t1"
            ), FALSE)
            """);
        return Check(query, ProblemLogs.Where(p => !Problems.Select(x => x.Position).Contains(p.HintCount)).Select(p => p.Id));
    }

    // C#'s Contains finds a null in a sequence holding one (EqualityComparer.Default: null equals null); SQL's
    // x IN (SELECT …) never matches a NULL x. When both may be NULL it is an EXISTS with IS NOT DISTINCT FROM.
    [Fact]
    public Task Contains_of_a_null_value_in_a_subquery_holding_null()
    {
        var query = TestLake.ProblemLogs.Select(p => new
        {
            p.Id,
            In = TestLake.StudentActions.AsSequence().Select(x => x.Correct).Contains(p.BottomHint),
            Out = !TestLake.StudentActions.AsSequence().Where(x => x.Id > 6).Select(x => x.Correct).Contains(p.BottomHint),
        });
        SqlAssert.Sql(query,
            trino: """
            SELECT "t0"."id" AS "Id", EXISTS (
              SELECT 1 AS "value"
              FROM "cas_core"."student_data"."actions" AS "t1"
              WHERE "t1"."correct" IS NOT DISTINCT FROM "t0"."bottom_hint"
            ) AS "In", NOT EXISTS (
              SELECT 1 AS "value"
              FROM "cas_core"."student_data"."actions" AS "t2"
              WHERE ("t2"."id" > 6) AND ("t2"."correct" IS NOT DISTINCT FROM "t0"."bottom_hint")
            ) AS "Out"
            FROM "cas_core"."student_data"."problem_logs" AS "t0"
            """,
            duckdb: """
            SELECT "t0"."id" AS "Id", EXISTS (
              SELECT 1 AS "value"
              FROM "cas_core"."student_data"."actions" AS "t1"
              WHERE "t1"."correct" IS NOT DISTINCT FROM "t0"."bottom_hint"
            ) AS "In", NOT EXISTS (
              SELECT 1 AS "value"
              FROM "cas_core"."student_data"."actions" AS "t2"
              WHERE ("t2"."id" > 6) AND ("t2"."correct" IS NOT DISTINCT FROM "t0"."bottom_hint")
            ) AS "Out"
            FROM "cas_core"."student_data"."problem_logs" AS "t0"
            """);
        Assert.Contains(Actions, x => x.Correct == null);
        return Check(query, ProblemLogs.Select(p => new
        {
            p.Id,
            In = Actions.Select(x => x.Correct).Contains(p.BottomHint),
            Out = !Actions.Where(x => x.Id > 6).Select(x => x.Correct).Contains(p.BottomHint),
        }));
    }

    // end.Subtract(start) is the method form of end - start; it was refused ("the method DateTime.Subtract").
    [Fact]
    public Task Subtract_method_is_a_duration()
    {
        var query = TestLake.ProblemLogs.Where(p => p.EndTime != null).Select(p => new { p.Id, M = p.EndTime!.Value.Subtract(p.StartTime).TotalMinutes, D = p.StartTime.Subtract(Day0).Days });
        SqlAssert.Sql(query,
            trino: """
            SELECT "t0"."id" AS "Id", CAST((date_diff('millisecond', "t0"."start_time", "t0"."end_time") * 1000) AS double) / 60000000E0 AS "M", CAST((date_diff('millisecond', ?, "t0"."start_time") * 1000) / 86400000000 AS integer) AS "D"
            FROM "cas_core"."student_data"."problem_logs" AS "t0"
            WHERE "t0"."end_time" IS NOT NULL
            """,
            athena: """
            SELECT "t0"."id" AS "Id", CAST((date_diff('millisecond', "t0"."start_time", "t0"."end_time") * 1000) AS double) / 60000000E0 AS "M", CAST((date_diff('millisecond', TIMESTAMP '2024-09-01 00:00:00.000000', "t0"."start_time") * 1000) / 86400000000 AS integer) AS "D"
            FROM "cas_core"."student_data"."problem_logs" AS "t0"
            WHERE "t0"."end_time" IS NOT NULL
            """,
            duckdb: """
            SELECT "t0"."id" AS "Id", CAST(date_diff('microsecond', "t0"."start_time", "t0"."end_time") AS DOUBLE) / 60000000E0 AS "M", CAST(date_diff('microsecond', $1, "t0"."start_time") // 86400000000 AS INTEGER) AS "D"
            FROM "cas_core"."student_data"."problem_logs" AS "t0"
            WHERE "t0"."end_time" IS NOT NULL
            """);
        CorrectnessCheck.Refused(TestLake.ProblemLogs.Select(p => p.StartTime.Subtract(TimeSpan.FromHours(1)).Hour), "DateTime.Subtract");
        return Check(query, ProblemLogs.Where(p => p.EndTime != null).Select(p => new { p.Id, M = p.EndTime!.Value.Subtract(p.StartTime).TotalMinutes, D = p.StartTime.Subtract(Day0).Days }));
    }

    // DefaultIfEmpty over values gives default(T) for a log with no rows: 0 hints, false. The LEFT JOIN gave NULL,
    // which failed to materialize as an int ("Column is NULL but the query reads it as non-nullable Int32").
    [Fact]
    public Task Default_if_empty_of_values_is_the_default_value()
    {
        var query = from a in TestLake.AssignmentLogs
                    join p in TestLake.ProblemLogs on a.Id equals p.AssignmentLogId into ps
                    from h in ps.Select(p => p.HintCount).DefaultIfEmpty()
                    select new { a.Id, H = h };
        SqlAssert.Sql(query,
            trino: """
            SELECT "t0"."id" AS "Id", CASE WHEN "t1"."assignment_log_id" IS NULL THEN 0 ELSE "t1"."hint_count" END AS "H"
            FROM "cas_core"."student_data"."assignment_logs" AS "t0"
            LEFT JOIN "cas_core"."student_data"."problem_logs" AS "t1" ON "t1"."assignment_log_id" = "t0"."id"
            """,
            duckdb: """
            SELECT "t0"."id" AS "Id", CASE WHEN "t1"."assignment_log_id" IS NULL THEN 0 ELSE "t1"."hint_count" END AS "H"
            FROM "cas_core"."student_data"."assignment_logs" AS "t0"
            LEFT JOIN "cas_core"."student_data"."problem_logs" AS "t1" ON "t1"."assignment_log_id" = "t0"."id"
            """);
        return Check(query, from a in AssignmentLogs
                            join p in ProblemLogs on a.Id equals p.AssignmentLogId into ps
                            from h in ps.Select(p => p.HintCount).DefaultIfEmpty()
                            select new { a.Id, H = h });
    }
}
