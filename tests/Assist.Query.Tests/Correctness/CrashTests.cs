using Assist.Query.Tests.Execution.Differential;
using Xunit;
using static Assist.Query.Tests.Execution.Differential.SeedData;

using Assist.Query.Tests.Model;

namespace Assist.Query.Tests.Correctness;

/// <summary>Queries that once crashed: captured nulls read through <c>.Value</c>/<c>.HasValue</c> (the optional-filter idiom).</summary>
public class CrashTests(DifferentialFixture fixture) : IClassFixture<DifferentialFixture>
{
    private Task Check<T>(Query<T> query, IEnumerable<T> expected) => CorrectnessCheck.Same(fixture, query, expected);

    private static Query<long> AtLeast(int? min) => TestLake.ProblemLogs.Where(p => min == null || p.HintCount >= min.Value).Select(p => p.Id);

    [Fact]
    public async Task Optional_filter_idiom_with_and_without_a_value()
    {
        int? none = null;
        int? two = 2;
        await Check(AtLeast(none), ProblemLogs.Where(p => none == null || p.HintCount >= none.Value).Select(p => p.Id));
        await Check(AtLeast(two), ProblemLogs.Where(p => two == null || p.HintCount >= two.Value).Select(p => p.Id));
        await Check(AtLeast(none), ProblemLogs.Select(p => p.Id));
    }

    [Fact]
    public Task Has_value_of_arithmetic_on_a_captured_null()
    {
        int? cap = null;
        return Check(TestLake.ProblemLogs.Where(p => (cap / 10).HasValue || p.HintCount > 2).Select(p => p.Id),
            ProblemLogs.Where(p => (cap / 10).HasValue || p.HintCount > 2).Select(p => p.Id));
    }

    [Fact]
    public Task Get_value_or_default_of_a_captured_null()
    {
        int? cap = null;
        return Check(TestLake.ProblemLogs.Where(p => p.HintCount >= cap.GetValueOrDefault()).Select(p => p.Id),
            ProblemLogs.Where(p => p.HintCount >= cap.GetValueOrDefault()).Select(p => p.Id));
    }
}
