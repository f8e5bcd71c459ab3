using Assist.Query.Tests.Execution.Differential;
using Xunit;
using static Assist.Query.Tests.Execution.Differential.SeedData;

using Assist.Query.Tests.Model;

namespace Assist.Query.Tests.Correctness;

/// <summary>Arithmetic as measures are computed: nullable operands, floating modulo with negatives, truncation, floats, chars.</summary>
public class ResearcherQueryTests10(DifferentialFixture fixture) : IClassFixture<DifferentialFixture>
{
    private Task Check<T>(Query<T> query, IEnumerable<T> expected, bool ordered = false) => CorrectnessCheck.Same(fixture, query, expected, ordered);

    [Fact]
    public Task Z01_nullable_integer_arithmetic() =>
        Check(TestLake.ProblemLogs.Select(p => new { p.Id, A = p.DiscreteScore * 2 + p.HintCount, D = p.DiscreteScore / p.AttemptCount, M = (p.DiscreteScore - 3) % p.AttemptCount, F = (double?)p.DiscreteScore / 4 }),
            ProblemLogs.Select(p => new { p.Id, A = p.DiscreteScore * 2 + p.HintCount, D = p.DiscreteScore / p.AttemptCount, M = (p.DiscreteScore - 3) % p.AttemptCount, F = (double?)p.DiscreteScore / 4 }));

    [Fact]
    public Task Z02_floating_modulo_with_negatives() =>
        Check(TestLake.ProblemLogs.Select(p => new { p.Id, M = ((p.ContinuousScore ?? 0) * 10 - 5) % 3, N = (p.HintCount - 4.5) % 2.0 }),
            ProblemLogs.Select(p => new { p.Id, M = ((p.ContinuousScore ?? 0) * 10 - 5) % 3, N = (p.HintCount - 4.5) % 2.0 }));

    [Fact]
    public Task Z03_truncate_floor_ceiling_of_negatives_to_long() =>
        Check(TestLake.ProblemLogs.Select(p => new { p.Id, T = Math.Truncate(p.HintCount - 2.5), F = (long)Math.Floor(p.HintCount / -3.0), C = (int)Math.Ceiling(-(p.ContinuousScore ?? 0)) }),
            ProblemLogs.Select(p => new { p.Id, T = Math.Truncate(p.HintCount - 2.5), F = (long)Math.Floor(p.HintCount / -3.0), C = (int)Math.Ceiling(-(p.ContinuousScore ?? 0)) }));

    [Fact]
    public Task Z04_float_and_narrowing_casts() =>
        Check(TestLake.ProblemLogs.Select(p => new { p.Id, F = (float)(p.ContinuousScore ?? 0), I = (int)(p.FirstResponseTime ?? 0), D = (decimal)p.HintCount * 0.1m }),
            ProblemLogs.Select(p => new { p.Id, F = (float)(p.ContinuousScore ?? 0), I = (int)(p.FirstResponseTime ?? 0), D = Normal((decimal)p.HintCount * 0.1m) }));

    [Fact]
    public Task Z05_char_concatenation_and_string_concat() =>
        Check(TestLake.ProblemLogs.Select(p => new { p.Id, A = p.AnswerText + '!', B = string.Concat(p.AnswerText, "-", p.PathInfo), C = '#' + p.ProblemId.ToString() }),
            ProblemLogs.Select(p => new { p.Id, A = p.AnswerText + '!', B = string.Concat(p.AnswerText, "-", p.PathInfo), C = '#' + p.ProblemId.ToString() }));

    [Fact]
    public Task Z06_mixed_int_long_ternary_and_abs_of_nullable() =>
        Check(TestLake.ProblemLogs.Select(p => new { p.Id, T = p.HintCount > 2 ? p.Id : p.HintCount, A = Math.Abs((p.DiscreteScore ?? 0) - 1), N = p.DiscreteScore.HasValue ? Math.Abs(p.DiscreteScore.Value - 1) : -1 }),
            ProblemLogs.Select(p => new { p.Id, T = p.HintCount > 2 ? p.Id : p.HintCount, A = Math.Abs((p.DiscreteScore ?? 0) - 1), N = p.DiscreteScore.HasValue ? Math.Abs(p.DiscreteScore.Value - 1) : -1 }));

    [Fact]
    public Task Z07_double_equality_and_rounded_percent() =>
        Check(TestLake.ProblemLogs.Where(p => p.ContinuousScore == 0.3 || p.ContinuousScore == 0.7).Select(p => new { p.Id, Pct = (int)Math.Round(p.ContinuousScore!.Value * 100, MidpointRounding.AwayFromZero) }),
            ProblemLogs.Where(p => p.ContinuousScore == 0.3 || p.ContinuousScore == 0.7).Select(p => new { p.Id, Pct = (int)Math.Round(p.ContinuousScore!.Value * 100, MidpointRounding.AwayFromZero) }));

    [Fact]
    public Task Z08_long_sum_divided_by_count_and_average_of_long() =>
        Check(from p in TestLake.ProblemLogs group p by p.ProblemId into g select new { g.Key, Mean = g.Sum(x => x.FirstResponseTime ?? 0) / g.Count(), Avg = g.Average(x => x.FirstResponseTime), Ms = g.Max(x => x.FirstResponseTime) / 1000.0 },
            from p in ProblemLogs group p by p.ProblemId into g select new { g.Key, Mean = g.Sum(x => x.FirstResponseTime ?? 0) / g.Count(), Avg = g.Average(x => x.FirstResponseTime), Ms = g.Max(x => x.FirstResponseTime) / 1000.0 });

    [Fact]
    public Task Z09_negative_integer_division_in_group_measure() =>
        Check(from p in TestLake.ProblemLogs group p by p.AssignmentLogId into g select new { g.Key, D = (g.Sum(x => x.HintCount) - 20) / 3, M = (g.Count() - 10) % 4 },
            from p in ProblemLogs group p by p.AssignmentLogId into g select new { g.Key, D = (g.Sum(x => x.HintCount) - 20) / 3, M = (g.Count() - 10) % 4 });

    [Fact]
    public Task Z10_decimal_average_and_sum_in_group() =>
        Check(from p in TestLake.ProblemLogs group p by p.ProblemId into g select new { g.Key, A = g.Average(x => (decimal)x.HintCount), S = g.Sum(x => (decimal)x.AttemptCount / 4m) },
            from p in ProblemLogs group p by p.ProblemId into g select new { g.Key, A = Normal(g.Average(x => (decimal)x.HintCount)), S = Normal(g.Sum(x => (decimal)x.AttemptCount / 4m)) });

    // The reader returns the value without C#'s trailing zeros (5 for 5.00m): equal decimals, different text.
    private static decimal Normal(decimal d) => d / 1.000000000000000000000000000000000m;
}
