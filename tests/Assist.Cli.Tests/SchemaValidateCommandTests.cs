using Assist.TestKit;
using Assist.Cli.Tests.Infrastructure;
using Xunit;

namespace Assist.Cli.Tests;

public sealed class SchemaValidateCommandTests
{
    [Fact]
    public async Task The_lake_schema_in_the_repo_is_clean()
    {
        // Good input: the real lake, named the way the README does it.
        var run = await CliRun.RunAsync(RepoPaths.Root, "schema", "validate", "schema");

        Assert.Equal("", run.Error);
        Assert.Equal(
            "schema: 0 errors, 0 warnings; 2 catalogs, 6 schemas, 22 tables, 158 columns, 8 enumerations in 8 files.\n",
            run.Out);
        Assert.Equal(0, run.ExitCode);
    }

    [Fact]
    public async Task Without_a_folder_it_uses_the_schema_folder_of_the_working_directory()
    {
        // No argument: ./schema of the working directory is the default.
        var run = await CliRun.RunAsync(RepoPaths.Root, "schema", "validate");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("schema: 0 errors, 0 warnings;", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_folder_or_a_local_schema_folder_it_checks_the_built_in_lake_schema()
    {
        // A folder with no schema/ in it: the packed tool must still know the lake.
        using var empty = new TempFolder();

        var run = await CliRun.RunAsync(empty.Path, "schema", "validate");

        Assert.Equal(
            "the lake schema built into assist: 0 errors, 0 warnings; 2 catalogs, 6 schemas, 22 tables, 158 columns, 8 enumerations in 8 files.\n",
            run.Out);
        Assert.Equal(0, run.ExitCode);
    }

    [Fact]
    public async Task A_broken_schema_prints_every_diagnostic_with_relative_paths_and_exits_1()
    {
        // Bad input: a misspelt key (nulable), hence a missing nullable, and an unknown type (int).
        using var dir = new TempFolder();
        SchemaFixtures.WriteBroken(dir);
        var file = Path.Combine("schema", "cas_core", "student_data.yaml");

        var run = await CliRun.RunAsync(dir.Path, "schema", "validate", "schema");

        Assert.Equal(
            $"""
            {file}(9,9): error AS0103: column 'id' of table 'problem_logs' has no 'nullable'; it is required
            {file}(11,9): error AS0102: unknown key 'nulable' in column 'id' of table 'problem_logs'; did you mean 'nullable'?
            {file}(14,15): error AS0201: column 'hint_count' has type 'int': unknown type 'int'; did you mean integer?
            schema: 3 errors, 0 warnings in 2 files.

            """,
            run.Out);
        Assert.Equal("", run.Error);
        Assert.Equal(1, run.ExitCode);
    }

    [Fact]
    public async Task A_folder_that_does_not_exist_is_a_usage_error()
    {
        // Bad input: a typo in the folder name.
        using var dir = new TempFolder();

        var run = await CliRun.RunAsync(dir.Path, "schema", "validate", "shcema");

        Assert.Equal("assist schema validate: schema folder 'shcema' does not exist.\n", run.Error);
        Assert.Equal("", run.Out);
        Assert.Equal(2, run.ExitCode);
    }

    [Fact]
    public async Task A_file_instead_of_a_folder_is_a_usage_error()
    {
        // Bad input: the path of one YAML file where the folder is expected.
        using var dir = new TempFolder();
        dir.Write("lake.yaml", SchemaFixtures.LakeFile);

        var run = await CliRun.RunAsync(dir.Path, "schema", "validate", "lake.yaml");

        Assert.Equal(
            "assist schema validate: 'lake.yaml' is a file; name the folder that holds the schema's *.yaml files.\n", run.Error);
        Assert.Equal(2, run.ExitCode);
    }

    [Fact]
    public async Task An_unknown_option_or_a_second_folder_is_a_usage_error()
    {
        // Bad input: an option validate does not have, then two folders.
        var option = await CliRun.RunAsync(RepoPaths.Root, "schema", "validate", "--strict");
        var twoFolders = await CliRun.RunAsync(RepoPaths.Root, "schema", "validate", "schema", "docs");

        Assert.Equal("assist schema validate: unknown option '--strict'; see 'assist schema validate --help'.\n", option.Error);
        Assert.Equal(2, option.ExitCode);
        Assert.Equal("assist schema validate: unexpected argument 'docs'; see 'assist schema validate --help'.\n", twoFolders.Error);
        Assert.Equal(2, twoFolders.ExitCode);
    }
}
