using Assist.Query.Tests.Execution.Differential;
using Xunit;
using static Assist.Query.Tests.Execution.Differential.SeedData;

using Assist.Query.Tests.Model;

namespace Assist.Query.Tests.Correctness;

/// <summary>Window functions as trajectories and sessions use them: over grouped rows, durations from Lag, moving averages.</summary>
public class ResearcherQueryTests6(DifferentialFixture fixture) : IClassFixture<DifferentialFixture>
{
    private Task Check<T>(Query<T> query, IEnumerable<T> expected, bool ordered = false) => CorrectnessCheck.Same(fixture, query, expected, ordered);

    private static long StudentOf(ProblemLog p) => Lookup.Log(p).UserXid;

    [Fact]
    public Task V01_cumulative_problems_per_student_by_month() =>
        Check(from m in from p in TestLake.ProblemLogs
                        group p by new { Student = p.AssignmentLog().UserXid, Month = Sql.TruncateToMonth(p.StartTime) } into g
                        select new { g.Key.Student, g.Key.Month, N = g.Count() }
              select new { m.Student, m.Month, m.N, Cum = Window.Sum((long)m.N, Window.PartitionBy(m.Student).OrderBy(m.Month).Rows(null, 0)) },
              from m in from p in ProblemLogs
                        group p by new { Student = StudentOf(p), Month = new DateTime(p.StartTime.Year, p.StartTime.Month, 1) } into g
                        select new { g.Key.Student, g.Key.Month, N = g.Count() }
              let all = ProblemLogs.GroupBy(p => new { Student = StudentOf(p), Month = new DateTime(p.StartTime.Year, p.StartTime.Month, 1) })
              select new { m.Student, m.Month, m.N, Cum = (long)all.Where(x => x.Key.Student == m.Student && x.Key.Month <= m.Month).Sum(x => x.Count()) });

    [Fact]
    public Task V02_rank_students_by_total_hints() =>
        Check(from g in from p in TestLake.ProblemLogs group p by p.AssignmentLog().UserXid into g select new { Student = g.Key, Hints = g.Sum(x => x.HintCount) }
              select new { g.Student, g.Hints, R = Window.Rank(Window.Unpartitioned().OrderByDescending(g.Hints)) },
              from g in from p in ProblemLogs group p by StudentOf(p) into g select new { Student = g.Key, Hints = g.Sum(x => x.HintCount) }
              let all = ProblemLogs.GroupBy(StudentOf).Select(x => x.Sum(y => y.HintCount)).ToList()
              select new { g.Student, g.Hints, R = 1L + all.Count(h => h > g.Hints) });

    [Fact]
    public Task V03_window_directly_in_group_select() =>
        Check(from p in TestLake.ProblemLogs
              group p by p.AssignmentLog().UserXid into g
              select new { Student = g.Key, Hints = g.Sum(x => x.HintCount), R = Window.DenseRank(Window.Unpartitioned().OrderByDescending(g.Sum(x => x.HintCount))) },
              from g in from p in ProblemLogs group p by StudentOf(p) into g select new { Student = g.Key, Hints = g.Sum(x => x.HintCount) }
              let all = ProblemLogs.GroupBy(StudentOf).Select(x => x.Sum(y => y.HintCount)).Distinct().ToList()
              select new { g.Student, g.Hints, R = 1L + all.Count(h => h > g.Hints) });

    [Fact]
    public Task V04_minutes_since_previous_problem() =>
        Check(from x in TestLake.ProblemLogs.Select(p => new { p.Id, p.StartTime, Prev = Window.Lag(p.StartTime, 1, Window.PartitionBy(p.AssignmentLogId).OrderBy(p.StartTime).ThenBy(p.Id)) })
              where x.Prev != null
              select new { x.Id, Gap = (x.StartTime - x.Prev!.Value).TotalMinutes, NewSession = (x.StartTime - x.Prev.Value).TotalMinutes > 60 * 24 },
              from p in ProblemLogs
              let prev = ProblemLogs.Where(o => o.AssignmentLogId == p.AssignmentLogId && (o.StartTime < p.StartTime || (o.StartTime == p.StartTime && o.Id < p.Id)))
                  .OrderByDescending(o => o.StartTime).ThenByDescending(o => o.Id).Select(o => (DateTime?)o.StartTime).FirstOrDefault()
              where prev != null
              select new { p.Id, Gap = (p.StartTime - prev!.Value).TotalMinutes, NewSession = (p.StartTime - prev.Value).TotalMinutes > 60 * 24 });

    [Fact]
    public Task V05_moving_average_of_three() =>
        Check(TestLake.ProblemLogs.Select(p => new { p.Id, M = Window.Average((double)p.HintCount, Window.PartitionBy(p.AssignmentLogId).OrderBy(p.Id).Rows(-2, 0)) }),
            ProblemLogs.Select(p => new
            {
                p.Id,
                M = ProblemLogs.Where(o => o.AssignmentLogId == p.AssignmentLogId && o.Id <= p.Id).OrderByDescending(o => o.Id).Take(3).Average(o => (double)o.HintCount),
            }));

    [Fact]
    public Task V06_min_max_window_of_dates_and_strings() =>
        Check(TestLake.ProblemLogs.Select(p => new { p.Id, First = Window.Min(p.StartTime, Window.PartitionBy(p.AssignmentLogId)), Last = Window.Max(p.AnswerText, Window.PartitionBy(p.AssignmentLogId)) }),
            ProblemLogs.Select(p => new
            {
                p.Id,
                First = ProblemLogs.Where(o => o.AssignmentLogId == p.AssignmentLogId).Min(o => o.StartTime),
                Last = ProblemLogs.Where(o => o.AssignmentLogId == p.AssignmentLogId && o.AnswerText != null).Select(o => o.AnswerText).OrderByDescending(s => s, StringComparer.Ordinal).FirstOrDefault(),
            }));

    [Fact]
    public Task V07_opportunity_number_then_group_by_opportunity() =>
        Check(from x in TestLake.ProblemLogs.Select(p => new { p.DiscreteScore, Opp = Window.RowNumber(Window.PartitionBy(p.AssignmentLog().UserXid).OrderBy(p.StartTime).ThenBy(p.Id)) })
              where x.Opp <= 3
              group x by x.Opp into g
              select new { g.Key, Correct = g.Average(y => (double?)y.DiscreteScore), N = g.Count() },
              from x in ProblemLogs.GroupBy(StudentOf).SelectMany(g => g.OrderBy(p => p.StartTime).ThenBy(p => p.Id).Select((p, i) => new { p.DiscreteScore, Opp = (long)i + 1 }))
              where x.Opp <= 3
              group x by x.Opp into g
              select new { g.Key, Correct = g.Average(y => (double?)y.DiscreteScore), N = g.Count() });

    [Fact]
    public Task V08_share_of_student_total_with_window_sum() =>
        Check(TestLake.ProblemLogs.Select(p => new { p.Id, Share = Window.Sum((long)p.HintCount, Window.PartitionBy(p.AssignmentLogId)) == 0 ? 0.0 : (double)p.HintCount / Window.Sum((long)p.HintCount, Window.PartitionBy(p.AssignmentLogId)) }),
            ProblemLogs.Select(p => new
            {
                p.Id,
                Share = ProblemLogs.Where(o => o.AssignmentLogId == p.AssignmentLogId).Sum(o => (long)o.HintCount) == 0 ? 0.0
                    : (double)p.HintCount / ProblemLogs.Where(o => o.AssignmentLogId == p.AssignmentLogId).Sum(o => (long)o.HintCount),
            }));

    [Fact]
    public Task V09_lead_of_correctness_for_next_item() =>
        Check(TestLake.ProblemLogs.Select(p => new { p.Id, NextCorrect = Window.Lead(p.DiscreteScore, 1, Window.PartitionBy(p.AssignmentLogId).OrderBy(p.StartTime).ThenBy(p.Id)) == 1 }),
            ProblemLogs.Select(p => new
            {
                p.Id,
                NextCorrect = ProblemLogs.Where(o => o.AssignmentLogId == p.AssignmentLogId && (o.StartTime > p.StartTime || (o.StartTime == p.StartTime && o.Id > p.Id)))
                    .OrderBy(o => o.StartTime).ThenBy(o => o.Id).Select(o => o.DiscreteScore).FirstOrDefault() == 1,
            }));

    [Fact]
    public Task V10_row_number_then_take_first_two_per_log() =>
        Check(TestLake.ProblemLogs.Select(p => new { p.Id, p.AssignmentLogId, N = Window.RowNumber(Window.PartitionBy(p.AssignmentLogId).OrderByDescending(p.HintCount).ThenBy(p.Id)) })
                .Where(x => x.N <= 2).OrderBy(x => x.AssignmentLogId).ThenBy(x => x.N).Select(x => x.Id),
            ProblemLogs.GroupBy(p => p.AssignmentLogId).OrderBy(g => g.Key).SelectMany(g => g.OrderByDescending(p => p.HintCount).ThenBy(p => p.Id).Take(2)).Select(p => p.Id), ordered: true);
}
