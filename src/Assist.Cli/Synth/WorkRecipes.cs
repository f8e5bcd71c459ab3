namespace Assist.Cli.Synth;

/// <summary>Assignments, the external references every xid resolves through, and what students did.</summary>
internal static class WorkRecipes
{
    private const string ProblemLogs = "cas_core.student_data.problem_logs";

    /// <summary>The recipes of this group.</summary>
    public static IEnumerable<TableRecipe> All(IdBases ids)
    {
        yield return new TableRecipe("cas_core.core.assignment_definitions", [Definitions], "id",
            new RangeSource(ids.AssignmentDefinitions, "SELECT count(*) FROM w_assignment"), []);
        yield return new TableRecipe("cas_core.core.assignments", [Assignments], "id",
            new RangeSource(ids.Assignments, "SELECT count(*) FROM w_assignment"), []);
        yield return new TableRecipe("cas_core.core.external_references", [ExternalReferences], "id", null, []);
        yield return new TableRecipe("cas_core.student_data.assignment_logs", [AssignmentLogs], "id",
            new RangeSource(ids.AssignmentLogs, "SELECT count(*) FROM w_alog"), [ProblemLogs]);
        yield return new TableRecipe(ProblemLogs, [ProblemLogRows], "id", null, []);
        yield return new TableRecipe("cas_core.student_data.actions", [AssignmentActions, ProblemActions], "id", null, [ProblemLogs], [1]);
    }

    private static string Definitions(SynthContext c) => $"""
        SELECT a.definition_id AS _key, a.definition_id AS id, a.ps_id AS problem_set_id,
               {c.Xid("user", "a.teacher_user_id")} AS owner_xid,
               {c.Xid("group", "a.group_id")} AS assignee_xid,
               {c.Xid("group", "a.group_id")} AS group_context_xid,
               'Assignment ' || CAST(a.a_idx % {c.Shape.AssignmentsPerClass} + 1 AS VARCHAR) || ': problem set ' || CAST(a.ps_idx + 1 AS VARCHAR) AS name,
               a.release_date,
               CASE WHEN a.has_due THEN a.release_date + to_days(7) END AS due_date,
               '{"{"}"max_attempts": ' || CAST(3 + a.a_idx % 3 AS VARCHAR) || ', "available_core_tutoring": "hints", "score_viewable": true{"}"}' AS settings,
               a.release_date - to_days(2) AS created_at,
               a.release_date - to_days(1) AS updated_at
        FROM w_assignment a
        """;

    private static string Assignments(SynthContext c) => $"""
        SELECT a.assignment_id AS _key, a.assignment_id AS id, a.definition_id AS assignment_definition_id,
               {c.Xid("group", "a.group_id")} AS assignee_xid,
               {c.Xid("group", "a.group_id")} AS group_context_xid,
               a.ps_id AS problem_set_id,
               {c.Xid("user", "a.teacher_user_id")} AS owner_xid,
               a.release_date,
               CASE WHEN a.has_due THEN a.release_date + to_days(7) END AS due_date,
               {c.U("a-active", "a.a_idx")} < 0.98 AS active,
               a.release_date - to_days(2) AS created_at
        FROM w_assignment a
        """;

    // One TNG reference per row of every target table, so each xid resolves to exactly one row of the right kind.
    private static string ExternalReferences(SynthContext c)
    {
        var parts = c.XrefKinds.Values.OrderBy(k => k.XidBase).Select(k => $"""
            SELECT {k.XidBase} + i AS _key, {k.XidBase} + i AS id, {k.TypeValue} AS xref_type_id, {k.Target.Base} + i AS target_id,
                   {c.PartnerValue} AS partner_id,
                   {GenericColumns.Uuid($"'xref:' || CAST({k.XidBase} + i AS VARCHAR) || ':{c.Seed}'")} AS uuid,
                   CASE WHEN {c.U("xref-text", $"{k.XidBase} + i")} < 0.3 THEN 'sis-' || substr(md5(CAST({k.XidBase} + i AS VARCHAR) || ':{c.Seed}'), 1, 10) END AS xref,
                   {c.Shape.Calendar.Timestamp("2004-08-16 09:00:00")} + to_minutes(CAST(floor({c.U("xref-c", $"{k.XidBase} + i")} * 28800) AS BIGINT)) AS created_at,
                   {c.Shape.Calendar.Timestamp("2004-08-16 09:00:00")} + to_minutes(CAST(floor({c.U("xref-c", $"{k.XidBase} + i")} * 28800) AS BIGINT)) AS updated_at
            FROM range({k.Target.Count}) r(i)
            """);
        var sql = string.Join("\nUNION ALL\n", parts);
        return sql.Length > 0 ? sql : throw new SynthException("the schema declares no xref target that can be generated.");
    }

    // The assignment's score is the mean score of its original problems (scaffolding steps excluded).
    private static string AssignmentLogs(SynthContext c) => $"""
        SELECT al.al_id AS _key, al.al_id AS id,
               {c.Xid("user", "al.user_id")} AS user_xid,
               {c.Xid("assignment", "al.assignment_id")} AS assignment_xid,
               al.start_time, al.end_time,
               s.score AS continuous_score,
               al.start_time AS created_at,
               coalesce(al.end_time, al.start_time) AS updated_at
        FROM w_alog al
        LEFT JOIN (
            SELECT assignment_log_id, avg(continuous_score) AS score FROM {c.Read(ProblemLogs)}
            WHERE path_info NOT LIKE '%SP%' GROUP BY assignment_log_id
        ) s ON s.assignment_log_id = al.al_id
        """;

    // Ids leave room for 64 logs per assignment log (12 originals of up to 4 steps each), so they follow the
    // (assignment log, position, step) order without a window over every row.
    private static string ProblemLogRows(SynthContext c) => $"""
        SELECT {c.Ids.ProblemLogs} + al_idx * {WorldShape.ProblemLogsPerAssignmentLog} + (pos - 1) * 5 + step AS _key,
               {c.Ids.ProblemLogs} + al_idx * {WorldShape.ProblemLogsPerAssignmentLog} + (pos - 1) * 5 + step AS id,
               * EXCLUDE (al_idx, pos, step, n_hints, ability)
        FROM w_plog
        """;

    private static string AssignmentActions(SynthContext c) => $"""
        SELECT id AS _key, * FROM (
            SELECT {c.Ids.AssignmentActions} + al_idx * 4 AS id, al_id AS assignment_log_id, {c.EnumValue("action_type", "assignment_started", 1)} AS action_defn_type_id,
                   start_time AS "timestamp", 'LPS' || CAST(ps_id AS VARCHAR) || '/' AS path
            FROM w_alog
            UNION ALL
            SELECT {c.Ids.AssignmentActions} + al_idx * 4 + 1, al_id, {c.EnumValue("action_type", "assignment_resumed", 2)},
                   start_time + to_seconds(n_orig * {WorldShape.ProblemSlotSeconds} // 2), 'LPS' || CAST(ps_id AS VARCHAR) || '/'
            FROM w_alog WHERE finished AND {c.U("resumed", "al_id")} < 0.15
            UNION ALL
            SELECT {c.Ids.AssignmentActions} + al_idx * 4 + 2, al_id, {c.EnumValue("action_type", "assignment_finished", 3)},
                   end_time, 'LPS' || CAST(ps_id AS VARCHAR) || '/'
            FROM w_alog WHERE finished
        )
        """;

    // Per problem log: problem_started, the attempts and hints interleaved (answer first or help first, as the
    // log's first_action_type_id says), the bottom-out hint as answer_requested, problem_finished when it ended.
    // Timestamps are spread evenly between the log's start and end. Read from the written problem_logs file, in
    // its order, so the output needs no sort.
    private static string ProblemActions(SynthContext c) => $"""
        WITH x AS (
            SELECT *, unnest(range(n)) AS k FROM (
                SELECT id AS pl_id, assignment_log_id, problem_id, path_info, start_time, end_time, answer_text,
                       attempt_count AS a, hint_count AS h, coalesce(bottom_hint, false) AS b,
                       first_action_type_id IS NULL AS help_first,
                       least(attempt_count, hint_count) AS pairs,
                       1 + attempt_count + hint_count + CASE WHEN end_time IS NULL THEN 0 ELSE 1 END AS n
                FROM {c.Read(ProblemLogs)}
            )
        ), kinds AS (
            SELECT *,
                   CASE WHEN k = 0 THEN 'S'
                        WHEN k = n - 1 AND end_time IS NOT NULL THEN 'F'
                        WHEN k - 1 < 2 * pairs THEN CASE WHEN ((k - 1) % 2 = 0) <> help_first THEN 'A' ELSE 'H' END
                        WHEN h > a THEN 'H' ELSE 'A' END AS kind,
                   CASE WHEN k - 1 < 2 * pairs THEN (k - 1) // 2 ELSE pairs + (k - 1 - 2 * pairs) END AS nth
            FROM x
        )
        SELECT {c.Ids.ProblemActions} + (pl_id - {c.Ids.ProblemLogs}) * {WorldShape.ActionsPerProblemLog} + k AS _key,
               {c.Ids.ProblemActions} + (pl_id - {c.Ids.ProblemLogs}) * {WorldShape.ActionsPerProblemLog} + k AS id,
               assignment_log_id,
               CASE kind WHEN 'S' THEN {c.EnumValue("action_type", "problem_started", 10)}
                         WHEN 'F' THEN {c.EnumValue("action_type", "problem_finished", 12)}
                         WHEN 'A' THEN {c.EnumValue("action_type", "closed_response", 20)}
                         ELSE CASE WHEN b AND nth = h - 1 THEN {c.EnumValue("action_type", "answer_requested", 25)} ELSE {c.EnumValue("action_type", "hint_requested", 16)} END END AS action_defn_type_id,
               CAST(NULL AS BIGINT) AS action_id,
               path_info AS path,
               CASE WHEN kind = 'F' THEN end_time
                    ELSE make_timestamp(epoch_us(start_time) + CAST((epoch_us(coalesce(end_time, start_time + to_seconds(10 * n))) - epoch_us(start_time)) * k / n AS BIGINT)) END AS "timestamp",
               problem_id,
               CASE WHEN kind = 'H' THEN {c.Ids.TutorStrategies} + (problem_id - {c.Ids.Problems}) * {WorldShape.StrategiesPerProblem} + nth END AS hint_id,
               CAST(NULL AS BIGINT) AS explanation_id,
               CASE WHEN kind = 'A' THEN nth = a - 1 AND end_time IS NOT NULL END AS correct,
               CASE WHEN kind = 'A' AND nth = 0 THEN answer_text END AS answer_text
        FROM kinds
        """;
}
