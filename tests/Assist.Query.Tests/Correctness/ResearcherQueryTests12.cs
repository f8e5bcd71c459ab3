using Assist.Query.Tests.Execution.Differential;
using Xunit;
using static Assist.Query.Tests.Execution.Differential.SeedData;

using Assist.Query.Tests.Model;

namespace Assist.Query.Tests.Correctness;

/// <summary>
/// Researcher-style queries, part 7 (second hunt): left joins and group joins with nullable outer columns,
/// composite and computed group keys, aggregates over empty and all-NULL groups, arithmetic with negatives, dates,
/// strings, captured collections, terminal operators on empty queries. Each runs on DuckDB against LINQ-to-Objects;
/// the Trino and Athena text is parsed by the Trino grammar.
/// </summary>
public class ResearcherQueryTests12(DifferentialFixture fixture) : IClassFixture<DifferentialFixture>
{
    private Task Check<T>(Query<T> query, IEnumerable<T> expected, bool ordered = false) => CorrectnessCheck.Same(fixture, query, expected, ordered);

    [Fact]
    public Task P01_left_join_group_count_non_null() =>
        Check(from a in TestLake.AssignmentLogs
              join p in TestLake.ProblemLogs on a.Id equals p.AssignmentLogId into ps
              from p in ps.DefaultIfEmpty()
              group p by a.Id into g
              select new { g.Key, All = g.Count(), N = g.Count(x => x != null), H = g.Sum(x => x == null ? 0 : x.HintCount) },
              from a in AssignmentLogs
              join p in ProblemLogs on a.Id equals p.AssignmentLogId into ps
              from p in ps.DefaultIfEmpty()
              group p by a.Id into g
              select new { g.Key, All = g.Count(), N = g.Count(x => x != null), H = g.Sum(x => x == null ? 0 : x.HintCount) });

    [Fact]
    public Task P02_group_join_aggregates() =>
        Check(from a in TestLake.AssignmentLogs
              join p in TestLake.ProblemLogs on a.Id equals p.AssignmentLogId into ps
              select new { a.Id, N = ps.Count(), S = ps.Sum(p => p.HintCount), Avg = ps.Average(p => (double?)p.HintCount), Mx = ps.Max(p => (int?)p.HintCount) },
              from a in AssignmentLogs
              join p in ProblemLogs on a.Id equals p.AssignmentLogId into ps
              select new { a.Id, N = ps.Count(), S = ps.Sum(p => p.HintCount), Avg = ps.Average(p => (double?)p.HintCount), Mx = ps.Max(p => (int?)p.HintCount) });

    [Fact]
    public Task P03_left_join_nullable_outer_columns() =>
        Check(from a in TestLake.AssignmentLogs
              join p in TestLake.ProblemLogs on a.Id equals p.AssignmentLogId into ps
              from p in ps.DefaultIfEmpty()
              where p == null || p.DiscreteScore != 1
              select new { a.Id, P = p == null ? (long?)null : p.Id, S = p == null ? null : p.DiscreteScore, T = p == null ? "none" : p.AnswerText },
              from a in AssignmentLogs
              join p in ProblemLogs on a.Id equals p.AssignmentLogId into ps
              from p in ps.DefaultIfEmpty()
              where p == null || p.DiscreteScore != 1
              select new { a.Id, P = p == null ? (long?)null : p.Id, S = p == null ? null : p.DiscreteScore, T = p == null ? "none" : p.AnswerText });

    [Fact]
    public Task P04_group_by_anonymous_nullable_enum_bool_date() =>
        Check(from p in TestLake.ProblemLogs
              group p by new { p.FirstActionTypeId, p.BottomHint, Day = p.StartTime.Date } into g
              select new { g.Key.FirstActionTypeId, g.Key.BottomHint, g.Key.Day, N = g.Count(), Avg = g.Average(x => x.HintCount) },
              from p in ProblemLogs
              group p by new { p.FirstActionTypeId, p.BottomHint, Day = p.StartTime.Date } into g
              select new { g.Key.FirstActionTypeId, g.Key.BottomHint, g.Key.Day, N = g.Count(), Avg = g.Average(x => x.HintCount) });

    [Fact]
    public Task P05_group_by_month_and_floor_and_bucket() =>
        Check(from p in TestLake.ProblemLogs
              group p by new { p.StartTime.Year, p.StartTime.Month, F = Math.Floor((p.ContinuousScore ?? 0) * 3), B = (p.HintCount - 2) / 2 } into g
              select new { g.Key.Year, g.Key.Month, g.Key.F, g.Key.B, N = g.Count() },
              from p in ProblemLogs
              group p by new { p.StartTime.Year, p.StartTime.Month, F = Math.Floor((p.ContinuousScore ?? 0) * 3), B = (p.HintCount - 2) / 2 } into g
              select new { g.Key.Year, g.Key.Month, g.Key.F, g.Key.B, N = g.Count() });

    [Fact]
    public Task P06_having_over_nullable_average() =>
        Check(from p in TestLake.ProblemLogs
              group p by p.ProblemId into g
              where g.Average(x => x.ContinuousScore) > 0.3 && g.Min(x => x.DiscreteScore) == 0
              select new { g.Key, A = g.Average(x => x.ContinuousScore), M = g.Max(x => x.FirstResponseTime) },
              from p in ProblemLogs
              group p by p.ProblemId into g
              where g.Average(x => x.ContinuousScore) > 0.3 && g.Min(x => x.DiscreteScore) == 0
              select new { g.Key, A = g.Average(x => x.ContinuousScore), M = g.Max(x => x.FirstResponseTime) });

    [Fact]
    public Task P07_all_null_groups() =>
        Check(from p in TestLake.ProblemLogs
              where p.DiscreteScore == null
              group p by p.AssignmentLogId into g
              select new { g.Key, S = g.Sum(x => x.DiscreteScore), A = g.Average(x => x.DiscreteScore), Mn = g.Min(x => x.DiscreteScore), C = g.Count(x => x.DiscreteScore > 0) },
              from p in ProblemLogs
              where p.DiscreteScore == null
              group p by p.AssignmentLogId into g
              select new { g.Key, S = g.Sum(x => x.DiscreteScore), A = g.Average(x => x.DiscreteScore), Mn = g.Min(x => x.DiscreteScore), C = g.Count(x => x.DiscreteScore > 0) });

    [Fact]
    public Task P08_navigation_aggregates_over_empty() =>
        Check(TestLake.AssignmentLogs.Select(a => new { a.Id, S = a.ProblemLogs().Sum(p => p.HintCount), Mx = a.ProblemLogs().Max(p => (int?)p.HintCount), Av = a.ProblemLogs().Average(p => (double?)p.ContinuousScore) }),
            AssignmentLogs.Select(a => new { a.Id, S = ProblemLogs.Where(p => p.AssignmentLogId == a.Id).Sum(p => p.HintCount), Mx = ProblemLogs.Where(p => p.AssignmentLogId == a.Id).Max(p => (int?)p.HintCount), Av = ProblemLogs.Where(p => p.AssignmentLogId == a.Id).Average(p => (double?)p.ContinuousScore) }));

    [Fact]
    public Task P10_int_division_modulo_negatives_round_floor_ceiling() =>
        Check(TestLake.ProblemLogs.Select(p => new
        {
            p.Id,
            D = (p.HintCount - 3) / 2,
            M = (p.HintCount - 3) % 2,
            L = (long)(p.HintCount - 3) / 2L,
            R = Math.Round((p.HintCount - 3) / 2.0, MidpointRounding.AwayFromZero),
            F = Math.Floor((p.HintCount - 3) / 2.0),
            C = Math.Ceiling((p.HintCount - 3) / 2.0),
            T = (int)((p.HintCount - 3) / 2.0),
            Ab = Math.Abs(p.HintCount - 3),
        }),
        ProblemLogs.Select(p => new
        {
            p.Id,
            D = (p.HintCount - 3) / 2,
            M = (p.HintCount - 3) % 2,
            L = (long)(p.HintCount - 3) / 2L,
            R = Math.Round((p.HintCount - 3) / 2.0, MidpointRounding.AwayFromZero),
            F = Math.Floor((p.HintCount - 3) / 2.0),
            C = Math.Ceiling((p.HintCount - 3) / 2.0),
            T = (int)((p.HintCount - 3) / 2.0),
            Ab = Math.Abs(p.HintCount - 3),
        }));

    [Fact]
    public Task P11_nullable_casts_and_round_digits() =>
        Check(TestLake.ProblemLogs.Select(p => new
        {
            p.Id,
            I = (int?)p.ContinuousScore,
            L = (long?)(p.ContinuousScore * 10),
            D = (double?)p.DiscreteScore,
            R = Math.Round((p.ContinuousScore ?? 0) * 100 / 3, 1, MidpointRounding.AwayFromZero),
            Pct = 100.0 * p.HintCount / p.AttemptCount,
        }),
        ProblemLogs.Select(p => new
        {
            p.Id,
            I = (int?)p.ContinuousScore,
            L = (long?)(p.ContinuousScore * 10),
            D = (double?)p.DiscreteScore,
            R = Math.Round((p.ContinuousScore ?? 0) * 100 / 3, 1, MidpointRounding.AwayFromZero),
            Pct = 100.0 * p.HintCount / p.AttemptCount,
        }));

    [Fact]
    public Task P12_decimal_arithmetic() =>
        Check(TestLake.ProblemLogs.Select(p => new { p.Id, D = (decimal)p.HintCount / 4m, E = (decimal)p.HintCount * 1.5m + 0.25m }),
            ProblemLogs.Select(p => new { p.Id, D = (decimal)p.HintCount / 4m, E = (decimal)p.HintCount * 1.5m + 0.25m }));

    [Fact]
    public Task P13_dates() =>
        Check(TestLake.ProblemLogs.Where(p => p.StartTime.DayOfWeek != DayOfWeek.Sunday && p.StartTime.AddDays(-7) > Day0)
            .Select(p => new { p.Id, D = p.StartTime.Date, Dw = p.StartTime.DayOfWeek, M = p.StartTime.Month, Mins = p.EndTime == null ? -1 : (p.EndTime.Value - p.StartTime).TotalMinutes, Nx = p.StartTime.AddDays(1).Date }),
            ProblemLogs.Where(p => p.StartTime.DayOfWeek != DayOfWeek.Sunday && p.StartTime.AddDays(-7) > Day0)
            .Select(p => new { p.Id, D = p.StartTime.Date, Dw = p.StartTime.DayOfWeek, M = p.StartTime.Month, Mins = p.EndTime == null ? -1 : (p.EndTime.Value - p.StartTime).TotalMinutes, Nx = p.StartTime.AddDays(1).Date }));

    [Fact]
    public Task P14_dates_nullable_duration_and_dateonly()
    {
        var cut = DateOnly.FromDateTime(Day0.AddDays(30));
        return Check(TestLake.ProblemLogs.Where(p => DateOnly.FromDateTime(p.StartTime) >= cut && p.EndTime != null)
            .Select(p => new { p.Id, Mins = (p.EndTime - p.StartTime)!.Value.TotalMinutes, Day = DateOnly.FromDateTime(p.StartTime) }),
            ProblemLogs.Where(p => DateOnly.FromDateTime(p.StartTime) >= cut && p.EndTime != null)
            .Select(p => new { p.Id, Mins = (p.EndTime - p.StartTime)!.Value.TotalMinutes, Day = DateOnly.FromDateTime(p.StartTime) }));
    }

    [Fact]
    public Task P15_school_year_arithmetic() =>
        Check(TestLake.ProblemLogs.Select(p => new
        {
            p.Id,
            SchoolYear = p.StartTime.Month >= 8 ? p.StartTime.Year : p.StartTime.Year - 1,
            Centered = (p.StartTime.Month + 4) % 12 + 1,
            Centered2 = p.StartTime.Month >= 8 ? p.StartTime.Month - 8 : p.StartTime.Month + 4,
            Week = (p.StartTime - new DateTime(2024, 8, 1)).Days / 7,
        }),
        ProblemLogs.Select(p => new
        {
            p.Id,
            SchoolYear = p.StartTime.Month >= 8 ? p.StartTime.Year : p.StartTime.Year - 1,
            Centered = (p.StartTime.Month + 4) % 12 + 1,
            Centered2 = p.StartTime.Month >= 8 ? p.StartTime.Month - 8 : p.StartTime.Month + 4,
            Week = (p.StartTime - new DateTime(2024, 8, 1)).Days / 7,
        }));

    [Fact]
    public Task P17_concat_nulls_and_interpolation() =>
        Check(TestLake.ProblemLogs.Select(p => new { p.Id, A = "a" + p.AnswerText, B = p.AnswerText + "-" + p.PathInfo, C = $"{p.Id}:{p.AnswerText}:{p.DiscreteScore}", D = string.Concat(p.AnswerText, p.PathInfo) }),
            ProblemLogs.Select(p => new { p.Id, A = "a" + p.AnswerText, B = p.AnswerText + "-" + p.PathInfo, C = $"{p.Id}:{p.AnswerText}:{p.DiscreteScore}", D = string.Concat(p.AnswerText, p.PathInfo) }));

    [Fact]
    public Task P18_contains_over_captured_collections()
    {
        var set = new HashSet<long> { 1, 3 };
        var empty = new List<long>();
        var withNull = new List<int?> { 1, null };
        var arr = new[] { FirstActionType.Answered };
        return Check(TestLake.ProblemLogs.Select(p => new { p.Id, A = set.Contains(p.ProblemId), B = empty.Contains(p.ProblemId), C = withNull.Contains(p.DiscreteScore), D = arr.Contains(p.FirstActionTypeId!.Value), E = !withNull.Contains(p.DiscreteScore) }),
            ProblemLogs.Select(p => new { p.Id, A = set.Contains(p.ProblemId), B = empty.Contains(p.ProblemId), C = withNull.Contains(p.DiscreteScore), D = p.FirstActionTypeId != null && arr.Contains(p.FirstActionTypeId.Value), E = !withNull.Contains(p.DiscreteScore) }));
    }

    [Fact]
    public Task P19_enum_nullable_contains()
    {
        var arr = new FirstActionType?[] { FirstActionType.Answered, null };
        return Check(TestLake.ProblemLogs.Where(p => arr.Contains(p.FirstActionTypeId)).Select(p => p.Id),
            ProblemLogs.Where(p => arr.Contains(p.FirstActionTypeId)).Select(p => p.Id));
    }

    [Fact]
    public Task P20_any_all_nav_distinct_count_first() =>
        Check(TestLake.AssignmentLogs.Select(a => new
        {
            a.Id,
            AnyH = a.ProblemLogs().Any(p => p.HintCount > 3),
            AllS = a.ProblemLogs().All(p => p.DiscreteScore == 1),
            Dc = a.ProblemLogs().Select(p => p.ProblemId).Distinct().Count(),
            Dn = a.ProblemLogs().Select(p => p.DiscreteScore).Distinct().Count(),
            First = a.ProblemLogs().OrderBy(p => p.StartTime).Select(p => (long?)p.Id).FirstOrDefault(),
            Top2 = a.ProblemLogs().OrderByDescending(p => p.HintCount).ThenBy(p => p.Id).Take(2).Sum(p => p.HintCount),
        }),
        AssignmentLogs.Select(a => new
        {
            a.Id,
            AnyH = ProblemLogs.Where(p => p.AssignmentLogId == a.Id).Any(p => p.HintCount > 3),
            AllS = ProblemLogs.Where(p => p.AssignmentLogId == a.Id).All(p => p.DiscreteScore == 1),
            Dc = ProblemLogs.Where(p => p.AssignmentLogId == a.Id).Select(p => p.ProblemId).Distinct().Count(),
            Dn = ProblemLogs.Where(p => p.AssignmentLogId == a.Id).Select(p => p.DiscreteScore).Distinct().Count(),
            First = ProblemLogs.Where(p => p.AssignmentLogId == a.Id).OrderBy(p => p.StartTime).Select(p => (long?)p.Id).FirstOrDefault(),
            Top2 = ProblemLogs.Where(p => p.AssignmentLogId == a.Id).OrderByDescending(p => p.HintCount).ThenBy(p => p.Id).Take(2).Sum(p => p.HintCount),
        }));

    [Fact]
    public Task P21_nested_subquery_as_sequence() =>
        Check(TestLake.Users.Where(u => TestLake.AssignmentLogs.AsSequence().Any(a => a.UserXid == u.Id + 100 && a.ContinuousScore > 0.4))
            .Select(u => new { u.Id, N = TestLake.AssignmentLogs.AsSequence().Count(a => a.UserXid == u.Id + 100) }),
            Users.Where(u => AssignmentLogs.Any(a => a.UserXid == u.Id + 100 && a.ContinuousScore > 0.4))
            .Select(u => new { u.Id, N = AssignmentLogs.Count(a => a.UserXid == u.Id + 100) }));

    [Fact]
    public async Task P22_terminal_on_empty()
    {
        var connection = fixture.Database.Connection;
        var q = TestLake.ProblemLogs.Where(p => p.HintCount > 100);
        Assert.Equal(0, await q.SumAsync(p => p.HintCount, connection));
        Assert.Null(await q.MaxAsync(p => p.ContinuousScore, connection));
        Assert.Null(await q.MinAsync(p => p.DiscreteScore, connection));
        await Assert.ThrowsAsync<InvalidOperationException>(() => q.AverageAsync(p => p.HintCount, connection));
        await Assert.ThrowsAsync<InvalidOperationException>(() => q.MinAsync(p => p.HintCount, connection));
        await Assert.ThrowsAsync<InvalidOperationException>(() => q.MaxAsync(p => p.StartTime, connection));
    }

    [Fact]
    public async Task P22b_min_max_nullable_with_nulls()
    {
        var connection = fixture.Database.Connection;
        var q = TestLake.ProblemLogs;
        Assert.Equal(ProblemLogs.Min(p => p.DiscreteScore), await q.MinAsync(p => p.DiscreteScore, connection));
        Assert.Equal(ProblemLogs.Max(p => p.DiscreteScore), await q.MaxAsync(p => p.DiscreteScore, connection));
        Assert.Equal(ProblemLogs.Min(p => p.AnswerText), await q.MinAsync(p => p.AnswerText, connection));
        Assert.Equal(ProblemLogs.Min(p => p.EndTime), await q.MinAsync(p => p.EndTime, connection));
    }

    [Fact]
    public async Task P23_compiled_null_arguments()
    {
        var compiled = Query.Compile((string? text, long? problem) => TestLake.ProblemLogs.Where(p => p.AnswerText == text && (problem == null || p.ProblemId == problem)).Select(p => p.Id));
        foreach (var (t, pr) in new (string?, long?)[] { (null, null), ("x_3", null), (null, 2), ("50%_off", 3) })
        {
            var expected = ProblemLogs.Where(p => p.AnswerText == t && (pr == null || p.ProblemId == pr)).Select(p => p.Id).ToList();
            Assert.Equal(expected.Order(), (await compiled.ToListAsync(t, pr, fixture.Database.Connection)).Order());
        }
    }

    [Fact]
    public Task P24_left_join_xref_and_group_by_outer_nullable() =>
        Check(from u in TestLake.Users
              join t in TestLake.TeacherSettings on u.Id equals t.TeacherId into ts
              from t in ts.DefaultIfEmpty()
              group u by t == null ? null : t.SchoolName into g
              select new { School = g.Key, N = g.Count(), B = g.Max(x => x.BirthYear) },
              from u in Users
              join t in TeacherSettings on u.Id equals t.TeacherId into ts
              from t in ts.DefaultIfEmpty()
              group u by t == null ? null : t.SchoolName into g
              select new { School = g.Key, N = g.Count(), B = g.Max(x => x.BirthYear) });

    [Fact]
    public Task P25_order_by_left_joined_nullable_then_take() =>
        Check((from a in TestLake.AssignmentLogs
               join p in TestLake.ProblemLogs on a.Id equals p.AssignmentLogId into ps
               from p in ps.DefaultIfEmpty()
               orderby p == null ? null : p.ContinuousScore, a.Id, p == null ? 0 : p.Id
               select new { a.Id, P = p == null ? 0 : p.Id }).Take(10),
              (from a in AssignmentLogs
               join p in ProblemLogs on a.Id equals p.AssignmentLogId into ps
               from p in ps.DefaultIfEmpty()
               orderby p == null ? null : p.ContinuousScore, a.Id, p == null ? 0 : p.Id
               select new { a.Id, P = p == null ? 0 : p.Id }).Take(10), ordered: true);

    [Fact]
    public Task P26_average_of_ints_in_group_and_ratio() =>
        Check(from p in TestLake.ProblemLogs
              group p by p.AssignmentLogId into g
              select new { g.Key, A = g.Average(x => x.HintCount), R = (double)g.Sum(x => x.HintCount) / g.Count(), I = g.Sum(x => x.HintCount) / g.Count(), P = g.Count(x => x.DiscreteScore == 1) * 100 / g.Count() },
              from p in ProblemLogs
              group p by p.AssignmentLogId into g
              select new { g.Key, A = g.Average(x => x.HintCount), R = (double)g.Sum(x => x.HintCount) / g.Count(), I = g.Sum(x => x.HintCount) / g.Count(), P = g.Count(x => x.DiscreteScore == 1) * 100 / g.Count() });

    [Fact]
    public Task P27_group_by_date_only_and_day_of_week() =>
        Check(from p in TestLake.ProblemLogs
              group p by new { D = DateOnly.FromDateTime(p.StartTime), p.StartTime.DayOfWeek } into g
              orderby g.Key.D
              select new { g.Key.D, g.Key.DayOfWeek, N = g.LongCount() },
              from p in ProblemLogs
              group p by new { D = DateOnly.FromDateTime(p.StartTime), p.StartTime.DayOfWeek } into g
              orderby g.Key.D
              select new { g.Key.D, g.Key.DayOfWeek, N = g.LongCount() }, ordered: true);

    [Fact]
    public Task P28_string_misc() =>
        Check(TestLake.Users.Select(u => new { u.Id, I = u.Username == null ? -2 : u.Username.IndexOf("@"), R = u.Username == null ? null : u.Username.Replace("@", " at "), Dom = u.Username == null ? null : u.Username.Substring(u.Username.IndexOf("@") + 1) }),
            Users.Select(u => new { u.Id, I = u.Username == null ? -2 : u.Username.IndexOf("@"), R = u.Username == null ? null : u.Username.Replace("@", " at "), Dom = u.Username == null ? null : u.Username.Substring(u.Username.IndexOf("@") + 1) }));

    [Fact]
    public Task P30_group_min_max_dates_and_duration() =>
        Check(from p in TestLake.ProblemLogs
              group p by p.AssignmentLogId into g
              select new { g.Key, First = g.Min(x => x.StartTime), Last = g.Max(x => x.EndTime), Span = (g.Max(x => x.StartTime) - g.Min(x => x.StartTime)).TotalHours },
              from p in ProblemLogs
              group p by p.AssignmentLogId into g
              select new { g.Key, First = g.Min(x => x.StartTime), Last = g.Max(x => x.EndTime), Span = (g.Max(x => x.StartTime) - g.Min(x => x.StartTime)).TotalHours });
}
