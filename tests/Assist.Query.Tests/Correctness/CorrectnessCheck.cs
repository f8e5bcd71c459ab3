using Assist.Query.Tests.Execution.Differential;
using Assist.TestKit;
using Xunit;

using Assist.Query.Tests.Model;

namespace Assist.Query.Tests.Correctness;

/// <summary>
/// The checks every correctness test makes: the Trino and Athena text passes the Trino grammar, and the rows DuckDB
/// returns equal LINQ-to-Objects over the same seed rows (C# semantics are the reference).
/// </summary>
public static class CorrectnessCheck
{
    public static async Task Same<T>(DifferentialFixture fixture, Query<T> query, IEnumerable<T> expected, bool ordered = false)
    {
        TrinoGrammar.AssertValid(query.ToSql(SqlDialect.Trino).Text);
        TrinoGrammar.AssertValid(query.ToSql(SqlDialect.Athena).Text);
        RowComparer.Same(expected, await query.ToListAsync(fixture.Database.Connection), ordered);
    }

    /// <summary>A refusal must name the construct and the dialect, for every dialect.</summary>
    public static void Refused<T>(Query<T> query, string construct)
    {
        foreach (var dialect in new[] { SqlDialect.Trino, SqlDialect.Athena, SqlDialect.DuckDb })
        {
            var error = Assert.Throws<UntranslatableQueryException>(() => query.ToSql(dialect));
            Assert.Contains(construct, error.Message, StringComparison.Ordinal);
            Assert.Contains(dialect.Name, error.Message, StringComparison.Ordinal);
        }
    }
}
