using Assist.TestKit;
using Assist.Cli.Commands;
using Assist.Lake.Tests.Support;

namespace Assist.Lake.Tests.Synth;

/// <summary><c>assist synth</c> and <c>assist demo</c> as a user runs them: exit codes, messages, nothing half-written.</summary>
public sealed class SynthCommandTests
{
    private static Task<(int Code, string Out, string Error)> Run(ICliCommand command, string workingDirectory, params string[] args) =>
        CliRunner.Run(command, workingDirectory, args);

    [Fact]
    public async Task Synth_writes_a_lake_and_refuses_to_overwrite_it_without_force()
    {
        using var folder = new TempFolder();
        var first = await Run(new SynthCommand(), folder.Path, "--out", "lake", "--students", "5", "--seed", "3", "--schema", RepoPaths.SchemaDirectory);
        Assert.Equal(ExitCodes.Success, first.Code);
        Assert.Contains("problem logs", first.Out, StringComparison.Ordinal);
        Assert.True(File.Exists(folder.Combine("lake", "cas_core", "student_data", "problem_logs", "data_0.parquet")));
        Assert.Contains("cas_core.student_data.problem_logs", first.Error, StringComparison.Ordinal);

        var again = await Run(new SynthCommand(), folder.Path, "--out", "lake", "--students", "5", "--schema", RepoPaths.SchemaDirectory);
        Assert.Equal(ExitCodes.Usage, again.Code);
        Assert.Contains("--force", again.Error, StringComparison.Ordinal);

        var forced = await Run(new SynthCommand(), folder.Path, "--out", "lake", "--students", "5", "--force", "--schema", RepoPaths.SchemaDirectory);
        Assert.Equal(ExitCodes.Success, forced.Code);
        Assert.Equal(["lake"], Directory.EnumerateFileSystemEntries(folder.Path).Select(Path.GetFileName));
    }

    [Theory]
    [InlineData("--students", "0")]
    [InlineData("--students", "many")]
    [InlineData("--seed", "x")]
    public async Task Synth_rejects_bad_numbers(string option, string value)
    {
        using var folder = new TempFolder();
        var result = await Run(new SynthCommand(), folder.Path, "--out", "lake", option, value);
        Assert.Equal(ExitCodes.Usage, result.Code);
        Assert.Contains(option, result.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder.Combine("lake")));
    }

    [Fact]
    public async Task Synth_with_a_broken_schema_writes_nothing()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder.Combine("schema"));
        await File.WriteAllTextAsync(folder.Combine("schema", "bad.yaml"), "catalog: x\nschema: y\ntables:\n  t:\n    columns:\n      - name: id\n        type: nope\n");
        var result = await Run(new SynthCommand(), folder.Path, "--out", "lake", "--schema", "schema");
        Assert.Equal(ExitCodes.InputErrors, result.Code);
        Assert.Contains("no lake was written", result.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder.Combine("lake")));
    }

    [Fact]
    public async Task Demo_runs_the_research_queries_and_prints_their_athena_sql()
    {
        using var folder = new TempFolder();
        var lake = folder.Combine("lake");
        Assert.Equal(ExitCodes.Success, (await Run(new SynthCommand(), folder.Path, "--out", "lake", "--students", "30", "--schema", RepoPaths.SchemaDirectory)).Code);

        var result = await Run(new DemoCommand(), folder.Path, "--lake", lake, "--rows", "3");
        Assert.Equal(ExitCodes.Success, result.Code);
        Assert.Contains("PercentCorrect", result.Out, StringComparison.Ordinal);
        Assert.Contains($"{Assist.Cli.Synth.SynthCalendar.DefaultFirstYear}-09", result.Out, StringComparison.Ordinal);
        Assert.Contains("FROM \"cas_core\".\"student_data\".\"problem_logs\"", result.Out, StringComparison.Ordinal);
        Assert.Contains("(first 3 shown)", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Demo_on_a_missing_lake_says_which_folder()
    {
        using var folder = new TempFolder();
        var result = await Run(new DemoCommand(), folder.Path, "--lake", "nowhere");
        Assert.Equal(ExitCodes.InputErrors, result.Code);
        Assert.Contains(folder.Combine("nowhere"), result.Error, StringComparison.Ordinal);
    }
}
