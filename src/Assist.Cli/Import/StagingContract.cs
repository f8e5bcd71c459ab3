namespace Assist.Cli.Import;

/// <summary>
/// The staging tables every format builds from <c>raw</c>, which <see cref="LakeTargets"/> turns into lake tables.
/// Keeping one contract means users, references, classes and assignments are filled the same way for every format.
/// </summary>
internal static class StagingContract
{
    /// <summary>The tables and their columns, for messages and docs.</summary>
    public const string Description = """
        st_users(user_id)                                   one row per student
        st_skills(skill_id, name)                           one row per skill name
        st_problem_sets(problem_set_id, name)
        st_assignments(assignment_id, problem_set_id)
        st_assignment_logs(id, user_id, assignment_id, start_time, end_time)
        st_problems(problem_id, assistment_id, problem_type_id)
        st_problem_skills(problem_id, skill_id)
        st_logs(problem_logs columns)                       one row per problem log
        st_log_skills(problem_log_id, skill_id)             the skill tags of each problem log, as the file had them
        """;

    /// <summary>
    /// Statements run after a format's staging: xids for users, the import's class and assignments (in that order,
    /// dense from 1, sorted by id so they do not depend on file order), and the external references they resolve through.
    /// </summary>
    public static IReadOnlyList<(string Label, string Sql)> Common(string formatName) =>
    [
        ("user xids", "CREATE TABLE st_user_xids AS SELECT user_id, row_number() OVER (ORDER BY user_id) AS xid FROM st_users"),
        ("class", $"""
            CREATE TABLE st_group AS
            SELECT CAST(1 AS BIGINT) AS group_id, (SELECT count(*) FROM st_users) + 1 AS xid,
                   'Imported from {formatName} files' AS name,
                   (SELECT date_trunc('day', min(start_time)) FROM st_assignment_logs) AS created_at
            """),
        ("assignment xids", """
            CREATE TABLE st_assignment_xids AS
            SELECT a.assignment_id, a.problem_set_id, g.xid + row_number() OVER (ORDER BY a.assignment_id) AS xid, t.release_date
            FROM st_assignments a
            CROSS JOIN st_group g
            LEFT JOIN (SELECT assignment_id, date_trunc('day', min(start_time)) AS release_date FROM st_assignment_logs GROUP BY assignment_id) t
              USING (assignment_id)
            """),
        ("external references", """
            CREATE TABLE st_xrefs AS
            SELECT xid AS id, 1 AS xref_type_id, user_id AS target_id FROM st_user_xids
            UNION ALL SELECT xid, 2, group_id FROM st_group
            UNION ALL SELECT xid, 3, assignment_id FROM st_assignment_xids
            """),
    ];
}
