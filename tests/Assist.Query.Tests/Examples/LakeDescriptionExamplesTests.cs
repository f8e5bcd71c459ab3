using Assist.Query.Tests.Execution.Differential;
using Assist.Query.Tests.Model;
using Xunit;

namespace Assist.Query.Tests.Examples;

/// <summary>
/// The three example queries of the lake description (seeds/000), written with navigations and no hand-written xref
/// conditions, run on seeded data. "Students given an assignment" is the one whose published join is wrong.
/// </summary>
public class LakeDescriptionExamplesTests(DifferentialFixture fixture) : IClassFixture<DifferentialFixture>
{
    public static Query<AssignmentInfo> AssignmentInfoForProblemSet(long problemSetId) =>
        from a in TestLake.Assignments
        where a.ProblemSetId == problemSetId
        let student = a.AssigneeUser()
        where student != null
        select new AssignmentInfo(a.Id, a.ReleaseDate, student.Id, student.Username);

    public static Query<Student> StudentsGivenAssignment(long assignmentId) =>
        from a in TestLake.Assignments
        where a.Id == assignmentId
        from m in a.GroupContext()!.PrincipalGroupMemberships()
        where m.MemberTypeId == MemberType.User
        join u in TestLake.Users on m.MemberId equals u.Id
        select new Student(u.Id, u.Username);

    public static Query<Teacher> TeachersOfIllustrativeMathematics() =>
        from ts in TestLake.TeacherSettings
        where ts.CurriculumsTaught!.Contains("IM K-12 Math by Illustrative Mathematics")
        select new Teacher(ts.TeacherId, ts.SchoolName, ts.Teacher().Username);

    [Fact]
    public void Assignment_info_sql()
    {
        var sql = AssignmentInfoForProblemSet(604751).ToSql(SqlDialect.Athena);
        Assert.Equal("""
            SELECT "t0"."id" AS "Id", "t0"."release_date" AS "ReleaseDate", "t2"."id" AS "StudentId", "t2"."username" AS "Username"
            FROM "cas_core"."core"."assignments" AS "t0"
            LEFT JOIN "cas_core"."core"."external_references" AS "t1" ON ("t1"."id" = "t0"."assignee_xid") AND ("t1"."xref_type_id" = 1)
            LEFT JOIN "cas_core"."users"."users" AS "t2" ON "t2"."id" = "t1"."target_id"
            WHERE ("t0"."problem_set_id" = ?) AND ("t2"."id" IS NOT NULL)
            """, sql.Text);
        Assert.Equal(["604751"], sql.Parameters.Select(p => p.LiteralText));
        Assist.TestKit.TrinoGrammar.AssertValid(sql.Text);
    }

    [Fact]
    public async Task Assignment_info_rows()
    {
        var rows = await AssignmentInfoForProblemSet(604751).ToListAsync(fixture.Database.Connection);

        // Assignment 10 went to a class (group 1), only 11 to a single student (user 4).
        Assert.Equal([new AssignmentInfo(11, SeedData.Day0.AddDays(7), 4, null)], rows);
    }

    [Fact]
    public void Students_given_an_assignment_sql()
    {
        var sql = StudentsGivenAssignment(10).ToSql(SqlDialect.Athena);
        Assert.Equal("""
            SELECT "t4"."id" AS "StudentId", "t4"."username" AS "Username"
            FROM "cas_core"."core"."assignments" AS "t0"
            LEFT JOIN "cas_core"."core"."external_references" AS "t1" ON ("t1"."id" = "t0"."group_context_xid") AND ("t1"."xref_type_id" = 2)
            LEFT JOIN "cas_core"."groups"."principal_group_definitions" AS "t2" ON "t2"."id" = "t1"."target_id"
            INNER JOIN "cas_core"."groups"."principal_group_memberships" AS "t3" ON "t3"."group_id" = "t2"."id"
            INNER JOIN "cas_core"."users"."users" AS "t4" ON "t3"."member_id" = "t4"."id"
            WHERE ("t0"."id" = ?) AND ("t3"."member_type_id" = 1)
            """, sql.Text);
        Assist.TestKit.TrinoGrammar.AssertValid(sql.Text);
    }

    [Fact]
    public async Task Students_given_an_assignment_are_the_class_members_and_the_published_join_is_not()
    {
        var rows = await StudentsGivenAssignment(10).ToListAsync(fixture.Database.Connection);

        // Assignment 10 was made in class 1, whose user members are 2 and 3 (class 2 is also a member, as a group).
        Assert.Equal([2L, 3L], rows.Select(r => r.StudentId).Order());

        // The lake description's join: pgm.member_id = group_er.target_id AND pgm.member_id = 1.
        var published = fixture.Database.QueryRows("""
            SELECT usrs.id
            FROM cas_core.core.assignments ad
            INNER JOIN cas_core.core.external_references group_er ON ad.group_context_xid = group_er.id
            INNER JOIN cas_core.groups.principal_group_memberships pgm ON pgm.member_id = group_er.target_id AND pgm.member_id = 1
            INNER JOIN cas_core.users.users usrs ON usrs.id = pgm.member_id
            WHERE ad.id = 10
            ORDER BY usrs.id
            """);

        // It returns user 1, who is in class 2, not in the assignment's class.
        Assert.Equal([1L], published.Select(r => (long)r[0]!));
        Assert.NotEqual(rows.Select(r => r.StudentId).Order(), published.Select(r => (long)r[0]!));
    }

    [Fact]
    public void Teachers_of_illustrative_mathematics_sql()
    {
        var sql = TeachersOfIllustrativeMathematics().ToSql(SqlDialect.Trino);
        Assert.Equal("""
            SELECT "t0"."teacher_id" AS "TeacherId", "t0"."school_name" AS "SchoolName", "t1"."username" AS "Username"
            FROM "cas_core"."master_user"."t_setting" AS "t0"
            INNER JOIN "cas_core"."users"."users" AS "t1" ON "t1"."id" = "t0"."teacher_id"
            WHERE "t0"."curriculums_taught" LIKE '%IM K-12 Math by Illustrative Mathematics%'
            """, sql.Text);
        Assist.TestKit.TrinoGrammar.AssertValid(sql.Text);
    }

    [Fact]
    public async Task Teachers_of_illustrative_mathematics_rows()
    {
        var rows = await TeachersOfIllustrativeMathematics().ToListAsync(fixture.Database.Connection);
        Assert.Equal([new Teacher(6, "South", "im.teacher@school.org")], rows);
    }

    public sealed record AssignmentInfo(long Id, DateTime? ReleaseDate, long StudentId, string? Username);

    public sealed record Student(long StudentId, string? Username);

    public sealed record Teacher(long TeacherId, string? SchoolName, string? Username);
}
