using System.Globalization;
using System.Text.Json;
using Assist.Cli.Tests.Infrastructure;
using Assist.Query;
using Assist.TestKit;
using Xunit;

namespace Assist.Cli.Tests.Submissions;

/// <summary>
/// The SQL <c>assist sql</c> writes for the example submissions carries disclosure control's columns exactly where it
/// should: run on DuckDB over the synthetic lake, <c>#persons</c> and the <c>#top_share:</c> columns equal
/// hand-written SQL and the output's own columns are what the hand-written query returns; person-level and row-level
/// outputs carry none. The raw results are checked, not released files (the rules are applied elsewhere).
/// </summary>
public sealed class DisclosureColumnsTests(ExampleLakeFixture lake) : IClassFixture<ExampleLakeFixture>
{
    [Fact]
    public async Task Class_summary_counts_persons_and_top_shares_as_hand_written_sql_does()
    {
        var (names, rows) = await RunDuckDbSqlAsync("class_summary", "class_summary");

        Assert.Equal(["ClassXid", "Problems", "PercentCorrect", "HintsPerProblem", "#persons", "#top_share:PercentCorrect", "#top_share:HintsPerProblem"], names);
        AssertSameRows(Query(HandWrittenSql.ClassSummary), rows.Select(r => r[..4]).ToList());
        AssertSameRows(Query(HandWrittenSql.ClassSummaryDisclosure), rows.Select(r => new[] { r[0], r[4], r[5], r[6] }).ToList());
        Assert.Contains(rows, r => Convert.ToInt64(r[4], CultureInfo.InvariantCulture) > 1);
    }

    [Theory]
    [InlineData("per_student", "per_student")]
    [InlineData("knowledge_tracing", "attempts")]
    public async Task Person_level_and_row_level_outputs_carry_no_disclosure_columns(string example, string output)
    {
        var (names, rows) = await RunDuckDbSqlAsync(example, output);

        Assert.NotEmpty(rows);
        Assert.DoesNotContain(names, n => n.StartsWith('#'));
    }

    [Fact]
    public async Task Review_json_names_the_columns_and_each_own_columns_kind()
    {
        using var folder = new TempFolder();
        var run = await CliRun.RunAsync(RepoPaths.Root, "sql", "examples/submissions/class_summary.cs", "--out", folder.Combine("out"), "--schema", "schema");
        Assert.True(run.ExitCode == 0, run.Error);
        using var review = JsonDocument.Parse(await File.ReadAllTextAsync(folder.Combine("out", "review.json")));

        Assert.Equal("#persons", review.RootElement.GetProperty("disclosure").GetProperty("personsColumn").GetString());
        Assert.Equal("#top_share:", review.RootElement.GetProperty("disclosure").GetProperty("topSharePrefix").GetString());
        var disclosure = review.RootElement.GetProperty("outputs")[0].GetProperty("disclosure");
        Assert.Equal("cas_core.student_data.assignment_logs.user_xid", disclosure.GetProperty("personPath").GetString());
        Assert.Equal(JsonValueKind.Null, disclosure.GetProperty("manualReview").ValueKind);
        Assert.Equal(["key", "count", "average", "average"], disclosure.GetProperty("columns").EnumerateArray().Select(c => c.GetProperty("kind").GetString()));
    }

    // `assist sql --dialect duckdb`, then the .sql file run on the lake with review.json's parameter values.
    private async Task<(string[] Names, List<object?[]> Rows)> RunDuckDbSqlAsync(string example, string output)
    {
        using var folder = new TempFolder();
        var run = await CliRun.RunAsync(RepoPaths.Root, "sql", $"examples/submissions/{example}.cs", "--dialect", "duckdb", "--out", folder.Combine("out"), "--schema", "schema");
        Assert.True(run.ExitCode == 0, run.Error);
        var sql = await File.ReadAllTextAsync(folder.Combine("out", output + ".sql"));
        using var review = JsonDocument.Parse(await File.ReadAllTextAsync(folder.Combine("out", "review.json")));
        var parameters = review.RootElement.GetProperty("outputs")[0].GetProperty("parameters").EnumerateArray().ToList();

        // DuckDB numbers its parameters; each $n becomes the literal review.json gives (highest first: $1 is in $10).
        foreach (var parameter in parameters.OrderByDescending(p => p.GetProperty("position").GetInt32()))
        {
            sql = sql.Replace("$" + parameter.GetProperty("position").GetInt32().ToString(CultureInfo.InvariantCulture), parameter.GetProperty("literalText").GetString(), StringComparison.Ordinal);
        }

        using var local = LocalLake.Open(lake.Lake);
        using var command = local.Connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var names = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToArray();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            rows.Add(Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? null : reader.GetValue(i)).ToArray());
        }

        return (names, rows);
    }

    private List<object?[]> Query(string sql)
    {
        using var local = LocalLake.Open(lake.Lake);
        using var command = local.Connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            rows.Add(Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? null : reader.GetValue(i)).ToArray());
        }

        return rows;
    }

    // Rows as multisets keyed by their first column; numbers compare as numbers (two plans may differ in the last bits).
    private static void AssertSameRows(List<object?[]> expected, List<object?[]> actual)
    {
        Assert.NotEmpty(expected);
        Assert.Equal(expected.Count, actual.Count);
        foreach (var (want, got) in Sorted(expected).Zip(Sorted(actual)))
        {
            Assert.Equal(want.Length, got.Length);
            for (var i = 0; i < want.Length; i++)
            {
                if (want[i] is null || got[i] is null)
                {
                    Assert.Equal(want[i] is null, got[i] is null);
                }
                else
                {
                    Assert.Equal(Convert.ToDouble(want[i], CultureInfo.InvariantCulture), Convert.ToDouble(got[i], CultureInfo.InvariantCulture), 1e-9);
                }
            }
        }
    }

    private static IEnumerable<object?[]> Sorted(List<object?[]> rows) =>
        rows.OrderBy(r => r[0] is null ? "" : Convert.ToString(r[0], CultureInfo.InvariantCulture), StringComparer.Ordinal);
}
