using Assist.Query.Tests.Execution.Differential;
using Assist.Query.Tests.Infrastructure;
using Xunit;
using static Assist.Query.Tests.Execution.Differential.SeedData;

using Assist.Query.Tests.Model;

namespace Assist.Query.Tests.Correctness;

/// <summary>
/// Researcher-style queries (second hunt) that returned a different answer than C#, failed on the engine, or crashed:
/// the SQL of both dialects side by side where a query has one, and DuckDB's rows against LINQ-to-Objects.
/// </summary>
public class ResearcherDefectTests2(DifferentialFixture fixture) : IClassFixture<DifferentialFixture>
{
    private Task Check<T>(Query<T> query, IEnumerable<T> expected) => CorrectnessCheck.Same(fixture, query, expected);

    // MinAsync ordered ascending and took the first row; ascending puts NULLs first (C#'s comparer, row 26), so the
    // minimum of a column holding one NULL came back null, where C#'s Min skips nulls.
    [Fact]
    public async Task Min_and_max_of_nullable_values_skip_nulls()
    {
        var connection = fixture.Database.Connection;
        var q = TestLake.ProblemLogs.Where(p => p.HintCount < 4);
        var e = ProblemLogs.Where(p => p.HintCount < 4).ToList();
        Assert.Contains(e, p => p.DiscreteScore == null);
        Assert.Equal(e.Min(p => p.DiscreteScore), await q.MinAsync(p => p.DiscreteScore, connection));
        Assert.Equal(e.Max(p => p.DiscreteScore), await q.MaxAsync(p => p.DiscreteScore, connection));
        Assert.Equal(e.Min(p => p.AnswerText), await q.MinAsync(p => p.AnswerText, connection));
        Assert.Equal(e.Min(p => p.EndTime), await q.MinAsync(p => p.EndTime, connection));
        Assert.Equal(e.Min(p => p.ContinuousScore), await q.MinAsync(p => p.ContinuousScore, connection));
        Assert.Null(await q.MinAsync(p => p.DiscreteScore == null ? p.DiscreteScore : null, connection));
        Assert.Equal(e.Min(p => p.HintCount), await q.MinAsync(p => p.HintCount, connection));
    }
}
