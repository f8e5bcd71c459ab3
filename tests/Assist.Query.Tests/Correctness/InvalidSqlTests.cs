using Assist.Query.Tests.Execution.Differential;
using Xunit;
using static Assist.Query.Tests.Execution.Differential.SeedData;

using Assist.Query.Tests.Model;

namespace Assist.Query.Tests.Correctness;

/// <summary>Queries that once produced invalid SQL (or SQL DuckDB reads differently): repeated operands, double negation, constant keys.</summary>
public class InvalidSqlTests(DifferentialFixture fixture) : IClassFixture<DifferentialFixture>
{
    private Task Check<T>(Query<T> query, IEnumerable<T> expected, bool ordered = false) => CorrectnessCheck.Same(fixture, query, expected, ordered);

    private static Query<ProblemLog> WithHints(Query<ProblemLog> q) => q.Where(p => p.HintCount > 0);

    [Fact]
    public Task Same_filter_applied_twice() =>
        Check(WithHints(WithHints(TestLake.ProblemLogs)).Select(p => p.Id), ProblemLogs.Where(p => p.HintCount > 0).Select(p => p.Id));

    [Fact]
    public Task Identical_operands_of_and_and_or() =>
        Check(TestLake.ProblemLogs.Where(p => (p.HintCount > 0 && p.HintCount > 0) || (p.HintCount > 0 || p.HintCount > 0)).Select(p => p.Id),
            ProblemLogs.Where(p => p.HintCount > 0).Select(p => p.Id));

    [Fact]
    public Task Constant_true_having_twice() =>
        Check(from p in TestLake.ProblemLogs group p by p.ProblemId into g where true && true select g.Key,
            from p in ProblemLogs group p by p.ProblemId into g select g.Key);

    [Fact]
    public Task Double_negation_is_not_a_comment() =>
        Check(TestLake.ProblemLogs.Select(p => new { p.Id, N = -(-p.HintCount), M = -(-(p.HintCount - 3)) }),
            ProblemLogs.Select(p => new { p.Id, N = -(-p.HintCount), M = -(-(p.HintCount - 3)) }));

    [Fact]
    public Task Group_by_a_constant_is_one_group_not_a_column_position() =>
        Check(from p in TestLake.ProblemLogs group p by 1 into g select new { g.Key, N = g.Count(), H = g.Sum(x => x.HintCount) },
            from p in ProblemLogs group p by 1 into g select new { g.Key, N = g.Count(), H = g.Sum(x => x.HintCount) });

    [Fact]
    public Task Group_by_a_constant_over_no_rows_is_no_group() =>
        CheckEmpty(from p in TestLake.ProblemLogs where p.HintCount > 100 group p by 2 into g select new { g.Key, N = g.Count() },
            from p in ProblemLogs where p.HintCount > 100 group p by 2 into g select new { g.Key, N = g.Count() });

    [Fact]
    public Task Order_by_a_constant_is_not_a_column_position() =>
        Check(TestLake.ProblemLogs.OrderBy(p => 1).ThenBy(p => p.Id).Select(p => new { p.HintCount, p.Id }),
            ProblemLogs.OrderBy(p => 1).ThenBy(p => p.Id).Select(p => new { p.HintCount, p.Id }), ordered: true);

    [Fact]
    public Task Day_of_week_keeps_its_parentheses() =>
        Check(TestLake.ProblemLogs.Select(p => new { p.Id, D = 2 * (int)p.StartTime.DayOfWeek, E = (int)p.StartTime.DayOfWeek * 3 % 5 }),
            ProblemLogs.Select(p => new { p.Id, D = 2 * (int)p.StartTime.DayOfWeek, E = (int)p.StartTime.DayOfWeek * 3 % 5 }));

    private async Task CheckEmpty<T>(Query<T> query, IEnumerable<T> expected)
    {
        Assert.Empty(expected);
        Assert.Empty(await query.ToListAsync(fixture.Database.Connection));
        Assist.TestKit.TrinoGrammar.AssertValid(query.ToSql(SqlDialect.Trino).Text);
    }
}
