using Assist.TestKit;
using Xunit;

namespace Assist.Cli.Tests.Research;

/// <summary>
/// What leaves for review: each research example's Athena SQL passes the Trino grammar, and its review declares a
/// row-level, person-level output that reads no personal-data column.
/// </summary>
public sealed class ResearchReviewTests
{
    [Theory]
    [InlineData("online_measures")]
    [InlineData("person_period_panel")]
    [InlineData("skill_panel")]
    public async Task Athena_sql_passes_the_trino_grammar_and_the_review_flags_a_person_level_output_without_pii(string example)
    {
        using var folder = new TempFolder();

        var run = await ResearchExamples.SqlAsync(ResearchRun.File(example), folder.Combine("out"));

        Assert.True(run.ExitCode == 0, run.Error);
        ResearchExamples.AssertPersonLevelWithoutPii(folder.Combine("out"), example);
    }
}
