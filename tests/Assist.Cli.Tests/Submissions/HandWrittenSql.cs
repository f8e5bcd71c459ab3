namespace Assist.Cli.Tests.Submissions;

/// <summary>
/// The example submissions' outputs written by hand in DuckDB SQL, from the papers' definitions and the lake
/// description's join rules, without looking at what the translator emits: <c>assist run</c> must agree with them.
/// </summary>
internal static class HandWrittenSql
{
    public const string PerStudent = """
        SELECT al.user_xid, count(*), avg(coalesce(pl.discrete_score, 0)::DOUBLE), avg(pl.hint_count::DOUBLE),
               avg(pl.attempt_count::DOUBLE), avg(CASE WHEN pl.bottom_hint THEN 1.0 ELSE 0.0 END)
        FROM cas_core.student_data.problem_logs pl
        JOIN cas_core.student_data.assignment_logs al ON al.id = pl.assignment_log_id
        WHERE pl.path_info NOT LIKE '%SP%' AND pl.end_time IS NOT NULL
        GROUP BY al.user_xid
        """;

    // assignment_logs.assignment_xid is an external reference of kind 3 (assignment) whose target_id is assignments.id.
    public const string ClassSummary = """
        SELECT a.group_context_xid, count(*), avg(coalesce(pl.discrete_score, 0)::DOUBLE), avg(pl.hint_count::DOUBLE)
        FROM cas_core.student_data.problem_logs pl
        JOIN cas_core.student_data.assignment_logs al ON al.id = pl.assignment_log_id
        LEFT JOIN cas_core.core.external_references x ON x.id = al.assignment_xid AND x.xref_type_id = 3
        LEFT JOIN cas_core.core.assignments a ON a.id = x.target_id
        WHERE pl.start_time >= TIMESTAMP '2023-09-01' AND pl.end_time IS NOT NULL
        GROUP BY a.group_context_xid
        """;

    public const string Attempts = """
        SELECT al.user_xid, pl.problem_id, pl.start_time, pl.discrete_score = 1, pl.hint_count, pl.attempt_count
        FROM cas_core.student_data.problem_logs pl
        JOIN cas_core.student_data.assignment_logs al ON al.id = pl.assignment_log_id
        WHERE pl.start_time >= TIMESTAMP '2023-09-01' AND pl.start_time < TIMESTAMP '2024-07-01' AND pl.end_time IS NOT NULL
        """;

    // Disclosure control's columns of class_summary, from their definitions: the distinct students behind each class,
    // and for each average the largest single student's share of the absolute sum behind it.
    public const string ClassSummaryDisclosure = """
        WITH cell AS (
            SELECT a.group_context_xid AS class, al.user_xid AS student,
                   coalesce(pl.discrete_score, 0)::DOUBLE AS correct, pl.hint_count::DOUBLE AS hints
            FROM cas_core.student_data.problem_logs pl
            JOIN cas_core.student_data.assignment_logs al ON al.id = pl.assignment_log_id
            LEFT JOIN cas_core.core.external_references x ON x.id = al.assignment_xid AND x.xref_type_id = 3
            LEFT JOIN cas_core.core.assignments a ON a.id = x.target_id
            WHERE pl.start_time >= TIMESTAMP '2023-09-01' AND pl.end_time IS NOT NULL),
        per_student AS (
            SELECT class, student, abs(sum(correct)) AS correct, abs(sum(hints)) AS hints FROM cell GROUP BY class, student)
        SELECT class, count(student),
               CASE WHEN sum(correct) = 0 THEN NULL ELSE max(correct) / sum(correct) END,
               CASE WHEN sum(hints) = 0 THEN NULL ELSE max(hints) / sum(hints) END
        FROM per_student
        GROUP BY class
        """;
}
