using Assist.Query.Tests.Execution.Differential;
using Xunit;
using static Assist.Query.Tests.Execution.Differential.SeedData;

using Assist.Query.Tests.Model;

namespace Assist.Query.Tests.Correctness;

/// <summary>
/// Silent wrong results from SQL's three-valued logic: C# compares nullable values in two-valued logic (a null is
/// unequal to 1, and <c>!(x &gt; 0)</c> is true for a null x); these queries must keep the rows C# keeps.
/// </summary>
public class NullableLogicTests(DifferentialFixture fixture) : IClassFixture<DifferentialFixture>
{
    private Task Check<T>(Query<T> query, IEnumerable<T> expected) => CorrectnessCheck.Same(fixture, query, expected);

    [Fact]
    public Task Nullable_int_not_equal_constant_keeps_nulls() =>
        Check(TestLake.ProblemLogs.Where(p => p.DiscreteScore != 1).Select(p => p.Id), ProblemLogs.Where(p => p.DiscreteScore != 1).Select(p => p.Id));

    [Fact]
    public Task Nullable_bool_not_equal_true_keeps_nulls() =>
        Check(TestLake.ProblemLogs.Where(p => p.BottomHint != true).Select(p => p.Id), ProblemLogs.Where(p => p.BottomHint != true).Select(p => p.Id));

    [Fact]
    public Task Nullable_string_not_equal_constant_keeps_nulls() =>
        Check(TestLake.ProblemLogs.Where(p => p.AnswerText != "x_3").Select(p => p.Id), ProblemLogs.Where(p => p.AnswerText != "x_3").Select(p => p.Id));

    [Fact]
    public Task Nullable_enum_not_equal_constant_keeps_nulls() =>
        Check(TestLake.ProblemLogs.Where(p => p.FirstActionTypeId != FirstActionType.Answered).Select(p => p.Id),
            ProblemLogs.Where(p => p.FirstActionTypeId != FirstActionType.Answered).Select(p => p.Id));

    [Fact]
    public Task Nullable_double_not_equal_captured_value_keeps_nulls()
    {
        var score = 0.5;
        return Check(TestLake.ProblemLogs.Where(p => p.ContinuousScore != score).Select(p => p.Id),
            ProblemLogs.Where(p => p.ContinuousScore != score).Select(p => p.Id));
    }

    [Fact]
    public Task Negated_comparison_of_nullable_keeps_nulls() =>
        Check(TestLake.ProblemLogs.Where(p => !(p.DiscreteScore > 0)).Select(p => p.Id), ProblemLogs.Where(p => !(p.DiscreteScore > 0)).Select(p => p.Id));

    [Fact]
    public Task Negated_contains_of_nullable_keeps_nulls()
    {
        var scores = new List<int?> { 0 };
        return Check(TestLake.ProblemLogs.Where(p => !scores.Contains(p.DiscreteScore)).Select(p => p.Id),
            ProblemLogs.Where(p => !scores.Contains(p.DiscreteScore)).Select(p => p.Id));
    }

    [Fact]
    public Task Contains_of_a_list_holding_null_matches_null()
    {
        var scores = new List<int?> { 0, null };
        return Check(TestLake.ProblemLogs.Where(p => scores.Contains(p.DiscreteScore)).Select(p => p.Id),
            ProblemLogs.Where(p => scores.Contains(p.DiscreteScore)).Select(p => p.Id));
    }

    [Fact]
    public Task Equality_of_two_comparisons() =>
        Check(TestLake.ProblemLogs.Where(p => (p.DiscreteScore == 1) == (p.ContinuousScore > 0.3)).Select(p => p.Id),
            ProblemLogs.Where(p => (p.DiscreteScore == 1) == (p.ContinuousScore > 0.3)).Select(p => p.Id));

    [Fact]
    public Task All_with_negated_nullable_predicate() =>
        Check(from p in TestLake.ProblemLogs group p by p.AssignmentLogId into g select new { g.Key, All = g.All(x => !(x.DiscreteScore > 0)) },
            from p in ProblemLogs group p by p.AssignmentLogId into g select new { g.Key, All = g.All(x => !(x.DiscreteScore > 0)) });

    [Fact]
    public Task Conditional_nullable_strings_compared() =>
        Check(TestLake.ProblemLogs.Where(p => (p.HintCount > 2 ? p.AnswerText : null) == (p.AttemptCount > 1 ? p.PathInfo : null)).Select(p => p.Id),
            ProblemLogs.Where(p => (p.HintCount > 2 ? p.AnswerText : null) == (p.AttemptCount > 1 ? p.PathInfo : null)).Select(p => p.Id));

    [Fact]
    public Task Projected_nullable_comparison_is_false_not_null() =>
        Check(TestLake.ProblemLogs.Select(p => new { p.Id, Correct = p.DiscreteScore == 1, Wrong = p.DiscreteScore != 1, High = p.ContinuousScore > 0.4 }),
            ProblemLogs.Select(p => new { p.Id, Correct = p.DiscreteScore == 1, Wrong = p.DiscreteScore != 1, High = p.ContinuousScore > 0.4 }));

    [Fact]
    public Task Conditional_count_whose_predicate_is_null_on_every_row_of_a_group() =>
        Check(from p in TestLake.ProblemLogs group p by p.DiscreteScore into g select new { g.Key, N = g.Count(x => x.DiscreteScore > 0), L = g.LongCount(x => x.DiscreteScore > 0) },
            from p in ProblemLogs group p by p.DiscreteScore into g select new { g.Key, N = g.Count(x => x.DiscreteScore > 0), L = g.LongCount(x => x.DiscreteScore > 0) });

    [Fact]
    public Task Negated_nullable_bool() =>
        Check(TestLake.ProblemLogs.Where(p => !(p.BottomHint == true)).Select(p => p.Id), ProblemLogs.Where(p => !(p.BottomHint == true)).Select(p => p.Id));

    [Fact]
    public Task Ordering_by_a_nullable_comparison() =>
        CorrectnessCheck.Same(fixture, TestLake.ProblemLogs.OrderBy(p => p.DiscreteScore == 1).ThenBy(p => p.Id).Select(p => p.Id),
            ProblemLogs.OrderBy(p => p.DiscreteScore == 1).ThenBy(p => p.Id).Select(p => p.Id), ordered: true);
}
