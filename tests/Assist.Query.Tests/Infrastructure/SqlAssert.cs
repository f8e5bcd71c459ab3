using Assist.TestKit;
using Xunit;

namespace Assist.Query.Tests.Infrastructure;

/// <summary>Side-by-side SQL assertions: whole strings for every dialect, and the Trino grammar check.</summary>
public static class SqlAssert
{
    public static void Sql<T>(Query<T> query, string trino, string athena, string duckdb)
    {
        var t = query.ToSql(SqlDialect.Trino);
        var a = query.ToSql(SqlDialect.Athena);
        var d = query.ToSql(SqlDialect.DuckDb);
        Assert.Equal(trino, t.Text);
        Assert.Equal(athena, a.Text);
        Assert.Equal(duckdb, d.Text);
        TrinoGrammar.AssertValid(t.Text);
        TrinoGrammar.AssertValid(a.Text);
    }

    /// <summary>When Trino and Athena agree (no parameters outside WHERE).</summary>
    public static void Sql<T>(Query<T> query, string trino, string duckdb) => Sql(query, trino, trino, duckdb);
}
