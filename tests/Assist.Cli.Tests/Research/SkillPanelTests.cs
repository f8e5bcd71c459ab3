using System.Globalization;
using Assist.Cli.Tests.Infrastructure;
using Assist.TestKit;
using Xunit;

namespace Assist.Cli.Tests.Research;

/// <summary>examples/research/skill_panel.cs: seeds/001 §5.2's student × skill × quarter panel, for each skill model.</summary>
[Collection(ResearchLakeCollection.Name)]
public sealed class SkillPanelTests(ResearchLakeFixture lake)
{
    private const string Example = "skill_panel";
    private const string ModelLine = "const string SkillModel = \"WPI-5\";";

    // The example as written (WPI-5), then the same file with its one SkillModel line changed.
    [Theory]
    [InlineData("WPI-5", 5)]
    [InlineData("WPI-1", 1)]
    [InlineData("WPI-39", 39)]
    [InlineData("WPI-78", 78)]
    [InlineData("Common Core", 40)]
    public async Task Run_returns_what_hand_written_sql_returns_for_each_skill_model(string model, int skillsInModel)
    {
        using var folder = new TempFolder();
        var submission = Path.Combine(RepoPaths.Root, ResearchRun.File(Example));
        if (model != "WPI-5")
        {
            var text = await File.ReadAllTextAsync(submission);
            Assert.Contains(ModelLine, text, StringComparison.Ordinal);
            submission = folder.Combine(Example + ".cs");
            await File.WriteAllTextAsync(submission, text.Replace(ModelLine, $"const string SkillModel = \"{model}\";", StringComparison.Ordinal));
        }

        var (header, rows) = await ResearchExamples.RunAndReadAsync(submission, lake.Lake, folder, Example);
        Assert.Equal(["StudentXid", "SkillId", "SkillName", "QuarterStart", "Quarter", "OriginalCount", "PercentCorrect", "PredictedScore"], header);
        ResearchExamples.AssertSameRows(ResultComparison.Rows(lake.Lake, HandWrittenResearchSql.SkillPanel(model)), rows);

        Assert.InRange(rows.Select(r => r[1]).Distinct().Count(), 1, skillsInModel);
        Assert.Equal(["0", "1", "2"], rows.Select(r => r[4]).Distinct().Order(StringComparer.Ordinal));
        if (model == "WPI-1")
        {
            // One skill: one row per student and quarter, holding every graded original item of the quarter.
            Assert.Equal(rows.Count, rows.Select(r => (r[0], r[3])).Distinct().Count());
        }
    }

    // The synthetic skill models nest as in seeds/002 Table 1: every problem has one skill per WPI model, and each
    // finer skill lies inside one coarser skill.
    [Fact]
    public void The_synthetic_wpi_models_tag_every_problem_once_and_nest()
    {
        const string PerProblem = """
            SELECT s.framework, count(DISTINCT ps.problem_id) AS problems, count(*) AS links, count(DISTINCT s.id) AS skills
            FROM cas_content.core.problem_skills ps JOIN cas_content.core.skills s ON s.id = ps.skill_id
            WHERE s.framework LIKE 'WPI-%' GROUP BY s.framework ORDER BY s.framework
            """;
        const string Parents = """
            WITH tag AS (
                SELECT ps.problem_id, s.framework, ps.skill_id FROM cas_content.core.problem_skills ps
                JOIN cas_content.core.skills s ON s.id = ps.skill_id
            )
            SELECT fine.framework, max(parents) FROM (
                SELECT f.framework, f.skill_id, count(DISTINCT c.skill_id) AS parents
                FROM tag f JOIN tag c ON c.problem_id = f.problem_id
                 AND (f.framework, c.framework) IN (('WPI-78', 'WPI-39'), ('WPI-39', 'WPI-5'), ('WPI-5', 'WPI-1'))
                GROUP BY f.framework, f.skill_id
            ) fine GROUP BY fine.framework ORDER BY 1
            """;
        var problems = ResultComparison.Rows(lake.Lake, "SELECT count(*) FROM cas_content.core.problems")[0][0];

        var perProblem = ResultComparison.Rows(lake.Lake, PerProblem);
        var parents = ResultComparison.Rows(lake.Lake, Parents);

        Assert.Equal(
            [["WPI-1", problems, problems, "1"], ["WPI-39", problems, problems, "39"], ["WPI-5", problems, problems, "5"], ["WPI-78", problems, problems, "78"]],
            perProblem);
        Assert.Equal([["WPI-39", "1"], ["WPI-5", "1"], ["WPI-78", "1"]], parents);
        Assert.True(long.Parse(problems, CultureInfo.InvariantCulture) > 500);
    }
}
