using Assist.TestKit;
using Xunit;

namespace Assist.Query.Tests.Infrastructure;

/// <summary>
/// Side-by-side SQL assertions: whole strings for every dialect, the Trino grammar check of the Trino and Athena text,
/// and DuckDB's PREPARE (syntax and binding against the lake's tables) of the DuckDB text. With
/// <c>ASSIST_UPDATE_SQL=1</c> a mismatch rewrites the expected strings in the test source (<see cref="ExpectedSqlRewriter"/>).
/// </summary>
public static class SqlAssert
{
    // Empty tables of the compiler tests' lake: enough for DuckDB to bind every name and type.
    private static readonly Lazy<(DuckDbTestDatabase Database, HashSet<Metadata.TableMetadata> Tables)> s_duckDb = new(() =>
    {
        var tables = Model.TestLake.All;
        return (new DuckDbTestDatabase(tables), tables.ToHashSet());
    });

    public static void Sql<T>(Query<T> query, string trino, string athena, string duckdb) =>
        Check(query, [trino, athena, duckdb], athenaSeparate: true);

    /// <summary>When Trino and Athena agree (no parameters outside WHERE).</summary>
    public static void Sql<T>(Query<T> query, string trino, string duckdb) => Check(query, [trino, duckdb], athenaSeparate: false);

    /// <summary>The statement disclosure control submits (<c>query.Disclosure(dialect).Sql</c>), checked the same way.</summary>
    public static void DisclosureSql<T>(Query<T> query, string trino, string athena, string duckdb) =>
        Check(query, [trino, athena, duckdb], athenaSeparate: true, d => query.Disclosure(d).Sql.Text);

    private static void Check<T>(Query<T> query, string[] expected, bool athenaSeparate, Func<SqlDialect, string>? sqlOf = null)
    {
        sqlOf ??= d => query.ToSql(d).Text;
        var t = sqlOf(SqlDialect.Trino);
        var a = sqlOf(SqlDialect.Athena);
        var d = sqlOf(SqlDialect.DuckDb);
        string[] actual = athenaSeparate ? [t, a, d] : [t, d];
        if (ExpectedSqlRewriter.Enabled && !expected.SequenceEqual(actual))
        {
            ExpectedSqlRewriter.Rewrite(actual);
        }
        else
        {
            Assert.Equal(expected[0], t);
            Assert.Equal(athenaSeparate ? expected[1] : expected[0], a);
            Assert.Equal(expected[^1], d);
        }

        TrinoGrammar.AssertValid(t);
        TrinoGrammar.AssertValid(a);
        // A test of its own table (not in the fixture lake) gets a database of the tables its query reads.
        var tables = Local.QueryTables.Of(query.Expression);
        var shared = s_duckDb.Value;
        if (tables.All(shared.Tables.Contains))
        {
            lock (shared.Database)
            {
                DuckDbPrepare.AssertPrepares(shared.Database.Connection, d);
            }
        }
        else
        {
            using var own = new DuckDbTestDatabase(tables);
            DuckDbPrepare.AssertPrepares(own.Connection, d);
        }
    }
}
