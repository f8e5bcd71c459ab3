using Assist.Query.Tests.Execution.Differential;
using Xunit;
using static Assist.Query.Tests.Execution.Differential.SeedData;

using Assist.Query.Tests.Model;

namespace Assist.Query.Tests.Correctness;

/// <summary>Researcher-style queries, part 2: aggregates of strings, dates and nullable values, joins, subqueries, windows.</summary>
public class ResearcherQueryTests1b(DifferentialFixture fixture) : IClassFixture<DifferentialFixture>
{
    private Task Check<T>(Query<T> query, IEnumerable<T> expected, bool ordered = false) => CorrectnessCheck.Same(fixture, query, expected, ordered);

    private static long StudentOf(ProblemLog p) => Lookup.Log(p).UserXid;

    [Fact]
    public Task Q26_min_max_of_strings_and_dates_per_group() =>
        Check(from p in TestLake.ProblemLogs
              group p by p.AssignmentLogId into g
              select new { g.Key, First = g.Min(x => x.StartTime), LastEnd = g.Max(x => x.EndTime), MinAnswer = g.Min(x => x.AnswerText), MaxPath = g.Max(x => x.PathInfo) },
              from p in ProblemLogs
              group p by p.AssignmentLogId into g
              select new
              {
                  g.Key,
                  First = g.Min(x => x.StartTime),
                  LastEnd = g.Max(x => x.EndTime),
                  MinAnswer = g.Select(x => x.AnswerText).Where(s => s != null).OrderBy(s => s, StringComparer.Ordinal).FirstOrDefault(),
                  MaxPath = g.Select(x => x.PathInfo).Where(s => s != null).OrderByDescending(s => s, StringComparer.Ordinal).FirstOrDefault(),
              });

    [Fact]
    public Task Q27_average_of_int_and_nullable_int() =>
        Check(from p in TestLake.ProblemLogs
              group p by p.ProblemId into g
              select new { g.Key, A = g.Average(x => x.HintCount), D = g.Average(x => x.DiscreteScore), Mean = g.Sum(x => x.HintCount) / g.Count() },
              from p in ProblemLogs
              group p by p.ProblemId into g
              select new { g.Key, A = g.Average(x => x.HintCount), D = g.Average(x => x.DiscreteScore), Mean = g.Sum(x => x.HintCount) / g.Count() });

    [Fact]
    public Task Q28_sum_and_max_of_nullable_columns() =>
        Check(from p in TestLake.ProblemLogs
              group p by p.AssignmentLogId into g
              select new { g.Key, Ms = g.Sum(x => x.FirstResponseTime), Score = g.Sum(x => x.ContinuousScore), MaxScore = g.Max(x => x.DiscreteScore), NullsOnly = g.Where(x => x.EndTime == null).Max(x => x.DiscreteScore) },
              from p in ProblemLogs
              group p by p.AssignmentLogId into g
              select new { g.Key, Ms = g.Sum(x => x.FirstResponseTime), Score = g.Sum(x => x.ContinuousScore), MaxScore = g.Max(x => x.DiscreteScore), NullsOnly = g.Where(x => x.EndTime == null).Max(x => x.DiscreteScore) });

    [Fact]
    public Task Q29_distinct_count_of_nullable_values() =>
        Check(from p in TestLake.ProblemLogs
              group p by p.AssignmentLogId into g
              select new { g.Key, Scores = g.Select(x => x.DiscreteScore).Distinct().Count(), Answers = g.Select(x => x.AnswerText).Distinct().Count() },
              from p in ProblemLogs
              group p by p.AssignmentLogId into g
              select new { g.Key, Scores = g.Select(x => x.DiscreteScore).Distinct().Count(), Answers = g.Select(x => x.AnswerText).Distinct().Count() });

    [Fact]
    public Task Q30_group_by_ternary_label() =>
        Check(from p in TestLake.ProblemLogs
              group p by p.HintCount > 2 ? "high" : p.HintCount > 0 ? "some" : "none" into g
              select new { Level = g.Key, N = g.Count(), Correct = g.Count(x => x.DiscreteScore == 1) },
              from p in ProblemLogs
              group p by p.HintCount > 2 ? "high" : p.HintCount > 0 ? "some" : "none" into g
              select new { Level = g.Key, N = g.Count(), Correct = g.Count(x => x.DiscreteScore == 1) });

    [Fact]
    public Task Q31_join_on_composite_key() =>
        Check(from p in TestLake.ProblemLogs
              join a in TestLake.StudentActions on new { p.AssignmentLogId, P = p.ProblemId } equals new { a.AssignmentLogId, P = a.ProblemId ?? 0 }
              select new { p.Id, Action = a.Id },
              from p in ProblemLogs
              join a in Actions on new { p.AssignmentLogId, P = p.ProblemId } equals new { a.AssignmentLogId, P = a.ProblemId ?? 0 }
              select new { p.Id, Action = a.Id });

    [Fact]
    public Task Q32_group_join_with_aggregates_and_any() =>
        Check(from a in TestLake.AssignmentLogs
              join p in TestLake.ProblemLogs on a.Id equals p.AssignmentLogId into ps
              select new { a.Id, Any = ps.Any(), Hints = ps.Where(x => x.HintCount > 1).Count(), Max = ps.Max(x => (int?)x.AttemptCount) },
              from a in AssignmentLogs
              join p in ProblemLogs on a.Id equals p.AssignmentLogId into ps
              select new { a.Id, Any = ps.Any(), Hints = ps.Where(x => x.HintCount > 1).Count(), Max = ps.Max(x => (int?)x.AttemptCount) });

    [Fact]
    public Task Q33_interpolation_with_navigation_and_enum() =>
        Check(TestLake.ProblemLogs.Select(p => new { p.Id, Label = $"{p.AssignmentLog().UserXid}-{p.ProblemId}: {p.FirstActionTypeId}" }),
            ProblemLogs.Select(p => new { p.Id, Label = $"{StudentOf(p)}-{p.ProblemId}: {p.FirstActionTypeId}" }));

    [Fact]
    public Task Q34_modulo_and_division_of_negative_differences() =>
        Check(TestLake.ProblemLogs.Select(p => new { p.Id, M = (p.HintCount - p.AttemptCount) % 2, Q = (p.HintCount - p.AttemptCount * 2) / 3, L = (p.Id - 20) / 7 % 3 }),
            ProblemLogs.Select(p => new { p.Id, M = (p.HintCount - p.AttemptCount) % 2, Q = (p.HintCount - p.AttemptCount * 2) / 3, L = (p.Id - 20) / 7 % 3 }));

    [Fact]
    public Task Q35_max_of_two_nullable_coalesced() =>
        Check(TestLake.ProblemLogs.Select(p => new { p.Id, M = Math.Max(p.DiscreteScore ?? 0, p.HintCount), Mn = Math.Min(p.ContinuousScore ?? 1.0, 0.5), A = Math.Abs(p.ContinuousScore ?? 0 - 0.5) }),
            ProblemLogs.Select(p => new { p.Id, M = Math.Max(p.DiscreteScore ?? 0, p.HintCount), Mn = Math.Min(p.ContinuousScore ?? 1.0, 0.5), A = Math.Abs(p.ContinuousScore ?? 0 - 0.5) }));

    [Fact]
    public Task Q36_subquery_in_select_with_take() =>
        Check(TestLake.AssignmentLogs.Select(a => new { a.Id, Top = a.ProblemLogs().OrderByDescending(p => p.HintCount).ThenBy(p => p.Id).Select(p => (long?)p.Id).FirstOrDefault() }),
            AssignmentLogs.Select(a => new { a.Id, Top = ProblemLogs.Where(p => p.AssignmentLogId == a.Id).OrderByDescending(p => p.HintCount).ThenBy(p => p.Id).Select(p => (long?)p.Id).FirstOrDefault() }));

    [Fact]
    public Task Q37_students_with_no_problem_logs() =>
        Check(TestLake.AssignmentLogs.Where(a => !TestLake.ProblemLogs.AsSequence().Any(p => p.AssignmentLogId == a.Id)).Select(a => a.Id),
            AssignmentLogs.Where(a => !ProblemLogs.Any(p => p.AssignmentLogId == a.Id)).Select(a => a.Id));

    [Fact]
    public Task Q38_running_sum_and_count_window() =>
        Check(TestLake.ProblemLogs.Select(p => new
        {
            p.Id,
            Cum = Window.Sum(p.DiscreteScore ?? 0, Window.PartitionBy(p.AssignmentLogId).OrderBy(p.StartTime).ThenBy(p.Id).Rows(null, 0)),
            Opp = Window.RowNumber(Window.PartitionBy(p.AssignmentLog().UserXid, p.ProblemId).OrderBy(p.StartTime).ThenBy(p.Id)),
        }),
        ProblemLogs.Select(p => new
        {
            p.Id,
            Cum = (long)ProblemLogs.Where(o => o.AssignmentLogId == p.AssignmentLogId && (o.StartTime < p.StartTime || (o.StartTime == p.StartTime && o.Id <= p.Id))).Sum(o => o.DiscreteScore ?? 0),
            Opp = (long)ProblemLogs.Count(o => StudentOf(o) == StudentOf(p) && o.ProblemId == p.ProblemId && (o.StartTime < p.StartTime || (o.StartTime == p.StartTime && o.Id <= p.Id))),
        }));

    [Fact]
    public Task Q39_date_grouping_by_day_with_add_days() =>
        Check(from p in TestLake.ProblemLogs
              group p by p.StartTime.Date into g
              select new { Day = g.Key, Next = g.Key.AddDays(1), N = g.Count() },
              from p in ProblemLogs
              group p by p.StartTime.Date into g
              select new { Day = g.Key, Next = g.Key.AddDays(1), N = g.Count() });

    [Fact]
    public Task Q40_nullable_bool_column_filters() =>
        Check(TestLake.StudentActions.Where(a => a.Correct == false || a.Correct == null).Select(a => new { a.Id, Right = a.Correct ?? false, Wrong = a.Correct != true }),
            Actions.Where(a => a.Correct == false || a.Correct == null).Select(a => new { a.Id, Right = a.Correct ?? false, Wrong = a.Correct != true }));

    [Fact]
    public Task Q41_where_on_aggregate_order_by_aggregate_desc_take() =>
        Check((from p in TestLake.ProblemLogs
               group p by p.ProblemId into g
               where g.Average(x => x.AttemptCount) > 1
               orderby g.Sum(x => x.HintCount) descending, g.Key
               select new { g.Key, H = g.Sum(x => x.HintCount) }).Take(2),
              (from p in ProblemLogs
               group p by p.ProblemId into g
               where g.Average(x => x.AttemptCount) > 1
               orderby g.Sum(x => x.HintCount) descending, g.Key
               select new { g.Key, H = g.Sum(x => x.HintCount) }).Take(2), ordered: true);

    [Fact]
    public Task Q42_contains_of_subquery_ids() =>
        Check(from u in TestLake.Users
              where TestLake.AssignmentLogs.Where(a => a.ContinuousScore >= 0.5).Select(a => a.User().Id).AsSequence().Contains(u.Id)
              select new { u.Id, u.Username },
              from u in Users
              where AssignmentLogs.Where(a => a.ContinuousScore >= 0.5).Select(a => Lookup.UserByXid(a.UserXid).Id).Contains(u.Id)
              select new { u.Id, u.Username });

    [Fact]
    public Task Q43_birth_year_age_and_null_arithmetic() =>
        Check(TestLake.Users.Select(u => new { u.Id, Age = 2024 - u.BirthYear, Older = u.BirthYear < 2010, Account = u.Created.HasValue ? (Day0 - u.Created.Value).TotalDays : -1 }),
            Users.Select(u => new { u.Id, Age = 2024 - u.BirthYear, Older = u.BirthYear < 2010, Account = u.Created.HasValue ? (Day0 - u.Created.Value).TotalDays : -1 }));

    [Fact]
    public Task Q44_session_duration_per_student_in_minutes() =>
        Check(from a in TestLake.AssignmentLogs
              where a.EndTime != null
              group a by a.UserXid into g
              select new { g.Key, Minutes = g.Sum(a => (a.EndTime!.Value - a.StartTime).TotalMinutes), Longest = g.Max(a => (a.EndTime!.Value - a.StartTime).TotalHours) },
              from a in AssignmentLogs
              where a.EndTime != null
              group a by a.UserXid into g
              select new { g.Key, Minutes = g.Sum(a => (a.EndTime!.Value - a.StartTime).TotalMinutes), Longest = g.Max(a => (a.EndTime!.Value - a.StartTime).TotalHours) });

    [Fact]
    public Task Q45_string_equality_ignore_case_and_trim_length() =>
        Check(TestLake.Users.Where(u => u.Username != null && u.Username.Trim().Length > 14).Select(u => new { u.Id, Domain = u.Username!.Substring(u.Username.IndexOf("@") + 1) }),
            Users.Where(u => u.Username != null && u.Username.Trim().Length > 14).Select(u => new { u.Id, Domain = u.Username!.Substring(u.Username.IndexOf('@', StringComparison.Ordinal) + 1) }));

    [Fact]
    public Task Q46_count_of_navigation_in_select_with_filter() =>
        Check(TestLake.Users.Select(u => new { u.Id, Logs = TestLake.AssignmentLogs.AsSequence().Count(a => a.User().Id == u.Id) }),
            Users.Select(u => new { u.Id, Logs = AssignmentLogs.Count(a => Lookup.UserByXid(a.UserXid).Id == u.Id) }));

    [Fact]
    public Task Q47_lead_next_score_and_difference() =>
        Check(TestLake.ProblemLogs.Select(p => new
        {
            p.Id,
            Next = Window.Lead(p.ContinuousScore, 1, Window.PartitionBy(p.AssignmentLogId).OrderBy(p.Id)),
        }).Select(x => new { x.Id, x.Next, Has = x.Next.HasValue }),
        ProblemLogs.Select(p => new
        {
            p.Id,
            Next = ProblemLogs.Where(o => o.AssignmentLogId == p.AssignmentLogId && o.Id > p.Id).OrderBy(o => o.Id).Select(o => o.ContinuousScore).FirstOrDefault(),
        }).Select(x => new { x.Id, x.Next, Has = x.Next.HasValue }));

    [Fact]
    public Task Q48_intersect_students_across_assignments() =>
        Check(TestLake.AssignmentLogs.Where(a => a.AssignmentXid == 310).Select(a => a.UserXid).Intersect(TestLake.AssignmentLogs.Where(a => a.AssignmentXid == 312).Select(a => a.UserXid)),
            AssignmentLogs.Where(a => a.AssignmentXid == 310).Select(a => a.UserXid).Intersect(AssignmentLogs.Where(a => a.AssignmentXid == 312).Select(a => a.UserXid)));

    [Fact]
    public Task Q49_compare_enum_with_int_cast_and_in_list() =>
        Check(TestLake.Problems.Where(p => (int)p.ProblemTypeId == 1 || p.ProblemTypeId == (ProblemType)8).Select(p => new { p.Id, T = (int)p.ProblemTypeId, N = p.Name ?? "?" }),
            Problems.Where(p => (int)p.ProblemTypeId == 1 || p.ProblemTypeId == (ProblemType)8).Select(p => new { p.Id, T = (int)p.ProblemTypeId, N = p.Name ?? "?" }));

    [Fact]
    public Task Q50_select_many_navigation_with_filter_and_group() =>
        Check(from a in TestLake.AssignmentLogs
              from p in a.ProblemLogs()
              where p.HintCount > 0
              group p by a.UserXid into g
              select new { g.Key, N = g.Count(), AvgHint = g.Average(x => (double)x.HintCount) },
              from a in AssignmentLogs
              from p in ProblemLogs.Where(p => p.AssignmentLogId == a.Id)
              where p.HintCount > 0
              group p by a.UserXid into g
              select new { g.Key, N = g.Count(), AvgHint = g.Average(x => (double)x.HintCount) });
}
