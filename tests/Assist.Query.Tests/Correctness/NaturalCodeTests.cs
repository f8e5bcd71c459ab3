using Assist.Query.Tests.Execution.Differential;
using Xunit;
using static Assist.Query.Tests.Execution.Differential.SeedData;

using Assist.Query.Tests.Model;

namespace Assist.Query.Tests.Correctness;

/// <summary>Code researchers write naturally that must translate with its C# meaning.</summary>
public class NaturalCodeTests(DifferentialFixture fixture) : IClassFixture<DifferentialFixture>
{
    private Task Check<T>(Query<T> query, IEnumerable<T> expected) => CorrectnessCheck.Same(fixture, query, expected);

    private static readonly ILookup<long, ProblemLog> LogsByAssignmentLog = ProblemLogs.ToLookup(p => p.AssignmentLogId);

    [Fact]
    public Task Filtered_navigation_bound_with_let() =>
        Check(from al in TestLake.AssignmentLogs
              let originals = al.ProblemLogs().Where(p => p.PathInfo != null && !p.PathInfo.Contains("SP"))
              select new { al.Id, N = originals.Count(), Correct = originals.Count(p => p.DiscreteScore == 1), Hints = originals.Sum(p => p.HintCount) },
              from al in AssignmentLogs
              let originals = LogsByAssignmentLog[al.Id].Where(p => p.PathInfo != null && !p.PathInfo.Contains("SP"))
              select new { al.Id, N = originals.Count(), Correct = originals.Count(p => p.DiscreteScore == 1), Hints = originals.Sum(p => p.HintCount) });

    [Fact]
    public Task Projected_navigation_sequence_bound_with_let() =>
        Check(from al in TestLake.AssignmentLogs
              let hints = al.ProblemLogs().Select(p => p.HintCount)
              where hints.Any()
              select new { al.Id, Max = hints.Max(), Distinct = hints.Distinct().Count() },
              from al in AssignmentLogs
              let hints = LogsByAssignmentLog[al.Id].Select(p => p.HintCount)
              where hints.Any()
              select new { al.Id, Max = hints.Max(), Distinct = hints.Distinct().Count() });

    [Fact]
    public Task Nullable_array_literal_contains()
    {
        return Check(TestLake.ProblemLogs.Where(p => new int?[] { 0, 1 }.Contains(p.DiscreteScore)).Select(p => p.Id),
            ProblemLogs.Where(p => new int?[] { 0, 1 }.Contains(p.DiscreteScore)).Select(p => p.Id));
    }

    [Fact]
    public Task Projection_of_captured_values_only()
    {
        var term = "fall";
        var year = 2024;
        return Check(TestLake.ProblemLogs.Where(p => p.HintCount > 3).Select(p => new { Term = term, Year = year }),
            ProblemLogs.Where(p => p.HintCount > 3).Select(p => new { Term = term, Year = year }));
    }

    [Fact]
    public Task Durations_as_time_span_members() =>
        Check(TestLake.ProblemLogs.Where(p => p.EndTime != null).Select(p => new
        {
            p.Id,
            Seconds = (p.EndTime!.Value - p.StartTime).TotalSeconds,
            Minutes = (p.EndTime.Value - p.StartTime).TotalMinutes,
            Hours = (p.EndTime.Value - p.StartTime).TotalHours,
            Days = (p.EndTime.Value - p.StartTime).TotalDays,
            Ms = (p.EndTime.Value - p.StartTime).TotalMilliseconds,
            WholeDays = (p.EndTime.Value - p.StartTime).Days,
        }),
        ProblemLogs.Where(p => p.EndTime != null).Select(p => new
        {
            p.Id,
            Seconds = (p.EndTime!.Value - p.StartTime).TotalSeconds,
            Minutes = (p.EndTime.Value - p.StartTime).TotalMinutes,
            Hours = (p.EndTime.Value - p.StartTime).TotalHours,
            Days = (p.EndTime.Value - p.StartTime).TotalDays,
            Ms = (p.EndTime.Value - p.StartTime).TotalMilliseconds,
            WholeDays = (p.EndTime.Value - p.StartTime).Days,
        }));

    [Fact]
    public Task Nullable_duration_filter() =>
        Check(TestLake.ProblemLogs.Where(p => (p.EndTime - p.StartTime)!.Value.TotalMinutes > 20).Select(p => p.Id),
            ProblemLogs.Where(p => p.EndTime != null && (p.EndTime - p.StartTime)!.Value.TotalMinutes > 20).Select(p => p.Id));

    [Fact]
    public Task Date_of_a_timestamp() =>
        Check(TestLake.ProblemLogs.Select(p => new { p.Id, Day = p.StartTime.Date }), ProblemLogs.Select(p => new { p.Id, Day = p.StartTime.Date }));

    [Fact]
    public Task String_interpolation_of_columns() =>
        Check(TestLake.ProblemLogs.Select(p => new { p.Id, Text = $"{p.Id}:{p.HintCount} hints, {p.AnswerText}/{p.DiscreteScore}/{p.BottomHint}" }),
            ProblemLogs.Select(p => new { p.Id, Text = $"{p.Id}:{p.HintCount} hints, {p.AnswerText}/{p.DiscreteScore}/{p.BottomHint}" }));

    [Fact]
    public Task Rounding_half_away_from_zero_to_digits() =>
        Check(TestLake.ProblemLogs.Select(p => new { p.Id, R = Math.Round(p.HintCount / 4.0, 1, MidpointRounding.AwayFromZero), Z = Math.Round(p.HintCount * 2.5, MidpointRounding.AwayFromZero) }),
            ProblemLogs.Select(p => new { p.Id, R = Math.Round(p.HintCount / 4.0, 1, MidpointRounding.AwayFromZero), Z = Math.Round(p.HintCount * 2.5, MidpointRounding.AwayFromZero) }));

    [Fact]
    public void A_double_in_a_string_is_refused_rather_than_printed_differently() =>
        CorrectnessCheck.Refused(TestLake.ProblemLogs.Select(p => "score " + p.ContinuousScore), "double");

    // A captured value written into a string reaches the translator boxed (string + object): the refusal names the
    // value's own type, not Object.
    [Fact]
    public void A_captured_double_in_a_string_is_refused_naming_double()
    {
        var weight = 0.5;
        CorrectnessCheck.Refused(TestLake.ProblemLogs.Select(p => p.AnswerText + weight), "a double written into a string");
    }

    [Fact]
    public Task A_captured_integer_in_a_string_prints_as_in_CSharp()
    {
        var attempt = 3;
        return Check(TestLake.ProblemLogs.Select(p => new { p.Id, Text = p.AnswerText + attempt }),
            ProblemLogs.Select(p => new { p.Id, Text = p.AnswerText + attempt }));
    }

    [Fact]
    public async Task Terminal_aggregates_as_researchers_write_them()
    {
        var connection = fixture.Database.Connection;
        var q = TestLake.ProblemLogs.Where(p => p.HintCount > 0);
        var e = ProblemLogs.Where(p => p.HintCount > 0).ToList();
        Assert.Equal(e.Count, await q.CountAsync(connection));
        Assert.Equal((long)e.Count, await q.LongCountAsync(connection));
        Assert.True(await q.AnyAsync(connection));
        Assert.False(await q.AnyAsync(p => p.HintCount > 100, connection));
        Assert.Equal(e.Sum(p => p.HintCount), await q.SumAsync(p => p.HintCount, connection));
        Assert.Equal(e.Average(p => p.HintCount), await q.AverageAsync(p => p.HintCount, connection), 9);
        Assert.Equal(e.Min(p => p.StartTime), await q.MinAsync(p => p.StartTime, connection));
        Assert.Equal(e.Max(p => p.ContinuousScore), await q.MaxAsync(p => p.ContinuousScore, connection));
        Assert.Equal(e.Count(p => p.DiscreteScore == 1), await q.CountAsync(p => p.DiscreteScore == 1, connection));
    }
}
