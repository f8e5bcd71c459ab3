using Assist.Query.Tests.Execution.Differential;
using Xunit;
using static Assist.Query.Tests.Execution.Differential.SeedData;

using Assist.Query.Tests.Model;

namespace Assist.Query.Tests.Correctness;

/// <summary>Researcher-style queries, part 6: entities as keys and values, joins on navigation values, entity projections filtered later.</summary>
public class ResearcherQueryTests11(DifferentialFixture fixture) : IClassFixture<DifferentialFixture>
{
    private Task Check<T>(Query<T> query, IEnumerable<T> expected, bool ordered = false) => CorrectnessCheck.Same(fixture, query, expected, ordered);

    [Fact]
    public Task A01_group_by_navigation_entity() =>
        Check(from p in TestLake.ProblemLogs group p by p.AssignmentLog() into g select new { g.Key.Id, g.Key.UserXid, N = g.Count() },
            from p in ProblemLogs group p by Lookup.Log(p) into g select new { g.Key.Id, g.Key.UserXid, N = g.Count() });

    [Fact]
    public Task A02_pair_of_entities_then_members() =>
        Check(TestLake.ProblemLogs.Select(p => new { P = p, A = p.AssignmentLog() }).Where(x => x.A.EndTime != null && x.P.HintCount > 1).Select(x => new { x.P.Id, x.A.UserXid }),
            ProblemLogs.Select(p => new { P = p, A = Lookup.Log(p) }).Where(x => x.A.EndTime != null && x.P.HintCount > 1).Select(x => new { x.P.Id, x.A.UserXid }));

    [Fact]
    public Task A03_join_on_navigation_value() =>
        Check(from p in TestLake.ProblemLogs
              join x in TestLake.ExternalReferences on p.AssignmentLog().UserXid equals x.Id
              join u in TestLake.Users on x.TargetId equals u.Id
              select new { p.Id, u.Username },
              from p in ProblemLogs
              join x in ExternalReferences on Lookup.Log(p).UserXid equals x.Id
              join u in Users on x.TargetId equals u.Id
              select new { p.Id, u.Username });

    [Fact]
    public Task A04_navigation_entity_projection_filtered_later() =>
        Check(TestLake.ProblemLogs.Select(p => p.AssignmentLog()).Where(a => a.ContinuousScore > 0.6).Select(a => a.Id).Distinct(),
            ProblemLogs.Select(Lookup.Log).Where(a => a.ContinuousScore > 0.6).Select(a => a.Id).Distinct());

    [Fact]
    public Task A05_let_navigation_take_and_sum() =>
        Check(from a in TestLake.AssignmentLogs
              let firstTwo = a.ProblemLogs().OrderBy(p => p.StartTime).Take(2)
              select new { a.Id, H = firstTwo.Sum(p => p.HintCount), C = firstTwo.Count(p => p.DiscreteScore == 1) },
              from a in AssignmentLogs
              let firstTwo = ProblemLogs.Where(p => p.AssignmentLogId == a.Id).OrderBy(p => p.StartTime).Take(2)
              select new { a.Id, H = firstTwo.Sum(p => p.HintCount), C = firstTwo.Count(p => p.DiscreteScore == 1) });

    [Fact]
    public Task A06_select_many_two_levels_of_navigation() =>
        Check(from u in TestLake.Users
              from a in TestLake.AssignmentLogs.AsSequence().Where(a => a.User().Id == u.Id)
              from p in a.ProblemLogs()
              where p.HintCount > 2
              select new { u.Id, P = p.Id },
              from u in Users
              from a in AssignmentLogs.Where(a => Lookup.UserByXid(a.UserXid).Id == u.Id)
              from p in ProblemLogs.Where(p => p.AssignmentLogId == a.Id)
              where p.HintCount > 2
              select new { u.Id, P = p.Id });

    [Fact]
    public Task A07_navigation_collection_filtered_through_a_navigation_of_its_row() =>
        Check(from a in TestLake.AssignmentLogs
              from p in a.ProblemLogs().Where(p => p.Problem().Name != null)
              select new { a.Id, P = p.Id },
              from a in AssignmentLogs
              from p in ProblemLogs.Where(p => p.AssignmentLogId == a.Id && Problems.Single(x => x.Id == p.ProblemId).Name != null)
              select new { a.Id, P = p.Id });

    [Fact]
    public Task A08_group_key_row_as_result_and_composite_key_with_row() =>
        Check(from p in TestLake.ProblemLogs
              group p by new { p.ProblemId, Log = p.AssignmentLog() } into g
              select new { g.Key.ProblemId, g.Key.Log.UserXid, g.Key.Log.ContinuousScore, N = g.Count() },
              from p in ProblemLogs
              group p by new { p.ProblemId, Log = Lookup.Log(p) } into g
              select new { g.Key.ProblemId, g.Key.Log.UserXid, g.Key.Log.ContinuousScore, N = g.Count() });
}
