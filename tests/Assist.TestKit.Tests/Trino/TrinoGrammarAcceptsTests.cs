using Assist.TestKit;
using Xunit;

namespace Assist.TestKit.Tests.Trino;

/// <summary>Statements of the shapes our Athena/Trino emitter produces must parse.</summary>
[Collection(TrinoCollection.Name)]
public sealed class TrinoGrammarAcceptsTests
{
    [Theory]
    [InlineData("SELECT 1")]
    [InlineData("""
        SELECT "pl"."id", "al"."user_xid"
        FROM "cas_core"."student_data"."problem_logs" AS "pl"
        INNER JOIN "cas_core"."student_data"."assignment_logs" AS "al" ON "pl"."assignment_log_id" = "al"."id"
        LEFT JOIN "cas_content"."core"."problems" AS "p" ON "pl"."problem_id" = "p"."id"
        WHERE "pl"."start_time" >= ?
        """)]
    [InlineData("""
        WITH "recent" AS (
            SELECT "user_xid", "start_time" FROM "cas_core"."student_data"."assignment_logs" WHERE "start_time" >= TIMESTAMP '2024-09-01 00:00:00.000000'
        )
        SELECT "user_xid", count(*) AS "n" FROM "recent" GROUP BY "user_xid" HAVING count(*) > 3
        """)]
    [InlineData("""
        SELECT "id",
            row_number() OVER (PARTITION BY "user_xid" ORDER BY "start_time" DESC, "id") AS "rn",
            lag("score", 1) OVER (PARTITION BY "user_xid" ORDER BY "start_time") AS "previous",
            sum("hint_count") OVER (PARTITION BY "user_xid" ORDER BY "start_time" ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS "running"
        FROM "t"
        """)]
    [InlineData("""SELECT "id" FROM "t" ORDER BY "id" OFFSET 20 LIMIT 10""")]
    [InlineData("""SELECT "timestamp", "date", "user" FROM "t" WHERE "timestamp" < TIMESTAMP '2024-01-01 00:00:00' AND "date" = DATE '2024-01-01'""")]
    [InlineData("""SELECT date_diff('day', "start_time", "end_time"), date_trunc('month', "start_time"), date_add('month', 1, "start_time") FROM "t" WHERE "a" = ? AND "b" IN (?, ?)""")]
    [InlineData("""SELECT count_if("bottom_hint"), count(DISTINCT "problem_id"), avg(CAST("attempt_count" AS DOUBLE)) FROM "t" WHERE regexp_like("answer_text", '^[0-9]+$')""")]
    [InlineData("""SELECT CASE WHEN "score" IS NULL THEN 0 ELSE "score" END, coalesce("a", 'it''s'), regexp_extract("s", '([a-z]+)', 1) FROM "t" WHERE "s" LIKE 'a\_%' ESCAPE '\'""")]
    [InlineData("""SELECT "a" FROM "t" WHERE EXISTS (SELECT 1 FROM "u" WHERE "u"."id" = "t"."id") UNION ALL SELECT "a" FROM "v" EXCEPT SELECT "a" FROM "w" """)]
    [InlineData("""SELECT "a" FROM "t" WHERE "b" IN (SELECT "b" FROM "u") AND (SELECT max("c") FROM "u") > 3 AND "ts" >= TIMESTAMP '2024-01-01 00:00:00 UTC'""")]
    [InlineData("""SELECT CAST("a" AS DECIMAL(10, 2)) / 3, "a" % 2, try_cast("b" AS BIGINT), "c" || 'x' FROM "t" FETCH FIRST 5 ROWS ONLY""")]
    public void Accepts_statements_of_the_shapes_we_emit(string sql)
    {
        TrinoGrammar.AssertValid(sql);
        Assert.Empty(TrinoGrammar.Validate(sql));
    }

    [Fact]
    public void Records_every_statement_it_checks()
    {
        var marker = "SELECT 'recorded-" + Guid.NewGuid().ToString("N") + "'";

        TrinoGrammar.AssertValid(marker);

        Assert.Contains(marker, TrinoGrammar.CheckedStatements());
    }

    [Fact]
    public void A_repeated_statement_is_recorded_each_time_it_is_checked()
    {
        var marker = "SELECT 'twice-" + Guid.NewGuid().ToString("N") + "'";

        TrinoGrammar.AssertValid(marker);
        TrinoGrammar.AssertValid(marker);

        Assert.Equal(2, TrinoGrammar.CheckedStatements().Count(s => s == marker));
    }

    [Fact]
    public void Writes_the_statement_log_with_a_count_header()
    {
        var marker = "SELECT 'logged-" + Guid.NewGuid().ToString("N") + "'";
        TrinoGrammar.AssertValid(marker);
        var path = Path.Combine(Path.GetTempPath(), "trino-log-" + Guid.NewGuid().ToString("N") + ".sql");
        try
        {
            TrinoGrammar.WriteStatementLog(path);

            var text = File.ReadAllText(path);
            Assert.StartsWith("-- ", text, StringComparison.Ordinal);
            Assert.Contains("statements parsed with the Trino grammar", text, StringComparison.Ordinal);
            Assert.Contains(marker + ";\n", text, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Many_statements_from_parallel_threads_all_get_their_own_answer()
    {
        var results = Enumerable.Range(0, 40).AsParallel().WithDegreeOfParallelism(4)
            .Select(i => (i, errors: TrinoGrammar.Validate(i % 2 == 0 ? $"SELECT {i}" : $"SELEC {i}")))
            .ToList();

        foreach (var (i, errors) in results)
        {
            if (i % 2 == 0)
            {
                Assert.Empty(errors);
            }
            else
            {
                Assert.Equal(["L1:1-6 'SELEC' is not valid at this position, expecting a keyword"], errors);
            }
        }
    }
}
