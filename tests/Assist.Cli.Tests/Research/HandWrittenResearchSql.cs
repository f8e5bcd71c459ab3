namespace Assist.Cli.Tests.Research;

/// <summary>
/// The analyses of examples/research written by hand in DuckDB SQL from the papers' definitions (the notes beside the
/// examples), without looking at what the translator emits. The tests check that <c>assist run</c> returns exactly
/// these rows; bench/Assist.Bench.Lake links this file and times the online measures against it.
/// </summary>
internal static class HandWrittenResearchSql
{
    /// <summary>seeds/001's 15 online measures over the 2023-24 school year, each student's first day left out.</summary>
    public const string OnlineMeasures = """
        WITH started AS (
            SELECT al.user_xid AS student, pl.start_time, pl.end_time, pl.path_info, pl.discrete_score,
                   pl.hint_count, pl.bottom_hint, pl.attempt_count
            FROM cas_core.student_data.problem_logs pl
            JOIN cas_core.student_data.assignment_logs al ON al.id = pl.assignment_log_id
            WHERE pl.start_time >= TIMESTAMP '2023-09-01' AND pl.start_time < TIMESTAMP '2024-07-01'
        ), first_day AS (
            SELECT student, CAST(min(start_time) AS DATE) AS day FROM started GROUP BY student
        ), questions AS (
            SELECT s.student,
                   coalesce(s.path_info NOT LIKE '%SP%', true) AS original,
                   s.discrete_score, s.hint_count, s.attempt_count,
                   CASE WHEN s.bottom_hint THEN 1 ELSE 0 END AS bottom,
                   (epoch_us(s.end_time) - epoch_us(s.start_time)) / 1e6 AS seconds
            FROM started s JOIN first_day f ON f.student = s.student
            WHERE CAST(s.start_time AS DATE) > f.day AND s.end_time IS NOT NULL
        )
        SELECT student,
               avg(discrete_score) FILTER (WHERE original), count(*) FILTER (WHERE original),
               avg(discrete_score), count(*),
               sum(hint_count), avg(hint_count),
               sum(hint_count - bottom), avg(hint_count - bottom),
               sum(bottom), avg(bottom),
               sum(attempt_count), avg(attempt_count),
               avg(seconds), sum(seconds) / nullif(count(*) FILTER (WHERE original), 0), sum(seconds) / 60
        FROM questions
        GROUP BY student
        ORDER BY student
        """;

    /// <summary>seeds/001 §5.1: per student and month (October 2023 to June 2024), percent correct on graded originals.</summary>
    public const string PersonPeriodPanel = """
        SELECT al.user_xid, date_trunc('month', pl.start_time) AS month,
               12 * (year(pl.start_time) - 2023) + month(pl.start_time) - 9,
               count(*), avg(pl.discrete_score), 54 * avg(pl.discrete_score)
        FROM cas_core.student_data.problem_logs pl
        JOIN cas_core.student_data.assignment_logs al ON al.id = pl.assignment_log_id
        WHERE pl.start_time >= TIMESTAMP '2023-10-01' AND pl.start_time < TIMESTAMP '2024-07-01'
          AND coalesce(pl.path_info NOT LIKE '%SP%', true) AND pl.discrete_score IS NOT NULL
        GROUP BY al.user_xid, month, 3
        ORDER BY al.user_xid, month
        """;

    /// <summary>seeds/001 §5.2: per student, skill of the model named by <paramref name="model"/> and quarter.</summary>
    public static string SkillPanel(string model) => $"""
        SELECT al.user_xid, ps.skill_id, s.name, date_trunc('quarter', pl.start_time) AS quarter_start,
               CASE quarter(pl.start_time) WHEN 4 THEN 0 WHEN 1 THEN 1 WHEN 2 THEN 2 END,
               count(*), avg(pl.discrete_score), 54 * avg(pl.discrete_score)
        FROM cas_core.student_data.problem_logs pl
        JOIN cas_core.student_data.assignment_logs al ON al.id = pl.assignment_log_id
        JOIN cas_content.core.problem_skills ps ON ps.problem_id = pl.problem_id
        JOIN cas_content.core.skills s ON s.id = ps.skill_id AND s.framework = '{model}'
        WHERE pl.start_time >= TIMESTAMP '2023-10-01' AND pl.start_time < TIMESTAMP '2024-07-01'
          AND coalesce(pl.path_info NOT LIKE '%SP%', true) AND pl.discrete_score IS NOT NULL
        GROUP BY al.user_xid, ps.skill_id, s.name, quarter_start, 5
        ORDER BY al.user_xid, ps.skill_id, quarter_start
        """;
}
