using Assist.Query.Tests.Execution.Differential;
using Xunit;
using static Assist.Query.Tests.Execution.Differential.SeedData;

using Assist.Query.Tests.Model;

namespace Assist.Query.Tests.Correctness;

/// <summary>Researcher-style queries, part 4: left joins counted per group, week and day arithmetic, durations, nested navigations.</summary>
public class ResearcherQueryTests3(DifferentialFixture fixture) : IClassFixture<DifferentialFixture>
{
    private Task Check<T>(Query<T> query, IEnumerable<T> expected, bool ordered = false) => CorrectnessCheck.Same(fixture, query, expected, ordered);

    [Fact]
    public Task S01_left_join_then_group_counting_matches() =>
        Check(from a in TestLake.AssignmentLogs
              join p in TestLake.ProblemLogs on a.Id equals p.AssignmentLogId into ps
              from p in ps.DefaultIfEmpty()
              group p by a.Id into g
              select new { g.Key, Rows = g.Count(), Matched = g.Count(x => x != null), Hints = g.Sum(x => x == null ? 0 : x.HintCount) },
              from a in AssignmentLogs
              join p in ProblemLogs on a.Id equals p.AssignmentLogId into ps
              from p in ps.DefaultIfEmpty()
              group p by a.Id into g
              select new { g.Key, Rows = g.Count(), Matched = g.Count(x => x != null), Hints = g.Sum(x => x == null ? 0 : x.HintCount) });

    [Fact]
    public Task S02_week_start_sunday_with_computed_add_days() =>
        Check(from p in TestLake.ProblemLogs
              group p by p.StartTime.Date.AddDays(-(int)p.StartTime.DayOfWeek) into g
              select new { Week = g.Key, N = g.Count() },
              from p in ProblemLogs
              group p by p.StartTime.Date.AddDays(-(int)p.StartTime.DayOfWeek) into g
              select new { Week = g.Key, N = g.Count() });

    [Fact]
    public Task S03_nullable_end_time_date_and_comparison() =>
        Check(TestLake.ProblemLogs.Where(p => p.EndTime > p.StartTime.AddMinutes(30)).Select(p => new { p.Id, Day = p.EndTime!.Value.Date, H = (p.EndTime ?? p.StartTime).Hour }),
            ProblemLogs.Where(p => p.EndTime > p.StartTime.AddMinutes(30)).Select(p => new { p.Id, Day = p.EndTime!.Value.Date, H = (p.EndTime ?? p.StartTime).Hour }));

    [Fact]
    public Task S04_units_between_navigation_dates() =>
        Check(TestLake.ProblemLogs.Select(p => new { p.Id, D = Sql.UnitsBetween(DateUnit.Day, p.AssignmentLog().StartTime, p.StartTime) }),
            ProblemLogs.Select(p => new { p.Id, D = (long)(p.StartTime - Lookup.Log(p).StartTime).TotalDays }));

    [Fact]
    public Task S05_max_of_nullable_bool_per_group() =>
        Check(from p in TestLake.ProblemLogs group p by p.AssignmentLogId into g select new { g.Key, B = g.Max(x => x.BottomHint), Mn = g.Min(x => x.BottomHint) },
            from p in ProblemLogs group p by p.AssignmentLogId into g select new { g.Key, B = g.Max(x => x.BottomHint), Mn = g.Min(x => x.BottomHint) });

    [Fact]
    public Task S06_take_with_captured_count() =>
        CheckTake(4);

    private Task CheckTake(int n) =>
        Check(TestLake.ProblemLogs.OrderBy(p => p.Id).Skip(n).Take(n).Select(p => p.Id), ProblemLogs.OrderBy(p => p.Id).Skip(n).Take(n).Select(p => p.Id), ordered: true);

    [Fact]
    public Task S07_rank_descending_unpartitioned_and_double_window_sum() =>
        Check(TestLake.ProblemLogs.Select(p => new
        {
            p.Id,
            R = Window.Rank(Window.Unpartitioned().OrderByDescending(p.HintCount)),
            S = Window.Sum(p.ContinuousScore ?? 0, Window.PartitionBy(p.AssignmentLogId)),
        }),
        ProblemLogs.Select(p => new
        {
            p.Id,
            R = 1L + ProblemLogs.Count(o => o.HintCount > p.HintCount),
            S = ProblemLogs.Where(o => o.AssignmentLogId == p.AssignmentLogId).Sum(o => o.ContinuousScore ?? 0),
        }));

    [Fact]
    public Task S08_enum_ternary_and_has_value() =>
        Check(TestLake.ProblemLogs.Select(p => new
        {
            p.Id,
            T = p.HintCount > 2 ? FirstActionType.Answered : p.FirstActionTypeId,
            A = p.FirstActionTypeId.HasValue && p.FirstActionTypeId.Value == FirstActionType.Answered,
            In = new[] { FirstActionType.Answered }.Contains(p.FirstActionTypeId ?? (FirstActionType)2),
        }),
        ProblemLogs.Select(p => new
        {
            p.Id,
            T = p.HintCount > 2 ? FirstActionType.Answered : p.FirstActionTypeId,
            A = p.FirstActionTypeId.HasValue && p.FirstActionTypeId.Value == FirstActionType.Answered,
            In = new[] { FirstActionType.Answered }.Contains(p.FirstActionTypeId ?? (FirstActionType)2),
        }));

    [Fact]
    public Task S09_trim_lower_equality() =>
        Check(TestLake.ProblemLogs.Where(p => p.AnswerText!.Trim().ToLower() == "x_3").Select(p => p.Id),
            ProblemLogs.Where(p => p.AnswerText?.Trim().ToLowerInvariant() == "x_3").Select(p => p.Id));

    [Fact]
    public Task S10_date_only_from_date_time() =>
        Check(TestLake.ProblemLogs.Select(p => new { p.Id, D = DateOnly.FromDateTime(p.StartTime) }),
            ProblemLogs.Select(p => new { p.Id, D = DateOnly.FromDateTime(p.StartTime) }));

    [Fact]
    public Task S11_shift_hours_then_hour_and_computed_minutes() =>
        Check(TestLake.ProblemLogs.Select(p => new { p.Id, Local = p.StartTime.AddHours(-5).Hour, Later = p.StartTime.AddMinutes(p.HintCount), Next = p.StartTime.Date.AddDays(1) }),
            ProblemLogs.Select(p => new { p.Id, Local = p.StartTime.AddHours(-5).Hour, Later = p.StartTime.AddMinutes(p.HintCount), Next = p.StartTime.Date.AddDays(1) }));

    [Fact]
    public Task S12_duration_components() =>
        Check(TestLake.ProblemLogs.Where(p => p.EndTime != null).Select(p => new { p.Id, M = (p.EndTime!.Value - p.StartTime).Minutes, S = (p.EndTime.Value - p.StartTime).Seconds, H = (p.EndTime.Value - p.StartTime).Hours }),
            ProblemLogs.Where(p => p.EndTime != null).Select(p => new { p.Id, M = (p.EndTime!.Value - p.StartTime).Minutes, S = (p.EndTime.Value - p.StartTime).Seconds, H = (p.EndTime.Value - p.StartTime).Hours }));

    [Fact]
    public Task S13_group_join_max_with_default_if_empty() =>
        Check(from a in TestLake.AssignmentLogs
              join p in TestLake.ProblemLogs on a.Id equals p.AssignmentLogId into ps
              select new { a.Id, Last = ps.Select(x => (DateTime?)x.StartTime).Max(), Cnt = ps.Count(x => x.DiscreteScore == 1) },
              from a in AssignmentLogs
              join p in ProblemLogs on a.Id equals p.AssignmentLogId into ps
              select new { a.Id, Last = ps.Select(x => (DateTime?)x.StartTime).Max(), Cnt = ps.Count(x => x.DiscreteScore == 1) });

    [Fact]
    public Task S14_distinct_sum_in_group() =>
        Check(from p in TestLake.ProblemLogs group p by p.AssignmentLogId into g select new { g.Key, S = g.Select(x => x.HintCount).Distinct().Sum(), C = g.Select(x => x.ProblemId).Distinct().LongCount() },
            from p in ProblemLogs group p by p.AssignmentLogId into g select new { g.Key, S = g.Select(x => x.HintCount).Distinct().Sum(), C = g.Select(x => x.ProblemId).Distinct().LongCount() });

    [Fact]
    public Task S15_select_entity_of_navigation_in_anonymous() =>
        Check(TestLake.ProblemLogs.Where(p => p.HintCount > 3).Select(p => new { p.Id, Log = p.AssignmentLog() }),
            ProblemLogs.Where(p => p.HintCount > 3).Select(p => new { p.Id, Log = Lookup.Log(p) }));

    [Fact]
    public Task S16_integer_percent_and_mixed_division() =>
        Check(from p in TestLake.ProblemLogs group p by p.ProblemId into g select new { g.Key, Pct = g.Count(x => x.DiscreteScore == 1) * 100 / g.Count(), Half = g.Sum(x => x.HintCount) / 2 * 2.0 },
            from p in ProblemLogs group p by p.ProblemId into g select new { g.Key, Pct = g.Count(x => x.DiscreteScore == 1) * 100 / g.Count(), Half = g.Sum(x => x.HintCount) / 2 * 2.0 });

    [Fact]
    public Task S17_contains_column_in_column() =>
        Check(TestLake.ProblemLogs.Where(p => p.PathInfo != null && p.AnswerText != null && p.PathInfo.Contains("#" + p.ProblemId)).Select(p => p.Id),
            ProblemLogs.Where(p => p.PathInfo != null && p.AnswerText != null && p.PathInfo.Contains("#" + p.ProblemId, StringComparison.Ordinal)).Select(p => p.Id));

    [Fact]
    public Task S18_union_with_navigation_values() =>
        Check(TestLake.ProblemLogs.Where(p => p.HintCount > 3).Select(p => p.AssignmentLog().UserXid).Union(TestLake.AssignmentLogs.Where(a => a.EndTime == null).Select(a => a.UserXid)),
            ProblemLogs.Where(p => p.HintCount > 3).Select(p => Lookup.Log(p).UserXid).Union(AssignmentLogs.Where(a => a.EndTime == null).Select(a => a.UserXid)));

    [Fact]
    public Task S19_lag_offset_two_ratio() =>
        Check(TestLake.ProblemLogs.Select(p => new { p.Id, p.HintCount, Prev2 = Window.Lag(p.HintCount, 2, Window.PartitionBy(p.AssignmentLogId).OrderBy(p.Id)) })
                .Select(x => new { x.Id, Diff = x.HintCount - (x.Prev2 ?? 0), Has = x.Prev2 != null }),
            ProblemLogs.Select(p => new { p.Id, p.HintCount, Prev2 = ProblemLogs.Where(o => o.AssignmentLogId == p.AssignmentLogId && o.Id < p.Id).OrderByDescending(o => o.Id).Skip(1).Select(o => (int?)o.HintCount).FirstOrDefault() })
                .Select(x => new { x.Id, Diff = x.HintCount - (x.Prev2 ?? 0), Has = x.Prev2 != null }));

    [Fact]
    public Task S20_nested_navigation_user_name_per_problem_log_group() =>
        Check(from p in TestLake.ProblemLogs
              where p.AssignmentLog().User().Username != null
              group p by p.AssignmentLog().User().Username!.Substring(0, 3) into g
              select new { g.Key, N = g.Count() },
              from p in ProblemLogs
              where Lookup.UserByXid(Lookup.Log(p).UserXid).Username != null
              group p by Lookup.UserByXid(Lookup.Log(p).UserXid).Username!.Substring(0, 3) into g
              select new { g.Key, N = g.Count() });

    [Fact]
    public Task S21_where_after_group_select_projection() =>
        Check((from p in TestLake.ProblemLogs group p by p.AssignmentLogId into g select new { Log = g.Key, N = g.Count(), C = g.Count(x => x.DiscreteScore == 1) })
                .Where(x => x.C * 3 >= x.N).Select(x => new { x.Log, Rate = (double)x.C / x.N }),
            (from p in ProblemLogs group p by p.AssignmentLogId into g select new { Log = g.Key, N = g.Count(), C = g.Count(x => x.DiscreteScore == 1) })
                .Where(x => x.C * 3 >= x.N).Select(x => new { x.Log, Rate = (double)x.C / x.N }));

    [Fact]
    public Task S22_join_three_tables_with_nav_and_filter() =>
        Check(from p in TestLake.ProblemLogs
              join pr in TestLake.Problems on p.ProblemId equals pr.Id
              join a in TestLake.AssignmentLogs on p.AssignmentLogId equals a.Id
              where pr.Name != null && a.ContinuousScore > 0.3
              select new { p.Id, pr.Name, a.UserXid },
              from p in ProblemLogs
              join pr in Problems on p.ProblemId equals pr.Id
              join a in AssignmentLogs on p.AssignmentLogId equals a.Id
              where pr.Name != null && a.ContinuousScore > 0.3
              select new { p.Id, pr.Name, a.UserXid });

    [Fact]
    public Task S23_long_arithmetic_of_widened_ints() =>
        Check(TestLake.ProblemLogs.Select(p => new { p.Id, L = (long)p.AttemptCount * 3000000000L / 1000, M = (long)p.HintCount * p.AttemptCount * 1000000000 }),
            ProblemLogs.Select(p => new { p.Id, L = (long)p.AttemptCount * 3000000000L / 1000, M = (long)p.HintCount * p.AttemptCount * 1000000000 }));

    [Fact]
    public Task S24_user_account_age_in_days_since_created() =>
        Check(TestLake.Users.Where(u => u.Created != null).Select(u => new { u.Id, Days = (int)(Day0 - u.Created!.Value).TotalDays, Y = u.Created.Value.Year }),
            Users.Where(u => u.Created != null).Select(u => new { u.Id, Days = (int)(Day0 - u.Created!.Value).TotalDays, Y = u.Created.Value.Year }));
}
