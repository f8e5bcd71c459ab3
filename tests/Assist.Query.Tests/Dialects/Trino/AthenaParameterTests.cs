using Assist.Query.Tests.Model;
using Assist.TestKit;
using Xunit;

namespace Assist.Query.Tests.Dialects.Trino;

/// <summary>Athena takes execution parameters only in WHERE (docs/dialects.md #38); elsewhere values are escaped typed literals.</summary>
public class AthenaParameterTests
{
    [Fact]
    public void Parameters_stay_in_where_and_are_inlined_elsewhere()
    {
        var name = "O'Brien";
        var since = new DateTime(2024, 9, 1, 13, 5, 7).AddTicks(1230);
        var minimum = 3;
        var query = from pl in TestLake.ProblemLogs
                    where pl.StartTime >= since && pl.AnswerText != name
                    group pl by pl.ProblemId into g
                    where g.Count() > minimum
                    select new { g.Key, Label = name, Late = g.Count(p => p.StartTime > since) };
        var athena = query.ToSql(SqlDialect.Athena);
        Assert.Equal("""
            SELECT "t0"."problem_id" AS "Key", 'O''Brien' AS "Label", count_if("t0"."start_time" > TIMESTAMP '2024-09-01 13:05:07.000123') AS "Late"
            FROM "cas_core"."student_data"."problem_logs" AS "t0"
            WHERE ("t0"."start_time" >= ?) AND ("t0"."answer_text" IS DISTINCT FROM ?)
            GROUP BY "t0"."problem_id"
            HAVING count(*) > 3
            """, athena.Text);
        Assert.Equal(["TIMESTAMP '2024-09-01 13:05:07.000123'", "'O''Brien'"], athena.Parameters.Select(p => p.LiteralText));
        TrinoGrammar.AssertValid(athena.Text);

        var trino = query.ToSql(SqlDialect.Trino);
        Assert.Equal("""
            SELECT "t0"."problem_id" AS "Key", ? AS "Label", count_if("t0"."start_time" > ?) AS "Late"
            FROM "cas_core"."student_data"."problem_logs" AS "t0"
            WHERE ("t0"."start_time" >= ?) AND ("t0"."answer_text" IS DISTINCT FROM ?)
            GROUP BY "t0"."problem_id"
            HAVING count(*) > ?
            """, trino.Text);
        Assert.Equal(5, trino.Parameters.Count);
    }

    [Fact]
    public void Casts_never_use_bare_timestamp()
    {
        var query = TestLake.ProblemLogs.Select(p => new { p.Id, When = (DateTime?)p.StartTime, Day = (DateTime)(object)p.StartTime });
        Assert.DoesNotContain("AS timestamp)", query.ToSql(SqlDialect.Trino).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_grammar_check_rejects_broken_sql() =>
        Assert.NotEmpty(TrinoGrammar.Validate("SELECT \"t0\".\"id\" FROM \"cas_core\".\"student_data\".\"problem_logs\" AS \"t0\" LIMIT 2 OFFSET 1"));
}
