using System.Globalization;
using Assist.Cli.Tests.Infrastructure;
using Assist.Query;
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
        var lines = (await File.ReadAllLinesAsync(folder.Combine("out", output + ".csv"))).ToList();
        var expected = HandWrittenRows(handWritten);
        Assert.NotEmpty(expected);
        Assert.Equal(expected.Count, lines.Count - 1);
        // The output's own columns; disclosure control's columns after them are checked by DisclosureColumnsTests.
        var own = expected[0].Length;
        var actual = lines.Skip(1).Select(l => l.Split(',')[..own]).ToList();
        foreach (var (want, got) in Sorted(expected).Zip(Sorted(actual)))
        {
            Assert.Equal(want.Length, got.Length);
            for (var i = 0; i < want.Length; i++)
            {
                AssertSameValue(want[i], got[i]);
            }
        }
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

    private List<string[]> HandWrittenRows(string sql)
    {
        using var local = LocalLake.Open(lake.Lake);
        using var command = local.Connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string[]>();
        while (reader.Read())
        {
            rows.Add(Enumerable.Range(0, reader.FieldCount).Select(i => Canonical(reader.IsDBNull(i) ? null : reader.GetValue(i))).ToArray());
        }

        return rows;
    }

    // The CSV's own conventions: NULL empty, ISO 8601 timestamps with microseconds, lower-case booleans, invariant numbers.
    private static string Canonical(object? value) => value switch
    {
        null => "",
        DateTime t => t.ToString("yyyy-MM-ddTHH:mm:ss.ffffff", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static IEnumerable<string[]> Sorted(IEnumerable<string[]> rows) => rows.OrderBy(r => string.Join(",", r), StringComparer.Ordinal);

    // Numbers compare as numbers (C# writes 0 where DuckDB writes 0.0; averages may differ in the last bits between
    // two plans); everything else must be equal as text.
    private static void AssertSameValue(string expected, string actual)
    {
        if (double.TryParse(expected, CultureInfo.InvariantCulture, out var e) && double.TryParse(actual, CultureInfo.InvariantCulture, out var a))
        {
            Assert.Equal(e, a, 1e-9);
        }
        else
        {
            Assert.Equal(expected, actual);
        }
    }
}
