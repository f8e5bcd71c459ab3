using System.Globalization;
using System.Text.Json;
using Assist.Cli.Disclosure.Engine;
using Assist.Cli.Tests.Infrastructure;
using Assist.Query;
using Assist.TestKit;
using Xunit;

namespace Assist.Cli.Tests.Disclosure;

/// <summary>
/// <c>assist run</c> of the class-level example on a lake with a class of 3 students suppresses exactly the cells that
/// hand-written SQL says rest on fewer than 10 persons (or are dominated by one), and rounds the counts it releases.
/// </summary>
public sealed class SmallClassRunTests(SmallClassLakeFixture lake) : IClassFixture<SmallClassLakeFixture>
{
    // Per class: distinct students, problem logs, and for each average the largest student's share of the class's sum
    // (the dominance rule's input), written from the lake description's join rules, not from the compiler's SQL.
    private const string PerClass = """
        WITH logs AS (
            SELECT a.group_context_xid AS class_xid, al.user_xid, coalesce(pl.discrete_score, 0)::DOUBLE AS score, pl.hint_count::DOUBLE AS hints
            FROM cas_core.student_data.problem_logs pl
            JOIN cas_core.student_data.assignment_logs al ON al.id = pl.assignment_log_id
            LEFT JOIN cas_core.core.external_references x ON x.id = al.assignment_xid AND x.xref_type_id = 3
            LEFT JOIN cas_core.core.assignments a ON a.id = x.target_id
            WHERE pl.start_time >= TIMESTAMP '2023-09-01' AND pl.end_time IS NOT NULL),
        per_person AS (SELECT class_xid, user_xid, sum(score) AS score, sum(hints) AS hints FROM logs GROUP BY ALL)
        SELECT l.class_xid::VARCHAR, count(DISTINCT l.user_xid), count(*), avg(l.score), avg(l.hints),
               (SELECT max(p.score) FROM per_person p WHERE p.class_xid IS NOT DISTINCT FROM l.class_xid) / nullif(sum(l.score), 0),
               (SELECT max(p.hints) FROM per_person p WHERE p.class_xid IS NOT DISTINCT FROM l.class_xid) / nullif(sum(l.hints), 0)
        FROM logs l
        GROUP BY l.class_xid
        """;

    [Fact]
    public async Task Run_suppresses_exactly_the_cells_below_the_threshold()
    {
        using var folder = new TempFolder();
        var classes = Expected();
        Assert.Contains(classes, c => c.Persons == 3);
        Assert.Contains(classes, c => c.Persons >= 10);

        var run = await CliRun.RunAsync(RepoPaths.Root, "run", "examples/submissions/class_summary.cs", "--lake", lake.Lake, "--out", folder.Combine("out"), "--schema", "schema");

        Assert.True(run.ExitCode == 0, run.Error);
        var released = (await File.ReadAllLinesAsync(folder.Combine("out", "class_summary.csv"))).Skip(1).Select(l => l.Split(',')).ToDictionary(r => r[0]);
        Assert.Equal(classes.Select(c => c.Class ?? "").Order(StringComparer.Ordinal), released.Keys.Order(StringComparer.Ordinal));
        var expectedCells = new List<string>();
        foreach (var c in classes)
        {
            var row = released[c.Class ?? ""];
            if (c.Persons < 10)
            {
                Assert.Equal(["", "", ""], row[1..]);
                expectedCells.AddRange(new[] { "Problems", "PercentCorrect", "HintsPerProblem" }.Select(column => $"{c.Class}|{column}|suppressed-primary"));
                continue;
            }

            var rounded = CountRounding.Round(c.Problems, 5);
            Assert.Equal(rounded.ToString(CultureInfo.InvariantCulture), row[1]);
            if (rounded != c.Problems)
            {
                expectedCells.Add($"{c.Class}|Problems|rounded");
            }

            AssertAverage(c.PercentCorrect, c.ScoreShare, row[2], c.Class + "|PercentCorrect", expectedCells);
            AssertAverage(c.HintsPerProblem, c.HintShare, row[3], c.Class + "|HintsPerProblem", expectedCells);
        }

        using var report = JsonDocument.Parse(await File.ReadAllTextAsync(folder.Combine("out", "disclosure.json")));
        var cells = report.RootElement.GetProperty("cells").EnumerateArray()
            .Select(c => $"{c.GetProperty("row")[0].GetProperty("value").GetString()}|{c.GetProperty("column").GetString()}|{c.GetProperty("action").GetString()}");
        Assert.Equal(expectedCells.Order(StringComparer.Ordinal), cells.Order(StringComparer.Ordinal));
    }

    private static void AssertAverage(double value, double? share, string released, string cell, List<string> expectedCells)
    {
        if (share > 0.5)
        {
            Assert.Equal("", released);
            expectedCells.Add(cell + "|suppressed-dominance");
        }
        else
        {
            Assert.Equal(value, double.Parse(released, CultureInfo.InvariantCulture), 1e-9);
        }
    }

    private List<ExpectedClass> Expected()
    {
        using var local = LocalLake.Open(lake.Lake);
        using var command = local.Connection.CreateCommand();
        command.CommandText = PerClass;
        using var reader = command.ExecuteReader();
        var rows = new List<ExpectedClass>();
        while (reader.Read())
        {
            rows.Add(new ExpectedClass(reader.IsDBNull(0) ? null : reader.GetString(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetDouble(3), reader.GetDouble(4),
                reader.IsDBNull(5) ? null : reader.GetDouble(5), reader.IsDBNull(6) ? null : reader.GetDouble(6)));
        }

        return rows;
    }

    private sealed record ExpectedClass(string? Class, long Persons, long Problems, double PercentCorrect, double HintsPerProblem, double? ScoreShare, double? HintShare);
}
