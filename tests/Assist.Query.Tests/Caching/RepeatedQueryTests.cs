using Assist.Query.Tests.Model;
using Assist.TestKit;
using Xunit;

namespace Assist.Query.Tests.Caching;

/// <summary>The same query object compiled again re-reads its captured variables (and re-walks when their shape changes).</summary>
public class RepeatedQueryTests
{
    [Fact]
    public void A_kept_query_sees_new_captured_values_and_null_changes_the_sql()
    {
        long? xid = 5;
        var query = TestLake.AssignmentLogs.Where(a => a.UserXid == xid).Select(a => a.Id);
        Assert.Equal(["5"], query.ToSql(SqlDialect.Trino).Parameters.Select(p => p.LiteralText));

        xid = 9;
        var again = query.ToSql(SqlDialect.Trino);
        Assert.Equal(["9"], again.Parameters.Select(p => p.LiteralText));

        TrinoGrammar.AssertValid(again.Text);

        xid = null;
        var withNull = query.ToSql(SqlDialect.Trino).Text;
        Assert.Equal("""
            SELECT "t0"."id"
            FROM "cas_core"."student_data"."assignment_logs" AS "t0"
            WHERE "t0"."user_xid" IS NULL
            """, withNull);
        TrinoGrammar.AssertValid(withNull);
        Assert.Empty(query.ToSql(SqlDialect.Trino).Parameters);
    }

    [Fact]
    public void A_kept_query_sees_a_longer_list_and_a_reassigned_inner_query()
    {
        var ids = new List<long> { 1, 2 };
        var inner = TestLake.AssignmentLogs.Where(a => a.EndTime == null).Select(a => a.Id);
        var query = TestLake.ProblemLogs.Where(p => ids.Contains(p.Id) && inner.AsSequence().Contains(p.AssignmentLogId)).Select(p => p.Id);
        var first = query.ToSql(SqlDialect.DuckDb).Text;
        ids.Add(3);
        inner = TestLake.AssignmentLogs.Where(a => a.EndTime != null).Select(a => a.Id);
        var second = query.ToSql(SqlDialect.DuckDb);
        Assert.NotEqual(first, second.Text);
        Assert.Equal("""
            SELECT "t0"."id"
            FROM "cas_core"."student_data"."problem_logs" AS "t0"
            WHERE ("t0"."id" IN ($1, $2, $3)) AND ("t0"."assignment_log_id" IN (
              SELECT "t1"."id"
              FROM "cas_core"."student_data"."assignment_logs" AS "t1"
              WHERE "t1"."end_time" IS NOT NULL
            ))
            """, second.Text);
    }
}
