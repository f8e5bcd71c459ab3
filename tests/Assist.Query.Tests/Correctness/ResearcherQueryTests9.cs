using Assist.Query.Tests.Execution.Differential;
using Xunit;
using static Assist.Query.Tests.Execution.Differential.SeedData;

using Assist.Query.Tests.Model;

namespace Assist.Query.Tests.Correctness;

/// <summary>Calendar dates (DateOnly) derived from timestamps, as daily activity counts use them.</summary>
public class ResearcherQueryTests9(DifferentialFixture fixture) : IClassFixture<DifferentialFixture>
{
    private Task Check<T>(Query<T> query, IEnumerable<T> expected, bool ordered = false) => CorrectnessCheck.Same(fixture, query, expected, ordered);

    [Fact]
    public Task Y01_date_only_parts_and_add_days() =>
        Check(TestLake.ProblemLogs.Select(p => new { p.Id, D = DateOnly.FromDateTime(p.StartTime).AddDays(1), Y = DateOnly.FromDateTime(p.StartTime).Year, W = DateOnly.FromDateTime(p.StartTime).DayOfWeek, M = DateOnly.FromDateTime(p.StartTime).AddMonths(-1) }),
            ProblemLogs.Select(p => new { p.Id, D = DateOnly.FromDateTime(p.StartTime).AddDays(1), Y = DateOnly.FromDateTime(p.StartTime).Year, W = DateOnly.FromDateTime(p.StartTime).DayOfWeek, M = DateOnly.FromDateTime(p.StartTime).AddMonths(-1) }));

    [Fact]
    public Task Y02_date_only_compared_with_captured_date()
    {
        var from = new DateOnly(2024, 9, 20);
        return Check(TestLake.ProblemLogs.Where(p => DateOnly.FromDateTime(p.StartTime) >= from).Select(p => p.Id),
            ProblemLogs.Where(p => DateOnly.FromDateTime(p.StartTime) >= from).Select(p => p.Id));
    }

    [Fact]
    public Task Y03_month_of_a_date_only() =>
        Check(from p in TestLake.ProblemLogs group p by Sql.TruncateToMonth(DateOnly.FromDateTime(p.StartTime)) into g select new { g.Key, N = g.Count() },
            from p in ProblemLogs group p by new DateOnly(p.StartTime.Year, p.StartTime.Month, 1) into g select new { g.Key, N = g.Count() });

    [Fact]
    public Task Y05_distinct_active_days_per_student() =>
        Check(from p in TestLake.ProblemLogs group p by p.AssignmentLog().UserXid into g select new { g.Key, Days = g.Select(x => DateOnly.FromDateTime(x.StartTime)).Distinct().Count(), Dates = g.Select(x => x.StartTime.Date).Distinct().Count() },
            from p in ProblemLogs group p by Lookup.Log(p).UserXid into g select new { g.Key, Days = g.Select(x => DateOnly.FromDateTime(x.StartTime)).Distinct().Count(), Dates = g.Select(x => x.StartTime.Date).Distinct().Count() });

    [Fact]
    public Task Y06_date_of_nullable_end_time() =>
        Check(TestLake.ProblemLogs.Select(p => new { p.Id, D = p.EndTime.HasValue ? DateOnly.FromDateTime(p.EndTime.Value) : (DateOnly?)null }),
            ProblemLogs.Select(p => new { p.Id, D = p.EndTime.HasValue ? DateOnly.FromDateTime(p.EndTime.Value) : (DateOnly?)null }));
}
