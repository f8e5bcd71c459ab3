using Assist.Query.Tests.Execution.Differential;
using Xunit;
using static Assist.Query.Tests.Execution.Differential.SeedData;

using Assist.Query.Tests.Model;

namespace Assist.Query.Tests.Correctness;

/// <summary>
/// Queries written the way a researcher writes them (the papers' per-student measures, trajectories, sessions), each
/// run on DuckDB against LINQ-to-Objects over the seed rows, with the Trino and Athena text parsed by the grammar.
/// </summary>
public class ResearcherQueryTests(DifferentialFixture fixture) : IClassFixture<DifferentialFixture>
{
    private Task Check<T>(Query<T> query, IEnumerable<T> expected, bool ordered = false) => CorrectnessCheck.Same(fixture, query, expected, ordered);

    private static long StudentOf(ProblemLog p) => Lookup.Log(p).UserXid;

    [Fact]
    public Task Q01_group_by_student_and_problem_with_average_attempts() =>
        Check(from p in TestLake.ProblemLogs
              group p by new { Student = p.AssignmentLog().UserXid, p.ProblemId } into g
              select new { g.Key.Student, g.Key.ProblemId, N = g.Count(), Attempts = g.Average(x => x.AttemptCount) },
              from p in ProblemLogs
              group p by new { Student = StudentOf(p), p.ProblemId } into g
              select new { g.Key.Student, g.Key.ProblemId, N = g.Count(), Attempts = g.Average(x => x.AttemptCount) });

    [Fact]
    public Task Q02_nested_aggregate_average_of_per_log_counts() =>
        Check(from x in from p in TestLake.ProblemLogs
                        group p by p.AssignmentLogId into g
                        select new { Log = g.Key, N = g.Count(), Hints = g.Sum(y => y.HintCount) }
              group x by x.N > 5 into h
              select new { Big = h.Key, Logs = h.Count(), MeanHints = h.Average(y => y.Hints) },
              from x in from p in ProblemLogs
                        group p by p.AssignmentLogId into g
                        select new { Log = g.Key, N = g.Count(), Hints = g.Sum(y => y.HintCount) }
              group x by x.N > 5 into h
              select new { Big = h.Key, Logs = h.Count(), MeanHints = h.Average(y => y.Hints) });

    [Fact]
    public Task Q03_conditional_aggregates_with_ternaries() =>
        Check(from p in TestLake.ProblemLogs
              group p by p.AssignmentLogId into g
              select new
              {
                  g.Key,
                  Correct = g.Sum(x => x.DiscreteScore == 1 ? 1 : 0),
                  BottomRate = g.Average(x => x.BottomHint == true ? 1.0 : 0.0),
                  Pct = 100.0 * g.Count(x => x.DiscreteScore == 1) / g.Count(),
                  Ratio = (double)g.Sum(x => x.HintCount) / g.Count(),
              },
              from p in ProblemLogs
              group p by p.AssignmentLogId into g
              select new
              {
                  g.Key,
                  Correct = g.Sum(x => x.DiscreteScore == 1 ? 1 : 0),
                  BottomRate = g.Average(x => x.BottomHint == true ? 1.0 : 0.0),
                  Pct = 100.0 * g.Count(x => x.DiscreteScore == 1) / g.Count(),
                  Ratio = (double)g.Sum(x => x.HintCount) / g.Count(),
              });

    [Fact]
    public Task Q04_let_with_duration_and_filter() =>
        Check(from p in TestLake.ProblemLogs
              where p.EndTime.HasValue
              let minutes = (p.EndTime!.Value - p.StartTime).TotalMinutes
              where minutes > 10
              select new { p.Id, Minutes = Math.Round(minutes, 2, MidpointRounding.AwayFromZero) },
              from p in ProblemLogs
              where p.EndTime.HasValue
              let minutes = (p.EndTime!.Value - p.StartTime).TotalMinutes
              where minutes > 10
              select new { p.Id, Minutes = Math.Round(minutes, 2, MidpointRounding.AwayFromZero) });

    [Fact]
    public Task Q05_left_join_users_teacher_settings() =>
        Check(from u in TestLake.Users
              join t in TestLake.TeacherSettings on u.Id equals t.TeacherId into ts
              from t in ts.DefaultIfEmpty()
              select new { u.Id, School = t == null ? "none" : t.SchoolName ?? "unknown" },
              from u in Users
              join t in TeacherSettings on u.Id equals t.TeacherId into ts
              from t in ts.DefaultIfEmpty()
              select new { u.Id, School = t == null ? "none" : t.SchoolName ?? "unknown" });

    [Fact]
    public Task Q06_navigation_any_all_count_in_where() =>
        Check(TestLake.AssignmentLogs.Where(a => a.ProblemLogs().Count() >= 6 && a.ProblemLogs().Any(p => p.BottomHint == true) && !a.ProblemLogs().All(p => p.HintCount > 0))
                .Select(a => a.Id),
            AssignmentLogs.Where(a => ProblemLogs.Count(p => p.AssignmentLogId == a.Id) >= 6 && ProblemLogs.Any(p => p.AssignmentLogId == a.Id && p.BottomHint == true)
                && !ProblemLogs.Where(p => p.AssignmentLogId == a.Id).All(p => p.HintCount > 0)).Select(a => a.Id));

    [Fact]
    public Task Q07_captured_string_list_contains()
    {
        var answers = new List<string> { "x_0", "x_3", "50%_off" };
        return Check(TestLake.ProblemLogs.Where(p => answers.Contains(p.AnswerText!)).Select(p => p.Id),
            ProblemLogs.Where(p => answers.Contains(p.AnswerText!)).Select(p => p.Id));
    }

    [Fact]
    public async Task Q08_distinct_students_count()
    {
        var n = await TestLake.ProblemLogs.Select(p => p.AssignmentLog().UserXid).Distinct().CountAsync(fixture.Database.Connection);
        Assert.Equal(ProblemLogs.Select(StudentOf).Distinct().Count(), n);
    }

    [Fact]
    public Task Q09_top_students_by_hints_then_id_skip_take() =>
        Check((from p in TestLake.ProblemLogs
               group p by p.AssignmentLog().UserXid into g
               select new { Student = g.Key, Hints = g.Sum(x => x.HintCount) })
              .OrderByDescending(x => x.Hints).ThenBy(x => x.Student).Skip(1).Take(2),
              (from p in ProblemLogs
               group p by StudentOf(p) into g
               select new { Student = g.Key, Hints = g.Sum(x => x.HintCount) })
              .OrderByDescending(x => x.Hints).ThenBy(x => x.Student).Skip(1).Take(2), ordered: true);

    [Fact]
    public Task Q10_string_functions_with_computed_positions() =>
        Check(TestLake.ProblemLogs.Where(p => p.PathInfo != null && p.PathInfo.Length > 6).Select(p => new
        {
            p.Id,
            Head = p.PathInfo!.Substring(0, p.PathInfo.IndexOf("/")),
            Tail = p.PathInfo.Substring(p.PathInfo.IndexOf("#") + 1),
            Up = p.PathInfo.ToUpper().Trim(),
            Empty = string.IsNullOrEmpty(p.AnswerText),
        }),
        ProblemLogs.Where(p => p.PathInfo != null && p.PathInfo.Length > 6).Select(p => new
        {
            p.Id,
            Head = p.PathInfo!.Substring(0, p.PathInfo.IndexOf('/', StringComparison.Ordinal)),
            Tail = p.PathInfo.Substring(p.PathInfo.IndexOf('#', StringComparison.Ordinal) + 1),
            Up = p.PathInfo.ToUpperInvariant().Trim(),
            Empty = string.IsNullOrEmpty(p.AnswerText),
        }));

    [Fact]
    public Task Q11_lower_contains_and_starts_with_column() =>
        Check(TestLake.ProblemLogs.Where(p => p.AnswerText != null && (p.AnswerText.ToLower().Contains("off") || p.AnswerText.StartsWith("X_"))).Select(p => p.Id),
            ProblemLogs.Where(p => p.AnswerText != null && (p.AnswerText.ToLowerInvariant().Contains("off", StringComparison.Ordinal) || p.AnswerText.StartsWith("X_", StringComparison.Ordinal))).Select(p => p.Id));

    [Fact]
    public Task Q12_monthly_trajectory_group_by_year_month() =>
        Check(from p in TestLake.ProblemLogs
              group p by new { p.StartTime.Year, p.StartTime.Month } into g
              orderby g.Key.Year, g.Key.Month
              select new { g.Key.Year, g.Key.Month, Correct = g.Average(x => (double?)x.DiscreteScore), Students = g.Select(x => x.AssignmentLog().UserXid).Distinct().Count() },
              from p in ProblemLogs
              group p by new { p.StartTime.Year, p.StartTime.Month } into g
              orderby g.Key.Year, g.Key.Month
              select new { g.Key.Year, g.Key.Month, Correct = g.Average(x => (double?)x.DiscreteScore), Students = g.Select(StudentOf).Distinct().Count() }, ordered: true);

    [Fact]
    public Task Q13_add_days_compared_with_column_of_navigation() =>
        Check(TestLake.ProblemLogs.Where(p => p.StartTime > p.AssignmentLog().StartTime.AddDays(10)).Select(p => p.Id),
            ProblemLogs.Where(p => p.StartTime > Lookup.Log(p).StartTime.AddDays(10)).Select(p => p.Id));

    [Fact]
    public Task Q14_weekend_work() =>
        Check(TestLake.ProblemLogs.Where(p => p.StartTime.DayOfWeek == DayOfWeek.Saturday || p.StartTime.DayOfWeek == DayOfWeek.Sunday).Select(p => new { p.Id, p.StartTime.DayOfWeek }),
            ProblemLogs.Where(p => p.StartTime.DayOfWeek == DayOfWeek.Saturday || p.StartTime.DayOfWeek == DayOfWeek.Sunday).Select(p => new { p.Id, p.StartTime.DayOfWeek }));

    [Fact]
    public Task Q15_days_since_assignment_start() =>
        Check(TestLake.ProblemLogs.Select(p => new { p.Id, Days = (p.StartTime - p.AssignmentLog().StartTime).TotalDays, Whole = (int)(p.StartTime - p.AssignmentLog().StartTime).TotalDays }),
            ProblemLogs.Select(p => new { p.Id, Days = (p.StartTime - Lookup.Log(p).StartTime).TotalDays, Whole = (int)(p.StartTime - Lookup.Log(p).StartTime).TotalDays }));

    [Fact]
    public Task Q16_math_pow_sqrt_log_exp_sign() =>
        Check(TestLake.ProblemLogs.Select(p => new
        {
            p.Id,
            P = Math.Pow(p.HintCount, 2),
            S = Math.Sqrt(p.AttemptCount),
            L = Math.Log(p.AttemptCount + 1),
            L10 = Math.Log10(p.AttemptCount * 10),
            E = Math.Exp(p.HintCount / 10.0),
            Sg = Math.Sign(p.HintCount - 2),
        }),
        ProblemLogs.Select(p => new
        {
            p.Id,
            P = Math.Pow(p.HintCount, 2),
            S = Math.Sqrt(p.AttemptCount),
            L = Math.Log(p.AttemptCount + 1),
            L10 = Math.Log10(p.AttemptCount * 10),
            E = Math.Exp(p.HintCount / 10.0),
            Sg = Math.Sign(p.HintCount - 2),
        }));

    [Fact]
    public Task Q17_nullable_ternary_and_get_value_or_default() =>
        Check(TestLake.ProblemLogs.Select(p => new
        {
            p.Id,
            Ten = p.DiscreteScore.HasValue ? p.DiscreteScore.Value * 10 : (int?)null,
            D = p.DiscreteScore.GetValueOrDefault(),
            D5 = p.DiscreteScore.GetValueOrDefault(5),
            B = p.BottomHint.GetValueOrDefault(),
            Ms = p.FirstResponseTime ?? 0L,
        }),
        ProblemLogs.Select(p => new
        {
            p.Id,
            Ten = p.DiscreteScore.HasValue ? p.DiscreteScore.Value * 10 : (int?)null,
            D = p.DiscreteScore.GetValueOrDefault(),
            D5 = p.DiscreteScore.GetValueOrDefault(5),
            B = p.BottomHint.GetValueOrDefault(),
            Ms = p.FirstResponseTime ?? 0L,
        }));

    [Fact]
    public Task Q18_casts_decimal_long_int_enum() =>
        Check(TestLake.ProblemLogs.Select(p => new
        {
            p.Id,
            Dec = (decimal)p.HintCount / 4m,
            L = (long)(p.ContinuousScore ?? -1.5),
            E = (int?)p.FirstActionTypeId,
            Seconds = (p.FirstResponseTime ?? 0) / 1000.0,
        }),
        ProblemLogs.Select(p => new
        {
            p.Id,
            Dec = (decimal)p.HintCount / 4m,
            L = (long)(p.ContinuousScore ?? -1.5),
            E = (int?)p.FirstActionTypeId,
            Seconds = (p.FirstResponseTime ?? 0) / 1000.0,
        }));

    [Fact]
    public Task Q19_group_by_enum_and_bool_nullable() =>
        Check(from p in TestLake.ProblemLogs
              group p by new { p.FirstActionTypeId, p.BottomHint } into g
              select new { g.Key.FirstActionTypeId, g.Key.BottomHint, N = g.Count(), Bottom = g.Count(x => x.BottomHint ?? false) },
              from p in ProblemLogs
              group p by new { p.FirstActionTypeId, p.BottomHint } into g
              select new { g.Key.FirstActionTypeId, g.Key.BottomHint, N = g.Count(), Bottom = g.Count(x => x.BottomHint ?? false) });

    [Fact]
    public Task Q20_row_number_first_attempt_per_student_problem() =>
        Check(from x in TestLake.ProblemLogs.Select(p => new
              {
                  p.Id,
                  Student = p.AssignmentLog().UserXid,
                  p.ProblemId,
                  N = Window.RowNumber(Window.PartitionBy(p.AssignmentLog().UserXid, p.ProblemId).OrderBy(p.StartTime).ThenBy(p.Id)),
              })
              where x.N == 1
              select new { x.Id, x.Student, x.ProblemId },
              from p in ProblemLogs
              group p by new { Student = StudentOf(p), p.ProblemId } into g
              let first = g.OrderBy(p => p.StartTime).ThenBy(p => p.Id).First()
              select new { first.Id, g.Key.Student, g.Key.ProblemId });

    [Fact]
    public Task Q21_lag_of_start_time_gap_in_minutes() =>
        Check(TestLake.ProblemLogs.Select(p => new
        {
            p.Id,
            Prev = Window.Lag(p.StartTime, 1, Window.PartitionBy(p.AssignmentLogId).OrderBy(p.StartTime)),
        }).Where(x => x.Prev != null),
        ProblemLogs.GroupBy(p => p.AssignmentLogId).SelectMany(g =>
        {
            var rows = g.OrderBy(p => p.StartTime).ToList();
            return rows.Select((p, i) => new { p.Id, Prev = i == 0 ? (DateTime?)null : rows[i - 1].StartTime });
        }).Where(x => x.Prev != null));

    [Fact]
    public Task Q22_union_of_anonymous_rows() =>
        Check(TestLake.ProblemLogs.Where(p => p.HintCount > 3).Select(p => new { p.AssignmentLogId, Kind = "hints" })
                .Union(TestLake.ProblemLogs.Where(p => p.AttemptCount > 3).Select(p => new { p.AssignmentLogId, Kind = "attempts" })),
            ProblemLogs.Where(p => p.HintCount > 3).Select(p => new { p.AssignmentLogId, Kind = "hints" })
                .Union(ProblemLogs.Where(p => p.AttemptCount > 3).Select(p => new { p.AssignmentLogId, Kind = "attempts" })));

    [Fact]
    public Task Q23_concat_then_distinct_then_count_by_key() =>
        Check(from x in TestLake.ProblemLogs.Select(p => p.ProblemId).Concat(TestLake.StudentActions.Select(a => a.ProblemId ?? 0)).Distinct()
              select x,
              ProblemLogs.Select(p => p.ProblemId).Concat(Actions.Select(a => a.ProblemId ?? 0)).Distinct());

    [Fact]
    public Task Q24_except_of_pairs() =>
        Check(TestLake.ProblemLogs.Select(p => new { p.AssignmentLogId, p.ProblemId }).Except(TestLake.ProblemLogs.Where(p => p.HintCount == 0).Select(p => new { p.AssignmentLogId, p.ProblemId })),
            ProblemLogs.Select(p => new { p.AssignmentLogId, p.ProblemId }).Except(ProblemLogs.Where(p => p.HintCount == 0).Select(p => new { p.AssignmentLogId, p.ProblemId })));

    [Fact]
    public async Task Q25_first_first_or_default_single()
    {
        var c = fixture.Database.Connection;
        var first = await TestLake.ProblemLogs.OrderByDescending(p => p.HintCount).ThenBy(p => p.Id).Select(p => p.Id).FirstAsync(c);
        Assert.Equal(ProblemLogs.OrderByDescending(p => p.HintCount).ThenBy(p => p.Id).First().Id, first);
        var none = await TestLake.ProblemLogs.Where(p => p.HintCount > 50).Select(p => new { p.Id, p.AnswerText }).FirstOrDefaultAsync(c);
        Assert.Null(none);
        var single = await TestLake.Users.Where(u => u.Username == "ann@school.org").SingleAsync(c);
        Assert.Equal(1, single.Id);
        await Assert.ThrowsAnyAsync<InvalidOperationException>(() => TestLake.Users.Where(u => u.BirthYear > 2000).SingleAsync(c));
    }
}
