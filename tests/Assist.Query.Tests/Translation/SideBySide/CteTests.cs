using Assist.Query.Tests.Execution.Differential;
using Assist.Query.Tests.Infrastructure;
using Assist.Query.Tests.Model;
using Xunit;

namespace Assist.Query.Tests.Translation.SideBySide;

/// <summary>A subquery used twice is emitted once, as a WITH entry.</summary>
public class CteTests(DifferentialFixture fixture) : IClassFixture<DifferentialFixture>
{
    private static Query<PerLog> PerLogQuery() =>
        from p in TestLake.ProblemLogs
        group p by p.AssignmentLogId into g
        select new PerLog(g.Key, g.Count());

    private static Query<Pair> SameCountPairs()
    {
        var perLog = PerLogQuery();
        return from a in perLog
               join b in perLog on a.Problems equals b.Problems
               where a.Log < b.Log
               select new Pair(a.Log, b.Log);
    }

    [Fact]
    public void Self_join_of_a_grouped_query_uses_one_cte()
    {
        SqlAssert.Sql(SameCountPairs(),
            trino: """
            WITH "cte0" AS (
              SELECT "t0"."assignment_log_id" AS "Log", count(*) AS "Problems"
              FROM "cas_core"."student_data"."problem_logs" AS "t0"
              GROUP BY "t0"."assignment_log_id"
            )
            SELECT "t1"."Log" AS "A", "t2"."Log" AS "B"
            FROM "cte0" AS "t1"
            INNER JOIN "cte0" AS "t2" ON "t1"."Problems" = "t2"."Problems"
            WHERE "t1"."Log" < "t2"."Log"
            """,
            duckdb: """
            WITH "cte0" AS (
              SELECT "t0"."assignment_log_id" AS "Log", count(*) AS "Problems"
              FROM "cas_core"."student_data"."problem_logs" AS "t0"
              GROUP BY "t0"."assignment_log_id"
            )
            SELECT "t1"."Log" AS "A", "t2"."Log" AS "B"
            FROM "cte0" AS "t1"
            INNER JOIN "cte0" AS "t2" ON "t1"."Problems" = "t2"."Problems"
            WHERE "t1"."Log" < "t2"."Log"
            """);
    }

    [Fact]
    public async Task Self_join_rows_match_linq()
    {
        var perLog = SeedData.ProblemLogs.GroupBy(p => p.AssignmentLogId).Select(g => new PerLog(g.Key, g.Count())).ToList();
        var expected = from a in perLog join b in perLog on a.Problems equals b.Problems where a.Log < b.Log select new Pair(a.Log, b.Log);
        RowComparer.Same(expected, await SameCountPairs().ToListAsync(fixture.Database.Connection), ordered: false);
    }

    public sealed record PerLog(long Log, int Problems);

    public sealed record Pair(long A, long B);
}
