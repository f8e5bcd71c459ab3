using Assist.Query.Tests.Execution.Differential;
using Xunit;
using static Assist.Query.Tests.Execution.Differential.SeedData;

using Assist.Query.Tests.Model;

namespace Assist.Query.Tests.Correctness;

/// <summary>Set operations as researchers combine cohorts: paged operands, grouping and counting after a union, nulls.</summary>
public class ResearcherQueryTests7(DifferentialFixture fixture) : IClassFixture<DifferentialFixture>
{
    private Task Check<T>(Query<T> query, IEnumerable<T> expected, bool ordered = false) => CorrectnessCheck.Same(fixture, query, expected, ordered);

    [Fact]
    public Task W01_union_of_paged_operands() =>
        Check(TestLake.ProblemLogs.OrderByDescending(p => p.HintCount).ThenBy(p => p.Id).Take(3).Select(p => p.Id)
                .Union(TestLake.ProblemLogs.OrderBy(p => p.StartTime).Take(2).Select(p => p.Id)),
            ProblemLogs.OrderByDescending(p => p.HintCount).ThenBy(p => p.Id).Take(3).Select(p => p.Id)
                .Union(ProblemLogs.OrderBy(p => p.StartTime).Take(2).Select(p => p.Id)));

    [Fact]
    public Task W02_concat_then_group_and_count() =>
        Check(from x in TestLake.ProblemLogs.Where(p => p.HintCount > 2).Select(p => new { p.AssignmentLogId, Kind = "hint" })
                  .Concat(TestLake.ProblemLogs.Where(p => p.DiscreteScore == 0).Select(p => new { p.AssignmentLogId, Kind = "wrong" }))
              group x by new { x.AssignmentLogId, x.Kind } into g
              select new { g.Key.AssignmentLogId, g.Key.Kind, N = g.Count() },
              from x in ProblemLogs.Where(p => p.HintCount > 2).Select(p => new { p.AssignmentLogId, Kind = "hint" })
                  .Concat(ProblemLogs.Where(p => p.DiscreteScore == 0).Select(p => new { p.AssignmentLogId, Kind = "wrong" }))
              group x by new { x.AssignmentLogId, x.Kind } into g
              select new { g.Key.AssignmentLogId, g.Key.Kind, N = g.Count() });

    [Fact]
    public async Task W03_count_of_a_union()
    {
        var n = await TestLake.ProblemLogs.Select(p => p.AnswerText).Union(TestLake.StudentActions.Select(a => a.Path)).CountAsync(fixture.Database.Connection);
        Assert.Equal(ProblemLogs.Select(p => p.AnswerText).Union(Actions.Select(a => a.Path)).Count(), n);
    }

    [Fact]
    public Task W04_union_with_null_column_then_order_and_take() =>
        Check(TestLake.Users.Select(u => new { u.Id, Name = u.Username }).Union(TestLake.PrincipalGroupDefinitions.Select(g => new { g.Id, Name = (string?)null }))
                .OrderBy(x => x.Name).ThenBy(x => x.Id).Take(5),
            Users.Select(u => new { u.Id, Name = u.Username }).Union(Groups.Select(g => new { g.Id, Name = (string?)null }))
                .OrderBy(x => x.Name, StringComparer.Ordinal).ThenBy(x => x.Id).Take(5), ordered: true);

    [Fact]
    public Task W05_except_of_nullable_values() =>
        Check(TestLake.ProblemLogs.Select(p => p.DiscreteScore).Except(TestLake.ProblemLogs.Where(p => p.DiscreteScore == 1).Select(p => p.DiscreteScore)),
            ProblemLogs.Select(p => p.DiscreteScore).Except(ProblemLogs.Where(p => p.DiscreteScore == 1).Select(p => p.DiscreteScore)));

    [Fact]
    public Task W06_intersect_then_where() =>
        Check(TestLake.ProblemLogs.Where(p => p.HintCount > 0).Select(p => p.ProblemId).Intersect(TestLake.ProblemLogs.Where(p => p.DiscreteScore == 1).Select(p => p.ProblemId)).Where(x => x > 1),
            ProblemLogs.Where(p => p.HintCount > 0).Select(p => p.ProblemId).Intersect(ProblemLogs.Where(p => p.DiscreteScore == 1).Select(p => p.ProblemId)).Where(x => x > 1));

    [Fact]
    public Task W07_union_of_grouped_queries() =>
        Check((from p in TestLake.ProblemLogs group p by p.ProblemId into g select new { Kind = "problem", Id = g.Key, N = (long)g.Count() })
                .Union(from a in TestLake.AssignmentLogs group a by a.UserXid into g select new { Kind = "student", Id = g.Key, N = (long)g.Count() }),
            (from p in ProblemLogs group p by p.ProblemId into g select new { Kind = "problem", Id = g.Key, N = (long)g.Count() })
                .Union(from a in AssignmentLogs group a by a.UserXid into g select new { Kind = "student", Id = g.Key, N = (long)g.Count() }));

    [Fact]
    public Task W08_distinct_order_skip_take_on_anonymous() =>
        Check(TestLake.ProblemLogs.Select(p => new { p.ProblemId, p.HintCount }).Distinct().OrderBy(x => x.ProblemId).ThenByDescending(x => x.HintCount).Skip(2).Take(4),
            ProblemLogs.Select(p => new { p.ProblemId, p.HintCount }).Distinct().OrderBy(x => x.ProblemId).ThenByDescending(x => x.HintCount).Skip(2).Take(4), ordered: true);

    [Fact]
    public Task W09_concat_of_a_query_with_itself() =>
        Check(TestLake.ProblemLogs.Where(p => p.HintCount > 3).Select(p => p.Id) is var q ? q.Concat(q) : null!,
            ProblemLogs.Where(p => p.HintCount > 3).Select(p => p.Id) is var l ? l.Concat(l) : null!);

    [Fact]
    public Task W10_union_then_distinct_count_by_group_with_navigation() =>
        Check(from s in TestLake.ProblemLogs.Where(p => p.HintCount > 2).Select(p => p.AssignmentLog().UserXid).Union(TestLake.AssignmentLogs.Where(a => a.ContinuousScore < 0.6).Select(a => a.UserXid))
              join u in TestLake.ExternalReferences on s equals u.Id
              select new { s, u.TargetId },
              from s in ProblemLogs.Where(p => p.HintCount > 2).Select(p => Lookup.Log(p).UserXid).Union(AssignmentLogs.Where(a => a.ContinuousScore < 0.6).Select(a => a.UserXid))
              join u in ExternalReferences on s equals u.Id
              select new { s, u.TargetId });
}
