using System.Linq.Expressions;
using Assist.Query.Tests.Execution.Differential;
using Assist.Query.Tests.Model;
using Xunit;
using static Assist.Query.Tests.Execution.Differential.SeedData;

namespace Assist.Query.Tests.Correctness;

/// <summary>
/// Trees the C# compiler would have folded, built by hand (a rewriting visitor or a generator builds them so): found by
/// the generative run of 10,000 examples.
/// </summary>
public class HandBuiltTreeTests(DifferentialFixture fixture) : IClassFixture<DifferentialFixture>
{
    private static readonly ParameterExpression P = Expression.Parameter(typeof(ProblemLog), "p");

    [Fact]
    public Task A_double_literal_converted_to_int_truncates_as_csharp_does()
    {
        // (int)-1.5 is -1 in C#; Convert.ToInt32 would give -2.
        var body = Expression.Add(Expression.Convert(Expression.Constant(-1.5), typeof(int)), Expression.Property(P, nameof(ProblemLog.HintCount)));
        var selector = Expression.Lambda<Func<ProblemLog, int>>(body, P);
        return CorrectnessCheck.Same(fixture, TestLake.ProblemLogs.Select(selector), ProblemLogs.Select(selector.Compile()));
    }

    [Fact]
    public Task An_order_key_that_reads_no_column_is_not_a_column_position()
    {
        var key = Expression.Lambda<Func<ProblemLog, int>>(Expression.Negate(Expression.Negate(Expression.Constant(0))), P);
        var query = TestLake.ProblemLogs.OrderByDescending(key).ThenBy(p => p.Id).Take(5).Select(p => p.Id);
        return CorrectnessCheck.Same(fixture, query, ProblemLogs.OrderByDescending(key.Compile()).ThenBy(p => p.Id).Take(5).Select(p => p.Id), ordered: true);
    }

    [Fact]
    public void A_captured_expression_that_throws_is_refused_with_what_it_threw()
    {
        string? suffix = null;
        CorrectnessCheck.Refused(TestLake.ProblemLogs.Select(p => new { p.Id, Ends = "%".EndsWith(suffix!, StringComparison.Ordinal) }), "ArgumentNullException");
    }
}
