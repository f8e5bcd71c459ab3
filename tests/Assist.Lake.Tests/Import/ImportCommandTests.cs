using Assist.Cli.Commands;
using Assist.Lake.Tests.Support;
using Assist.TestKit;

namespace Assist.Lake.Tests.Import;

/// <summary><c>assist import</c>'s command line: usage errors are exit 2 and write nothing; --force replaces a lake.</summary>
public sealed class ImportCommandTests
{
    private const string Csv = "user_id,problem_id,skill,correct,seq_pos\n1,10,add,1,0\n1,11,add,0,1\n2,10,add,1,0\n";

    [Theory]
    [InlineData("csv", "data.csv", "unknown format 'csv'")]
    [InlineData("responses", "missing.csv", "file 'missing.csv' does not exist")]
    [InlineData("responses", "", "name at least one file")]
    public async Task Command_line_mistakes_are_usage_errors(string format, string file, string message)
    {
        using var folder = new TempFolder();
        folder.Write("data.csv", Csv);
        string[] args = file.Length == 0 ? [format, "--out", "lake"] : [format, file, "--out", "lake"];
        var result = await CliRunner.Run(new ImportCommand(), folder.Path, args);
        Assert.Equal(ExitCodes.Usage, result.Code);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder.Combine("lake")));
    }

    [Fact]
    public async Task An_existing_lake_is_replaced_only_with_force()
    {
        using var folder = new TempFolder();
        folder.Write("data.csv", Csv);
        var first = await CliRunner.Run(new ImportCommand(), folder.Path, "responses", "data.csv", "--out", "lake", "--schema", RepoPaths.SchemaDirectory);
        Assert.Equal(ExitCodes.Success, first.Code);
        Assert.Contains("Imported 3 rows", first.Out, StringComparison.Ordinal);

        var again = await CliRunner.Run(new ImportCommand(), folder.Path, "responses", "data.csv", "--out", "lake");
        Assert.Equal(ExitCodes.Usage, again.Code);
        Assert.Contains("--force", again.Error, StringComparison.Ordinal);

        var forced = await CliRunner.Run(new ImportCommand(), folder.Path, "responses", "data.csv", "--out", "lake", "--force", "--schema", RepoPaths.SchemaDirectory);
        Assert.Equal(ExitCodes.Success, forced.Code);
        Assert.Equal(["data.csv", "lake"], Directory.EnumerateFileSystemEntries(folder.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }
}
