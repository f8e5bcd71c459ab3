using Assist.Cli.Tests.Infrastructure;
using Assist.TestKit;
using Xunit;

namespace Assist.Cli.Tests.Submissions;

/// <summary>
/// The submissions in examples/submissions: their review files are golden, their Athena SQL passes the Trino grammar,
/// and <c>assist run</c> on a synthetic lake returns what hand-written SQL returns.
/// </summary>
public sealed class ExampleSubmissionTests(ExampleLakeFixture lake) : IClassFixture<ExampleLakeFixture>
{
    public static TheoryData<string, string> Examples => new()
    {
        { "per_student", "per_student" },
        { "class_summary", "class_summary" },
        { "knowledge_tracing", "attempts" },
    };

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task Review_files_match_their_golden_files(string example, string output)
    {
        using var folder = new TempFolder();

        var run = await CliRun.RunAsync(RepoPaths.Root, FixedClock.Review, CancellationToken.None, null,
            "sql", $"examples/submissions/{example}.cs", "--out", folder.Combine("out"), "--schema", "schema");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal([$"{output}.sql", "review.json", "review.md"], Directory.GetFiles(folder.Combine("out")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        foreach (var file in new[] { $"{output}.sql", "review.json", "review.md" })
        {
            GoldenFile.AssertMatches($"Golden/{example}/{file}.txt", await File.ReadAllTextAsync(folder.Combine("out", file)));
        }

        TrinoGrammar.AssertValid(await File.ReadAllTextAsync(folder.Combine("out", output + ".sql")));
    }

    [Theory]
    [InlineData("per_student", "per_student", HandWrittenSql.PerStudent)]
    [InlineData("class_summary", "class_summary", HandWrittenSql.ClassSummary)]
    [InlineData("knowledge_tracing", "attempts", HandWrittenSql.Attempts)]
    public async Task Run_returns_what_hand_written_sql_returns(string example, string output, string handWritten)
    {
        using var folder = new TempFolder();

        // Raw values are compared: --no-disclosure keeps the disclosure rules from suppressing or rounding them.
        var run = await CliRun.RunAsync(RepoPaths.Root, "run", $"examples/submissions/{example}.cs", "--lake", lake.Lake, "--out", folder.Combine("out"), "--schema", "schema", "--no-disclosure");

        Assert.True(run.ExitCode == 0, run.Error);
        ResultComparison.AssertSameRows(lake.Lake, handWritten, folder.Combine("out", output + ".csv"));
    }

    [Fact]
    public async Task The_csv_header_is_the_property_names()
    {
        using var folder = new TempFolder();

        var run = await CliRun.RunAsync(RepoPaths.Root, "run", "examples/submissions/knowledge_tracing.cs", "--lake", lake.Lake, "--out", folder.Combine("out"));

        Assert.True(run.ExitCode == 0, run.Error);
        var lines = await File.ReadAllLinesAsync(folder.Combine("out", "attempts.csv"));
        Assert.Equal("StudentXid,ProblemId,StartTime,Correct,HintCount,AttemptCount", lines[0]);
        Assert.Matches(@"^\d+,\d+,\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6},(true|false|),\d+,\d+$", lines[1]);
    }
}
