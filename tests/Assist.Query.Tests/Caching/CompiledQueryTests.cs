using Assist.Query.Tests.Execution.Differential;
using Assist.Query.Tests.Infrastructure;
using Assist.Query.Tests.Model;
using Assist.TestKit;
using Xunit;
using static Assist.Query.Tests.Execution.Differential.SeedData;

namespace Assist.Query.Tests.Caching;

/// <summary>Compiled queries: translated once, each call binds its arguments (a null argument is its own shape).</summary>
public class CompiledQueryTests(DifferentialFixture fixture) : IClassFixture<DifferentialFixture>
{
    private static readonly CompiledQuery<DateTime, long> Since =
        Query.Compile((DateTime day) => TestLake.ProblemLogs.Where(p => p.StartTime >= day).Select(p => p.Id));

    private static readonly CompiledQuery<int?, string, long> Filtered =
        Query.Compile((int? minHints, string text) => TestLake.ProblemLogs
            .Where(p => (minHints == null || p.HintCount >= minHints.Value) && p.AnswerText != text).Select(p => p.Id));

    [Fact]
    public void The_statement_equals_the_ordinary_query_with_the_argument_as_a_parameter()
    {
        var day = Day0.AddDays(20);
        var compiled = Since.ToSql(day, SqlDialect.Athena);
        var ordinary = TestLake.ProblemLogs.Where(p => p.StartTime >= day).Select(p => p.Id).ToSql(SqlDialect.Athena);
        Assert.Equal(ordinary.Text, compiled.Text);
        Assert.Equal(ordinary.Parameters, compiled.Parameters);
        Assert.Equal("""
            SELECT "t0"."id"
            FROM "cas_core"."student_data"."problem_logs" AS "t0"
            WHERE "t0"."start_time" >= ?
            """, compiled.Text);
        TrinoGrammar.AssertValid(compiled.Text);
    }

    [Fact]
    public async Task Each_call_binds_new_values_and_returns_the_rows_linq_does()
    {
        foreach (var offset in new[] { 0, 20, 35 })
        {
            var day = Day0.AddDays(offset);
            RowComparer.Same(ProblemLogs.Where(p => p.StartTime >= day).Select(p => p.Id), await Since.ToListAsync(day, fixture.Database.Connection), ordered: false);
        }
    }

    [Fact]
    public async Task A_null_argument_gets_its_own_translation()
    {
        foreach (var (min, text) in new (int?, string)[] { (null, "x_3"), (2, "x_3"), (null, "none") })
        {
            var expected = ProblemLogs.Where(p => (min == null || p.HintCount >= min.Value) && p.AnswerText != text).Select(p => p.Id).ToList();
            RowComparer.Same(expected, await Filtered.ToListAsync(min, text, fixture.Database.Connection), ordered: false);
            TrinoGrammar.AssertValid(Filtered.ToSql(min, text, SqlDialect.Trino).Text);
        }

        Assert.Equal("""
            SELECT "t0"."id"
            FROM "cas_core"."student_data"."problem_logs" AS "t0"
            WHERE (TRUE OR ("t0"."hint_count" >= NULL)) AND ("t0"."answer_text" IS DISTINCT FROM ?)
            """, Filtered.ToSql(null, "x", SqlDialect.Athena).Text);
    }

    [Fact]
    public void A_compiler_of_its_own_starts_with_an_empty_cache()
    {
        var compiler = new QueryCompiler();
        Assert.Equal(0, compiler.CachedShapes);
        compiler.ToSql(TestLake.Users.Select(u => u.Id), SqlDialect.DuckDb);
        compiler.ToSql(TestLake.Users.Select(u => u.Id), SqlDialect.Trino);
        Assert.Equal(2, compiler.CachedShapes);
    }
}
