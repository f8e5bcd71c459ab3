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
                var crowded = data.Series.Count > MaxLegendEntries;
                foreach (var series in data.Series)
                {
                    var line = Draw(plot, declared.Kind == "ScatterWithSpread", series, declared.Group is null || crowded ? null : declared.Group + " " + series.Group);
                    if (crowded)
                    {
                        // Too many series to tell apart: each is a faint line behind their mean.
                        line.Color = Colors.Gray.WithAlpha(0.35);
                        line.MarkerSize = 0;
                    }
                }

                if (crowded)
                {
                    var mean = Draw(plot, false, MeanOf(data.Series), $"mean of {data.Series.Count} {declared.Group} series (unweighted)");
                    mean.LineWidth = 3;
                    mean.Color = Colors.Navy;
                }

                plot.XLabel(declared.X);
                plot.YLabel(declared.Spread is null ? declared.Y! : $"{declared.Y} (± {declared.Spread})");
                break;
        }

        plot.SavePng(path, width, height);
    }

    // The mean y at each x over the series that have a point there.
    private static PlotSeries MeanOf(IReadOnlyList<PlotSeries> series)
    {
        var byX = series.SelectMany(s => s.X.Zip(s.Y)).GroupBy(p => p.First).OrderBy(g => g.Key).ToList();
        return new PlotSeries("mean", byX.Select(g => g.Key).ToList(), byX.Select(g => g.Average(p => p.Second)).ToList(), byX.Select(_ => 0.0).ToList());
    }

    private static ScottPlot.Plottables.Scatter Draw(Plot plot, bool spread, PlotSeries series, string? label)
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

        return line;
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
