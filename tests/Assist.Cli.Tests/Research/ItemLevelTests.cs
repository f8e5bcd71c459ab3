using Assist.Cli.Tests.Infrastructure;
using Assist.Cli.Tests.Submissions;
using Assist.TestKit;
using Xunit;

namespace Assist.Cli.Tests.Research;

/// <summary>
/// examples/research/item_level.cs (seeds/002 §3.4.1) on the synthetic lake, against the training set built by hand:
/// scaffolding questions found through tutor_strategies and scaffolds, credit for the scaffolds of originals answered
/// right, and partial blame from a per-student, per-skill performance table joined back (the example uses windows).
/// </summary>
public sealed class ItemLevelTests(ExampleLakeFixture lake) : IClassFixture<ExampleLakeFixture>
{
    private const string TrainingSet = """
        WITH logged AS (
            SELECT al.user_xid AS student, pl.id AS log_id, pl.problem_id, pl.start_time,
                   CASE WHEN pl.path_info LIKE '%SP%' THEN 'scaffold' ELSE 'original' END AS source,
                   CASE WHEN pl.discrete_score = 1 THEN 1 ELSE 0 END AS correct
            FROM cas_core.student_data.problem_logs pl
            JOIN cas_core.student_data.assignment_logs al ON al.id = pl.assignment_log_id
            WHERE pl.start_time >= TIMESTAMP '2023-09-01' AND pl.start_time < TIMESTAMP '2024-07-01'
              AND pl.end_time IS NOT NULL AND pl.discrete_score IS NOT NULL),
        credited AS (
            SELECT l.student, l.log_id, step.id AS problem_id, l.start_time, 'credited' AS source, 1 AS correct
            FROM logged l
            JOIN cas_content.core.tutor_strategies ts ON ts.problem_id = l.problem_id
            JOIN cas_content.core.scaffolds sc ON sc.tutor_strategy_id = ts.id
            JOIN cas_content.core.problems step ON step.scaffold_id = sc.id
            WHERE l.source = 'original' AND l.correct = 1),
        tagged AS (
            SELECT r.*, ps.skill_id
            FROM (SELECT * FROM logged UNION ALL SELECT * FROM credited) r
            JOIN cas_content.core.problem_skills ps ON ps.problem_id = r.problem_id
            JOIN cas_content.core.skills s ON s.id = ps.skill_id
            WHERE s.framework = 'Common Core' OR s.framework IS NULL),
        performance AS (
            SELECT student, skill_id, avg(correct) AS performance FROM tagged WHERE source <> 'credited' GROUP BY student, skill_id),
        blamed AS (
            SELECT t.*, coalesce(p.performance, 1.0) AS performance,
                   row_number() OVER (PARTITION BY t.log_id, t.problem_id ORDER BY coalesce(p.performance, 1.0), t.skill_id) AS blame_rank
            FROM tagged t LEFT JOIN performance p ON p.student = t.student AND p.skill_id = t.skill_id)
        SELECT student, log_id, problem_id, skill_id, start_time,
               (year(start_time) - 2023) * 12 + month(start_time) - 9 AS months_elapsed, source, correct, performance
        FROM blamed
        WHERE correct = 1 OR blame_rank = 1
        """;

    [Fact]
    public async Task Run_returns_what_hand_written_sql_returns()
    {
        using var folder = new TempFolder();

        var run = await ResearchRun.RunAsync("item_level", lake.Lake, folder.Combine("out"));

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.True(ResultComparison.AssertSameRows(lake.Lake, TrainingSet, folder.Combine("out", "item_level.csv")) > 1000);
        ResultComparison.AssertSameRows(lake.Lake,
            $"SELECT source, count(*), avg(correct) FROM ({TrainingSet}) GROUP BY source", folder.Combine("out", "rows_by_source.csv"));
    }

    [Fact]
    public async Task Credit_and_blame_both_change_the_data_set()
    {
        using var folder = new TempFolder();

        var run = await ResearchRun.RunAsync("item_level", lake.Lake, folder.Combine("out"));

        // Credited rows exist (scaffolds of originals answered right), and partial blame dropped some skill rows of
        // wrong multi-skill responses: fewer wrong rows than wrong (response, skill) pairs.
        Assert.True(run.ExitCode == 0, run.Error);
        var rows = File.ReadAllLines(folder.Combine("out", "item_level.csv")).Skip(1).Select(l => l.Split(',')).ToList();
        Assert.Contains(rows, r => r[6] == "credited" && r[7] == "1");
        var wrongPairs = ResultComparison.Rows(lake.Lake, $"""
            SELECT count(*) FROM cas_core.student_data.problem_logs pl
            JOIN cas_content.core.problem_skills ps ON ps.problem_id = pl.problem_id
            JOIN cas_content.core.skills s ON s.id = ps.skill_id AND s.framework = 'Common Core'
            WHERE pl.start_time >= TIMESTAMP '2023-09-01' AND pl.start_time < TIMESTAMP '2024-07-01'
              AND pl.end_time IS NOT NULL AND pl.discrete_score = 0
            """)[0][0];
        Assert.True(rows.Count(r => r[7] == "0") < long.Parse(wrongPairs, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Athena_sql_passes_the_trino_grammar()
    {
        using var folder = new TempFolder();

        var files = await ResearchRun.AthenaSqlAsync("item_level", folder);

        // The blame rank orders by a column computed with windows one level down: never a window inside a window.
        Assert.Contains("row_number() OVER (PARTITION BY", files["item_level.sql"], StringComparison.Ordinal);
        Assert.DoesNotContain("ORDER BY CASE WHEN CAST(sum(", files["item_level.sql"], StringComparison.Ordinal);
    }
}
