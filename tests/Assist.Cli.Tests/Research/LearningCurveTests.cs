using System.Buffers.Binary;
using Assist.Cli.Tests.Infrastructure;
using Assist.Cli.Tests.Submissions;
using Assist.Cli.Submissions.Plotting;
using Assist.TestKit;
using Xunit;

namespace Assist.Cli.Tests.Research;

/// <summary>
/// examples/research/learning_curve.cs: its outputs against hand-written SQL, its review files (which list the declared
/// plots) against golden files, and its plots drawn by <c>assist run --plots</c> as PNG files of a fixed size.
/// </summary>
public sealed class LearningCurveTests(ExampleLakeFixture lake) : IClassFixture<ExampleLakeFixture>
{
    private const string PerStudentMonth = """
        SELECT al.user_xid AS student, (year(pl.start_time) - 2023) * 12 + month(pl.start_time) - 9 AS month,
               avg(coalesce(pl.discrete_score, 0)) AS p
        FROM cas_core.student_data.problem_logs pl
        JOIN cas_core.student_data.assignment_logs al ON al.id = pl.assignment_log_id
        WHERE pl.start_time >= TIMESTAMP '2023-09-01' AND pl.start_time < TIMESTAMP '2024-07-01'
          AND pl.end_time IS NOT NULL AND pl.path_info NOT LIKE '%SP%'
        GROUP BY al.user_xid, month
        """;

    private const string Curve = $"SELECT month, count(*), avg(p), stddev_pop(p) FROM ({PerStudentMonth}) GROUP BY month";

    private const string PerStudent = """
        SELECT al.user_xid, count(*), avg(coalesce(pl.discrete_score, 0))
        FROM cas_core.student_data.problem_logs pl
        JOIN cas_core.student_data.assignment_logs al ON al.id = pl.assignment_log_id
        WHERE pl.start_time >= TIMESTAMP '2023-09-01' AND pl.start_time < TIMESTAMP '2024-07-01'
          AND pl.end_time IS NOT NULL AND pl.path_info NOT LIKE '%SP%'
        GROUP BY al.user_xid
        """;

    [Theory]
    [InlineData("learning_curve", Curve)]
    [InlineData("percent_correct_per_student", PerStudent)]
    public async Task Run_returns_what_hand_written_sql_returns(string output, string handWritten)
    {
        using var folder = new TempFolder();

        var run = await ResearchRun.RunAsync("learning_curve", lake.Lake, folder.Combine("out"));

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.True(ResultComparison.AssertSameRows(lake.Lake, handWritten, folder.Combine("out", output + ".csv")) >= 9);
    }

    [Fact]
    public async Task Review_files_list_the_plots_and_match_their_golden_files()
    {
        using var folder = new TempFolder();

        var files = await ResearchRun.AthenaSqlAsync("learning_curve", folder);

        GoldenFile.AssertMatches("Golden/learning_curve/review.json.txt", files["review.json"]);
        GoldenFile.AssertMatches("Golden/learning_curve/review.md.txt", files["review.md"]);
    }

    [Fact]
    public async Task Plots_are_png_files_of_the_fixed_size_drawn_from_the_outputs()
    {
        using var folder = new TempFolder();

        var run = await ResearchRun.RunAsync("learning_curve", lake.Lake, folder.Combine("out"), "--plots");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal(["learning_curve_plot.png", "percent_correct_histogram.png"],
            Directory.GetFiles(folder.Combine("out"), "*.png").Select(Path.GetFileName).Order(StringComparer.Ordinal));
        foreach (var png in Directory.GetFiles(folder.Combine("out"), "*.png"))
        {
            var bytes = await File.ReadAllBytesAsync(png);
            Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A], bytes[..8]);
            Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(bytes, 12, 4));
            Assert.Equal(PlotWriter.Width, BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16, 4)));
            Assert.Equal(PlotWriter.Height, BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20, 4)));
            Assert.InRange(bytes.Length, 10_000, 2_000_000);
        }
    }

    [Fact]
    public async Task Plots_read_the_written_csv_so_a_released_file_is_what_is_drawn()
    {
        using var folder = new TempFolder();
        var run = await ResearchRun.RunAsync("learning_curve", lake.Lake, folder.Combine("out"));
        Assert.True(run.ExitCode == 0, run.Error);

        // Drawing from a file whose values were blanked (as a suppressed cell would be) draws the remaining points only.
        var csv = folder.Combine("out", "learning_curve.csv");
        var lines = await File.ReadAllLinesAsync(csv);
        await File.WriteAllLinesAsync(csv, [lines[0], .. lines.Skip(1).Select((l, i) => i == 0 ? string.Join(",", l.Split(',')[0], "", "", "") : l)]);
        var plot = new Assist.Cli.Submissions.Capture.CapturedPlot("p", "ScatterWithSpread", "learning_curve", "CenteredMonth", "PercentCorrect", null, "StdDev", "t", 1);

        var data = PlotData.From(plot, OutputCsv.Read(csv));

        Assert.Equal(lines.Length - 2, data.Series.Single().X.Count);
        Assert.Empty(PlotWriter.Write(folder.Combine("out"), [plot]).Problems);
        Assert.True(File.Exists(folder.Combine("out", "p.png")));
    }

    [Fact]
    public void A_plot_whose_file_lacks_its_column_or_holds_text_is_reported_not_drawn()
    {
        using var folder = new TempFolder();
        folder.Write("o.csv", "Month,Label\n1,a\n");
        var missing = new Assist.Cli.Submissions.Capture.CapturedPlot("missing", "Line", "o", "Month", "Percent", null, null, "t", 7);
        var text = new Assist.Cli.Submissions.Capture.CapturedPlot("text", "Line", "o", "Month", "Label", null, null, "t", 9);

        var problems = PlotWriter.Write(folder.Path, [missing, text]).Problems;

        Assert.Equal(["AS2407", "AS2407"], problems.Select(p => p.Code));
        Assert.Equal([7, 9], problems.Select(p => p.Line));
        Assert.Contains("the file has no column Percent (its columns: Month, Label)", problems[0].Message, StringComparison.Ordinal);
        Assert.Contains("column Label holds 'a' on line 2, which is not a number", problems[1].Message, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(folder.Path, "*.png"));
    }

    [Fact]
    public void A_plot_of_an_output_disclosure_control_withheld_is_not_drawn_and_says_why()
    {
        // Withheld outputs have no file in the released folder; a plot must not be drawn from anything else.
        using var folder = new TempFolder();
        var plot = new Assist.Cli.Submissions.Capture.CapturedPlot("curve", "Line", "withheld", "Month", "Percent", null, null, "t", 3);

        var outcome = PlotWriter.Write(folder.Path, [plot]);

        Assert.Empty(outcome.Problems);
        Assert.Equal(["plot 'curve' not drawn: output 'withheld' was not released (see disclosure.md)."], outcome.NotDrawn);
        Assert.Empty(Directory.GetFiles(folder.Path, "*.png"));
    }

    [Fact]
    public async Task Plots_cannot_be_asked_of_parquet_outputs()
    {
        using var folder = new TempFolder();

        var run = await ResearchRun.RunAsync("learning_curve", lake.Lake, folder.Combine("out"), "--plots", "--format", "parquet");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--plots draws from the CSV outputs", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder.Combine("out")));
    }
}
