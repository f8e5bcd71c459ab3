using Assist.Query.Tests.Execution.Differential;
using Assist.Query.Tests.Model;
using Xunit;

namespace Assist.Query.Tests.Dialects.DuckDb;

/// <summary>DuckDB-only behaviour: numbered parameters, HUGEINT aggregates read as long, cancellation.</summary>
public class DuckDbDialectTests(DifferentialFixture fixture) : IClassFixture<DifferentialFixture>
{
    [Fact]
    public void Parameters_are_numbered()
    {
        var a = 1;
        var b = 2;
        var sql = TestLake.ProblemLogs.Where(p => p.HintCount > a && p.AttemptCount < b).Select(p => p.Id).ToSql(SqlDialect.DuckDb);
        Assert.Equal("""
            SELECT "t0"."id"
            FROM "cas_core"."student_data"."problem_logs" AS "t0"
            WHERE ("t0"."hint_count" > $1) AND ("t0"."attempt_count" < $2)
            """, sql.Text);
        Assert.Equal([1, 2], sql.Parameters.Select(p => (int)p.Value!));
    }

    [Fact]
    public async Task Sums_and_count_if_come_back_as_long()
    {
        var rows = await (from p in TestLake.ProblemLogs
                          group p by p.ProblemId into g
                          select new { g.Key, Hints = g.Sum(x => (long)x.HintCount), Bottom = g.LongCount(x => x.BottomHint == true) })
            .ToListAsync(fixture.Database.Connection);
        var expected = SeedData.ProblemLogs.GroupBy(p => p.ProblemId)
            .Select(g => new { g.Key, Hints = g.Sum(x => (long)x.HintCount), Bottom = g.LongCount(x => x.BottomHint == true) });
        RowComparer.Same(expected, rows, ordered: false);
    }

    [Fact]
    public async Task First_Single_and_cancellation()
    {
        var connection = fixture.Database.Connection;
        Assert.Equal(1L, await TestLake.ProblemLogs.OrderBy(p => p.Id).Select(p => p.Id).FirstAsync(connection));
        Assert.Equal(0L, await TestLake.ProblemLogs.Where(p => p.Id < 0).Select(p => p.Id).FirstOrDefaultAsync(connection));
        await Assert.ThrowsAsync<InvalidOperationException>(() => TestLake.ProblemLogs.Select(p => p.Id).SingleAsync(connection));
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => TestLake.ProblemLogs.ToListAsync(connection, cancelled.Token));
    }

    [Fact]
    public async Task Cancelling_while_streaming_stops_within_a_stride()
    {
        // A three-way cross join gives more rows than two cancellation strides, so the loop must notice the token mid-stream.
        var pairs = from a in TestLake.ProblemLogs from b in TestLake.ProblemLogs from c in TestLake.ProblemLogs select a.Id + b.Id + c.Id;
        var total = (long)SeedData.ProblemLogs.Count * SeedData.ProblemLogs.Count * SeedData.ProblemLogs.Count;
        Assert.True(total > 2 * global::Assist.Query.Execution.QueryReader<long>.CancellationStride, "the seed data is too small for this test");
        using var source = new CancellationTokenSource();
        var read = 0;
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in pairs.AsAsyncEnumerable(fixture.Database.Connection, source.Token))
            {
                if (++read == 1)
                {
                    await source.CancelAsync();
                }
            }
        });
        Assert.InRange(read, 1, global::Assist.Query.Execution.QueryReader<long>.CancellationStride);
    }

    [Fact]
    public async Task Null_into_non_nullable_names_the_column()
    {
        var e = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            TestLake.ProblemLogs.Select(p => new { Score = (double)p.ContinuousScore! }).ToListAsync(fixture.Database.Connection));
        Assert.Contains("\"Score\"", e.Message, StringComparison.Ordinal);
    }
}
