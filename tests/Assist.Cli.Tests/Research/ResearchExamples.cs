using System.Globalization;
using System.Text.Json;
using Assist.Cli.Tests.Infrastructure;
using Assist.Query;
using Assist.TestKit;
using Xunit;

namespace Assist.Cli.Tests.Research;

/// <summary>
/// Reads back what <c>assist run</c> and <c>assist sql</c> wrote for the submissions of examples/research (run through
/// <see cref="ResearchRun"/>) and compares their CSV with hand-written SQL on the same lake, row by row in output order.
/// </summary>
internal static class ResearchExamples
{
    /// <summary>Runs the submission on the lake and reads output <paramref name="output"/>'s CSV back; the run must succeed.</summary>
    public static async Task<(IReadOnlyList<string> Header, List<string[]> Rows)> RunAndReadAsync(string submission, string lake, TempFolder folder, string output)
    {
        var run = await ResearchRun.RunFileAsync(submission, lake, folder.Combine("out"));
        Assert.True(run.ExitCode == 0, run.Error);
        return ReadCsv(lake, folder.Combine("out", output + ".csv"));
    }

    /// <summary><c>assist sql</c> in the Athena dialect (the default) into <paramref name="outFolder"/>.</summary>
    public static async Task<CliRun> SqlAsync(string submission, string outFolder) =>
        await CliRun.RunAsync(RepoPaths.Root, "sql", submission, "--out", outFolder, "--schema", "schema");

    /// <summary>The output's CSV as read back by DuckDB (quoted fields with commas included): header and rows as text.</summary>
    public static (IReadOnlyList<string> Header, List<string[]> Rows) ReadCsv(string lake, string csvPath)
    {
        var sql = $"SELECT * FROM read_csv('{csvPath.Replace("'", "''", StringComparison.Ordinal)}', header = true, all_varchar = true)";
        using var local = LocalLake.Open(lake);
        using var command = local.Connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var header = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToList();
        return (header, ResultComparison.Rows(reader));
    }

    /// <summary>Same rows in the same order; numbers equal to 1e-9 relative (sums may add in another order).</summary>
    public static void AssertSameRows(List<string[]> expected, List<string[]> actual)
    {
        Assert.NotEmpty(expected);
        Assert.Equal(expected.Count, actual.Count);
        for (var r = 0; r < expected.Count; r++)
        {
            Assert.True(expected[r].Length == actual[r].Length, $"row {r}: {expected[r].Length} columns expected, {actual[r].Length} found");
            for (var c = 0; c < expected[r].Length; c++)
            {
                AssertSameValue(expected[r][c], actual[r][c], $"row {r}, column {c}");
            }
        }
    }

    /// <summary>The review.json <c>assist sql</c> wrote, parsed.</summary>
    public static JsonElement Review(string outFolder) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(outFolder, "review.json"))).RootElement;

    /// <summary>Checks what a reviewer sees of a per-student output: row-level as declared, person-level, no PII read.</summary>
    public static void AssertPersonLevelWithoutPii(string outFolder, string output)
    {
        var entry = Review(outFolder).GetProperty("outputs").EnumerateArray().Single(o => o.GetProperty("name").GetString() == output);
        Assert.True(entry.GetProperty("rowLevel").GetBoolean());
        Assert.True(entry.GetProperty("personLevel").GetBoolean());
        Assert.Empty(entry.GetProperty("piiColumns").EnumerateArray());
        TrinoGrammar.AssertValid(File.ReadAllText(Path.Combine(outFolder, output + ".sql")));
    }

    private static void AssertSameValue(string expected, string actual, string where)
    {
        if (double.TryParse(expected, CultureInfo.InvariantCulture, out var e) && double.TryParse(actual, CultureInfo.InvariantCulture, out var a))
        {
            Assert.True(Math.Abs(e - a) <= 1e-9 * Math.Max(1, Math.Abs(e)), $"{where}: expected {expected}, got {actual}");
        }
        else
        {
            Assert.True(expected == actual, $"{where}: expected '{expected}', got '{actual}'");
        }
    }
}
