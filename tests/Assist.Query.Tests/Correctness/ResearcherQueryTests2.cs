using Assist.Query.Tests.Execution.Differential;
using Xunit;
using static Assist.Query.Tests.Execution.Differential.SeedData;

using Assist.Query.Tests.Model;

namespace Assist.Query.Tests.Correctness;

/// <summary>Researcher-style queries, part 3: null-aware distincts, navigation aggregates, paging, strings, decimals.</summary>
public class ResearcherQueryTests2(DifferentialFixture fixture) : IClassFixture<DifferentialFixture>
{
    private Task Check<T>(Query<T> query, IEnumerable<T> expected, bool ordered = false) => CorrectnessCheck.Same(fixture, query, expected, ordered);

    private static long StudentOf(ProblemLog p) => Lookup.Log(p).UserXid;

    [Fact]
    public async Task R51_top_level_distinct_count_of_nullable()
    {
        var n = await TestLake.ProblemLogs.Select(p => p.DiscreteScore).Distinct().CountAsync(fixture.Database.Connection);
        Assert.Equal(ProblemLogs.Select(p => p.DiscreteScore).Distinct().Count(), n);
    }

    [Fact]
    public Task R52_navigation_distinct_count_of_nullable() =>
        Check(TestLake.AssignmentLogs.Select(a => new { a.Id, N = a.ProblemLogs().Select(p => p.AnswerText).Distinct().Count() }),
            AssignmentLogs.Select(a => new { a.Id, N = ProblemLogs.Where(p => p.AssignmentLogId == a.Id).Select(p => p.AnswerText).Distinct().Count() }));

    [Fact]
    public Task R55_first_three_problems_hint_sum() =>
        Check(TestLake.AssignmentLogs.Select(a => new { a.Id, H = a.ProblemLogs().OrderBy(p => p.StartTime).Take(3).Sum(p => p.HintCount) }),
            AssignmentLogs.Select(a => new { a.Id, H = ProblemLogs.Where(p => p.AssignmentLogId == a.Id).OrderBy(p => p.StartTime).Take(3).Sum(p => p.HintCount) }));

    [Fact]
    public Task R56_empty_captured_list_contains()
    {
        var ids = new List<long>();
        return Check(TestLake.ProblemLogs.Where(p => !ids.Contains(p.Id) && p.HintCount > 3).Select(p => p.Id),
            ProblemLogs.Where(p => !ids.Contains(p.Id) && p.HintCount > 3).Select(p => p.Id));
    }

    [Fact]
    public Task R58_hours_since_midnight_by_difference() =>
        Check(TestLake.ProblemLogs.Select(p => new { p.Id, H = (p.StartTime - p.StartTime.Date).TotalHours, K = p.StartTime.Year * 100 + p.StartTime.Month }),
            ProblemLogs.Select(p => new { p.Id, H = (p.StartTime - p.StartTime.Date).TotalHours, K = p.StartTime.Year * 100 + p.StartTime.Month }));

    [Fact]
    public Task R59_group_by_with_element_selector_sum() =>
        Check(from h in TestLake.ProblemLogs.GroupBy(p => p.ProblemId, p => p.HintCount)
              select new { h.Key, S = h.Sum(), M = h.Max() - h.Min(), A = h.Average() },
              from h in ProblemLogs.GroupBy(p => p.ProblemId, p => p.HintCount)
              select new { h.Key, S = h.Sum(), M = h.Max() - h.Min(), A = h.Average() });

    [Fact]
    public Task R60_average_of_int_ternary() =>
        Check(from p in TestLake.ProblemLogs
              group p by p.AssignmentLogId into g
              select new { g.Key, A = g.Average(x => x.BottomHint == true ? 1 : 0), Morning = g.Count(x => x.StartTime.Hour < 12) },
              from p in ProblemLogs
              group p by p.AssignmentLogId into g
              select new { g.Key, A = g.Average(x => x.BottomHint == true ? 1 : 0), Morning = g.Count(x => x.StartTime.Hour < 12) });

    [Fact]
    public Task R61_select_then_order_by_projection_then_take() =>
        Check(TestLake.ProblemLogs.Select(p => new { p.Id, Score = p.ContinuousScore ?? 0, Name = p.AnswerText ?? "" }).OrderBy(x => x.Score).ThenByDescending(x => x.Id).Take(5),
            ProblemLogs.Select(p => new { p.Id, Score = p.ContinuousScore ?? 0, Name = p.AnswerText ?? "" }).OrderBy(x => x.Score).ThenByDescending(x => x.Id).Take(5), ordered: true);

    [Fact]
    public Task R62_char_overloads() =>
        Check(TestLake.ProblemLogs.Where(p => p.AnswerText != null && (p.AnswerText.StartsWith('x') || p.AnswerText.Contains('%'))).Select(p => p.Id),
            ProblemLogs.Where(p => p.AnswerText != null && (p.AnswerText.StartsWith('x') || p.AnswerText.Contains('%'))).Select(p => p.Id));

    [Fact]
    public Task R64_enum_to_string() =>
        Check(TestLake.Problems.Select(p => new { p.Id, T = p.ProblemTypeId.ToString() }),
            Problems.Select(p => new { p.Id, T = p.ProblemTypeId.ToString() }));

    [Fact]
    public Task R65_nullable_average_over_empty_filtered_group() =>
        Check(from p in TestLake.ProblemLogs
              group p by p.AssignmentLogId into g
              select new { g.Key, A = g.Where(x => x.HintCount > 3).Average(x => (double?)x.HintCount), Mx = g.Where(x => x.HintCount > 3).Max(x => (int?)x.AttemptCount) },
              from p in ProblemLogs
              group p by p.AssignmentLogId into g
              select new { g.Key, A = g.Where(x => x.HintCount > 3).Average(x => (double?)x.HintCount), Mx = g.Where(x => x.HintCount > 3).Max(x => (int?)x.AttemptCount) });

    [Fact]
    public Task R66_ternary_with_nullable_string_substring() =>
        Check(TestLake.ProblemLogs.Select(p => new { p.Id, F = p.AnswerText == null ? "missing" : p.AnswerText.Substring(0, 1), L = p.AnswerText != null ? p.AnswerText.Length : 0 }),
            ProblemLogs.Select(p => new { p.Id, F = p.AnswerText == null ? "missing" : p.AnswerText.Substring(0, 1), L = p.AnswerText != null ? p.AnswerText.Length : 0 }));

    [Fact]
    public Task R67_share_of_total_with_captured_total()
    {
        long total = ProblemLogs.Count;
        return Check(from p in TestLake.ProblemLogs group p by p.ProblemId into g select new { g.Key, Share = (double)g.Count() / total },
            from p in ProblemLogs group p by p.ProblemId into g select new { g.Key, Share = (double)g.Count() / total });
    }

    [Fact]
    public Task R69_group_join_then_from_with_where() =>
        Check(from a in TestLake.AssignmentLogs
              join p in TestLake.ProblemLogs on a.Id equals p.AssignmentLogId into ps
              from p in ps.Where(x => x.HintCount > 2).DefaultIfEmpty()
              select new { a.Id, P = p == null ? -1 : p.Id },
              from a in AssignmentLogs
              join p in ProblemLogs on a.Id equals p.AssignmentLogId into ps
              from p in ps.Where(x => x.HintCount > 2).DefaultIfEmpty()
              select new { a.Id, P = p == null ? -1 : p.Id });

    [Fact]
    public Task R70_window_count_and_lag_of_nullable_string() =>
        Check(TestLake.ProblemLogs.Select(p => new
        {
            p.Id,
            N = Window.Count(Window.PartitionBy(p.AssignmentLogId)),
            Prev = Window.Lag(p.AnswerText, 1, Window.PartitionBy(p.AssignmentLogId).OrderBy(p.Id)),
        }),
        ProblemLogs.Select(p => new
        {
            p.Id,
            N = (long)ProblemLogs.Count(o => o.AssignmentLogId == p.AssignmentLogId),
            Prev = ProblemLogs.Where(o => o.AssignmentLogId == p.AssignmentLogId && o.Id < p.Id).OrderByDescending(o => o.Id).Select(o => o.AnswerText).FirstOrDefault(),
        }));

    [Fact]
    public Task R74_sum_of_decimal_and_long() =>
        Check(from p in TestLake.ProblemLogs
              group p by p.ProblemId into g
              select new { g.Key, D = g.Sum(x => (decimal)x.HintCount / 2m), L = g.Sum(x => (long)x.AttemptCount * 1000000000L) },
              from p in ProblemLogs
              group p by p.ProblemId into g
              select new { g.Key, D = g.Sum(x => (decimal)x.HintCount / 2m), L = g.Sum(x => (long)x.AttemptCount * 1000000000L) });

    [Fact]
    public Task R75_count_of_non_null_strings_and_length_sum() =>
        Check(from p in TestLake.ProblemLogs
              group p by p.ProblemId into g
              select new { g.Key, N = g.Count(x => x.AnswerText != null), Len = g.Sum(x => x.AnswerText == null ? 0 : x.AnswerText.Length) },
              from p in ProblemLogs
              group p by p.ProblemId into g
              select new { g.Key, N = g.Count(x => x.AnswerText != null), Len = g.Sum(x => x.AnswerText == null ? 0 : x.AnswerText.Length) });

    [Fact]
    public Task R76_group_by_navigation_entity_property_and_string_key() =>
        Check(from p in TestLake.ProblemLogs
              group p by p.Problem().Name into g
              select new { g.Key, N = g.Count() },
              from p in ProblemLogs
              group p by Problems.Single(x => x.Id == p.ProblemId).Name into g
              select new { g.Key, N = g.Count() });

    [Fact]
    public Task R77_skip_without_take_on_ordered() =>
        Check(TestLake.ProblemLogs.OrderBy(p => p.StartTime).ThenBy(p => p.Id).Skip(20).Select(p => p.Id),
            ProblemLogs.OrderBy(p => p.StartTime).ThenBy(p => p.Id).Skip(20).Select(p => p.Id), ordered: true);

    [Fact]
    public Task R78_distinct_then_order_then_take() =>
        Check(TestLake.ProblemLogs.Select(p => p.HintCount).Distinct().OrderByDescending(h => h).Take(3),
            ProblemLogs.Select(p => p.HintCount).Distinct().OrderByDescending(h => h).Take(3), ordered: true);

    [Fact]
    public Task R79_math_round_of_average_to_two_digits() =>
        Check(from p in TestLake.ProblemLogs
              group p by p.ProblemId into g
              select new { g.Key, A = Math.Round(g.Average(x => x.HintCount), 2, MidpointRounding.AwayFromZero), F = (int)Math.Floor(g.Average(x => x.AttemptCount)) },
              from p in ProblemLogs
              group p by p.ProblemId into g
              select new { g.Key, A = Math.Round(g.Average(x => x.HintCount), 2, MidpointRounding.AwayFromZero), F = (int)Math.Floor(g.Average(x => x.AttemptCount)) });

    [Fact]
    public Task R80_where_date_between_captured_month()
    {
        var start = new DateTime(2024, 10, 1);
        return Check(TestLake.ProblemLogs.Where(p => p.StartTime >= start && p.StartTime < start.AddMonths(1)).Select(p => p.Id),
            ProblemLogs.Where(p => p.StartTime >= start && p.StartTime < start.AddMonths(1)).Select(p => p.Id));
    }

    [Fact]
    public Task R81_equals_method_and_not_equals_on_strings() =>
        Check(TestLake.ProblemLogs.Where(p => p.AnswerText!.Equals("x_3") || "50%_off".Equals(p.AnswerText)).Select(p => p.Id),
            ProblemLogs.Where(p => p.AnswerText != null && (p.AnswerText.Equals("x_3") || "50%_off".Equals(p.AnswerText))).Select(p => p.Id));

    [Fact]
    public Task R82_negative_modulo_in_group_key() =>
        Check(from p in TestLake.ProblemLogs group p by (p.HintCount - 3) % 2 into g select new { g.Key, N = g.Count() },
            from p in ProblemLogs group p by (p.HintCount - 3) % 2 into g select new { g.Key, N = g.Count() });

    [Fact]
    public Task R83_bool_column_in_select_and_negation() =>
        Check(TestLake.StudentActions.Select(a => new { a.Id, NotCorrect = !(a.Correct ?? false), Both = a.Correct == true && a.Path != null }),
            Actions.Select(a => new { a.Id, NotCorrect = !(a.Correct ?? false), Both = a.Correct == true && a.Path != null }));

    [Fact]
    public Task R84_select_navigation_entity_distinct() =>
        Check(TestLake.ProblemLogs.Where(p => p.HintCount > 3).Select(p => p.AssignmentLog()).Distinct().Select(a => a.Id),
            ProblemLogs.Where(p => p.HintCount > 3).Select(Lookup.Log).Distinct().Select(a => a.Id));
}
