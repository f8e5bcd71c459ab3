using Assist.Cli.Tests.Infrastructure;
using Assist.Cli.Tests.Submissions;
using Assist.TestKit;
using Xunit;

namespace Assist.Cli.Tests.Research;

/// <summary>examples/research/knowledge_tracing_input.cs on the synthetic lake, against hand-written DuckDB SQL.</summary>
public sealed class KnowledgeTracingInputTests(ExampleLakeFixture lake) : IClassFixture<ExampleLakeFixture>
{
    // Original items only (no 'SP' segment), finished, in the two default school years; one row per item and skill;
    // the n-th opportunity counts the student's tagged items of that skill in time order (ties: the log id).
    internal const string Opportunities = """
        WITH tagged AS (
            SELECT al.user_xid AS student, ps.skill_id, pl.id AS log_id, pl.problem_id, pl.start_time,
                   CASE WHEN pl.discrete_score = 1 THEN 1 ELSE 0 END AS correct
            FROM cas_core.student_data.problem_logs pl
            JOIN cas_core.student_data.assignment_logs al ON al.id = pl.assignment_log_id
            JOIN cas_content.core.problem_skills ps ON ps.problem_id = pl.problem_id
            JOIN cas_content.core.skills s ON s.id = ps.skill_id
            WHERE pl.start_time >= TIMESTAMP '2023-09-01' AND pl.start_time < TIMESTAMP '2025-07-01'
              AND (s.framework = 'Common Core' OR s.framework IS NULL) AND pl.end_time IS NOT NULL AND coalesce(pl.path_info, '') NOT LIKE '%SP%')
        SELECT student, skill_id, row_number() OVER (PARTITION BY student, skill_id ORDER BY start_time, log_id) AS n,
               log_id, problem_id, start_time, correct
        FROM tagged
        """;

    private const string Curve = $"""
        SELECT skill_id, n, count(DISTINCT student), avg(correct)
        FROM ({Opportunities})
        WHERE n <= 10
        GROUP BY skill_id, n
        """;

    [Theory]
    [InlineData("opportunities", Opportunities)]
    [InlineData("curve_by_opportunity", Curve)]
    public async Task Run_returns_what_hand_written_sql_returns(string output, string handWritten)
    {
        using var folder = new TempFolder();

        var run = await ResearchRun.RunAsync("knowledge_tracing_input", lake.Lake, folder.Combine("out"));

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.True(ResultComparison.AssertSameRows(lake.Lake, handWritten, folder.Combine("out", output + ".csv")) > 10);
    }

    [Fact]
    public async Task Athena_sql_passes_the_trino_grammar_and_the_review_lists_the_plot()
    {
        using var folder = new TempFolder();

        var files = await ResearchRun.AthenaSqlAsync("knowledge_tracing_input", folder);

        Assert.Contains("opportunities.sql", files.Keys);
        Assert.Contains("row_number() OVER (PARTITION BY", files["opportunities.sql"], StringComparison.Ordinal);
        Assert.Contains("\"name\": \"curve_by_opportunity_plot\"", files["review.json"], StringComparison.Ordinal);
    }
}
