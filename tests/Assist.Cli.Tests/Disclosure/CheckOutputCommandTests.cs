using Assist.Cli.Tests.Infrastructure;
using Assist.TestKit;
using Xunit;

namespace Assist.Cli.Tests.Disclosure;

/// <summary>
/// <c>assist check-output</c> on files as Athena writes them (every value quoted), and the bad inputs it refuses: each
/// with file(line,col), exit 1 and no released folder.
/// </summary>
public sealed class CheckOutputCommandTests
{
    private static readonly FixtureOutput PerClass = new("per_class", ("Class", "key"), ("Problems", "count"), ("Hints", "sum"));

    private const string Header = "\"Class\",\"Problems\",\"Hints\",\"#persons\",\"#top_share:Hints\"";

    [Fact]
    public async Task Athena_results_are_checked_and_released_with_both_reports()
    {
        using var folder = Setup(Header + "\n\"c1\",\"42\",\"120\",\"12\",\"0.25\"\n\"c2\",\"7\",\"30\",\"3\",\"0.5\"\n\"c, 3\",\"\",\"\",\"15\",\"\"\n");

        var run = await Run(folder);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("1 of 1 outputs released", run.Out, StringComparison.Ordinal);
        Assert.Equal(["disclosure.json", "disclosure.md", "per_class.csv"], Directory.GetFiles(folder.Combine("released")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal("Class,Problems,Hints\nc1,40,120\nc2,,\n\"c, 3\",\"\",\"\"\n", await File.ReadAllTextAsync(folder.Combine("released", "per_class.csv")));
        var markdown = await File.ReadAllTextAsync(folder.Combine("released", "disclosure.md"));
        Assert.Contains("| minimum-persons | yes | persons: 10 |", markdown, StringComparison.Ordinal);
        Assert.Contains("| `per_class` | Class = c2 | Problems | suppressed-primary |", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("| 7 |", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_rules_file_changes_the_settings()
    {
        using var folder = Setup(Header + "\n\"c1\",\"42\",\"120\",\"3\",\"0.25\"\n");
        folder.Write("rules.yaml", "minimum_persons:\n  persons: 2\nrounding:\n  base: 10\n");

        var run = await Run(folder, "--rules", folder.Combine("rules.yaml"));

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal("Class,Problems,Hints\nc1,40,120\n", await File.ReadAllTextAsync(folder.Combine("released", "per_class.csv")));
    }

    public static TheoryData<string, string, string> BadFiles => new()
    {
        { "a column the review does not declare", Header + ",\"Extra\"\n\"c1\",\"42\",\"120\",\"12\",\"0.25\",\"x\"\n", "per_class.csv(1,58): error: 'Extra' is not a column of output 'per_class'" },
        { "no persons column", "\"Class\",\"Problems\",\"Hints\",\"#top_share:Hints\"\n\"c1\",\"42\",\"120\",\"0.25\"\n", "per_class.csv(1,1): error: the header lacks '#persons' of output 'per_class' (the persons column" },
        { "a declared column missing", "\"Class\",\"Hints\",\"#persons\",\"#top_share:Hints\"\n", "per_class.csv(1,1): error: the header lacks 'Problems'" },
        { "a column twice", Header + ",\"Class\"\n", "per_class.csv(1,58): error: the column 'Class' appears twice" },
        { "a short row", Header + "\n\"c1\",\"42\",\"120\",\"12\"\n", "per_class.csv(2,17): error: the row has 4 fields; the header has 5" },
        { "a long row", Header + "\n\"c1\",\"42\",\"120\",\"12\",\"0.2\",\"9\"\n", "per_class.csv(2,28): error: the row has 6 fields; the header has 5" },
        { "a quote never closed", Header + "\n\"c1\",\"42\",\"120\",\"12\",\"0.2\n", "per_class.csv(2,22): error: a quoted field is not closed" },
        { "text after a closing quote", Header + "\n\"c1\"x,\"42\",\"120\",\"12\",\"0.2\"\n", "per_class.csv(2,5): error: text after a closing quote" },
        { "a quote inside an unquoted field", Header + "\nc\"1,42,120,12,0.2\n", "per_class.csv(2,2): error: a quote inside an unquoted field" },
        { "persons not a whole number", Header + "\n\"c1\",\"42\",\"120\",\"12.5\",\"0.2\"\n", "per_class.csv(2,17): error: '#persons' must be a whole number of persons; got '12.5'" },
        { "persons empty", Header + "\n\"c1\",\"42\",\"120\",,\"0.2\"\n", "per_class.csv(2,17): error: '#persons' must be a whole number" },
        { "a share above 1", Header + "\n\"c1\",\"42\",\"120\",\"12\",\"1.5\"\n", "per_class.csv(2,22): error: '#top_share:Hints' must be a share from 0 to 1" },
        { "a count that is not a number", Header + "\n\"c1\",\"many\",\"120\",\"12\",\"0.2\"\n", "per_class.csv(2,6): error: 'Problems' is a count; got 'many'" },
        { "an empty file", "", "per_class.csv(1,1): error: the file is empty" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task A_malformed_results_file_is_refused_and_nothing_is_written(string bad, string csv, string expected)
    {
        using var folder = Setup(csv);

        var run = await Run(folder);

        Assert.True(run.ExitCode == 1, bad + ": " + run.Out + run.Error);
        Assert.Contains(Path.Combine("results", expected), run.Error, StringComparison.Ordinal);
        Assert.Contains("nothing was written", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder.Combine("released")), bad);
        Assert.Equal(["results", "review.json"], Directory.GetFileSystemEntries(folder.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_missing_results_file_is_refused()
    {
        using var folder = Setup(null);

        var run = await Run(folder);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("results file of output 'per_class' is missing", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder.Combine("released")));
    }

    [Fact]
    public async Task A_released_folder_that_is_not_empty_is_refused()
    {
        using var folder = Setup(Header + "\n");
        folder.Write("released/old.csv", "x\n");

        var run = await Run(folder);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("exists and is not empty", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_review_json_is_refused_at_its_line_and_column()
    {
        using var folder = Setup(Header + "\n");
        folder.Write("review.json", "{\n  \"submission\": {\n    \"file\": \"x.cs\",\n  }\n}\n");

        var run = await Run(folder);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith(folder.Combine("review.json") + "(4,3): error: not valid JSON", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_names_the_command_and_its_options()
    {
        var help = new Assist.Cli.Commands.Submissions.CheckOutputCommand().Help;

        Assert.Contains("assist check-output <results dir> --review <review.json> --out <released dir> [--rules <rules.yaml>]", help, StringComparison.Ordinal);
    }

    private static TempFolder Setup(string? csv)
    {
        var folder = new TempFolder("assist-check-output");
        folder.Write("review.json", ReviewFixture.Json(PerClass));
        Directory.CreateDirectory(folder.Combine("results"));
        if (csv is not null)
        {
            folder.Write("results/per_class.csv", csv);
        }

        return folder;
    }

    private static Task<CliRun> Run(TempFolder folder, params string[] more) =>
        CliRun.RunAsync(folder.Path, ["check-output", "results", "--review", folder.Combine("review.json"), "--out", "released", .. more]);
}
