using Assist.Query.Tests.Model;
using Xunit;
using static Assist.Query.Tests.Execution.Differential.SeedData;

namespace Assist.Query.Tests.Execution.Differential;

/// <summary>Navigations on DuckDB against explicit lookups in LINQ-to-Objects.</summary>
public class NavigationTests(DifferentialFixture fixture) : IClassFixture<DifferentialFixture>
{
    private async Task Check<T>(Query<T> query, IEnumerable<T> expected) =>
        RowComparer.Same(expected, await query.ToListAsync(fixture.Database.Connection), ordered: false);

    [Fact]
    public Task To_one_and_xref_navigations() =>
        Check(TestLake.ProblemLogs.Select(p => new { p.Id, p.AssignmentLog().UserXid, p.AssignmentLog().User().Username, p.Problem().Name }),
            ProblemLogs.Select(p => new { p.Id, Lookup.Log(p).UserXid, Lookup.UserByXid(Lookup.Log(p).UserXid).Username, Problems.Single(x => x.Id == p.ProblemId).Name }));

    [Fact]
    public Task Group_by_navigation_per_student_measures() =>
        Check(from p in TestLake.ProblemLogs
              where p.StartTime >= Day0.AddDays(10)
              group p by p.AssignmentLog().User().Id into g
              select new { Student = g.Key, Problems = g.Count(), Hints = g.Sum(x => x.HintCount), Bottom = g.Count(x => x.BottomHint == true) },
              from p in ProblemLogs
              where p.StartTime >= Day0.AddDays(10)
              group p by Lookup.UserByXid(Lookup.Log(p).UserXid).Id into g
              select new { Student = g.Key, Problems = g.Count(), Hints = g.Sum(x => x.HintCount), Bottom = g.Count(x => x.BottomHint == true) });

    [Fact]
    public Task Xref_with_several_kinds_and_optional_target() =>
        Check(TestLake.Assignments.Select(a => new { a.Id, Student = a.AssigneeUser()!.Username, Class = a.AssigneeGroup()!.Name, Context = a.GroupContext()!.Name }),
            Assignments.Select(a => new { a.Id, Student = Lookup.UserByXidOrNull(a.AssigneeXid)?.Username, Class = Lookup.GroupByXid(a.AssigneeXid)?.Name, Context = Lookup.GroupByXid(a.GroupContextXid)?.Name }));

    [Fact]
    public Task External_reference_picks_one_partner() =>
        Check(TestLake.Users.Select(u => new { u.Id, u.ExternalReference(Partner.Tng).Xref }),
            Users.Select(u => new { u.Id, Lookup.Reference(u, Partner.Tng)!.Xref }));

    [Fact]
    public Task To_many_aggregates_and_exists_including_empty_children() =>
        Check(TestLake.AssignmentLogs.Where(a => !a.ProblemLogs().Any(p => p.HintCount > 3) || a.ProblemLogs().All(p => p.AttemptCount > 1))
                .Select(a => new { a.Id, N = a.ProblemLogs().Count(), Hints = a.ProblemLogs().Sum(p => p.HintCount), Last = a.ProblemLogs().Max(p => (DateTime?)p.StartTime), Any = a.ProblemLogs().Any() }),
            AssignmentLogs.Where(a => !ProblemLogs.Where(p => p.AssignmentLogId == a.Id).Any(p => p.HintCount > 3) || ProblemLogs.Where(p => p.AssignmentLogId == a.Id).All(p => p.AttemptCount > 1))
                .Select(a => new
                {
                    a.Id,
                    N = ProblemLogs.Count(p => p.AssignmentLogId == a.Id),
                    Hints = ProblemLogs.Where(p => p.AssignmentLogId == a.Id).Sum(p => p.HintCount),
                    Last = ProblemLogs.Where(p => p.AssignmentLogId == a.Id).Max(p => (DateTime?)p.StartTime),
                    Any = ProblemLogs.Any(p => p.AssignmentLogId == a.Id),
                }));

    [Fact]
    public Task To_many_inside_group_aggregate_does_not_multiply() =>
        Check(from a in TestLake.AssignmentLogs
              group a by a.UserXid into g
              select new { g.Key, Logs = g.Count(), Problems = g.Sum(a => a.ProblemLogs().Count()) },
              from a in AssignmentLogs
              group a by a.UserXid into g
              select new { g.Key, Logs = g.Count(), Problems = g.Sum(a => ProblemLogs.Count(p => p.AssignmentLogId == a.Id)) });

    [Fact]
    public Task SelectMany_navigation_inner_and_left() =>
        Check(from a in TestLake.AssignmentLogs
              from p in a.ProblemLogs().DefaultIfEmpty()
              select new { a.Id, P = p == null ? (long?)null : p.Id },
              from a in AssignmentLogs
              from p in ProblemLogs.Where(p => p.AssignmentLogId == a.Id).DefaultIfEmpty()
              select new { a.Id, P = p == null ? (long?)null : p.Id });

    [Fact]
    public Task Query_used_inside_lambda_as_in_and_scalar_subquery()
    {
        var open = TestLake.AssignmentLogs.Where(a => a.EndTime == null).Select(a => a.Id);
        return Check(TestLake.ProblemLogs.Where(p => open.AsSequence().Contains(p.AssignmentLogId))
                .Select(p => new { p.Id, Max = TestLake.ProblemLogs.Where(o => o.AssignmentLogId == p.AssignmentLogId).AsSequence().Max(o => o.HintCount) }),
            ProblemLogs.Where(p => AssignmentLogs.Where(a => a.EndTime == null).Select(a => a.Id).Contains(p.AssignmentLogId))
                .Select(p => new { p.Id, Max = ProblemLogs.Where(o => o.AssignmentLogId == p.AssignmentLogId).Max(o => o.HintCount) }));
    }
}
