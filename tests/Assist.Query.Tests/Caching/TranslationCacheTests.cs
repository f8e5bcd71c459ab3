using Assist.Query.Caching;
using Assist.Query.Tests.Model;
using Assist.TestKit;
using Xunit;

namespace Assist.Query.Tests.Caching;

/// <summary>Translation is cached by shape: new values reuse the SQL; a different shape (or a null value) does not.</summary>
public class TranslationCacheTests
{
    private static Query<long> ByHints(int minimum, DateTime since) =>
        TestLake.ProblemLogs.Where(p => p.HintCount > minimum && p.StartTime >= since).Select(p => p.Id);

    [Fact]
    public void Same_shape_with_new_values_reuses_the_translation()
    {
        var compiler = new QueryCompiler();
        var first = compiler.ToSql(ByHints(1, new DateTime(2024, 1, 1)), SqlDialect.Trino);
        Assert.Equal(1, compiler.CachedShapes);
        var second = compiler.ToSql(ByHints(7, new DateTime(2025, 2, 2)), SqlDialect.Trino);
        Assert.Equal(1, compiler.CachedShapes);
        Assert.Equal(first.Text, second.Text);
        TrinoGrammar.AssertValid(first.Text);
        Assert.Equal(["1", "TIMESTAMP '2024-01-01 00:00:00.000000'"], first.Parameters.Select(p => p.LiteralText));
        Assert.Equal(["7", "TIMESTAMP '2025-02-02 00:00:00.000000'"], second.Parameters.Select(p => p.LiteralText));
    }

    [Fact]
    public void Key_separates_dialects_literals_and_null_values()
    {
        long? xid = 5;
        var withValue = QueryKeyWalker.Walk(TestLake.AssignmentLogs.Where(a => a.UserXid == xid).Expression, "Trino").Key;
        xid = null;
        var withNull = QueryKeyWalker.Walk(TestLake.AssignmentLogs.Where(a => a.UserXid == xid).Expression, "Trino").Key;
        Assert.NotEqual(withValue, withNull);
        Assert.NotEqual(
            QueryKeyWalker.Walk(TestLake.ProblemLogs.Where(p => p.HintCount > 1).Expression, "Trino").Key,
            QueryKeyWalker.Walk(TestLake.ProblemLogs.Where(p => p.HintCount > 2).Expression, "Trino").Key);
        Assert.NotEqual(
            QueryKeyWalker.Walk(TestLake.ProblemLogs.Expression, "Trino").Key,
            QueryKeyWalker.Walk(TestLake.ProblemLogs.Expression, "DuckDB").Key);
    }

    [Fact]
    public void Key_keeps_literal_strings_and_decimals_exact()
    {
        static ShapeKey Key<T>(Query<T> query) => QueryKeyWalker.Walk(query.Expression, "Trino").Key!;

        // Characters are packed four to a token: strings differing only in the fifth character or the length stay apart.
        Assert.NotEqual(Key(TestLake.Users.Where(u => u.Username!.Contains("abcde"))), Key(TestLake.Users.Where(u => u.Username!.Contains("abcdf"))));
        Assert.NotEqual(Key(TestLake.Users.Where(u => u.Username!.Contains("abcd"))), Key(TestLake.Users.Where(u => u.Username!.Contains("abcd\0"))));
        Assert.NotEqual(Key(TestLake.ProblemLogs.Select(p => (decimal)p.HintCount * 1.0m)), Key(TestLake.ProblemLogs.Select(p => (decimal)p.HintCount * 1.00m)));
        Assert.Equal(Key(TestLake.Users.Where(u => u.Username!.Contains("abcde"))), Key(TestLake.Users.Where(u => u.Username!.Contains("abcde"))));
    }

    [Fact]
    public void A_kept_query_object_rereads_its_captured_values()
    {
        var minimum = 1;
        var query = TestLake.ProblemLogs.Where(p => p.HintCount > minimum).Select(p => p.Id);
        Assert.Equal(["1"], query.ToSql(SqlDialect.DuckDb).Parameters.Select(p => p.LiteralText));
        minimum = 4;
        Assert.Equal(["4"], query.ToSql(SqlDialect.DuckDb).Parameters.Select(p => p.LiteralText));
    }

    [Fact]
    public void Null_captured_value_becomes_is_null()
    {
        long? xid = null;
        var sql = TestLake.AssignmentLogs.Where(a => a.UserXid == xid).Select(a => a.Id).ToSql(SqlDialect.Trino).Text;
        Assert.Equal("""
            SELECT "t0"."id"
            FROM "cas_core"."student_data"."assignment_logs" AS "t0"
            WHERE "t0"."user_xid" IS NULL
            """, sql);
        TrinoGrammar.AssertValid(sql);
    }
}
