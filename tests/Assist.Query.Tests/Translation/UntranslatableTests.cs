using System.Text.RegularExpressions;
using Assist.Query.Tests.Model;
using Assist.TestKit;
using Xunit;

namespace Assist.Query.Tests.Translation;

/// <summary>Constructs with no translation fail with the construct, the dialect and the expression text; nothing runs on the client.</summary>
public class UntranslatableTests
{
    private static UntranslatableQueryException Fails<T>(Query<T> query, SqlDialect dialect) =>
        Assert.Throws<UntranslatableQueryException>(() => query.ToSql(dialect));

    [Fact]
    public void Unknown_string_method_names_method_dialect_and_expression()
    {
        var e = Fails(TestLake.ProblemLogs.Select(p => p.AnswerText!.PadLeft(3)), SqlDialect.Trino);
        Assert.Equal("the method string.PadLeft with these arguments", e.Construct);
        Assert.Equal("Trino", e.Dialect);
        Assert.Equal("p.AnswerText.PadLeft(3)", e.ExpressionText);
        Assert.Equal("Cannot translate the method string.PadLeft with these arguments to Trino SQL: p.AnswerText.PadLeft(3)", e.Message);
    }

    [Fact]
    public void Bankers_rounding_is_refused_rather_than_rounded_differently()
    {
        var e = Fails(TestLake.ProblemLogs.Select(p => Math.Round(p.ContinuousScore!.Value)), SqlDialect.DuckDb);
        Assert.Equal("DuckDB", e.Dialect);
        Assert.StartsWith("Math.Round with banker's rounding", e.Construct, StringComparison.Ordinal);
    }

    [Fact]
    public void Lookaround_regex_fails_on_DuckDb_only()
    {
        var query = TestLake.ProblemLogs.Where(p => Regex.IsMatch(p.PathInfo!, "(?<=#)[0-9]+")).Select(p => p.Id);
        var e = Fails(query, SqlDialect.DuckDb);
        Assert.Equal("a regular expression with lookaround or a backreference (RE2 has neither)", e.Construct);
        var trino = query.ToSql(SqlDialect.Trino).Text;
        Assert.Equal("""
            SELECT "t0"."id"
            FROM "cas_core"."student_data"."problem_logs" AS "t0"
            WHERE regexp_like("t0"."path_info", '(?<=#)[0-9]+')
            """, trino);
        TrinoGrammar.AssertValid(trino);
    }

    [Fact]
    public void A_time_span_as_a_result_asks_for_one_of_its_members()
    {
        var e = Fails(TestLake.ProblemLogs.Select(p => new { p.Id, Took = p.EndTime - p.StartTime }), SqlDialect.Athena);
        Assert.Equal("Athena", e.Dialect);
        Assert.Contains(".TotalSeconds", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Time_span_arithmetic_is_refused()
    {
        var e = Fails(TestLake.ProblemLogs.Where(p => (p.EndTime - p.StartTime) > TimeSpan.FromMinutes(5)).Select(p => p.Id), SqlDialect.DuckDb);
        Assert.Contains("TimeSpan", e.Construct, StringComparison.Ordinal);
    }

    [Fact]
    public void To_many_navigation_used_as_a_value()
    {
        var e = Fails(TestLake.AssignmentLogs.Select(a => new { a.Id, Logs = a.ProblemLogs() }), SqlDialect.Trino);
        Assert.Contains("to-many navigation", e.Construct, StringComparison.Ordinal);
    }

    [Fact]
    public void A_grouping_cannot_be_a_result_row()
    {
        var e = Fails(TestLake.ProblemLogs.GroupBy(p => p.ProblemId), SqlDialect.Trino);
        Assert.StartsWith("a grouping used as a row", e.Construct, StringComparison.Ordinal);
    }

    [Fact]
    public void Fractional_interval_literal()
    {
        var e = Fails(TestLake.ProblemLogs.Select(p => p.StartTime.AddDays(1.5)), SqlDialect.Trino);
        Assert.Equal("a fractional interval amount", e.Construct);
    }

    [Fact]
    public void Navigation_called_on_the_client_throws()
    {
        var log = new ProblemLog();
        Assert.Throws<Metadata.NavigationOutsideQueryException>(() => log.AssignmentLog());
    }
}
