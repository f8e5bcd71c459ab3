using System.Globalization;
using Assist.Cli.Submissions.Capture;

namespace Assist.Cli.Submissions.Plotting;

/// <summary>
/// <c>assist run --plots</c>: draws each declared plot as <c>&lt;name&gt;.png</c> in the staging folder, from the CSV
/// file its output was written to. Reading the file back, not the lake, means a plot shows exactly the values that are
/// released with the outputs (after any disclosure control applied to them), nothing more.
/// </summary>
internal static class PlotWriter
{
    /// <summary>The image size: fixed, so the same output gives the same picture.</summary>
    public const int Width = 900;

    /// <summary>The image height.</summary>
    public const int Height = 560;

    /// <summary>Draws <paramref name="plots"/> from the CSV files in <paramref name="folder"/>; returns the plots that could not be drawn (AS2407).</summary>
    public static IReadOnlyList<CapturedProblem> Write(string folder, IReadOnlyList<CapturedPlot> plots)
    {
        var problems = new List<CapturedProblem>();
        foreach (var plot in plots)
        {
            try
            {
                var data = PlotData.From(plot, OutputCsv.Read(Path.Combine(folder, plot.Output + ".csv")));
                var temp = Path.Combine(folder, "." + plot.Name + ".png.tmp");
                PlotRenderer.Render(plot, data, temp, Width, Height);
                File.Move(temp, Path.Combine(folder, plot.Name + ".png"), overwrite: true);
            }
            catch (Exception e) when (e is FormatException or FileNotFoundException)
            {
                problems.Add(new CapturedProblem("AS2407", $"plot '{plot.Name}' cannot be drawn from {plot.Output}.csv: {e.Message}", plot.Line));
            }
        }

        return problems;
    }
}

/// <summary>A plot's numbers read from its output's file: one series per group value, in order of first appearance.</summary>
internal sealed record PlotData(IReadOnlyList<PlotSeries> Series)
{
    public static PlotData From(CapturedPlot plot, OutputCsv csv)
    {
        int Column(string? name) => name is null ? -1 : csv.IndexOf(name) is var i and >= 0 ? i
            : throw new FormatException($"the file has no column {name} (its columns: {string.Join(", ", csv.Header)}).");

        var (x, y, group, spread) = (Column(plot.X), Column(plot.Y), Column(plot.Group), Column(plot.Spread));
        var series = new Dictionary<string, PlotSeries>(StringComparer.Ordinal);
        var order = new List<PlotSeries>();
        for (var row = 0; row < csv.Rows.Count; row++)
        {
            var fields = csv.Rows[row];
            // An empty field is NULL (or a suppressed cell): such a point is not drawn.
            if (fields[x].Length == 0 || (y >= 0 && fields[y].Length == 0))
            {
                continue;
            }

            var key = group >= 0 ? fields[group] : "";
            if (!series.TryGetValue(key, out var s))
            {
                s = new PlotSeries(key, [], [], []);
                series.Add(key, s);
                order.Add(s);
            }

            s.X.Add(Number(fields[x], plot.X, row));
            s.Y.Add(y >= 0 ? Number(fields[y], plot.Y!, row) : 0);
            s.Spread.Add(spread >= 0 && fields[spread].Length > 0 ? Number(fields[spread], plot.Spread!, row) : 0);
        }

        return new PlotData(order);
    }

    private static double Number(string text, string column, int row) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value
            : text is "true" or "false"
                ? text == "true" ? 1 : 0
                : throw new FormatException($"column {column} holds '{text}' on line {row + 2}, which is not a number.");
}

/// <summary>One series: its group value ("" without a group column) and its points.</summary>
internal sealed record PlotSeries(string Group, List<double> X, List<double> Y, List<double> Spread);
