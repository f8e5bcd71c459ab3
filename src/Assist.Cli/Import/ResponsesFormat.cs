using static Assist.Cli.Import.ValueOrigin;

namespace Assist.Cli.Import;

/// <summary>
/// <c>responses</c>: the knowledge-tracing benchmark files (assist2009/2015/2017-responses): one row per response and
/// skill tag, <c>user_id, [problem_id,] skill, correct, seq_pos</c> (the papers' dense <c>*_idx</c> columns are
/// accepted and ignored). Consecutive rows of one student, problem and correctness with different skills are one
/// response tagged with several skills, hence one problem log, when every response to that problem in the files is
/// tagged that way. Without problem ids each row is one problem log of a placeholder problem per skill.
/// Assignments are the skill builders: one problem set and assignment per skill.
/// </summary>
internal sealed class ResponsesFormat : ImportFormat
{
    /// <inheritdoc />
    public override string Name => "responses";

    /// <inheritdoc />
    public override string Summary => "knowledge-tracing response files: user_id, [problem_id,] skill, correct, seq_pos (assist20xx-responses)";

    /// <inheritdoc />
    public override IReadOnlyList<CsvField> Fields { get; } =
    [
        CsvField.Needed("user_id", "BIGINT"),
        CsvField.Optional("problem_id", "BIGINT"),
        CsvField.Needed("skill", "VARCHAR"),
        CsvField.Flag("correct"),
        CsvField.Needed("seq_pos", "BIGINT", "{0} >= 0", "a whole number from 0"),
        CsvField.Ignored("user_idx", "BIGINT"),
        CsvField.Ignored("problem_idx", "BIGINT"),
        CsvField.Ignored("skill_idx", "BIGINT"),
    ];

    /// <inheritdoc />
    public override IReadOnlyList<(string Label, string Sql)> Staging(ImportSettings settings, IReadOnlySet<string> present)
    {
        var hasProblems = present.Contains("problem_id");
        var statements = new List<(string, string)>
        {
            ("skills", "CREATE TABLE st_skills AS SELECT row_number() OVER (ORDER BY name) AS skill_id, name FROM (SELECT DISTINCT skill AS name FROM raw)"),
        };
        statements.AddRange(hasProblems
            ? ResponseGrouping.Statements
            :
            [
                ResponseOrder.FileBlocks(null),
                // Without problem ids every row is a response of its skill's placeholder problem.
                ("rows", $"""
                    CREATE TABLE st_rows AS
                    SELECT r.user_id, s.skill_id AS problem_id, s.skill_id, r.correct, {ResponseOrder.NumberedPos} AS pos
                    FROM raw r JOIN st_skills s ON s.name = r.skill JOIN st_file_blocks b USING (user_id, _file)
                    WHERE NOT b.windowed
                    UNION ALL
                    SELECT r.user_id, s.skill_id, s.skill_id, r.correct, row_number() OVER ({ResponseOrder.WindowOrder})
                    FROM raw r JOIN st_skills s ON s.name = r.skill
                    WHERE r.user_id IN (SELECT user_id FROM st_file_blocks WHERE windowed)
                    """),
                ("responses", "CREATE VIEW st_log_rows AS SELECT *, true AS starts, pos AS n1 FROM st_rows"),
            ]);
        statements.AddRange(
        [
            // Problem log ids without a global sort: each student's block starts after the students with smaller ids.
            // BIGINT, not sum()'s HUGEINT: 128-bit arithmetic per row is slow, and Parquet would store it as DOUBLE.
            ("id blocks", """
                CREATE TABLE st_user_counts AS
                SELECT user_id, total, CAST(sum(total) OVER (ORDER BY user_id) - total AS BIGINT) AS id_offset
                FROM (SELECT user_id, max(n1) AS total FROM st_log_rows GROUP BY user_id)
                """),
            // A view: only the side table reads it, once.
            ("log skills", "CREATE VIEW st_log_skills AS SELECT u.id_offset + r.n1 AS problem_log_id, r.skill_id FROM st_log_rows r JOIN st_user_counts u USING (user_id)"),
            // A response's first row carries its problem, correctness and (first) skill: the rest of its rows agree.
            // A view: its two readers (assignment logs, problem logs) recompute the arithmetic for less than it costs
            // to store a row per problem log.
            ("times", $"""
                CREATE VIEW st_timed AS
                SELECT user_id, problem_id, assignment_id, correct, problem_log_id,
                       make_timestamp(start_us) AS start_time, make_timestamp(start_us + {SynthesizedTimes.SecondsPerProblem * 1_000_000L}) AS end_time
                FROM (SELECT r.user_id, r.problem_id, r.skill_id AS assignment_id, r.correct, u.id_offset + r.n1 AS problem_log_id,
                             {SynthesizedTimes.StartMicrosSql(settings, "r.user_id", "(r.n1 - 1)", "u.total")} AS start_us
                      FROM st_log_rows r JOIN st_user_counts u USING (user_id)
                      WHERE r.starts)
                """),
            ("users", "CREATE VIEW st_users AS SELECT user_id FROM st_user_counts"),
            ("problem sets", "CREATE TABLE st_problem_sets AS SELECT skill_id AS problem_set_id, name FROM st_skills"),
            ("assignments", "CREATE TABLE st_assignments AS SELECT skill_id AS assignment_id, skill_id AS problem_set_id FROM st_skills"),
            ("assignment logs", """
                CREATE TABLE st_assignment_logs AS
                SELECT row_number() OVER (ORDER BY user_id, assignment_id) AS id, user_id, assignment_id,
                       min(start_time) AS start_time, max(end_time) AS end_time
                FROM st_timed GROUP BY user_id, assignment_id
                """),
            ("logs", """
                CREATE VIEW st_logs AS
                SELECT t.problem_log_id AS id, l.id AS assignment_log_id, t.problem_id, t.start_time, t.end_time, t.correct
                FROM st_timed t JOIN st_assignment_logs l USING (user_id, assignment_id)
                """),
            ("problems", hasProblems
                ? "CREATE TABLE st_problems AS SELECT DISTINCT problem_id FROM st_rows"
                : "CREATE TABLE st_problems AS SELECT skill_id AS problem_id FROM st_skills"),
            ("problem skills", "CREATE TABLE st_problem_skills AS SELECT DISTINCT problem_id, skill_id FROM st_rows"),
        ]);
        return statements;
    }

    /// <inheritdoc />
    public override IReadOnlyList<TableMapping> Tables(IReadOnlySet<string> present)
    {
        var hasProblems = present.Contains("problem_id");
        var problemId = hasProblems
            ? new ColumnMapping("problem_id", "problem_id", Platform, "`problem_id`")
            : new ColumnMapping("problem_id", "problem_id", Synthesized, "no `problem_id` column: the placeholder problem of the row's skill");
        var notes = new LakeTargets.Notes("user_id", Synthesized,
            "one per skill (the files are skill-builder data), id = skills.id", "one per skill, id = skills.id");
        return
        [
            .. LakeTargets.Common(notes),
            new("cas_content.core.problems", "st_problems", "id",
            [
                hasProblems
                    ? new("id", "problem_id", Platform, "`problem_id`")
                    : new("id", "problem_id", Synthesized, "no `problem_id` column: one placeholder problem per skill, id = skills.id"),
                new("problem_type_id", "0", Synthesized, "0 (unknown): the file has no problem types"),
            ]),
            new("cas_core.student_data.problem_logs", "st_logs", "id",
            [
                new("id", "id", Synthesized, "1.. by user id, then the file's order (seq_pos)"),
                new("assignment_log_id", "assignment_log_id", Derived, "the student's log of the assignment of the response's first skill"),
                problemId,
                new("path_info", "'#' || problem_id || '/'", Derived, "'#<problem_id>/': the files keep original items only"),
                new("start_time", "start_time", Synthesized, SynthesizedTimes.Note),
                new("end_time", "end_time", Synthesized, "start_time + 60 s"),
                new("attempt_count", "1", Synthesized, "1: the file keeps the first attempt only"),
                new("hint_count", "0", Synthesized, "0: the file has no hints"),
                new("discrete_score", "correct", Platform, "`correct`"),
                new("continuous_score", "CAST(correct AS DOUBLE)", Derived, "`correct` as 0.0 or 1.0"),
            ]),
        ];
    }

    /// <inheritdoc />
    public override IReadOnlyList<SideTable> SideTables { get; } = [LakeTargets.LogSkills];
}
