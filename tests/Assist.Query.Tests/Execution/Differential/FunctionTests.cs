using System.Text.RegularExpressions;
using Assist.Query.Tests.Model;
using Xunit;
using static Assist.Query.Tests.Execution.Differential.SeedData;

namespace Assist.Query.Tests.Execution.Differential;

/// <summary>Scalar functions on DuckDB against C# semantics over the same rows.</summary>
public class FunctionTests(DifferentialFixture fixture) : IClassFixture<DifferentialFixture>
{
    private async Task Check<T>(Query<T> query, IEnumerable<T> expected) =>
        RowComparer.Same(expected, await query.ToListAsync(fixture.Database.Connection), ordered: false);

    [Fact]
    public Task Integer_and_floating_division_modulo_with_negatives() =>
        Check(TestLake.ProblemLogs.Select(p => new { p.Id, Q = (p.HintCount - 3) / 2, M = (p.HintCount - 3) % 3, F = (p.HintCount - 3) / 2.0, L = (p.AttemptCount * 10L) / 3 }),
            ProblemLogs.Select(p => new { p.Id, Q = (p.HintCount - 3) / 2, M = (p.HintCount - 3) % 3, F = (p.HintCount - 3) / 2.0, L = (p.AttemptCount * 10L) / 3 }));

    [Fact]
    public Task Casts_truncate_like_csharp() =>
        Check(TestLake.ProblemLogs.Select(p => new { p.Id, T = (int)((p.ContinuousScore ?? 0) * 10 - 2.5), D = (double)p.HintCount, L = (long)p.AttemptCount }),
            ProblemLogs.Select(p => new { p.Id, T = (int)((p.ContinuousScore ?? 0) * 10 - 2.5), D = (double)p.HintCount, L = (long)p.AttemptCount }));

    [Fact]
    public Task Null_handling_coalesce_conditional_and_nullable_equality() =>
        Check(TestLake.ProblemLogs.Select(p => new
        {
            p.Id,
            Score = p.ContinuousScore ?? -1,
            Kind = p.HintCount == 0 ? "none" : p.HintCount < 3 ? "some" : "many",
            Same = p.DiscreteScore == p.FirstResponseTime,
            NoEnd = p.EndTime == null,
            Text = p.AnswerText ?? "(none)",
        }),
        ProblemLogs.Select(p => new
        {
            p.Id,
            Score = p.ContinuousScore ?? -1,
            Kind = p.HintCount == 0 ? "none" : p.HintCount < 3 ? "some" : "many",
            Same = p.DiscreteScore == p.FirstResponseTime,
            NoEnd = p.EndTime == null,
            Text = p.AnswerText ?? "(none)",
        }));

    [Fact]
    public Task Strings()
    {
        var part = "_of";
        return Check(TestLake.ProblemLogs.Where(p => p.AnswerText != null).Select(p => new
        {
            p.Id,
            L = p.AnswerText!.Length,
            U = p.AnswerText.ToUpper(),
            Lo = ("  " + p.AnswerText + " ").Trim().ToLower(),
            S = p.AnswerText.Substring(1, 2),
            S2 = p.AnswerText.Substring(2),
            C = p.AnswerText.Contains("%_"),
            Cp = p.AnswerText.Contains(part),
            St = p.AnswerText.StartsWith("x_"),
            E = p.AnswerText.EndsWith("off"),
            I = p.AnswerText.IndexOf("_"),
            R = p.AnswerText.Replace("_", "-"),
            Cat = p.AnswerText + "/" + p.PathInfo,
            Num = p.HintCount.ToString(),
        }),
        ProblemLogs.Where(p => p.AnswerText != null).Select(p => new
        {
            p.Id,
            L = p.AnswerText!.Length,
            U = p.AnswerText.ToUpper(),
            Lo = ("  " + p.AnswerText + " ").Trim().ToLower(),
            S = p.AnswerText.Substring(1, 2),
            S2 = p.AnswerText.Substring(2),
            C = p.AnswerText.Contains("%_", StringComparison.Ordinal),
            Cp = p.AnswerText.Contains(part, StringComparison.Ordinal),
            St = p.AnswerText.StartsWith("x_", StringComparison.Ordinal),
            E = p.AnswerText.EndsWith("off", StringComparison.Ordinal),
            I = p.AnswerText.IndexOf('_', StringComparison.Ordinal),
            R = p.AnswerText.Replace("_", "-", StringComparison.Ordinal),
            Cat = p.AnswerText + "/" + p.PathInfo,
            Num = p.HintCount.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }));
    }

    [Fact]
    public Task Like_parameter_is_escaped() =>
        Check(TestLake.Users.Where(u => u.Username!.StartsWith(PrefixWithWildcards)).Select(u => u.Id),
            Users.Where(u => u.Username != null && u.Username.StartsWith(PrefixWithWildcards, StringComparison.Ordinal)).Select(u => u.Id));

    private static readonly string PrefixWithWildcards = "cy%";

    [Fact]
    public Task Regex_match_and_extract() =>
        Check(TestLake.ProblemLogs.Select(p => new { p.Id, Scaffold = p.PathInfo != null && Regex.IsMatch(p.PathInfo, "SP[0-9]+/"), Main = Sql.RegexExtract(p.PathInfo, "#([0-9]+)/", 1), None = Sql.RegexExtract(p.PathInfo, "Z[0-9]") }),
            ProblemLogs.Select(p => new
            {
                p.Id,
                Scaffold = p.PathInfo != null && Regex.IsMatch(p.PathInfo, "SP[0-9]+/"),
                Main = p.PathInfo == null ? null : Regex.Match(p.PathInfo, "#([0-9]+)/") is { Success: true } m ? m.Groups[1].Value : null,
                None = (string?)null,
            }));

    [Fact]
    public Task Math_functions() =>
        Check(TestLake.ProblemLogs.Where(p => p.ContinuousScore != null).Select(p => new
        {
            p.Id,
            A = Math.Abs(p.HintCount - 3),
            F = Math.Floor(p.ContinuousScore!.Value * 3),
            C = Math.Ceiling(p.ContinuousScore.Value * 3),
            R = Math.Round(p.ContinuousScore.Value * 5, MidpointRounding.AwayFromZero),
            Mx = Math.Max(p.HintCount, p.AttemptCount),
        }),
        ProblemLogs.Where(p => p.ContinuousScore != null).Select(p => new
        {
            p.Id,
            A = Math.Abs(p.HintCount - 3),
            F = Math.Floor(p.ContinuousScore!.Value * 3),
            C = Math.Ceiling(p.ContinuousScore.Value * 3),
            R = Math.Round(p.ContinuousScore.Value * 5, MidpointRounding.AwayFromZero),
            Mx = Math.Max(p.HintCount, p.AttemptCount),
        }));

    [Fact]
    public Task Date_parts_and_truncation() =>
        Check(TestLake.ProblemLogs.Select(p => new
        {
            p.Id,
            p.StartTime.Year,
            p.StartTime.Month,
            p.StartTime.Day,
            p.StartTime.Hour,
            p.StartTime.Minute,
            p.StartTime.DayOfWeek,
            p.StartTime.DayOfYear,
            D = Sql.TruncateToDay(p.StartTime),
            W = Sql.TruncateToWeek(p.StartTime),
            M = Sql.TruncateToMonth(p.StartTime),
            Q = Sql.TruncateToQuarter(p.StartTime),
            Y = Sql.TruncateToYear(p.StartTime),
            Plus = p.StartTime.AddDays(3),
            Minus = p.StartTime.AddMonths(-1),
        }),
        ProblemLogs.Select(p => new
        {
            p.Id,
            p.StartTime.Year,
            p.StartTime.Month,
            p.StartTime.Day,
            p.StartTime.Hour,
            p.StartTime.Minute,
            p.StartTime.DayOfWeek,
            p.StartTime.DayOfYear,
            D = p.StartTime.Date,
            W = p.StartTime.Date.AddDays(-(((int)p.StartTime.DayOfWeek + 6) % 7)),
            M = new DateTime(p.StartTime.Year, p.StartTime.Month, 1),
            Q = new DateTime(p.StartTime.Year, ((p.StartTime.Month - 1) / 3 * 3) + 1, 1),
            Y = new DateTime(p.StartTime.Year, 1, 1),
            Plus = p.StartTime.AddDays(3),
            Minus = p.StartTime.AddMonths(-1),
        }));

    [Fact]
    public Task Units_and_boundaries_between() =>
        Check(TestLake.AssignmentLogs.Where(a => a.EndTime != null).Select(a => new
        {
            a.Id,
            Days = Sql.UnitsBetween(DateUnit.Day, a.StartTime, a.EndTime!.Value),
            Hours = Sql.UnitsBetween(DateUnit.Hour, a.StartTime, a.EndTime.Value),
            DayBoundaries = Sql.BoundariesBetween(DateUnit.Day, a.StartTime, a.EndTime.Value),
        }),
        AssignmentLogs.Where(a => a.EndTime != null).Select(a => new
        {
            a.Id,
            Days = (long)(a.EndTime!.Value - a.StartTime).TotalDays,
            Hours = (long)(a.EndTime.Value - a.StartTime).TotalHours,
            DayBoundaries = (long)(a.EndTime.Value.Date - a.StartTime.Date).TotalDays,
        }));

    [Fact]
    public Task Enum_comparisons_and_captured_list() =>
        Check(TestLake.ProblemLogs.Where(p => p.FirstActionTypeId == FirstActionType.Answered && Ids.Contains(p.AssignmentLogId)).Select(p => new { p.Id, p.FirstActionTypeId }),
            ProblemLogs.Where(p => p.FirstActionTypeId == FirstActionType.Answered && Ids.Contains(p.AssignmentLogId)).Select(p => new { p.Id, p.FirstActionTypeId }));

    private static readonly long[] Ids = [1, 3];
}
