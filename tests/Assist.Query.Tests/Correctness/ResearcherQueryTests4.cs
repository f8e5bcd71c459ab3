using Assist.Query.Tests.Execution.Differential;
using Xunit;
using static Assist.Query.Tests.Execution.Differential.SeedData;

using Assist.Query.Tests.Model;

namespace Assist.Query.Tests.Correctness;

/// <summary>Researcher-style queries, part 5: joins with group totals, nullable join and group keys, correlated argmax, empty aggregates.</summary>
public class ResearcherQueryTests4(DifferentialFixture fixture) : IClassFixture<DifferentialFixture>
{
    private Task Check<T>(Query<T> query, IEnumerable<T> expected, bool ordered = false) => CorrectnessCheck.Same(fixture, query, expected, ordered);

    [Fact]
    public Task T01_join_rows_with_their_group_totals()
    {
        var totals = from p in TestLake.ProblemLogs group p by p.AssignmentLogId into g select new { Log = g.Key, Hints = g.Sum(x => x.HintCount) };
        var lt = from p in ProblemLogs group p by p.AssignmentLogId into g select new { Log = g.Key, Hints = g.Sum(x => x.HintCount) };
        return Check(from p in TestLake.ProblemLogs join t in totals on p.AssignmentLogId equals t.Log where t.Hints > 0 select new { p.Id, Share = (double)p.HintCount / t.Hints },
            from p in ProblemLogs join t in lt on p.AssignmentLogId equals t.Log where t.Hints > 0 select new { p.Id, Share = (double)p.HintCount / t.Hints });
    }

    [Fact]
    public Task T02_let_in_group_and_having() =>
        Check(from p in TestLake.ProblemLogs
              group p by p.ProblemId into g
              let n = g.Count()
              let c = g.Count(x => x.DiscreteScore == 1)
              where n > 2
              select new { g.Key, n, Rate = (double)c / n },
              from p in ProblemLogs
              group p by p.ProblemId into g
              let n = g.Count()
              let c = g.Count(x => x.DiscreteScore == 1)
              where n > 2
              select new { g.Key, n, Rate = (double)c / n });

    [Fact]
    public Task T03_order_by_navigation_property_then_take() =>
        Check(TestLake.ProblemLogs.OrderBy(p => p.Problem().Name).ThenBy(p => p.Id).Take(8).Select(p => new { p.Id, p.Problem().Name }),
            ProblemLogs.OrderBy(p => Problems.Single(x => x.Id == p.ProblemId).Name, StringComparer.Ordinal).ThenBy(p => p.Id).Take(8).Select(p => new { p.Id, Problems.Single(x => x.Id == p.ProblemId).Name }), ordered: true);

    [Fact]
    public Task T04_group_by_nullable_comparison_key() =>
        Check(from p in TestLake.ProblemLogs group p by p.DiscreteScore == 1 into g select new { Correct = g.Key, N = g.Count() },
            from p in ProblemLogs group p by p.DiscreteScore == 1 into g select new { Correct = g.Key, N = g.Count() });

    [Fact]
    public Task T05_composite_key_with_nullable_comparison() =>
        Check(from p in TestLake.ProblemLogs group p by new { Correct = p.DiscreteScore == 1, p.ProblemId } into g select new { g.Key.Correct, g.Key.ProblemId, N = g.Count() },
            from p in ProblemLogs group p by new { Correct = p.DiscreteScore == 1, p.ProblemId } into g select new { g.Key.Correct, g.Key.ProblemId, N = g.Count() });

    [Fact]
    public Task T06_window_partition_by_nullable_comparison() =>
        Check(TestLake.ProblemLogs.Select(p => new { p.Id, N = Window.Count(Window.PartitionBy(p.DiscreteScore == 1)) }),
            ProblemLogs.Select(p => new { p.Id, N = (long)ProblemLogs.Count(o => (o.DiscreteScore == 1) == (p.DiscreteScore == 1)) }));

    [Fact]
    public Task T07_distinct_of_nullable_comparison() =>
        Check(TestLake.ProblemLogs.Select(p => p.BottomHint == true).Distinct(), ProblemLogs.Select(p => p.BottomHint == true).Distinct());

    [Fact]
    public Task T08_self_join_on_nullable_key() =>
        Check(from a in TestLake.Users join b in TestLake.Users on a.BirthYear equals b.BirthYear where a.Id < b.Id || a.Id == b.Id select new { A = a.Id, B = b.Id },
            from a in Users join b in Users on a.BirthYear equals b.BirthYear where a.Id < b.Id || a.Id == b.Id select new { A = a.Id, B = b.Id });

    [Fact]
    public Task T09_group_join_on_nullable_key() =>
        Check(from pr in TestLake.Problems
              join q in TestLake.Problems on pr.AssistmentId equals q.AssistmentId into same
              select new { pr.Id, N = same.Count() },
              from pr in Problems
              join q in Problems on pr.AssistmentId equals q.AssistmentId into same
              select new { pr.Id, N = same.Count() });

    [Fact]
    public Task T10_arg_max_row_per_log() =>
        Check(from p in TestLake.ProblemLogs
              where p.HintCount == p.AssignmentLog().ProblemLogs().Max(x => x.HintCount)
              select new { p.Id, p.HintCount },
              from p in ProblemLogs
              where p.HintCount == ProblemLogs.Where(x => x.AssignmentLogId == p.AssignmentLogId).Max(x => x.HintCount)
              select new { p.Id, p.HintCount });

    [Fact]
    public Task T11_first_problem_of_each_log_by_correlated_min() =>
        Check(from p in TestLake.ProblemLogs
              where p.StartTime == TestLake.ProblemLogs.AsSequence().Where(o => o.AssignmentLogId == p.AssignmentLogId).Min(o => o.StartTime)
              select p.Id,
              from p in ProblemLogs
              where p.StartTime == ProblemLogs.Where(o => o.AssignmentLogId == p.AssignmentLogId).Min(o => o.StartTime)
              select p.Id);

    [Fact]
    public Task T12_navigation_inside_group_aggregate() =>
        Check(from p in TestLake.ProblemLogs group p by p.ProblemId into g select new { g.Key, Open = g.Count(x => x.AssignmentLog().EndTime == null), Best = g.Max(x => x.AssignmentLog().ContinuousScore) },
            from p in ProblemLogs group p by p.ProblemId into g select new { g.Key, Open = g.Count(x => Lookup.Log(x).EndTime == null), Best = g.Max(x => Lookup.Log(x).ContinuousScore) });

    [Fact]
    public Task T13_coalesce_chain_over_navigation() =>
        Check(TestLake.ProblemLogs.Select(p => new { p.Id, End = p.EndTime ?? p.AssignmentLog().EndTime ?? p.StartTime }),
            ProblemLogs.Select(p => new { p.Id, End = p.EndTime ?? Lookup.Log(p).EndTime ?? p.StartTime }));

    [Fact]
    public Task T14_nullable_bool_ternary_and_negation() =>
        Check(TestLake.ProblemLogs.Select(p => new { p.Id, NotBottom = p.BottomHint == null ? (bool?)null : !p.BottomHint.Value, Neg = -p.DiscreteScore }),
            ProblemLogs.Select(p => new { p.Id, NotBottom = p.BottomHint == null ? (bool?)null : !p.BottomHint.Value, Neg = -p.DiscreteScore }));

    [Fact]
    public async Task T15_max_over_an_empty_navigation_into_a_non_nullable_int()
    {
        var q = TestLake.AssignmentLogs.Select(a => new { a.Id, Max = a.ProblemLogs().Max(p => p.HintCount) });
        // LINQ-to-Objects throws for the empty assignment log 5: the query must not return a number for it.
        Assert.Throws<InvalidOperationException>(() => AssignmentLogs.Select(a => new { a.Id, Max = ProblemLogs.Where(p => p.AssignmentLogId == a.Id).Max(p => p.HintCount) }).ToList());
        var e = await Record.ExceptionAsync(() => q.ToListAsync(fixture.Database.Connection));
        Assert.NotNull(e);
    }

    [Fact]
    public async Task T16_average_over_an_empty_group_filter_into_double()
    {
        var q = from p in TestLake.ProblemLogs group p by p.AssignmentLogId into g select new { g.Key, A = g.Where(x => x.HintCount > 4).Average(x => x.HintCount) };
        Assert.Throws<InvalidOperationException>(() => (from p in ProblemLogs group p by p.AssignmentLogId into g select new { g.Key, A = g.Where(x => x.HintCount > 4).Average(x => x.HintCount) }).ToList());
        var e = await Record.ExceptionAsync(() => q.ToListAsync(fixture.Database.Connection));
        Assert.NotNull(e);
    }

    [Fact]
    public Task T17_double_compared_with_integer_division() =>
        Check(TestLake.ProblemLogs.Where(p => p.ContinuousScore > p.HintCount / 3).Select(p => new { p.Id, Mid = (p.HintCount + p.AttemptCount) / 2.0, Avg = (p.HintCount + p.AttemptCount) / 2 }),
            ProblemLogs.Where(p => p.ContinuousScore > p.HintCount / 3).Select(p => new { p.Id, Mid = (p.HintCount + p.AttemptCount) / 2.0, Avg = (p.HintCount + p.AttemptCount) / 2 }));

    [Fact]
    public Task T18_paged_group_result() =>
        Check((from p in TestLake.ProblemLogs group p by p.AssignmentLogId into g orderby g.Key select new { g.Key, N = g.Count() }).Skip(1).Take(2).Select(x => x.Key * 10),
            (from p in ProblemLogs group p by p.AssignmentLogId into g orderby g.Key select new { g.Key, N = g.Count() }).Skip(1).Take(2).Select(x => x.Key * 10), ordered: true);

    [Fact]
    public Task T19_distinct_pairs_then_group() =>
        Check(from x in TestLake.ProblemLogs.Select(p => new { Student = p.AssignmentLog().UserXid, p.ProblemId }).Distinct()
              group x by x.Student into g
              select new { g.Key, Problems = g.Count() },
              from x in ProblemLogs.Select(p => new { Student = Lookup.Log(p).UserXid, p.ProblemId }).Distinct()
              group x by x.Student into g
              select new { g.Key, Problems = g.Count() });

    [Fact]
    public Task T20_captured_nullable_string_list_contains()
    {
        var names = new List<string?> { "ann@school.org", null };
        return Check(TestLake.Users.Where(u => names.Contains(u.Username)).Select(u => u.Id), Users.Where(u => names.Contains(u.Username)).Select(u => u.Id));
    }

    [Fact]
    public Task T21_average_of_coalesced_double_rounded() =>
        Check(from a in TestLake.AssignmentLogs group a by a.AssignmentXid into g select new { g.Key, A = Math.Round(g.Average(x => x.ContinuousScore ?? 0), 3, MidpointRounding.AwayFromZero), B = g.Average(x => x.ContinuousScore) ?? -1 },
            from a in AssignmentLogs group a by a.AssignmentXid into g select new { g.Key, A = Math.Round(g.Average(x => x.ContinuousScore ?? 0), 3, MidpointRounding.AwayFromZero), B = g.Average(x => x.ContinuousScore) ?? -1 });

    [Fact]
    public Task T22_id_to_string_length_and_concat() =>
        Check(TestLake.ProblemLogs.Select(p => new { p.Id, L = p.Id.ToString().Length, K = "log" + p.AssignmentLogId + "/p" + p.ProblemId }),
            ProblemLogs.Select(p => new { p.Id, L = p.Id.ToString().Length, K = "log" + p.AssignmentLogId + "/p" + p.ProblemId }));

    [Fact]
    public Task T23_select_many_users_to_memberships_with_group() =>
        Check(from g in TestLake.PrincipalGroupDefinitions
              join m in TestLake.PrincipalGroupMemberships on g.Id equals m.GroupId
              where m.MemberTypeId == MemberType.User && m.Active
              group m by g.Name into h
              select new { h.Key, Students = h.Count() },
              from g in Groups
              join m in Memberships on g.Id equals m.GroupId
              where m.MemberTypeId == MemberType.User && m.Active
              group m by g.Name into h
              select new { h.Key, Students = h.Count() });

    [Fact]
    public Task T24_sum_of_nullable_ints_all_null_is_zero() =>
        Check(from p in TestLake.ProblemLogs group p by p.AssignmentLogId into g select new { g.Key, S = g.Where(x => x.EndTime == null).Sum(x => x.DiscreteScore), T = g.Sum(x => x.EndTime == null ? x.DiscreteScore : null) },
            from p in ProblemLogs group p by p.AssignmentLogId into g select new { g.Key, S = g.Where(x => x.EndTime == null).Sum(x => x.DiscreteScore), T = g.Sum(x => x.EndTime == null ? x.DiscreteScore : null) });
}
