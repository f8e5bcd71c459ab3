using Assist.Lake;
using LakeRoot = Assist.Lake.Lake;
using Assist.Lake.CasCore.Core;
using Assist.Lake.CasCore.Groups;
using Assist.Lake.CasCore.Users;
using Assist.TestKit;
using Xunit;

namespace Assist.Lake.Tests.Queries;

using Assist.Query;

/// <summary>The generated lake API (schema/*.yaml through the generator) translated and run: the lake description's examples.</summary>
public class GeneratedLakeTests
{
    private static Query<(long, string?)> StudentsGivenAssignment(long assignmentId) =>
        from a in LakeRoot.CasCore.Core.Assignments
        where a.Id == assignmentId
        from m in a.GroupContext()!.PrincipalGroupMemberships()
        where m.MemberTypeId == MemberType.User
        join u in LakeRoot.CasCore.Users.Users on m.MemberId equals u.Id
        select new ValueTuple<long, string?>(u.Id, u.Username);

    [Fact]
    public void Students_given_an_assignment_on_the_generated_lake()
    {
        var sql = StudentsGivenAssignment(604751).ToSql(SqlDialect.Athena);
        Assert.Equal("""
            SELECT "t4"."id" AS "item1", "t4"."username" AS "item2"
            FROM "cas_core"."core"."assignments" AS "t0"
            LEFT JOIN "cas_core"."core"."external_references" AS "t1" ON ("t1"."id" = "t0"."group_context_xid") AND ("t1"."xref_type_id" = 2)
            LEFT JOIN "cas_core"."groups"."principal_group_definitions" AS "t2" ON "t2"."id" = "t1"."target_id"
            INNER JOIN "cas_core"."groups"."principal_group_memberships" AS "t3" ON "t3"."group_id" = "t2"."id"
            INNER JOIN "cas_core"."users"."users" AS "t4" ON "t3"."member_id" = "t4"."id"
            WHERE ("t0"."id" = ?) AND ("t3"."member_type_id" = 1)
            """, sql.Text);
        TrinoGrammar.AssertValid(sql.Text);
    }

    [Fact]
    public void Assignment_info_and_teachers_on_the_generated_lake()
    {
        var info = from a in LakeRoot.CasCore.Core.Assignments
                   where a.ProblemSetId == 604751
                   let student = a.AssigneeUser()
                   where student != null
                   select new { a.Id, StudentId = student.Id, student.Username };
        var teachers = from ts in LakeRoot.CasCore.MasterUser.TSetting
                       where ts.CurriculumsTaught!.Contains("IM K-12 Math by Illustrative Mathematics")
                       select new { ts.TeacherId, ts.Teacher().Username };
        var infoSql = info.ToSql(SqlDialect.Trino).Text;
        var teacherSql = teachers.ToSql(SqlDialect.Trino).Text;
        Assert.Equal("""
            SELECT "t0"."id" AS "Id", "t2"."id" AS "StudentId", "t2"."username" AS "Username"
            FROM "cas_core"."core"."assignments" AS "t0"
            LEFT JOIN "cas_core"."core"."external_references" AS "t1" ON ("t1"."id" = "t0"."assignee_xid") AND ("t1"."xref_type_id" = 1)
            LEFT JOIN "cas_core"."users"."users" AS "t2" ON "t2"."id" = "t1"."target_id"
            WHERE ("t0"."problem_set_id" = 604751) AND ("t2"."id" IS NOT NULL)
            """, infoSql);
        Assert.Equal("""
            SELECT "t0"."teacher_id" AS "TeacherId", "t1"."username" AS "Username"
            FROM "cas_core"."master_user"."t_setting" AS "t0"
            INNER JOIN "cas_core"."users"."users" AS "t1" ON "t1"."id" = "t0"."teacher_id"
            WHERE "t0"."curriculums_taught" LIKE '%IM K-12 Math by Illustrative Mathematics%'
            """, teacherSql);
        TrinoGrammar.AssertValid(infoSql);
        TrinoGrammar.AssertValid(teacherSql);
    }

    [Fact]
    public async Task Runs_on_duckdb_with_generated_tables()
    {
        System.Runtime.CompilerServices.RuntimeHelpers.RunModuleConstructor(typeof(LakeRoot).Module.ModuleHandle);
        using var db = new DuckDbTestDatabase(Assist.Query.Metadata.LakeModel.Tables.Where(t => t.EntityType.Assembly == typeof(LakeRoot).Assembly));
        db.Execute("INSERT INTO cas_core.core.external_references (id, partner_id, xref_type_id, target_id) VALUES (201, 5, 2, 1)");
        db.Execute("INSERT INTO cas_core.core.assignments (id, assignee_xid, group_context_xid, problem_set_id) VALUES (10, 201, 201, 604751)");
        db.Execute("INSERT INTO cas_core.groups.principal_group_definitions (id, name, group_type_id, enabled, created_at) VALUES (1, 'Math 6A', 7, TRUE, TIMESTAMP '2024-09-01 00:00:00')");
        db.Execute("""
            INSERT INTO cas_core.groups.principal_group_memberships (id, group_id, member_type_id, member_id, active, created_at) VALUES
            (1, 1, 1, 2, TRUE, TIMESTAMP '2024-09-01 00:00:00'), (2, 1, 1, 3, TRUE, TIMESTAMP '2024-09-01 00:00:00'),
            (3, 1, 4, 2, TRUE, TIMESTAMP '2024-09-01 00:00:00')
            """);
        db.Execute("INSERT INTO cas_core.users.users (id, username) VALUES (1, 'one'), (2, 'two'), (3, 'three')");
        var rows = await StudentsGivenAssignment(10).ToListAsync(db.Connection);
        Assert.Equal([(2L, "two"), (3L, "three")], rows.OrderBy(r => r.Item1));
    }
}
