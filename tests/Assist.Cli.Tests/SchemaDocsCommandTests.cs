using Assist.TestKit;
using Assist.Cli.Tests.Infrastructure;
using Xunit;

namespace Assist.Cli.Tests;

public sealed class SchemaDocsCommandTests
{
    [Fact]
    public async Task Without_out_it_is_a_usage_error_and_writes_nothing()
    {
        // Bad input: the required --out is missing.
        using var dir = new TempFolder();

        var run = await CliRun.RunAsync(dir.Path, "schema", "docs", RepoPaths.Schema);

        Assert.Equal("assist schema docs: --out <folder> is required (where to write the dictionary).\n", run.Error);
        Assert.Equal(2, run.ExitCode);
        Assert.Empty(Directory.EnumerateFileSystemEntries(dir.Path));
    }

    [Fact]
    public async Task Out_without_a_value_is_a_usage_error()
    {
        // Bad input: --out as the last word, with no folder after it.
        using var dir = new TempFolder();

        var run = await CliRun.RunAsync(dir.Path, "schema", "docs", RepoPaths.Schema, "--out");

        Assert.Equal("assist schema docs: option --out needs a value.\n", run.Error);
        Assert.Equal(2, run.ExitCode);
    }

    [Fact]
    public async Task A_schema_folder_that_does_not_exist_is_a_usage_error()
    {
        // Bad input: a schema folder that is not there.
        using var dir = new TempFolder();

        var run = await CliRun.RunAsync(dir.Path, "schema", "docs", "missing", "--out", "docs");

        Assert.Equal("assist schema docs: schema folder 'missing' does not exist.\n", run.Error);
        Assert.Equal(2, run.ExitCode);
        Assert.False(Directory.Exists(Path.Combine(dir.Path, "docs")));
    }

    [Fact]
    public async Task A_broken_schema_exits_1_and_leaves_out_untouched()
    {
        // Bad input: a schema with errors, and an earlier dictionary in --out that must survive.
        using var dir = new TempFolder();
        SchemaFixtures.WriteBroken(dir);
        var good = await CliRun.RunAsync(dir.Path, "schema", "docs", RepoPaths.Schema, "--out", "docs");
        Assert.Equal(0, good.ExitCode);
        var before = TempFolder.ReadAll(Path.Combine(dir.Path, "docs"));

        var run = await CliRun.RunAsync(dir.Path, "schema", "docs", "schema", "--out", "docs");

        Assert.Equal(1, run.ExitCode);
        var file = Path.Combine("schema", "cas_core", "student_data.yaml");
        Assert.Equal(
            $"""
            {file}(9,9): error AS0103: column 'id' of table 'problem_logs' has no 'nullable'; it is required
            {file}(11,9): error AS0102: unknown key 'nulable' in column 'id' of table 'problem_logs'; did you mean 'nullable'?
            {file}(14,15): error AS0201: column 'hint_count' has type 'int': unknown type 'int'; did you mean integer?
            assist schema docs: schema has 3 errors, 0 warnings; nothing was written.

            """,
            run.Error);
        Assert.Equal("", run.Out);
        Assert.Equal(before, TempFolder.ReadAll(Path.Combine(dir.Path, "docs")));
        Assert.Equal(["docs", "schema"], Directory.EnumerateFileSystemEntries(dir.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_broken_schema_with_a_new_out_creates_no_folder()
    {
        // Bad input: a schema with errors; --out does not exist yet and must not appear.
        using var dir = new TempFolder();
        SchemaFixtures.WriteBroken(dir);

        var run = await CliRun.RunAsync(dir.Path, "schema", "docs", "schema", "--out", "docs");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(["schema"], Directory.EnumerateFileSystemEntries(dir.Path).Select(Path.GetFileName));
    }

    [Fact]
    public async Task It_refuses_to_replace_a_folder_it_did_not_write()
    {
        // Bad input: --out names a folder holding someone's files (e.g. --out . by mistake).
        using var dir = new TempFolder();
        dir.Write("notes/thesis.md", "my work");

        var run = await CliRun.RunAsync(dir.Path, "schema", "docs", RepoPaths.Schema, "--out", "notes");

        Assert.Equal(
            "assist schema docs: 'notes' exists and is not a data dictionary written by assist; refusing to replace it. Choose an empty or new folder.\n",
            run.Error);
        Assert.Equal(2, run.ExitCode);
        Assert.Equal([("thesis.md", "my work")], TempFolder.ReadAll(Path.Combine(dir.Path, "notes")));
    }

    [Fact]
    public async Task It_replaces_an_earlier_dictionary_whole_and_leaves_no_temp_folders()
    {
        // Input: an earlier dictionary with a page the new one does not have (a dropped schema).
        using var dir = new TempFolder();
        await CliRun.RunAsync(dir.Path, "schema", "docs", RepoPaths.Schema, "--out", "docs");
        dir.Write("docs/cas_core/dropped_schema.md", "stale");

        var run = await CliRun.RunAsync(dir.Path, "schema", "docs", RepoPaths.Schema, "--out", "docs");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(
            "Wrote the data dictionary of " + RepoPaths.Schema
            + " (2 catalogs, 6 schemas, 22 tables, 158 columns, 8 enumerations): 10 pages in docs.\n",
            run.Out);
        Assert.False(File.Exists(Path.Combine(dir.Path, "docs", "cas_core", "dropped_schema.md")));
        Assert.Equal(["docs"], Directory.EnumerateFileSystemEntries(dir.Path).Select(Path.GetFileName));
    }

    [Fact]
    public async Task An_out_folder_that_cannot_be_created_is_one_line_and_exit_74()
    {
        // Bad input: --out below a path that is a file, so the folder cannot be created.
        using var dir = new TempFolder();
        dir.Write("notes.txt", "not a folder");

        var run = await CliRun.RunAsync(dir.Path, "schema", "docs", RepoPaths.Schema, "--out", "notes.txt/docs");

        Assert.Equal(74, run.ExitCode);
        Assert.StartsWith("assist schema docs: could not write 'notes.txt/docs': ", run.Error, StringComparison.Ordinal);
        Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal([("notes.txt", "not a folder")], TempFolder.ReadAll(dir.Path));
    }

    [Fact]
    public async Task Cancellation_before_writing_leaves_nothing()
    {
        // Input: Ctrl+C already pressed.
        using var dir = new TempFolder();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        var run = await CliRun.RunAsync(dir.Path, cancelled.Token, null, "schema", "docs", RepoPaths.Schema, "--out", "docs");

        Assert.Equal(130, run.ExitCode);
        Assert.Equal("assist: cancelled.\n", run.Error);
        Assert.Empty(Directory.EnumerateFileSystemEntries(dir.Path));
    }
}
