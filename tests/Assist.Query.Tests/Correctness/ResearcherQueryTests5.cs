using Assist.Query.Tests.Execution.Differential;
using Xunit;
using static Assist.Query.Tests.Execution.Differential.SeedData;

using Assist.Query.Tests.Model;

namespace Assist.Query.Tests.Correctness;

/// <summary>The same query text run with different captured values, as a researcher's helper method is: each run must
/// bind its own values (translations are cached by shape).</summary>
public class ResearcherQueryTests5(DifferentialFixture fixture) : IClassFixture<DifferentialFixture>
{
    private Task Check<T>(Query<T> query, IEnumerable<T> expected, bool ordered = false) => CorrectnessCheck.Same(fixture, query, expected, ordered);

    private static Query<long> ByIds(List<long> ids) => TestLake.ProblemLogs.Where(p => ids.Contains(p.Id) || p.Id == 1).Select(p => p.Id);

    [Fact]
    public async Task U01_captured_lists_of_different_lengths()
    {
        foreach (var ids in new List<long>[] { [2, 3], [4, 5, 6, 7], [], [2] })
        {
            await Check(ByIds(ids), ProblemLogs.Where(p => ids.Contains(p.Id) || p.Id == 1).Select(p => p.Id));
        }
    }

    private static Query<long> Flagged(bool includeOpen, int min) => TestLake.ProblemLogs.Where(p => (includeOpen || p.EndTime != null) && p.HintCount >= min).Select(p => p.Id);

    [Fact]
    public async Task U02_captured_bool_and_int_in_a_condition()
    {
        foreach (var (open, min) in new[] { (true, 1), (false, 1), (true, 3), (false, 0) })
        {
            await Check(Flagged(open, min), ProblemLogs.Where(p => (open || p.EndTime != null) && p.HintCount >= min).Select(p => p.Id));
        }
    }

    private static Query<long> Paged(int skip, int take) => TestLake.ProblemLogs.OrderBy(p => p.Id).Skip(skip).Take(take).Select(p => p.Id);

    [Fact]
    public async Task U03_captured_paging()
    {
        foreach (var (skip, take) in new[] { (0, 3), (5, 2), (0, 1), (20, 10) })
        {
            await Check(Paged(skip, take), ProblemLogs.OrderBy(p => p.Id).Skip(skip).Take(take).Select(p => p.Id), ordered: true);
        }
    }

    private static Query<string> Labeled(string prefix, long offset) => TestLake.ProblemLogs.Where(p => p.Id < 5).Select(p => prefix + (p.Id + offset));

    [Fact]
    public async Task U04_captured_values_in_select_and_arithmetic()
    {
        foreach (var (prefix, offset) in new[] { ("a", 0L), ("O'Brien-", 4000000000L), ("", -3L) })
        {
            await Check(Labeled(prefix, offset), ProblemLogs.Where(p => p.Id < 5).Select(p => prefix + (p.Id + offset)));
        }
    }

    private static Query<int> Scaled(int factor) => TestLake.ProblemLogs.Select(p => p.HintCount * factor / 2 % 7);

    [Fact]
    public async Task U05_captured_factor_in_integer_arithmetic()
    {
        foreach (var factor in new[] { 3, -5, 0 })
        {
            await Check(Scaled(factor), ProblemLogs.Select(p => p.HintCount * factor / 2 % 7));
        }
    }

    private static Query<long> Since(DateTime? day) => TestLake.ProblemLogs.Where(p => day == null || p.StartTime >= day).Select(p => p.Id);

    [Fact]
    public async Task U06_optional_captured_date()
    {
        foreach (var day in new DateTime?[] { null, Day0.AddDays(30), null, Day0.AddDays(10) })
        {
            await Check(Since(day), ProblemLogs.Where(p => day == null || p.StartTime >= day).Select(p => p.Id));
        }
    }

    private static Query<long> WithAnswer(string? answer) => TestLake.ProblemLogs.Where(p => p.AnswerText == answer).Select(p => p.Id);

    [Fact]
    public async Task U07_captured_nullable_string_equality()
    {
        foreach (var answer in new[] { "x_3", null, "50%_off", null })
        {
            await Check(WithAnswer(answer), ProblemLogs.Where(p => p.AnswerText == answer).Select(p => p.Id));
        }
    }

    private static Query<DateTime> Shifted(int days) => TestLake.ProblemLogs.Where(p => p.Id < 4).Select(p => p.StartTime.AddDays(days).AddHours(-days));

    [Fact]
    public async Task U08_captured_interval_amounts()
    {
        foreach (var days in new[] { 3, -2, 0 })
        {
            await Check(Shifted(days), ProblemLogs.Where(p => p.Id < 4).Select(p => p.StartTime.AddDays(days).AddHours(-days)));
        }
    }

    private static Query<string> Part(int start, int length) => TestLake.ProblemLogs.Where(p => p.PathInfo != null).Select(p => p.PathInfo!.Substring(start, length));

    [Fact]
    public async Task U09_captured_substring_bounds()
    {
        foreach (var (start, length) in new[] { (0, 4), (5, 2) })
        {
            await Check(Part(start, length), ProblemLogs.Where(p => p.PathInfo != null).Select(p => p.PathInfo!.Substring(start, length)));
        }
    }

    private static Query<long> Kinds(FirstActionType[] kinds) => TestLake.ProblemLogs.Where(p => kinds.Contains(p.FirstActionTypeId!.Value)).Select(p => p.Id);

    [Fact]
    public async Task U10_captured_enum_arrays()
    {
        foreach (var kinds in new[] { new[] { FirstActionType.Answered }, new[] { (FirstActionType)2 }, new[] { FirstActionType.Answered, (FirstActionType)2 } })
        {
            await Check(Kinds(kinds), ProblemLogs.Where(p => p.FirstActionTypeId != null && kinds.Contains(p.FirstActionTypeId.Value)).Select(p => p.Id));
        }
    }

    private static Query<double> Rounded(int digits) => TestLake.ProblemLogs.Where(p => p.ContinuousScore != null).Select(p => Math.Round(p.ContinuousScore!.Value / 3, digits, MidpointRounding.AwayFromZero));

    [Fact]
    public async Task U11_captured_rounding_digits()
    {
        foreach (var digits in new[] { 1, 3, 0 })
        {
            await Check(Rounded(digits), ProblemLogs.Where(p => p.ContinuousScore != null).Select(p => Math.Round(p.ContinuousScore!.Value / 3, digits, MidpointRounding.AwayFromZero)));
        }
    }

    private static Query<long> InGroups(long[] groups) => TestLake.PrincipalGroupMemberships.Where(m => groups.Contains(m.GroupId) && m.MemberTypeId == MemberType.User).Select(m => m.MemberId);

    [Fact]
    public async Task U12_captured_arrays_reused_with_other_contents()
    {
        var groups = new long[] { 1 };
        await Check(InGroups(groups), Memberships.Where(m => groups.Contains(m.GroupId) && m.MemberTypeId == MemberType.User).Select(m => m.MemberId));
        groups[0] = 2;
        await Check(InGroups(groups), Memberships.Where(m => groups.Contains(m.GroupId) && m.MemberTypeId == MemberType.User).Select(m => m.MemberId));
    }

    [Fact]
    public async Task U13_compiled_query_with_captured_optional_filter()
    {
        var compiled = Query.Compile((int? min) => TestLake.ProblemLogs.Where(p => min == null || p.HintCount >= min).Select(p => new { p.Id, p.HintCount }));
        foreach (var min in new int?[] { null, 2, 4, null })
        {
            RowComparer.Same(ProblemLogs.Where(p => min == null || p.HintCount >= min).Select(p => new { p.Id, p.HintCount }), await compiled.ToListAsync(min, fixture.Database.Connection), ordered: false);
        }
    }
}
