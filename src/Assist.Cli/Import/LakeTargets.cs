using static Assist.Cli.Import.ValueOrigin;

namespace Assist.Cli.Import;

/// <summary>
/// The lake tables every format fills the same way from the staging contract (<see cref="StagingContract"/>):
/// users and their roles, external references, the import's one class, problem sets, assignments, assignment logs,
/// skills and the problem-skill mapping. Formats add problems and problem logs themselves.
/// </summary>
internal static class LakeTargets
{
    /// <summary>What differs between formats in the shared tables: where user ids, assignments and problem sets come from.</summary>
    /// <param name="UserColumn">The file column holding the user id.</param>
    /// <param name="AssignmentOrigin">Whether assignment ids are the file's own.</param>
    /// <param name="AssignmentNote">Where assignment ids come from.</param>
    /// <param name="ProblemSetNote">Where problem sets come from (the files name none).</param>
    internal sealed record Notes(string UserColumn, ValueOrigin AssignmentOrigin, string AssignmentNote, string ProblemSetNote);

    /// <summary>The shared tables.</summary>
    public static IReadOnlyList<TableMapping> Common(Notes notes) =>
    [
        new("cas_core.users.users", "st_user_xids", "id",
        [
            new("id", "user_id", Platform, $"`{notes.UserColumn}`"),
        ]),
        new("cas_core.users.user_roles", "st_user_xids", "user_xid",
        [
            new("user_xid", "xid", Synthesized, "the user's external reference"),
            new("user_role_definition_id", "6", Derived, "6 (student): every user of the file is a student"),
        ]),
        new("cas_core.core.external_references", "st_xrefs", "id",
        [
            new("id", "id", Synthesized, "1.. for users (by user id), then the class, then assignments (by assignment id)"),
            new("partner_id", "5", Synthesized, "5 (TNG)"),
            new("xref_type_id", "xref_type_id", Derived, "1 user, 2 the class, 3 assignment"),
            new("target_id", "target_id", Derived, "the user, class or assignment id"),
        ]),
        new("cas_core.groups.principal_group_definitions", "st_group", "id",
        [
            new("id", "group_id", Synthesized, "1: one class holds every student of the import"),
            new("name", "name", Synthesized, "'Imported from {format} files'"),
            new("group_type_id", "7", Synthesized, "7 (course)"),
            new("enabled", "true", Synthesized, "true"),
            new("created_at", "created_at", Derived, "the day of the first problem log"),
        ]),
        new("cas_core.groups.principal_group_memberships", "st_user_xids u CROSS JOIN st_group g", "id",
        [
            new("id", "u.xid", Synthesized, "1.. by user id"),
            new("group_id", "g.group_id", Synthesized, "the import's class"),
            new("member_type_id", "1", Derived, "1 (user)"),
            new("member_id", "u.user_id", Platform, $"`{notes.UserColumn}`"),
            new("active", "true", Synthesized, "true"),
            new("created_at", "g.created_at", Derived, "the class's created_at"),
        ]),
        new("cas_content.core.problem_set_definitions", "st_problem_sets", "id",
        [
            new("id", "problem_set_id", Synthesized, notes.ProblemSetNote),
            new("name", "name", Derived, "the skill or assignment it stands for"),
        ]),
        new("cas_core.core.assignments", "st_assignment_xids a CROSS JOIN st_group g", "id",
        [
            new("id", "a.assignment_id", notes.AssignmentOrigin, notes.AssignmentNote),
            new("assignee_xid", "g.xid", Synthesized, "the import's class"),
            new("group_context_xid", "g.xid", Synthesized, "the import's class"),
            new("problem_set_id", "a.problem_set_id", Synthesized, notes.ProblemSetNote),
            new("release_date", "a.release_date", Derived, "the day of its first problem log"),
            new("active", "true", Synthesized, "true"),
        ]),
        new("cas_core.student_data.assignment_logs",
            "st_assignment_logs l JOIN st_user_xids u USING (user_id) JOIN st_assignment_xids a USING (assignment_id)", "id",
        [
            new("id", "l.id", Synthesized, "1.. by user id, then assignment id"),
            new("user_xid", "u.xid", Derived, "the student's external reference"),
            new("assignment_xid", "a.xid", Derived, "the assignment's external reference"),
            new("start_time", "l.start_time", Derived, "the start of its first problem log"),
            new("end_time", "l.end_time", Derived, "the end of its last problem log"),
        ]),
        new("cas_content.core.skills", "st_skills", "id",
        [
            new("id", "skill_id", Synthesized, "1.. in the order of the skill names"),
            new("name", "name", Platform, "`skill`"),
        ]),
        new("cas_content.core.problem_skills", "st_problem_skills", "problem_id, skill_id",
        [
            new("problem_id", "problem_id", Derived, "every (problem, skill) pair of the file"),
            new("skill_id", "skill_id", Derived, "every (problem, skill) pair of the file"),
        ]),
    ];

    /// <summary>The side table every format writes: each problem log's skill tags exactly as the file gave them.</summary>
    public static SideTable LogSkills { get; } = new(
        "problem_log_skills",
        "SELECT problem_log_id, skill_id FROM st_log_skills ORDER BY problem_log_id, skill_id",
        "One row per file row: the problem log it became and its skill tag (skills.id). " +
        "A problem's tags can differ between its logs (a problem tagged 'noskill' in one row and a skill in another), so this, not problem_skills, is the tag of each response.");
}
