using System.Text.RegularExpressions;
using Assist.Query.Tests.Infrastructure;
using Assist.Query.Tests.Model;
using Xunit;

namespace Assist.Query.Tests.Translation.SideBySide;

/// <summary>One query, the SQL of every dialect side by side (Trino and Athena text is also parsed with the Trino grammar).</summary>
public class FilterAndProjectionTests
{
    [Fact]
    public void Where_captured_value_is_a_parameter_literal_is_inline()
    {
        var since = new DateTime(2004, 9, 17);
        var query = TestLake.ProblemLogs.Where(p => p.StartTime >= since && p.HintCount > 0).Select(p => p.Id);
        SqlAssert.Sql(query,
            trino: """
            SELECT "t0"."id"
            FROM "cas_core"."student_data"."problem_logs" AS "t0"
            WHERE ("t0"."start_time" >= ?) AND ("t0"."hint_count" > 0)
            """,
            duckdb: """
            SELECT "t0"."id"
            FROM "cas_core"."student_data"."problem_logs" AS "t0"
            WHERE ("t0"."start_time" >= $1) AND ("t0"."hint_count" > 0)
            """);
    }

    [Fact]
    public void Select_entity_reads_every_column()
    {
        var query = TestLake.Users;
        SqlAssert.Sql(query,
            trino: """
            SELECT "t0"."id", "t0"."username", "t0"."email", "t0"."first_name", "t0"."last_name", "t0"."birth_year", "t0"."uuid", "t0"."created", "t0"."updated_at"
            FROM "cas_core"."users"."users" AS "t0"
            """,
            duckdb: """
            SELECT "t0"."id", "t0"."username", "t0"."email", "t0"."first_name", "t0"."last_name", "t0"."birth_year", "t0"."uuid", "t0"."created", "t0"."updated_at"
            FROM "cas_core"."users"."users" AS "t0"
            """);
    }

    [Fact]
    public void Select_anonymous_type_names_columns()
    {
        var query = TestLake.ProblemLogs.Select(p => new { p.Id, Hints = p.HintCount });
        SqlAssert.Sql(query,
            trino: """
            SELECT "t0"."id" AS "Id", "t0"."hint_count" AS "Hints"
            FROM "cas_core"."student_data"."problem_logs" AS "t0"
            """,
            duckdb: """
            SELECT "t0"."id" AS "Id", "t0"."hint_count" AS "Hints"
            FROM "cas_core"."student_data"."problem_logs" AS "t0"
            """);
    }

    [Fact]
    public void Select_record_constructor()
    {
        var query = TestLake.ProblemLogs.Select(p => new IdAndHints(p.Id, p.HintCount));
        SqlAssert.Sql(query,
            trino: """
            SELECT "t0"."id" AS "Id", "t0"."hint_count" AS "Hints"
            FROM "cas_core"."student_data"."problem_logs" AS "t0"
            """,
            duckdb: """
            SELECT "t0"."id" AS "Id", "t0"."hint_count" AS "Hints"
            FROM "cas_core"."student_data"."problem_logs" AS "t0"
            """);
    }

    [Fact]
    public void Let_is_a_transparent_identifier()
    {
        var query = from pl in TestLake.ProblemLogs let al = pl.AssignmentLog() let late = al.StartTime.Hour >= 20 where late select new { pl.Id, al.UserXid };
        SqlAssert.Sql(query,
            trino: """
            SELECT "t0"."id" AS "Id", "t1"."user_xid" AS "UserXid"
            FROM "cas_core"."student_data"."problem_logs" AS "t0"
            INNER JOIN "cas_core"."student_data"."assignment_logs" AS "t1" ON "t1"."id" = "t0"."assignment_log_id"
            WHERE hour("t1"."start_time") >= 20
            """,
            duckdb: """
            SELECT "t0"."id" AS "Id", "t1"."user_xid" AS "UserXid"
            FROM "cas_core"."student_data"."problem_logs" AS "t0"
            INNER JOIN "cas_core"."student_data"."assignment_logs" AS "t1" ON "t1"."id" = "t0"."assignment_log_id"
            WHERE hour("t1"."start_time") >= 20
            """);
    }

    [Fact]
    public void Captured_value_in_select_is_inlined_on_Athena_only()
    {
        var minimum = 2; var bonus = 10;
        var query = TestLake.ProblemLogs.Where(p => p.HintCount > minimum).Select(p => new { p.Id, Bonus = p.HintCount + bonus });
        SqlAssert.Sql(query,
            trino: """
            SELECT "t0"."id" AS "Id", "t0"."hint_count" + ? AS "Bonus"
            FROM "cas_core"."student_data"."problem_logs" AS "t0"
            WHERE "t0"."hint_count" > ?
            """,
            athena: """
            SELECT "t0"."id" AS "Id", "t0"."hint_count" + 10 AS "Bonus"
            FROM "cas_core"."student_data"."problem_logs" AS "t0"
            WHERE "t0"."hint_count" > ?
            """,
            duckdb: """
            SELECT "t0"."id" AS "Id", "t0"."hint_count" + $1 AS "Bonus"
            FROM "cas_core"."student_data"."problem_logs" AS "t0"
            WHERE "t0"."hint_count" > $2
            """);
    }

    [Fact]
    public void Enum_comparison_emits_integer()
    {
        var query = TestLake.ProblemLogs.Where(p => p.FirstActionTypeId == FirstActionType.Answered).Select(p => p.Id);
        SqlAssert.Sql(query,
            trino: """
            SELECT "t0"."id"
            FROM "cas_core"."student_data"."problem_logs" AS "t0"
            WHERE "t0"."first_action_type_id" = 1
            """,
            duckdb: """
            SELECT "t0"."id"
            FROM "cas_core"."student_data"."problem_logs" AS "t0"
            WHERE "t0"."first_action_type_id" = 1
            """);
    }

    [Fact]
    public void Captured_list_becomes_IN_parameters()
    {
        var ids = new List<long> { 3, 5, 8 };
        var query = TestLake.ProblemLogs.Where(p => ids.Contains(p.AssignmentLogId)).Select(p => p.Id);
        SqlAssert.Sql(query,
            trino: """
            SELECT "t0"."id"
            FROM "cas_core"."student_data"."problem_logs" AS "t0"
            WHERE "t0"."assignment_log_id" IN (?, ?, ?)
            """,
            duckdb: """
            SELECT "t0"."id"
            FROM "cas_core"."student_data"."problem_logs" AS "t0"
            WHERE "t0"."assignment_log_id" IN ($1, $2, $3)
            """);
    }
}
