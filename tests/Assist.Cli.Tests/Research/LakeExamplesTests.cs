using Assist.Cli.Tests.Infrastructure;
using Assist.Cli.Tests.Submissions;
using Assist.TestKit;
using Xunit;

namespace Assist.Cli.Tests.Research;

/// <summary>
/// examples/research/lake_examples.cs: the lake description's example queries, compared with hand-written DuckDB SQL
/// that joins as the description means (t_setting.teacher_id = users.id; a class's members of type user; an
/// assignment's group context resolved through external_references of type group).
/// </summary>
public sealed class LakeExamplesTests(ExampleLakeFixture lake) : IClassFixture<ExampleLakeFixture>
{
    private const string TeachersByCurriculum = """
        SELECT ts.curriculums_taught, count(DISTINCT ts.teacher_id), min(u.created)
        FROM cas_core.master_user.t_setting ts
        JOIN cas_core.users.users u ON u.id = ts.teacher_id
        GROUP BY ts.curriculums_taught
        """;

    private const string StudentsPerClass = """
        SELECT g.id, g.created_at, count(m.id)
        FROM cas_core.groups.principal_group_definitions g
        LEFT JOIN cas_core.groups.principal_group_memberships m ON m.group_id = g.id AND m.member_type_id = 1 AND m.active
        WHERE g.group_type_id = 7
        GROUP BY g.id, g.created_at
        """;

    private const string StudentsGivenAssignment = """
        SELECT a.id, m.member_id, m.active
        FROM cas_core.core.assignments a
        JOIN cas_core.core.external_references x ON x.id = a.group_context_xid AND x.xref_type_id = 2
        JOIN cas_core.groups.principal_group_memberships m ON m.group_id = x.target_id AND m.member_type_id = 1
        WHERE a.id = 4000000
        """;

    [Theory]
    [InlineData("teachers_by_curriculum", TeachersByCurriculum)]
    [InlineData("students_per_class", StudentsPerClass)]
    [InlineData("students_given_assignment", StudentsGivenAssignment)]
    public async Task Run_returns_what_hand_written_sql_returns(string output, string handWritten)
    {
        using var folder = new TempFolder();

        var run = await ResearchRun.RunAsync("lake_examples", lake.Lake, folder.Combine("out"));

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.True(ResultComparison.AssertSameRows(lake.Lake, handWritten, folder.Combine("out", output + ".csv")) >= 2);
    }

    [Fact]
    public async Task Athena_sql_passes_the_trino_grammar_and_resolves_the_group_context_as_a_group()
    {
        using var folder = new TempFolder();

        var files = await ResearchRun.AthenaSqlAsync("lake_examples", folder);

        Assert.Equal(3, files.Keys.Count(k => k.EndsWith(".sql", StringComparison.Ordinal)));
        Assert.Contains("(\"t1\".\"xref_type_id\" = 2)", files["students_given_assignment.sql"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Plots_without_declarations_write_nothing_extra()
    {
        using var folder = new TempFolder();

        var run = await ResearchRun.RunAsync("lake_examples", lake.Lake, folder.Combine("out"), "--plots");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Empty(Directory.GetFiles(folder.Combine("out"), "*.png"));
    }
}
