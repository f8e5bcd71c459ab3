using System.Globalization;
using Assist.Cli.Submissions.Capture;

namespace Assist.Cli.Submissions.Plotting;

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
