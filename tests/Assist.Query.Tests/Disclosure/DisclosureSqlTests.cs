using Assist.Query.Tests.Infrastructure;
using Assist.Query.Tests.Model;
using Xunit;

namespace Assist.Query.Tests.Disclosure;

/// <summary>
/// The statement disclosure control submits for aggregate outputs, for Trino (and Athena, the same text here: every
/// parameter is in a WHERE) and DuckDB side by side: the
/// query's own SELECT with <c>"#persons"</c> and the <c>"#top_share:…"</c> columns after its own columns.
/// </summary>
public class DisclosureSqlTests
{
    private static readonly DateTime Since = new(2024, 9, 5);

    [Fact]
    public void Per_problem_sums_and_averages_join_the_assignment_log_for_the_person()
    {
        var since = Since;
        var query = from p in TestLake.ProblemLogs
                    where p.StartTime >= since
                    group p by p.ProblemId into g
                    orderby g.Key
                    select new { Problem = g.Key, Logs = g.Count(), Hints = g.Sum(x => x.HintCount), Attempts = g.Average(x => x.AttemptCount) };

        SqlAssert.DisclosureSql(query,
            """
            SELECT "t0"."problem_id" AS "Problem", count(*) AS "Logs", coalesce(sum("t0"."hint_count"), 0) AS "Hints", avg("t0"."attempt_count") AS "Attempts", count(DISTINCT "#p0"."user_xid") AS "#persons", max("#top_share"."#top_share:Hints") AS "#top_share:Hints", max("#top_share"."#top_share:Attempts") AS "#top_share:Attempts"
            FROM "cas_core"."student_data"."problem_logs" AS "t0"
            LEFT JOIN "cas_core"."student_data"."assignment_logs" AS "#p0" ON "#p0"."id" = "t0"."assignment_log_id"
            LEFT JOIN (
              SELECT "#per_person"."#k0", CAST(max(abs("#per_person"."#s0")) AS double) / nullif(CAST(sum(abs("#per_person"."#s0")) AS double), 0E0) AS "#top_share:Hints", CAST(max(abs("#per_person"."#s1")) AS double) / nullif(CAST(sum(abs("#per_person"."#s1")) AS double), 0E0) AS "#top_share:Attempts"
              FROM (
                SELECT "t0"."problem_id" AS "#k0", sum("t0"."hint_count") AS "#s0", sum("t0"."attempt_count") AS "#s1"
                FROM "cas_core"."student_data"."problem_logs" AS "t0"
                LEFT JOIN "cas_core"."student_data"."assignment_logs" AS "#p0" ON "#p0"."id" = "t0"."assignment_log_id"
                WHERE "t0"."start_time" >= ?
                GROUP BY "t0"."problem_id", "#p0"."user_xid"
              ) AS "#per_person"
              GROUP BY "#per_person"."#k0"
            ) AS "#top_share" ON "#top_share"."#k0" IS NOT DISTINCT FROM "t0"."problem_id"
            WHERE "t0"."start_time" >= ?
            GROUP BY "t0"."problem_id"
            ORDER BY "t0"."problem_id" ASC NULLS LAST
            """,
            """
            SELECT "t0"."problem_id" AS "Problem", count(*) AS "Logs", coalesce(CAST(sum("t0"."hint_count") AS BIGINT), 0) AS "Hints", avg("t0"."attempt_count") AS "Attempts", count(DISTINCT "#p0"."user_xid") AS "#persons", max("#top_share"."#top_share:Hints") AS "#top_share:Hints", max("#top_share"."#top_share:Attempts") AS "#top_share:Attempts"
            FROM "cas_core"."student_data"."problem_logs" AS "t0"
            LEFT JOIN "cas_core"."student_data"."assignment_logs" AS "#p0" ON "#p0"."id" = "t0"."assignment_log_id"
            LEFT JOIN (
              SELECT "#per_person"."#k0", CAST(max(abs("#per_person"."#s0")) AS DOUBLE) / nullif(CAST(CAST(sum(abs("#per_person"."#s0")) AS BIGINT) AS DOUBLE), 0E0) AS "#top_share:Hints", CAST(max(abs("#per_person"."#s1")) AS DOUBLE) / nullif(CAST(CAST(sum(abs("#per_person"."#s1")) AS BIGINT) AS DOUBLE), 0E0) AS "#top_share:Attempts"
              FROM (
                SELECT "t0"."problem_id" AS "#k0", CAST(sum("t0"."hint_count") AS BIGINT) AS "#s0", CAST(sum("t0"."attempt_count") AS BIGINT) AS "#s1"
                FROM "cas_core"."student_data"."problem_logs" AS "t0"
                LEFT JOIN "cas_core"."student_data"."assignment_logs" AS "#p0" ON "#p0"."id" = "t0"."assignment_log_id"
                WHERE "t0"."start_time" >= $1
                GROUP BY "t0"."problem_id", "#p0"."user_xid"
              ) AS "#per_person"
              GROUP BY "#per_person"."#k0"
            ) AS "#top_share" ON "#top_share"."#k0" IS NOT DISTINCT FROM "t0"."problem_id"
            WHERE "t0"."start_time" >= $1
            GROUP BY "t0"."problem_id"
            ORDER BY "t0"."problem_id" ASC NULLS LAST
            """);
    }

    [Fact]
    public void A_navigation_the_query_already_joins_is_reused()
    {
        var query = from p in TestLake.ProblemLogs
                    group p by p.AssignmentLog().AssignmentXid into g
                    select new { Assignment = g.Key, Logs = g.LongCount() };

        SqlAssert.DisclosureSql(query,
            """
            SELECT "t1"."assignment_xid" AS "Assignment", count(*) AS "Logs", count(DISTINCT "t1"."user_xid") AS "#persons"
            FROM "cas_core"."student_data"."problem_logs" AS "t0"
            INNER JOIN "cas_core"."student_data"."assignment_logs" AS "t1" ON "t1"."id" = "t0"."assignment_log_id"
            GROUP BY "t1"."assignment_xid"
            """,
            """
            SELECT "t1"."assignment_xid" AS "Assignment", count(*) AS "Logs", count(DISTINCT "t1"."user_xid") AS "#persons"
            FROM "cas_core"."student_data"."problem_logs" AS "t0"
            INNER JOIN "cas_core"."student_data"."assignment_logs" AS "t1" ON "t1"."id" = "t0"."assignment_log_id"
            GROUP BY "t1"."assignment_xid"
            """);
    }

    [Fact]
    public void Teacher_settings_count_the_teacher_id_itself()
    {
        var query = from t in TestLake.TeacherSettings
                    group t by t.SchoolName into g
                    select new { School = g.Key, Teachers = g.Count() };

        SqlAssert.DisclosureSql(query,
            """
            SELECT "t0"."school_name" AS "School", count(*) AS "Teachers", count(DISTINCT "t0"."teacher_id") AS "#persons"
            FROM "cas_core"."master_user"."t_setting" AS "t0"
            GROUP BY "t0"."school_name"
            """,
            """
            SELECT "t0"."school_name" AS "School", count(*) AS "Teachers", count(DISTINCT "t0"."teacher_id") AS "#persons"
            FROM "cas_core"."master_user"."t_setting" AS "t0"
            GROUP BY "t0"."school_name"
            """);
    }

    [Fact]
    public void Memberships_count_only_members_that_are_users()
    {
        var query = from m in TestLake.PrincipalGroupMemberships
                    group m by m.GroupId into g
                    select new { Group = g.Key, Members = g.Count() };

        SqlAssert.DisclosureSql(query,
            """
            SELECT "t0"."group_id" AS "Group", count(*) AS "Members", count(DISTINCT CASE WHEN "t0"."member_type_id" = 1 THEN "t0"."member_id" END) AS "#persons"
            FROM "cas_core"."groups"."principal_group_memberships" AS "t0"
            GROUP BY "t0"."group_id"
            """,
            """
            SELECT "t0"."group_id" AS "Group", count(*) AS "Members", count(DISTINCT CASE WHEN "t0"."member_type_id" = 1 THEN "t0"."member_id" END) AS "#persons"
            FROM "cas_core"."groups"."principal_group_memberships" AS "t0"
            GROUP BY "t0"."group_id"
            """);
    }

    [Fact]
    public void An_aggregate_over_per_student_rows_carries_the_student_out_of_the_subquery()
    {
        var perStudent = from p in TestLake.ProblemLogs
                         group p by new { Student = p.AssignmentLog().UserXid, p.ProblemId } into g
                         select new { g.Key.ProblemId, Hints = g.Sum(x => x.HintCount) };
        var query = from s in perStudent
                    group s by s.ProblemId into g
                    select new { Problem = g.Key, Students = g.Count(), Hints = g.Sum(x => x.Hints) };

        SqlAssert.DisclosureSql(query,
            """
            SELECT "t2"."ProblemId" AS "Problem", count(*) AS "Students", coalesce(sum("t2"."Hints"), 0) AS "Hints", count(DISTINCT "t2"."#person") AS "#persons", max("#top_share"."#top_share:Hints") AS "#top_share:Hints"
            FROM (
              SELECT "t0"."problem_id" AS "ProblemId", coalesce(sum("t0"."hint_count"), 0) AS "Hints", "t1"."user_xid" AS "#person"
              FROM "cas_core"."student_data"."problem_logs" AS "t0"
              INNER JOIN "cas_core"."student_data"."assignment_logs" AS "t1" ON "t1"."id" = "t0"."assignment_log_id"
              GROUP BY "t1"."user_xid", "t0"."problem_id"
            ) AS "t2"
            LEFT JOIN (
              SELECT "#per_person"."#k0", CAST(max(abs("#per_person"."#s0")) AS double) / nullif(CAST(sum(abs("#per_person"."#s0")) AS double), 0E0) AS "#top_share:Hints"
              FROM (
                SELECT "t2"."ProblemId" AS "#k0", sum("t2"."Hints") AS "#s0"
                FROM (
                  SELECT "t0"."problem_id" AS "ProblemId", coalesce(sum("t0"."hint_count"), 0) AS "Hints", "t1"."user_xid" AS "#person"
                  FROM "cas_core"."student_data"."problem_logs" AS "t0"
                  INNER JOIN "cas_core"."student_data"."assignment_logs" AS "t1" ON "t1"."id" = "t0"."assignment_log_id"
                  GROUP BY "t1"."user_xid", "t0"."problem_id"
                ) AS "t2"
                GROUP BY "t2"."ProblemId", "t2"."#person"
              ) AS "#per_person"
              GROUP BY "#per_person"."#k0"
            ) AS "#top_share" ON "#top_share"."#k0" IS NOT DISTINCT FROM "t2"."ProblemId"
            GROUP BY "t2"."ProblemId"
            """,
            """
            SELECT "t2"."ProblemId" AS "Problem", count(*) AS "Students", coalesce(CAST(sum("t2"."Hints") AS BIGINT), 0) AS "Hints", count(DISTINCT "t2"."#person") AS "#persons", max("#top_share"."#top_share:Hints") AS "#top_share:Hints"
            FROM (
              SELECT "t0"."problem_id" AS "ProblemId", coalesce(CAST(sum("t0"."hint_count") AS BIGINT), 0) AS "Hints", "t1"."user_xid" AS "#person"
              FROM "cas_core"."student_data"."problem_logs" AS "t0"
              INNER JOIN "cas_core"."student_data"."assignment_logs" AS "t1" ON "t1"."id" = "t0"."assignment_log_id"
              GROUP BY "t1"."user_xid", "t0"."problem_id"
            ) AS "t2"
            LEFT JOIN (
              SELECT "#per_person"."#k0", CAST(max(abs("#per_person"."#s0")) AS DOUBLE) / nullif(CAST(CAST(sum(abs("#per_person"."#s0")) AS BIGINT) AS DOUBLE), 0E0) AS "#top_share:Hints"
              FROM (
                SELECT "t2"."ProblemId" AS "#k0", CAST(sum("t2"."Hints") AS BIGINT) AS "#s0"
                FROM (
                  SELECT "t0"."problem_id" AS "ProblemId", coalesce(CAST(sum("t0"."hint_count") AS BIGINT), 0) AS "Hints", "t1"."user_xid" AS "#person"
                  FROM "cas_core"."student_data"."problem_logs" AS "t0"
                  INNER JOIN "cas_core"."student_data"."assignment_logs" AS "t1" ON "t1"."id" = "t0"."assignment_log_id"
                  GROUP BY "t1"."user_xid", "t0"."problem_id"
                ) AS "t2"
                GROUP BY "t2"."ProblemId", "t2"."#person"
              ) AS "#per_person"
              GROUP BY "#per_person"."#k0"
            ) AS "#top_share" ON "#top_share"."#k0" IS NOT DISTINCT FROM "t2"."ProblemId"
            GROUP BY "t2"."ProblemId"
            """);
    }

    [Fact]
    public void A_non_aggregate_output_is_submitted_as_it_is()
    {
        var query = TestLake.ProblemLogs.Where(p => p.HintCount > 2).Select(p => new { p.Id, p.HintCount });

        Assert.Equal(query.ToSql(SqlDialect.Athena).Text, query.Disclosure(SqlDialect.Athena).Sql.Text);
        Assert.Null(query.Disclosure(SqlDialect.Athena).PersonsColumn);
    }
}
