using static Assist.Cli.Synth.SynthSql;

namespace Assist.Cli.Synth;

/// <summary>Users, their roles, teacher settings (the school), classes and class memberships.</summary>
internal static class PeopleRecipes
{
    /// <summary>The recipes of this group.</summary>
    public static IEnumerable<TableRecipe> All(IdBases ids)
    {
        yield return new TableRecipe("cas_core.users.users", [Users], "id",
            new RangeSource(ids.Users, "SELECT count(*) FROM w_user"), []);
        yield return new TableRecipe("cas_core.users.user_roles", [UserRoles], "_key", null, []);
        yield return new TableRecipe("cas_core.master_user.t_setting", [TeacherSettings], "id",
            new RangeSource(ids.TeacherSettings, "SELECT count(*) FROM w_teacher"), []);
        yield return new TableRecipe("cas_core.groups.principal_group_definitions", [Groups], "id",
            new RangeSource(ids.Groups, "SELECT count(*) FROM w_class"), []);
        yield return new TableRecipe("cas_core.groups.principal_group_memberships", [Memberships], "id",
            new RangeSource(ids.Memberships, "SELECT count(*) FROM w_enrol"), []);
    }

    private static string Users(SynthContext c) => $"""
        SELECT user_id AS _key, user_id AS id,
               CASE WHEN role = 7 THEN 'teacher' ELSE 'student' END || CAST(user_id AS VARCHAR) AS username,
               CASE WHEN role = 7 OR {c.U("email", "user_id")} < 0.4 THEN lower(
                   ['Ana', 'Ben', 'Chloe', 'Dev', 'Emma', 'Femi', 'Gia', 'Hugo', 'Ines', 'Jon', 'Kai', 'Lena', 'Mateo', 'Nora', 'Omar', 'Pia'][1 + CAST(floor(u_first * 16) AS BIGINT)]
                   || '.' || CAST(user_id AS VARCHAR)) || '@example.org' END AS email,
               ['Ana', 'Ben', 'Chloe', 'Dev', 'Emma', 'Femi', 'Gia', 'Hugo', 'Ines', 'Jon', 'Kai', 'Lena', 'Mateo', 'Nora', 'Omar', 'Pia'][1 + CAST(floor(u_first * 16) AS BIGINT)] AS first_name,
               ['Silva', 'Nguyen', 'Smith', 'Okafor', 'Garcia', 'Kowalski', 'Chen', 'Murphy', 'Haddad', 'Rossi', 'Patel', 'Brown'][1 + CAST(floor(u_last * 12) AS BIGINT)] AS last_name,
               CASE WHEN role = 7 THEN 1955 + CAST(floor({c.U("by", "user_id")} * 35) AS INTEGER)
                    ELSE CAST({c.Shape.Calendar.FirstYear} - grade - 6 + CAST(floor({c.U("by", "user_id")} * 2) AS INTEGER) AS INTEGER) END AS birth_year,
               {GenericColumns.Uuid("u_hash")} AS uuid,
               {c.Shape.Calendar.Timestamp("2004-08-16 09:00:00")} + to_minutes(CAST(floor({c.U("created", "user_id")} * 28800) AS BIGINT)) AS created,
               {c.Shape.Calendar.Timestamp("2004-08-16 09:00:00")} + to_minutes(CAST(floor({c.U("created", "user_id")} * 28800) AS BIGINT)) AS created_at,
               {c.Shape.Calendar.Timestamp("2005-06-20 09:00:00")} + to_minutes(CAST(floor({c.U("updated", "user_id")} * 28800) AS BIGINT)) AS updated_at
        FROM w_user
        """;

    private static string UserRoles(SynthContext c) => $"""
        SELECT user_id AS _key, {c.Xid("user", "user_id")} AS user_xid,
               CASE WHEN role = 7 THEN {c.EnumValue("user_role", "teacher", 7)} ELSE {c.EnumValue("user_role", "student", 6)} END AS user_role_definition_id
        FROM w_user
        """;

    private static string TeacherSettings(SynthContext c) => $"""
        SELECT t.teacher_idx AS _key, {c.Ids.TeacherSettings} + t.teacher_idx AS id, t.user_id AS teacher_id, s.school_name,
               ['Illustrative Mathematics', 'EngageNY', 'Open Up Resources', 'Teacher made'][1 + CAST(floor({c.U("curr", "t.teacher_idx")} * 4) AS BIGINT)] AS curriculums_taught,
               ['6', '7', '8', '6,7', '7,8'][1 + CAST(floor({c.U("grades", "t.teacher_idx")} * 5) AS BIGINT)] AS grade_levels_taught,
               {c.Shape.Calendar.Timestamp("2004-08-20 10:00:00")} + to_minutes(CAST(floor({c.U("ts", "t.teacher_idx")} * 14400) AS BIGINT)) AS created_at,
               {c.Shape.Calendar.Timestamp("2004-08-20 10:00:00")} + to_minutes(CAST(floor({c.U("ts", "t.teacher_idx")} * 14400) AS BIGINT)) AS updated_at
        FROM w_teacher t JOIN w_school s ON s.school_idx = t.school_idx
        """;

    private static string Groups(SynthContext c) => $"""
        SELECT group_id AS _key, group_id AS id, class_name AS name,
               {c.EnumValue("group_type", "assistments_course", 7)} AS group_type_id,
               {c.U("enabled", "group_id")} < 0.97 AS enabled,
               {c.Shape.Calendar.Timestamp("2004-08-25 08:00:00")} + to_minutes(CAST(floor({c.U("gc", "group_id")} * 14400) AS BIGINT)) AS created_at,
               {c.Shape.Calendar.Timestamp("2004-08-25 08:00:00")} + to_minutes(CAST(floor({c.U("gc", "group_id")} * 14400) AS BIGINT)) AS updated_at
        FROM w_class
        """;

    private static string Memberships(SynthContext c) => $"""
        SELECT e.membership_id AS _key, e.membership_id AS id, cl.group_id,
               {c.EnumValue("member_type", "user", 1)} AS member_type_id, e.user_id AS member_id,
               {c.U("active", "e.membership_id")} < 0.96 AS active,
               {c.Shape.Calendar.Timestamp("2004-09-01 08:00:00")} + to_minutes(CAST(floor({c.U("mc", "e.membership_id")} * 14400) AS BIGINT)) AS created_at
        FROM w_enrol e JOIN w_class cl ON cl.class_idx = e.class_idx
        """;
}
