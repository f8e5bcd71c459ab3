using Assist.Cli.Submissions.Capture;
using ScottPlot;

namespace Assist.Cli.Submissions.Plotting;

/// <summary>Draws one plot with ScottPlot and saves it as a PNG of a fixed size.</summary>
internal static class PlotRenderer
{
    /// <summary>More series than this are drawn without a legend (it would cover the plot).</summary>
    public const int MaxLegendEntries = 12;

    public static void Render(CapturedPlot declared, PlotData data, string path, int width, int height)
    {
        var plot = new Plot();
        plot.Title(declared.Title);
        switch (declared.Kind)
        {
            case "Histogram":
                Histogram(plot, data);
                plot.XLabel(declared.X);
                plot.YLabel("count");
                break;
            default:
                foreach (var series in data.Series)
                {
                    Draw(plot, declared.Kind == "ScatterWithSpread", series, declared.Group is null ? null : declared.Group + " " + series.Group);
                }

                plot.XLabel(declared.X);
                plot.YLabel(declared.Spread is null ? declared.Y! : $"{declared.Y} (± {declared.Spread})");
                if (declared.Group is not null && data.Series.Count <= MaxLegendEntries)
                {
                    plot.ShowLegend();
                }

                break;
        }

        plot.SavePng(path, width, height);
    }

    private static void Draw(Plot plot, bool spread, PlotSeries series, string? label)
    {
        var points = Enumerable.Range(0, series.X.Count).OrderBy(i => series.X[i]).ToList();
        var xs = points.Select(i => series.X[i]).ToArray();
        var ys = points.Select(i => series.Y[i]).ToArray();
        var line = plot.Add.Scatter(xs, ys);
        if (label is not null)
        {
            line.LegendText = label;
        }

        if (spread)
        {
            var bars = plot.Add.ErrorBar(xs, ys, points.Select(i => series.Spread[i]).ToArray());
            bars.Color = line.Color;
        }
    }

    private static void Histogram(Plot plot, PlotData data)
    {
        var values = data.Series.SelectMany(s => s.X).ToList();
        if (values.Count == 0)
        {
            return;
        }

        var (min, max) = (values.Min(), values.Max());
        if (max <= min)
        {
            max = min + 1;
        }

        var histogram = ScottPlot.Statistics.Histogram.WithBinCount(20, min, max);
        histogram.AddRange(values);
        plot.Add.Histogram(histogram);
    }
}
