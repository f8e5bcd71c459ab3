using Assist.Cli.Synth;
using static Assist.Cli.Import.ValueOrigin;

namespace Assist.Cli.Import;

/// <summary>
/// <c>assistments-2017</c>: the 2017 ASSISTments Data Mining Competition file (82 columns, one row per problem log:
/// <c>action_num</c>). Users, problems, assignments, times, attempts, hints, bottom-out hints and correctness are the
/// platform's own; assignment logs are derived (one per student and assignment); problem sets are synthesized (one per
/// assignment). Where rows disagree about a problem (its assistment or type), the value of its first row (lowest
/// action_num) is kept.
/// </summary>
internal sealed class Assistments2017Format : ImportFormat
{
    /// <inheritdoc />
    public override string Name => "assistments-2017";

    /// <inheritdoc />
    public override string Summary => "the 2017 ASSISTments Data Mining Competition file (82 columns, plain or .gz)";

    /// <inheritdoc />
    public override IReadOnlyList<CsvField> Fields => Assistments2017Fields.All;

    /// <inheritdoc />
    public override IReadOnlyList<(string Label, string Sql)> Staging(ImportSettings settings, IReadOnlySet<string> present) =>
    [
        ("skills", "CREATE TABLE st_skills AS SELECT row_number() OVER (ORDER BY name) AS skill_id, name FROM (SELECT DISTINCT skill AS name FROM raw)"),
        ("problem types", "CREATE TABLE st_problem_types AS SELECT row_number() OVER (ORDER BY name) AS problem_type_id, name FROM (SELECT DISTINCT problemType AS name FROM raw)"),
        ("rows", """
            CREATE TABLE st_rows AS
            SELECT r.*, s.skill_id, t.problem_type_id,
                   CAST(to_timestamp(r.startTime) AS TIMESTAMP) AS start_time, CAST(to_timestamp(r.endTime) AS TIMESTAMP) AS end_time
            FROM raw r JOIN st_skills s ON s.name = r.skill JOIN st_problem_types t ON t.name = r.problemType
            """),
        ("users", "CREATE TABLE st_users AS SELECT DISTINCT studentId AS user_id FROM raw"),
        ("problem sets", "CREATE TABLE st_problem_sets AS SELECT DISTINCT assignmentId AS problem_set_id, 'assignment ' || assignmentId AS name FROM raw"),
        ("assignments", "CREATE TABLE st_assignments AS SELECT DISTINCT assignmentId AS assignment_id, assignmentId AS problem_set_id FROM raw"),
        ("assignment logs", """
            CREATE TABLE st_assignment_logs AS
            SELECT row_number() OVER (ORDER BY studentId, assignmentId) AS id, studentId AS user_id, assignmentId AS assignment_id,
                   min(start_time) AS start_time, max(end_time) AS end_time
            FROM st_rows GROUP BY studentId, assignmentId
            """),
        ("problems", """
            CREATE TABLE st_problems AS
            SELECT problemId AS problem_id, arg_min(assistmentId, action_num) AS assistment_id, arg_min(problem_type_id, action_num) AS problem_type_id
            FROM st_rows GROUP BY problemId
            """),
        ("problem skills", "CREATE TABLE st_problem_skills AS SELECT DISTINCT problemId AS problem_id, skill_id FROM st_rows"),
        ("log skills", "CREATE TABLE st_log_skills AS SELECT action_num AS problem_log_id, skill_id FROM st_rows"),
        ("logs", """
            CREATE VIEW st_logs AS
            SELECT r.*, l.id AS assignment_log_id
            FROM st_rows r JOIN st_assignment_logs l ON l.user_id = r.studentId AND l.assignment_id = r.assignmentId
            """),
    ];

    /// <inheritdoc />
    public override IReadOnlyList<TableMapping> Tables(IReadOnlySet<string> present) =>
    [
        .. LakeTargets.Common(new LakeTargets.Notes("studentId", Platform, "`assignmentId`", "one per assignment, id = `assignmentId`")),
        new("cas_content.core.problems", "st_problems", "id",
        [
            new("id", "problem_id", Platform, "`problemId`"),
            new("assistment_id", "assistment_id", Platform, "`assistmentId` (of the problem's first row where rows disagree)"),
            new("problem_type_id", "problem_type_id", Synthesized, "1.. in the order of the `problemType` names (side table problem_types)"),
        ]),
        new("cas_core.student_data.problem_logs", "st_logs", "id",
        [
            new("id", "action_num", Platform, "`action_num`"),
            new("assignment_log_id", "assignment_log_id", Derived, "the log of the row's `studentId` and `assignmentId`"),
            new("problem_id", "problemId", Platform, "`problemId`"),
            new("path_info", "CASE WHEN original = 1 THEN '#' ELSE 'SP' END || problemId || '/'", Derived,
                "'#<problemId>/' when `original` = 1, else 'SP<problemId>/' (a scaffolding question)"),
            new("start_time", "start_time", Platform, "`startTime` (Unix seconds, UTC)"),
            new("end_time", "end_time", Platform, "`endTime` (Unix seconds, UTC)"),
            new("first_action_type_id", "CASE WHEN frIsHelpRequest = 0 THEN 1 END", Derived, "1 (answered) when `frIsHelpRequest` is 0, else null"),
            new("attempt_count", "attemptCount", Platform, "`attemptCount`"),
            new("hint_count", "hintCount", Platform, "`hintCount`"),
            new("bottom_hint", "bottomHint = 1", Platform, "`bottomHint`"),
            new("discrete_score", "correct", Platform, "`correct`"),
            new("continuous_score", "CAST(correct AS DOUBLE)", Derived, "`correct` as 0.0 or 1.0"),
        ]),
    ];

    /// <inheritdoc />
    public override IReadOnlyList<SideTable> SideTables { get; } =
    [
        LakeTargets.LogSkills,
        new("student_attributes",
            $"SELECT studentId AS user_id, {string.Join(", ", Assistments2017Fields.StudentLevel.Select(c => $"arg_min({SynthSql.Id(c)}, action_num) AS {SynthSql.Id(c)}"))} FROM raw GROUP BY studentId ORDER BY studentId",
            "One row per student (user_id = users.id): the file's student-level columns (school, inferred gender, school year of use, " +
            "average knowledge, carelessness and affect estimates, MCAS score, college enrolment, selective college, STEM career), taken from the student's first row."),
        new("problem_log_features",
            $"SELECT action_num AS problem_log_id, {string.Join(", ", Assistments2017Fields.All.Select(f => f.Name).Except(Assistments2017Fields.Mapped).Except(Assistments2017Fields.StudentLevel).Select(SynthSql.Id))} FROM raw ORDER BY action_num",
            "One row per problem log (problem_log_id = problem_logs.id): the file's per-row columns the lake has no column for " +
            "(time taken, hint flags, the competition's engineered features, affect confidences, knowledge estimates Ln-1 and Ln), under their original names."),
        new("problem_types",
            "SELECT problem_type_id, name FROM st_problem_types ORDER BY problem_type_id",
            "The problem_type_id codes the import gave the file's `problemType` names (the platform's codes are not in the file)."),
    ];
}
