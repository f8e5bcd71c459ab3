using System.Text.Json;
using Assist.Cli.Tests.Infrastructure;
using Assist.Cli.Tests.Submissions;
using Assist.Query;
using Assist.TestKit;
using Xunit;

namespace Assist.Cli.Tests.Disclosure;

/// <summary>
/// <c>assist run</c> applies the rules by default, says so on the console and in disclosure.md/json, and with
/// <c>--no-disclosure</c> writes raw results and says that instead.
/// </summary>
public sealed class RunDisclosureTests(ExampleLakeFixture lake) : IClassFixture<ExampleLakeFixture>
{
    [Fact]
    public async Task A_person_level_output_is_withheld_by_run_and_the_report_says_why()
    {
        using var folder = new TempFolder();

        var run = await Run("per_student", folder.Combine("out"));

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("assist run: disclosure control: 0 of 1 outputs released, 1 withheld", run.Out, StringComparison.Ordinal);
        Assert.False(File.Exists(folder.Combine("out", "per_student.csv")));
        Assert.Equal(["disclosure.json", "disclosure.md", "per_student.sql", "review.json", "review.md"], Files(folder.Combine("out")));
        var output = Report(folder.Combine("out")).GetProperty("outputs")[0];
        Assert.Equal("withheld", output.GetProperty("status").GetString());
        Assert.Contains("each row describes one person", output.GetProperty("reason").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_disclosure_writes_raw_results_and_says_so_on_the_console_and_in_the_reports()
    {
        using var folder = new TempFolder();

        var run = await Run("per_student", folder.Combine("out"), "--no-disclosure");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("--no-disclosure: the files are RAW local results", run.Out, StringComparison.Ordinal);
        var report = Report(folder.Combine("out"));
        Assert.False(report.GetProperty("applied").GetBoolean());
        Assert.Equal("raw", report.GetProperty("outputs")[0].GetProperty("status").GetString());
        Assert.Contains("Disclosure control was NOT applied", await File.ReadAllTextAsync(folder.Combine("out", "disclosure.md")), StringComparison.Ordinal);
        var header = (await File.ReadAllLinesAsync(folder.Combine("out", "per_student.csv")))[0];
        Assert.Equal("StudentXid,Problems,PercentCorrect,HintsPerProblem,AttemptsPerProblem,BottomOutRate", header);
    }

    [Fact]
    public async Task A_declared_row_level_output_is_released_as_it_is_in_parquet_with_its_types()
    {
        using var folder = new TempFolder();

        var checkedRun = await Run("knowledge_tracing", folder.Combine("checked"), "--format", "parquet");
        var rawRun = await Run("knowledge_tracing", folder.Combine("raw"), "--format", "parquet", "--no-disclosure");

        Assert.True(checkedRun.ExitCode == 0, checkedRun.Error);
        Assert.True(rawRun.ExitCode == 0, rawRun.Error);
        Assert.Equal("released-row-level", Report(folder.Combine("checked")).GetProperty("outputs")[0].GetProperty("status").GetString());
        Assert.Equal(Describe(folder.Combine("raw", "attempts.parquet")), Describe(folder.Combine("checked", "attempts.parquet")));
        Assert.Contains("StartTime TIMESTAMP", Describe(folder.Combine("checked", "attempts.parquet")), StringComparison.Ordinal);
        Assert.Equal(Rows(folder.Combine("raw", "attempts.parquet")), Rows(folder.Combine("checked", "attempts.parquet")));
    }

    [Fact]
    public async Task A_bad_rules_file_stops_run_before_anything_is_written()
    {
        using var folder = new TempFolder();
        folder.Write("rules.yaml", "rounding:\n  base: -5\n");

        var run = await Run("class_summary", folder.Combine("out"), "--rules", folder.Combine("rules.yaml"));
        var both = await Run("class_summary", folder.Combine("out"), "--rules", folder.Combine("rules.yaml"), "--no-disclosure");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("rules.yaml(2,9): error: base must be a whole number from 1 to 1000000; got '-5'", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder.Combine("out")));
        Assert.Equal(2, both.ExitCode);
        Assert.Contains("--rules and --no-disclosure contradict each other", both.Error, StringComparison.Ordinal);
    }

    private Task<CliRun> Run(string example, string output, params string[] more) =>
        CliRun.RunAsync(RepoPaths.Root, ["run", $"examples/submissions/{example}.cs", "--lake", lake.Lake, "--out", output, "--schema", "schema", .. more]);

    private static IReadOnlyList<string?> Files(string folder) => Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();

    private static JsonElement Report(string folder)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "disclosure.json")));
        return document.RootElement.Clone();
    }

    private static string Describe(string parquet) => string.Join(", ", Query($"DESCRIBE SELECT * FROM read_parquet('{parquet}')", r => r.GetString(0) + " " + r.GetString(1)));

    private static IReadOnlyList<string> Rows(string parquet) => Query($"SELECT CAST(COLUMNS(*) AS VARCHAR) FROM read_parquet('{parquet}')",
        r => string.Join(",", Enumerable.Range(0, r.FieldCount).Select(i => r.IsDBNull(i) ? "" : r.GetString(i))));

    private static List<string> Query(string sql, Func<System.Data.Common.DbDataReader, string> read)
    {
        using var connection = new DuckDB.NET.Data.DuckDBConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(read(reader));
        }

        return rows;
    }
}
