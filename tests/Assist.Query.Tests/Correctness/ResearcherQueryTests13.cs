using Assist.Query.Tests.Execution.Differential;
using Xunit;
using static Assist.Query.Tests.Execution.Differential.SeedData;

using Assist.Query.Tests.Model;

namespace Assist.Query.Tests.Correctness;

/// <summary>
/// Researcher-style queries, part 8 (second hunt): Math and string members, joins on composite and nullable keys,
/// group keys as objects, grouping overloads, navigations from both sides, rounding and casts. Each runs on DuckDB
/// against LINQ-to-Objects; the Trino and Athena text is parsed by the Trino grammar.
/// </summary>
public class ResearcherQueryTests13(DifferentialFixture fixture) : IClassFixture<DifferentialFixture>
{
    private Task Check<T>(Query<T> query, IEnumerable<T> expected, bool ordered = false) => CorrectnessCheck.Same(fixture, query, expected, ordered);

    [Fact]
    public Task Q02_start_of_week_and_time_of_day() =>
        Check(TestLake.ProblemLogs.Select(p => new { p.Id, W = p.StartTime.Date.AddDays(-(int)p.StartTime.DayOfWeek), H = p.StartTime.Hour + p.StartTime.Minute / 60.0, Dy = p.StartTime.DayOfYear, Dd = (p.StartTime.Date - Day0).Days }),
            ProblemLogs.Select(p => new { p.Id, W = p.StartTime.Date.AddDays(-(int)p.StartTime.DayOfWeek), H = p.StartTime.Hour + p.StartTime.Minute / 60.0, Dy = p.StartTime.DayOfYear, Dd = (p.StartTime.Date - Day0).Days }));

    [Fact]
    public Task Q05_char_contains_trim_end() =>
        Check(TestLake.ProblemLogs.Where(p => p.AnswerText != null && p.AnswerText.Contains('%')).Select(p => new { p.Id, T = p.PathInfo!.TrimEnd('/') }),
            ProblemLogs.Where(p => p.AnswerText != null && p.AnswerText.Contains('%')).Select(p => new { p.Id, T = p.PathInfo!.TrimEnd('/') }));

    [Fact]
    public Task Q06_column_pattern_like() =>
        Check(from p in TestLake.ProblemLogs
              from q in TestLake.ProblemLogs
              where p.Id < q.Id && p.AnswerText != null && q.AnswerText != null && q.AnswerText.StartsWith(p.AnswerText.Substring(0, 2))
              select new { P = p.Id, Q = q.Id },
              from p in ProblemLogs
              from q in ProblemLogs
              where p.Id < q.Id && p.AnswerText != null && q.AnswerText != null && q.AnswerText.StartsWith(p.AnswerText.Substring(0, 2))
              select new { P = p.Id, Q = q.Id });

    [Fact]
    public Task Q07_column_pattern_with_wildcards() =>
        Check(from u in TestLake.Users
              from v in TestLake.Users
              where u.Username != null && v.Username != null && u.Id != v.Id && v.Username.Contains(u.Username.Substring(0, 3))
              select new { U = u.Id, V = v.Id },
              from u in Users
              from v in Users
              where u.Username != null && v.Username != null && u.Id != v.Id && v.Username.Contains(u.Username.Substring(0, 3))
              select new { U = u.Id, V = v.Id });

    [Fact]
    public Task Q09_captured_string_list_with_null_and_count()
    {
        var names = new List<string?> { "x_3", null, "50%_off" };
        return Check(TestLake.ProblemLogs.Where(p => names.Contains(p.AnswerText)).Select(p => new { p.Id, N = names.Count }),
            ProblemLogs.Where(p => names.Contains(p.AnswerText)).Select(p => new { p.Id, N = names.Count }));
    }

    [Fact]
    public Task Q10_enum_casts_and_strings() =>
        Check(TestLake.ProblemLogs.Select(p => new { p.Id, I = (int?)p.FirstActionTypeId, S = p.FirstActionTypeId.ToString(), B = p.BottomHint == true ? 1 : 0, C = p.DiscreteScore ?? -1, D = p.BottomHint ?? false }),
            ProblemLogs.Select(p => new { p.Id, I = (int?)p.FirstActionTypeId, S = p.FirstActionTypeId.ToString(), B = p.BottomHint == true ? 1 : 0, C = p.DiscreteScore ?? -1, D = p.BottomHint ?? false }));

    [Fact]
    public Task Q12_group_order_by_count_take() =>
        Check((from p in TestLake.ProblemLogs
               group p by p.AnswerText into g
               orderby g.Count() descending, g.Key
               select new { g.Key, N = g.Count() }).Take(3),
              (from p in ProblemLogs
               group p by p.AnswerText into g
               orderby g.Count() descending, g.Key
               select new { g.Key, N = g.Count() }).Take(3), ordered: true);

    [Fact]
    public Task Q13_group_by_conditional_label() =>
        Check(from p in TestLake.ProblemLogs
              group p by (p.ContinuousScore >= 0.5 ? "high" : p.ContinuousScore != null ? "low" : null) into g
              select new { g.Key, N = g.Count(), H = g.Average(x => (double)x.HintCount) },
              from p in ProblemLogs
              group p by (p.ContinuousScore >= 0.5 ? "high" : p.ContinuousScore != null ? "low" : null) into g
              select new { g.Key, N = g.Count(), H = g.Average(x => (double)x.HintCount) });

    [Fact]
    public Task Q14_xref_navigation_both_sides() =>
        Check(TestLake.ProblemLogs.Where(p => p.AssignmentLog().User().BirthYear > 2009).Select(p => new { p.Id, p.AssignmentLog().User().Username, Y = p.AssignmentLog().User().BirthYear, N = p.AssignmentLog().ProblemLogs().Count() }),
            ProblemLogs.Where(p => Lookup.UserByXid(Lookup.Log(p).UserXid).BirthYear > 2009).Select(p => new { p.Id, Lookup.UserByXid(Lookup.Log(p).UserXid).Username, Y = Lookup.UserByXid(Lookup.Log(p).UserXid).BirthYear, N = ProblemLogs.Count(x => x.AssignmentLogId == p.AssignmentLogId) }));

    [Fact]
    public Task Q15_math_max_min_and_pow() =>
        Check(TestLake.ProblemLogs.Select(p => new { p.Id, Mx = Math.Max(p.HintCount, p.AttemptCount), Mn = Math.Min(p.HintCount - 3, 0), Pw = Math.Pow(p.HintCount, 2), Sq = Math.Sqrt(p.HintCount) }),
            ProblemLogs.Select(p => new { p.Id, Mx = Math.Max(p.HintCount, p.AttemptCount), Mn = Math.Min(p.HintCount - 3, 0), Pw = Math.Pow(p.HintCount, 2), Sq = Math.Sqrt(p.HintCount) }));

    [Fact]
    public Task Q16_nullable_arithmetic_and_comparison_chain() =>
        Check(TestLake.ProblemLogs.Select(p => new { p.Id, S = p.DiscreteScore + p.HintCount, R = p.FirstResponseTime / 1000.0, Q = p.FirstResponseTime / 3000, Lt = p.DiscreteScore < p.HintCount, Ne = p.ContinuousScore != p.DiscreteScore }),
            ProblemLogs.Select(p => new { p.Id, S = p.DiscreteScore + p.HintCount, R = p.FirstResponseTime / 1000.0, Q = p.FirstResponseTime / 3000, Lt = p.DiscreteScore < p.HintCount, Ne = p.ContinuousScore != p.DiscreteScore }));

    [Fact]
    public Task Q17_take_skip_in_subquery_and_element_at() =>
        Check(TestLake.AssignmentLogs.Select(a => new { a.Id, Second = a.ProblemLogs().OrderBy(p => p.Id).Skip(1).Select(p => (long?)p.Id).FirstOrDefault(), Cnt = a.ProblemLogs().Where(p => p.HintCount > 0).Take(3).Count() }),
            AssignmentLogs.Select(a => new { a.Id, Second = ProblemLogs.Where(p => p.AssignmentLogId == a.Id).OrderBy(p => p.Id).Skip(1).Select(p => (long?)p.Id).FirstOrDefault(), Cnt = ProblemLogs.Where(p => p.AssignmentLogId == a.Id).Where(p => p.HintCount > 0).Take(3).Count() }));

    [Fact]
    public Task Q18_distinct_then_count_via_query() =>
        Check(TestLake.Users.Select(u => new { u.Id, N = TestLake.ProblemLogs.AsSequence().Where(p => p.AssignmentLog().UserXid == u.Id + 100).Select(p => p.ProblemId).Distinct().Count() }),
            Users.Select(u => new { u.Id, N = ProblemLogs.Where(p => Lookup.Log(p).UserXid == u.Id + 100).Select(p => p.ProblemId).Distinct().Count() }));

    [Fact]
    public Task Q19_union_concat_and_except() =>
        Check(TestLake.ProblemLogs.Where(p => p.HintCount > 3).Select(p => p.AssignmentLogId).Union(TestLake.AssignmentLogs.Where(a => a.EndTime == null).Select(a => a.Id)),
            ProblemLogs.Where(p => p.HintCount > 3).Select(p => p.AssignmentLogId).Union(AssignmentLogs.Where(a => a.EndTime == null).Select(a => a.Id)));

    [Fact]
    public Task Q20_concat_keeps_duplicates() =>
        Check(TestLake.ProblemLogs.Where(p => p.HintCount > 3).Select(p => p.AssignmentLogId).Concat(TestLake.AssignmentLogs.Select(a => a.Id)),
            ProblemLogs.Where(p => p.HintCount > 3).Select(p => p.AssignmentLogId).Concat(AssignmentLogs.Select(a => a.Id)));

    [Fact]
    public Task Q21_except_intersect() =>
        Check(TestLake.AssignmentLogs.Select(a => a.Id).Except(TestLake.ProblemLogs.Select(p => p.AssignmentLogId)).Concat(TestLake.AssignmentLogs.Select(a => a.Id).Intersect(TestLake.ProblemLogs.Where(p => p.HintCount == 4).Select(p => p.AssignmentLogId))),
            AssignmentLogs.Select(a => a.Id).Except(ProblemLogs.Select(p => p.AssignmentLogId)).Concat(AssignmentLogs.Select(a => a.Id).Intersect(ProblemLogs.Where(p => p.HintCount == 4).Select(p => p.AssignmentLogId))));

    [Fact]
    public Task R01_left_join_aggregated_derived_table() =>
        Check(from a in TestLake.AssignmentLogs
              join s in (from p in TestLake.ProblemLogs group p by p.AssignmentLogId into g select new { g.Key, N = g.Count(), H = g.Average(x => x.ContinuousScore) }) on a.Id equals s.Key into ss
              from s in ss.DefaultIfEmpty()
              select new { a.Id, N = s == null ? 0 : s.N, H = s == null ? null : s.H },
              from a in AssignmentLogs
              join s in (from p in ProblemLogs group p by p.AssignmentLogId into g select new { g.Key, N = g.Count(), H = g.Average(x => x.ContinuousScore) }) on a.Id equals s.Key into ss
              from s in ss.DefaultIfEmpty()
              select new { a.Id, N = s == null ? 0 : s.N, H = s == null ? null : s.H });

    [Fact]
    public Task R02_composite_join_key_with_nullable_part() =>
        Check(from p in TestLake.ProblemLogs
              join s in TestLake.StudentActions on new { p.AssignmentLogId, Path = p.PathInfo } equals new { s.AssignmentLogId, s.Path }
              select new { P = p.Id, S = s.Id },
              from p in ProblemLogs
              join s in Actions on new { p.AssignmentLogId, Path = p.PathInfo } equals new { s.AssignmentLogId, s.Path }
              select new { P = p.Id, S = s.Id });

    [Fact]
    public Task R03_single_nullable_join_key() =>
        Check(from p in TestLake.ProblemLogs
              join s in TestLake.StudentActions on p.PathInfo equals s.Path
              select new { P = p.Id, S = s.Id },
              from p in ProblemLogs
              join s in Actions on p.PathInfo equals s.Path
              select new { P = p.Id, S = s.Id });

    [Fact]
    public Task R04_group_key_as_whole_anonymous_object() =>
        Check(from p in TestLake.ProblemLogs
              group p by new { p.AssignmentLogId, p.DiscreteScore } into g
              select new { g.Key, N = g.Count() },
              from p in ProblemLogs
              group p by new { p.AssignmentLogId, p.DiscreteScore } into g
              select new { g.Key, N = g.Count() });

    [Fact]
    public Task R05_group_by_element_selector_and_result_selector() =>
        Check(TestLake.ProblemLogs.GroupBy(p => p.ProblemId, p => p.HintCount).Select(g => new { g.Key, S = g.Sum(), M = g.Max(), A = g.Average() }),
            ProblemLogs.GroupBy(p => p.ProblemId, p => p.HintCount).Select(g => new { g.Key, S = g.Sum(), M = g.Max(), A = g.Average() }));

    [Fact]
    public Task R06_group_by_result_selector() =>
        Check(TestLake.ProblemLogs.GroupBy(p => p.ProblemId, (k, g) => new { K = k, N = g.Count(), H = g.Sum(x => x.HintCount) }),
            ProblemLogs.GroupBy(p => p.ProblemId, (k, g) => new { K = k, N = g.Count(), H = g.Sum(x => x.HintCount) }));

    [Fact]
    public Task R10_max_of_bool_and_enum() =>
        Check(from p in TestLake.ProblemLogs
              group p by p.AssignmentLogId into g
              select new { g.Key, B = g.Max(x => x.BottomHint), E = g.Max(x => x.FirstActionTypeId), S = g.Min(x => x.AnswerText), Z = g.Sum(x => x.ContinuousScore ?? 0) },
              from p in ProblemLogs
              group p by p.AssignmentLogId into g
              select new { g.Key, B = g.Max(x => x.BottomHint), E = g.Max(x => x.FirstActionTypeId), S = g.Min(x => x.AnswerText), Z = g.Sum(x => x.ContinuousScore ?? 0) });

    [Fact]
    public Task R12_skip_without_order_and_take_zero() =>
        Check(TestLake.ProblemLogs.OrderBy(p => p.StartTime).Skip(20).Select(p => p.Id).Concat(TestLake.ProblemLogs.Take(0).Select(p => p.Id)),
            ProblemLogs.OrderBy(p => p.StartTime).Skip(20).Select(p => p.Id).Concat(ProblemLogs.Take(0).Select(p => p.Id)));

    [Fact]
    public Task R13_group_join_with_where_and_any() =>
        Check(from a in TestLake.AssignmentLogs
              join p in TestLake.ProblemLogs on a.Id equals p.AssignmentLogId into ps
              where !ps.Any(p => p.HintCount > 3)
              select new { a.Id, N = ps.Where(p => p.DiscreteScore == 1).Count(), F = ps.OrderBy(p => p.Id).Select(p => p.AnswerText).FirstOrDefault() },
              from a in AssignmentLogs
              join p in ProblemLogs on a.Id equals p.AssignmentLogId into ps
              where !ps.Any(p => p.HintCount > 3)
              select new { a.Id, N = ps.Where(p => p.DiscreteScore == 1).Count(), F = ps.OrderBy(p => p.Id).Select(p => p.AnswerText).FirstOrDefault() });

    [Fact]
    public Task R14_left_join_then_group_having_outer_nullable() =>
        Check(from a in TestLake.AssignmentLogs
              join p in TestLake.ProblemLogs on a.Id equals p.AssignmentLogId into ps
              from p in ps.DefaultIfEmpty()
              group new { a, p } by a.UserXid into g
              where g.Max(x => x.p == null ? null : x.p.ContinuousScore) > 0.5 || g.Count(x => x.p == null) > 0
              select new { g.Key, N = g.Count(x => x.p != null), Mx = g.Max(x => x.p == null ? null : x.p.ContinuousScore) },
              from a in AssignmentLogs
              join p in ProblemLogs on a.Id equals p.AssignmentLogId into ps
              from p in ps.DefaultIfEmpty()
              group new { a, p } by a.UserXid into g
              where g.Max(x => x.p == null ? null : x.p.ContinuousScore) > 0.5 || g.Count(x => x.p == null) > 0
              select new { g.Key, N = g.Count(x => x.p != null), Mx = g.Max(x => x.p == null ? null : x.p.ContinuousScore) });

    [Fact]
    public Task R15_left_join_navigation_on_right() =>
        Check(from u in TestLake.Users
              join a in TestLake.AssignmentLogs on u.Id + 100 equals a.UserXid into logs
              from a in logs.DefaultIfEmpty()
              select new { u.Id, A = a == null ? (long?)null : a.Id, N = a == null ? 0 : a.ProblemLogs().Count() },
              from u in Users
              join a in AssignmentLogs on u.Id + 100 equals a.UserXid into logs
              from a in logs.DefaultIfEmpty()
              select new { u.Id, A = a == null ? (long?)null : a.Id, N = a == null ? 0 : ProblemLogs.Count(p => p.AssignmentLogId == a.Id) });

    [Fact]
    public Task R16_captured_utc_date() =>
        Check(TestLake.ProblemLogs.Where(p => p.StartTime < new DateTime(2024, 9, 20, 0, 0, 0, DateTimeKind.Utc)).Select(p => p.Id),
            ProblemLogs.Where(p => p.StartTime < new DateTime(2024, 9, 20, 0, 0, 0, DateTimeKind.Utc)).Select(p => p.Id));

    [Fact]
    public Task R17_count_equals_zero_and_ordering_by_length() =>
        Check(TestLake.AssignmentLogs.Where(a => a.ProblemLogs().Count(p => p.HintCount > 3) == 0).OrderBy(a => a.Id).Select(a => a.Id),
            AssignmentLogs.Where(a => ProblemLogs.Count(p => p.AssignmentLogId == a.Id && p.HintCount > 3) == 0).OrderBy(a => a.Id).Select(a => a.Id), ordered: true);

    [Fact]
    public Task S01_trim_whitespace_kinds() =>
        Check(TestLake.ProblemLogs.Where(p => p.AnswerText != null).Select(p => new { p.Id, T = ("\t" + p.AnswerText + " \n").Trim(), U = (" " + p.AnswerText + "  ").Trim() }),
            ProblemLogs.Where(p => p.AnswerText != null).Select(p => new { p.Id, T = ("\t" + p.AnswerText + " \n").Trim(), U = (" " + p.AnswerText + "  ").Trim() }));

    [Fact]
    public Task S04_local_date_shift_and_computed_add() =>
        Check(TestLake.ProblemLogs.Select(p => new { p.Id, D = p.StartTime.AddHours(-4).Date, A = p.StartTime.AddDays(p.HintCount), S = p.StartTime.AddSeconds(-30), Ym = p.StartTime.Year * 100 + p.StartTime.Month }),
            ProblemLogs.Select(p => new { p.Id, D = p.StartTime.AddHours(-4).Date, A = p.StartTime.AddDays(p.HintCount), S = p.StartTime.AddSeconds(-30), Ym = p.StartTime.Year * 100 + p.StartTime.Month }));

    [Fact]
    public Task S05_nullable_bool_aggregates() =>
        Check(from p in TestLake.ProblemLogs
              group p by p.ProblemId into g
              select new { g.Key, F = g.Count(x => x.BottomHint == false), N = g.Count(x => !(x.BottomHint ?? false)), A = g.Average(x => x.BottomHint == true ? 1.0 : 0.0), R = g.Sum(x => x.ContinuousScore) / g.Count(), C = g.Where(x => x.HintCount > 0).Average(x => (double?)x.ContinuousScore), Z = g.Average(x => (double?)x.DiscreteScore) ?? 0 },
              from p in ProblemLogs
              group p by p.ProblemId into g
              select new { g.Key, F = g.Count(x => x.BottomHint == false), N = g.Count(x => !(x.BottomHint ?? false)), A = g.Average(x => x.BottomHint == true ? 1.0 : 0.0), R = g.Sum(x => x.ContinuousScore) / g.Count(), C = g.Where(x => x.HintCount > 0).Average(x => (double?)x.ContinuousScore), Z = g.Average(x => (double?)x.DiscreteScore) ?? 0 });

    [Fact]
    public Task S06_round_digits_edges() =>
        Check(TestLake.ProblemLogs.Select(p => new { p.Id, R = Math.Round(p.HintCount * 0.125 - 0.5, 2, MidpointRounding.AwayFromZero), R0 = Math.Round(p.HintCount / 2.0 - 1, MidpointRounding.AwayFromZero), Rn = Math.Round((double)(p.FirstResponseTime ?? 0) / 3, 1, MidpointRounding.AwayFromZero) }),
            ProblemLogs.Select(p => new { p.Id, R = Math.Round(p.HintCount * 0.125 - 0.5, 2, MidpointRounding.AwayFromZero), R0 = Math.Round(p.HintCount / 2.0 - 1, MidpointRounding.AwayFromZero), Rn = Math.Round((double)(p.FirstResponseTime ?? 0) / 3, 1, MidpointRounding.AwayFromZero) }));

    [Fact]
    public Task S08_round_toward_zero() =>
        Check(TestLake.ProblemLogs.Select(p => new { p.Id, R = Math.Round((p.HintCount - 3) / 2.0, MidpointRounding.ToZero), F = Math.Round((p.HintCount - 3) / 2.0, MidpointRounding.ToNegativeInfinity) }),
            ProblemLogs.Select(p => new { p.Id, R = Math.Round((p.HintCount - 3) / 2.0, MidpointRounding.ToZero), F = Math.Round((p.HintCount - 3) / 2.0, MidpointRounding.ToNegativeInfinity) }));

    [Fact]
    public Task S09_int_average_of_long_and_sum_of_long() =>
        Check(from p in TestLake.ProblemLogs
              group p by p.ProblemId into g
              select new { g.Key, A = g.Average(x => x.FirstResponseTime), S = g.Sum(x => x.FirstResponseTime), L = g.Sum(x => (long)x.HintCount), M = g.Average(x => x.Id) },
              from p in ProblemLogs
              group p by p.ProblemId into g
              select new { g.Key, A = g.Average(x => x.FirstResponseTime), S = g.Sum(x => x.FirstResponseTime), L = g.Sum(x => (long)x.HintCount), M = g.Average(x => x.Id) });

    [Fact]
    public Task S10_float_and_short_types() =>
        Check(TestLake.ProblemLogs.Select(p => new { p.Id, F = (float)p.HintCount / 3f, S = (short)p.HintCount, B = (byte)p.AttemptCount }),
            ProblemLogs.Select(p => new { p.Id, F = (float)p.HintCount / 3f, S = (short)p.HintCount, B = (byte)p.AttemptCount }));
}
