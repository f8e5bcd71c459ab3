using Assist.Query.Tests.Execution.Differential;
using Xunit;
using static Assist.Query.Tests.Execution.Differential.SeedData;

using Assist.Query.Tests.Model;

namespace Assist.Query.Tests.Correctness;

/// <summary>
/// Researcher-style queries, part 9 (second hunt): compiled-query arguments, sum overflow, nullable predicates,
/// durations over groups, navigations from left-joined rows, terminal operators over pages and groups, subquery
/// Contains, more dates. Each runs on DuckDB against LINQ-to-Objects; the Trino and Athena text is parsed by the
/// Trino grammar.
/// </summary>
public class ResearcherQueryTests14(DifferentialFixture fixture) : IClassFixture<DifferentialFixture>
{
    private Task Check<T>(Query<T> query, IEnumerable<T> expected, bool ordered = false) => CorrectnessCheck.Same(fixture, query, expected, ordered);

    [Fact]
    public async Task T01_compiled_with_list_pattern_and_take()
    {
        var byPattern = Query.Compile((string pre) => TestLake.ProblemLogs.Where(p => p.AnswerText!.StartsWith(pre)).Select(p => p.Id));
        foreach (var pre in new[] { "50%", "x_", "x", "%" })
        {
            Assert.Equal(ProblemLogs.Where(p => p.AnswerText != null && p.AnswerText.StartsWith(pre)).Select(p => p.Id).Order(), (await byPattern.ToListAsync(pre, fixture.Database.Connection)).Order());
        }

        var top = Query.Compile((int n, double min) => TestLake.ProblemLogs.Where(p => p.ContinuousScore >= min).OrderBy(p => p.Id).Take(n).Select(p => p.Id));
        foreach (var (n, min) in new[] { (3, 0.2), (0, 0.0), (5, 0.9) })
        {
            Assert.Equal(ProblemLogs.Where(p => p.ContinuousScore >= min).OrderBy(p => p.Id).Take(n).Select(p => p.Id), await top.ToListAsync(n, min, fixture.Database.Connection));
        }

        var nullableDate = Query.Compile((DateTime? since) => TestLake.ProblemLogs.Where(p => since == null || p.StartTime >= since).Select(p => p.Id));
        foreach (var since in new DateTime?[] { null, Day0.AddDays(30) })
        {
            Assert.Equal(ProblemLogs.Where(p => since == null || p.StartTime >= since).Select(p => p.Id).Order(), (await nullableDate.ToListAsync(since, fixture.Database.Connection)).Order());
        }
    }

    [Fact]
    public async Task U01_sum_overflow()
    {
        var q = from p in TestLake.ProblemLogs group p by p.ProblemId into g select new { g.Key, S = g.Sum(x => x.HintCount * 500000000) };
        Assert.Throws<OverflowException>(() => (from p in ProblemLogs group p by p.ProblemId into g select new { g.Key, S = g.Sum(x => x.HintCount * 500000000) }).ToList());
        await Assert.ThrowsAsync<OverflowException>(() => q.ToListAsync(fixture.Database.Connection));
    }

    [Fact]
    public Task U02_nullable_misc_predicates() =>
        Check(TestLake.ProblemLogs.Where(p => p.DiscreteScore == 1 || (p.BottomHint ?? p.HintCount > 2) || (p.HintCount > 3 ? p.BottomHint == true : p.DiscreteScore == 0))
            .Select(p => new { p.Id, A = p.BottomHint ?? (p.HintCount > 2), B = (p.BottomHint ?? false) == false, C = p.DiscreteScore >= p.ContinuousScore, D = Math.Abs(p.ContinuousScore - 0.5 ?? 0), E = p.EndTime.HasValue && p.EndTime.Value.Hour < 12 }),
            ProblemLogs.Where(p => p.DiscreteScore == 1 || (p.BottomHint ?? p.HintCount > 2) || (p.HintCount > 3 ? p.BottomHint == true : p.DiscreteScore == 0))
            .Select(p => new { p.Id, A = p.BottomHint ?? (p.HintCount > 2), B = (p.BottomHint ?? false) == false, C = p.DiscreteScore >= p.ContinuousScore, D = Math.Abs(p.ContinuousScore - 0.5 ?? 0), E = p.EndTime.HasValue && p.EndTime.Value.Hour < 12 }));

    [Fact]
    public Task U03_group_nullable_duration() =>
        Check(from p in TestLake.ProblemLogs
              group p by p.AssignmentLogId into g
              select new { g.Key, M = (g.Max(x => x.EndTime) - g.Min(x => x.StartTime))!.Value.TotalMinutes, D = g.Sum(x => x.EndTime == null ? 0 : (x.EndTime.Value - x.StartTime).TotalSeconds) },
              from p in ProblemLogs
              group p by p.AssignmentLogId into g
              select new { g.Key, M = (g.Max(x => x.EndTime) - g.Min(x => x.StartTime))!.Value.TotalMinutes, D = g.Sum(x => x.EndTime == null ? 0 : (x.EndTime.Value - x.StartTime).TotalSeconds) });

    [Fact]
    public Task U04_enum_key_tostring_and_having_on_key() =>
        Check(from p in TestLake.ProblemLogs
              group p by p.FirstActionTypeId into g
              where g.Key != FirstActionType.Answered
              select new { K = g.Key.ToString(), N = g.Count() },
              from p in ProblemLogs
              group p by p.FirstActionTypeId into g
              where g.Key != FirstActionType.Answered
              select new { K = g.Key.ToString(), N = g.Count() });

    [Fact]
    public Task U05_long_string_concat_of_nullable_long() =>
        Check(TestLake.ProblemLogs.Select(p => new { p.Id, K = p.AssignmentLogId + "-" + p.FirstResponseTime + "-" + p.BottomHint + "-" + p.FirstActionTypeId }),
            ProblemLogs.Select(p => new { p.Id, K = p.AssignmentLogId + "-" + p.FirstResponseTime + "-" + p.BottomHint + "-" + p.FirstActionTypeId }));

    [Fact]
    public Task U06_nullable_tostring_alone() =>
        Check(TestLake.ProblemLogs.Select(p => new { p.Id, K = p.DiscreteScore.ToString(), B = p.BottomHint.ToString() }),
            ProblemLogs.Select(p => new { p.Id, K = p.DiscreteScore.ToString(), B = p.BottomHint.ToString() }));

    [Fact]
    public Task U07_distinct_count_in_having_and_ratio() =>
        Check(from p in TestLake.ProblemLogs
              group p by p.ProblemId into g
              where g.Select(x => x.AssignmentLogId).Distinct().Count() >= 2
              select new { g.Key, Per = (double)g.Count() / g.Select(x => x.AssignmentLogId).Distinct().Count() },
              from p in ProblemLogs
              group p by p.ProblemId into g
              where g.Select(x => x.AssignmentLogId).Distinct().Count() >= 2
              select new { g.Key, Per = (double)g.Count() / g.Select(x => x.AssignmentLogId).Distinct().Count() });

    [Fact]
    public Task V01_navigation_from_left_joined_row() =>
        Check(from a in TestLake.AssignmentLogs
              join p in TestLake.ProblemLogs.Where(x => x.HintCount > 3) on a.Id equals p.AssignmentLogId into ps
              from p in ps.DefaultIfEmpty()
              select new { a.Id, P = p == null ? 0 : p.Id, Name = p == null ? "none" : p.Problem().Name },
              from a in AssignmentLogs
              join p in ProblemLogs.Where(x => x.HintCount > 3) on a.Id equals p.AssignmentLogId into ps
              from p in ps.DefaultIfEmpty()
              select new { a.Id, P = p == null ? 0 : p.Id, Name = p == null ? "none" : Problems.Single(x => x.Id == p.ProblemId).Name });

    [Fact]
    public Task V02_xref_navigation_from_left_joined_row() =>
        Check(from u in TestLake.Users
              join a in TestLake.AssignmentLogs on u.Id + 100 equals a.UserXid into logs
              from a in logs.DefaultIfEmpty()
              select new { u.Id, A = a == null ? 0 : a.Id, Same = a == null ? (long?)null : a.User().Id },
              from u in Users
              join a in AssignmentLogs on u.Id + 100 equals a.UserXid into logs
              from a in logs.DefaultIfEmpty()
              select new { u.Id, A = a == null ? 0 : a.Id, Same = a == null ? (long?)null : Lookup.UserByXid(a.UserXid).Id });

    [Fact]
    public Task V03_where_on_navigation_of_left_joined_row() =>
        Check(from a in TestLake.AssignmentLogs
              join p in TestLake.ProblemLogs.Where(x => x.HintCount > 3) on a.Id equals p.AssignmentLogId into ps
              from p in ps.DefaultIfEmpty()
              where p == null || p.Problem().Name != null
              select new { a.Id, P = p == null ? 0 : p.Id },
              from a in AssignmentLogs
              join p in ProblemLogs.Where(x => x.HintCount > 3) on a.Id equals p.AssignmentLogId into ps
              from p in ps.DefaultIfEmpty()
              where p == null || Problems.Single(x => x.Id == p.ProblemId).Name != null
              select new { a.Id, P = p == null ? 0 : p.Id });

    [Fact]
    public Task V04_left_join_on_navigation_entity_order_and_count_nested() =>
        Check(from p in TestLake.ProblemLogs
              join s in TestLake.StudentActions on p.Id equals s.Id into ss
              from s in ss.DefaultIfEmpty()
              group s by p.AssignmentLog().UserXid into g
              select new { g.Key, N = g.Count(x => x != null), C = g.Count(x => x != null && x.Correct == true) },
              from p in ProblemLogs
              join s in Actions on p.Id equals s.Id into ss
              from s in ss.DefaultIfEmpty()
              group s by Lookup.Log(p).UserXid into g
              select new { g.Key, N = g.Count(x => x != null), C = g.Count(x => x != null && x.Correct == true) });

    [Fact]
    public Task V05_select_many_navigation_default_if_empty() =>
        Check(from a in TestLake.AssignmentLogs
              from p in a.ProblemLogs().Where(x => x.HintCount == 4).DefaultIfEmpty()
              select new { a.Id, P = p == null ? -1 : p.Id, H = p == null ? (int?)null : p.HintCount },
              from a in AssignmentLogs
              from p in ProblemLogs.Where(x => x.AssignmentLogId == a.Id && x.HintCount == 4).DefaultIfEmpty()
              select new { a.Id, P = p == null ? -1 : p.Id, H = p == null ? (int?)null : p.HintCount });

    [Fact]
    public async Task W01_terminal_after_paging_distinct_union()
    {
        var c = fixture.Database.Connection;
        Assert.Equal(ProblemLogs.OrderBy(p => p.Id).Take(5).Count(), await TestLake.ProblemLogs.OrderBy(p => p.Id).Take(5).CountAsync(c));
        Assert.Equal(ProblemLogs.Select(p => p.AnswerText).Distinct().Count(), await TestLake.ProblemLogs.Select(p => p.AnswerText).Distinct().CountAsync(c));
        Assert.Equal(ProblemLogs.OrderByDescending(p => p.HintCount).ThenBy(p => p.Id).Take(4).Sum(p => p.HintCount), await TestLake.ProblemLogs.OrderByDescending(p => p.HintCount).ThenBy(p => p.Id).Take(4).SumAsync(p => p.HintCount, c));
        Assert.Equal(ProblemLogs.Skip(100).Any(), await TestLake.ProblemLogs.OrderBy(p => p.Id).Skip(100).AnyAsync(c));
        Assert.Equal(ProblemLogs.Select(p => p.ProblemId).Union(Problems.Select(x => x.Id)).Count(), await TestLake.ProblemLogs.Select(p => p.ProblemId).Union(TestLake.Problems.Select(x => x.Id)).CountAsync(c));
        Assert.Equal(ProblemLogs.OrderBy(p => p.Id).Take(3).Max(p => p.ContinuousScore), await TestLake.ProblemLogs.OrderBy(p => p.Id).Take(3).MaxAsync(p => p.ContinuousScore, c));
        Assert.Equal(ProblemLogs.OrderBy(p => p.Id).Take(4).Min(p => p.ContinuousScore), await TestLake.ProblemLogs.OrderBy(p => p.Id).Take(4).MinAsync(p => p.ContinuousScore, c));
        Assert.Equal(ProblemLogs.OrderBy(p => p.Id).Take(4).Average(p => p.HintCount), await TestLake.ProblemLogs.OrderBy(p => p.Id).Take(4).AverageAsync(p => p.HintCount, c), 9);
        Assert.Equal(ProblemLogs.Count(p => p.BottomHint != true), await TestLake.ProblemLogs.CountAsync(p => p.BottomHint != true, c));
    }

    [Fact]
    public Task W02_union_then_group() =>
        Check(from x in TestLake.ProblemLogs.Select(p => new { p.ProblemId, H = p.HintCount }).Concat(TestLake.ProblemLogs.Where(p => p.DiscreteScore == 1).Select(p => new { p.ProblemId, H = 10 }))
              group x by x.ProblemId into g
              select new { g.Key, S = g.Sum(y => y.H), N = g.Count() },
              from x in ProblemLogs.Select(p => new { p.ProblemId, H = p.HintCount }).Concat(ProblemLogs.Where(p => p.DiscreteScore == 1).Select(p => new { p.ProblemId, H = 10 }))
              group x by x.ProblemId into g
              select new { g.Key, S = g.Sum(y => y.H), N = g.Count() });

    [Fact]
    public Task W03_distinct_entities_then_order_take() =>
        Check(TestLake.ProblemLogs.Where(p => p.HintCount > 1).Select(p => p.AssignmentLog()).Distinct().OrderByDescending(a => a.ContinuousScore).ThenBy(a => a.Id).Take(3).Select(a => new { a.Id, a.ContinuousScore }),
            ProblemLogs.Where(p => p.HintCount > 1).Select(Lookup.Log).Distinct().OrderByDescending(a => a.ContinuousScore).ThenBy(a => a.Id).Take(3).Select(a => new { a.Id, a.ContinuousScore }), ordered: true);

    [Fact]
    public Task W04_let_with_nullable_and_conditional_aggregate() =>
        Check(from a in TestLake.AssignmentLogs
              let mins = a.EndTime == null ? (double?)null : (a.EndTime.Value - a.StartTime).TotalMinutes
              let n = a.ProblemLogs().Count()
              where n > 0
              select new { a.Id, mins, PerProblem = mins / n },
              from a in AssignmentLogs
              let mins = a.EndTime == null ? (double?)null : (a.EndTime.Value - a.StartTime).TotalMinutes
              let n = ProblemLogs.Count(p => p.AssignmentLogId == a.Id)
              where n > 0
              select new { a.Id, mins, PerProblem = mins / n });

    [Fact]
    public Task X02_decimal_aggregates() =>
        Check(from p in TestLake.ProblemLogs
              group p by p.ProblemId into g
              select new { g.Key, S = g.Sum(x => (decimal)x.HintCount * 0.1m), A = g.Average(x => (decimal)x.HintCount) },
              from p in ProblemLogs
              group p by p.ProblemId into g
              select new { g.Key, S = g.Sum(x => (decimal)x.HintCount * 0.1m), A = g.Average(x => (decimal)x.HintCount) });

    [Fact]
    public Task Y01_not_in_subquery_with_null() =>
        Check(TestLake.ProblemLogs.Where(p => !TestLake.Problems.AsSequence().Select(x => x.Position).Contains(p.HintCount)).Select(p => new { p.Id, In = TestLake.Problems.AsSequence().Select(x => x.Position).Contains(p.HintCount) }),
            ProblemLogs.Where(p => !Problems.Select(x => x.Position).Contains(p.HintCount)).Select(p => new { p.Id, In = Problems.Select(x => x.Position).Contains(p.HintCount) }));

    [Fact]
    public Task Y02_in_subquery_nullable_probe() =>
        Check(TestLake.ProblemLogs.Select(p => new { p.Id, In = TestLake.StudentActions.AsSequence().Select(x => x.Correct).Contains(p.BottomHint), N = !TestLake.StudentActions.AsSequence().Select(x => x.Correct).Contains(p.BottomHint) }),
            ProblemLogs.Select(p => new { p.Id, In = Actions.Select(x => x.Correct).Contains(p.BottomHint), N = !Actions.Select(x => x.Correct).Contains(p.BottomHint) }));

    [Fact]
    public Task Y03_any_equal_subquery_nullable() =>
        Check(TestLake.ProblemLogs.Where(p => TestLake.StudentActions.AsSequence().Any(x => x.Correct == p.BottomHint)).Select(p => p.Id),
            ProblemLogs.Where(p => Actions.Any(x => x.Correct == p.BottomHint)).Select(p => p.Id));

    [Fact]
    public async Task Z01_terminal_over_groups()
    {
        var c = fixture.Database.Connection;
        var q = from p in TestLake.ProblemLogs group p by p.AnswerText into g where g.Count() > 1 select new { g.Key, N = g.Count(), S = g.Sum(x => x.HintCount) };
        var e = (from p in ProblemLogs group p by p.AnswerText into g where g.Count() > 1 select new { g.Key, N = g.Count(), S = g.Sum(x => x.HintCount) }).ToList();
        Assert.Equal(e.Count, await q.CountAsync(c));
        Assert.Equal(e.Sum(x => x.N), await q.SumAsync(x => x.N, c));
        Assert.Equal(e.Max(x => x.S), await q.MaxAsync(x => x.S, c));
        Assert.Equal(e.Min(x => x.Key), await q.MinAsync(x => x.Key, c));
        Assert.Equal(e.Average(x => x.S), await q.AverageAsync(x => x.S, c), 9);
        Assert.Equal(e.Count(x => x.Key == null), await q.CountAsync(x => x.Key == null, c));
    }

    [Fact]
    public Task Z02_take_then_distinct_then_order() =>
        Check(TestLake.ProblemLogs.OrderBy(p => p.Id).Take(10).Select(p => p.ProblemId).Distinct().OrderBy(x => x),
            ProblemLogs.OrderBy(p => p.Id).Take(10).Select(p => p.ProblemId).Distinct().OrderBy(x => x), ordered: true);

    [Fact]
    public Task Z03_group_count_distinct_pairs() =>
        Check(from p in TestLake.ProblemLogs group p by p.ProblemId into g select new { g.Key, N = g.Select(x => x.AnswerText).Distinct().Count(), M = g.Select(x => x.BottomHint).Distinct().Count() },
            from p in ProblemLogs group p by p.ProblemId into g select new { g.Key, N = g.Select(x => x.AnswerText).Distinct().Count(), M = g.Select(x => x.BottomHint).Distinct().Count() });

    [Fact]
    public Task Z04_more_dates() =>
        Check(TestLake.ProblemLogs.Where(p => p.StartTime.DayOfWeek == DayOfWeek.Saturday || p.StartTime.DayOfWeek == DayOfWeek.Sunday || (p.StartTime.Hour >= 8 && p.StartTime.Hour < 15) || (int)p.StartTime.Date.DayOfWeek == 3)
            .Select(p => new { p.Id, Sy = p.StartTime.AddMonths(-8).Year, D = p.StartTime.Subtract(Day0).TotalDays, E = (p.EndTime ?? p.StartTime).Day, G = p.EndTime.GetValueOrDefault(p.StartTime).Hour }),
            ProblemLogs.Where(p => p.StartTime.DayOfWeek == DayOfWeek.Saturday || p.StartTime.DayOfWeek == DayOfWeek.Sunday || (p.StartTime.Hour >= 8 && p.StartTime.Hour < 15) || (int)p.StartTime.Date.DayOfWeek == 3)
            .Select(p => new { p.Id, Sy = p.StartTime.AddMonths(-8).Year, D = p.StartTime.Subtract(Day0).TotalDays, E = (p.EndTime ?? p.StartTime).Day, G = p.EndTime.GetValueOrDefault(p.StartTime).Hour }));

    [Fact]
    public Task Z05_date_equality_with_captured_and_dateonly_parts()
    {
        var day = Day0.AddDays(10).AddHours(7);
        var d = DateOnly.FromDateTime(Day0.AddDays(12));
        return Check(TestLake.ProblemLogs.Where(p => p.StartTime.Date == day.Date || DateOnly.FromDateTime(p.StartTime) == d || DateOnly.FromDateTime(p.StartTime).AddDays(1) == d)
            .Select(p => new { p.Id, W = DateOnly.FromDateTime(p.StartTime).DayOfWeek, M = DateOnly.FromDateTime(p.StartTime).Month }),
            ProblemLogs.Where(p => p.StartTime.Date == day.Date || DateOnly.FromDateTime(p.StartTime) == d || DateOnly.FromDateTime(p.StartTime).AddDays(1) == d)
            .Select(p => new { p.Id, W = DateOnly.FromDateTime(p.StartTime).DayOfWeek, M = DateOnly.FromDateTime(p.StartTime).Month }));
    }
}
