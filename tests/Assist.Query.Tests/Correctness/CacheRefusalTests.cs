using System.Text.RegularExpressions;
using Xunit;

using Assist.Query.Tests.Model;

namespace Assist.Query.Tests.Correctness;

/// <summary>A refusal that depends on a captured value must not hide behind a cached shape.</summary>
public class CacheRefusalTests
{
    private static Query<long> Matching(string pattern) => TestLake.ProblemLogs.Where(p => Regex.IsMatch(p.AnswerText!, pattern)).Select(p => p.Id);

    [Fact]
    public void Lookaround_in_a_captured_pattern_is_refused_for_duckdb_after_a_harmless_pattern_was_cached()
    {
        Matching("^x_[0-9]+$").ToSql(SqlDialect.DuckDb);
        var error = Assert.Throws<UntranslatableQueryException>(() => Matching("x(?=_)").ToSql(SqlDialect.DuckDb));
        Assert.Contains("lookaround", error.Message, StringComparison.OrdinalIgnoreCase);
        Matching("x(?=_)").ToSql(SqlDialect.Trino);
    }
}
