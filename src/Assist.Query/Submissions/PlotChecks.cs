namespace Assist.Submissions;

/// <summary>The rules a <c>Submission.Plot</c> declaration must follow (AS2307), each with how to fix it.</summary>
internal static class PlotChecks
{
    /// <summary>What is wrong with <paramref name="plot"/>, or null when it can be drawn.</summary>
    public static string? Problem(PlotRequest plot, IReadOnlyList<DeclaredPlot> plots, IReadOnlyList<DeclaredOutput> outputs)
    {
        if (!SubmissionCapture.IsValidName(plot.Name))
        {
            return $"plot name '{plot.Name}' is not valid: names are a lower-case letter then lower-case letters, digits or '_' ([a-z][a-z0-9_]*); it becomes the file name <name>.png.";
        }

        if (plots.FirstOrDefault(p => p.Name == plot.Name) is { } first)
        {
            return $"plot name '{plot.Name}' is declared twice (first at line {first.Location.Line}); each plot needs its own name.";
        }

        if (plot.Output is null || outputs.All(o => o.Name != plot.Output))
        {
            return $"plot '{plot.Name}' draws from output '{plot.Output}', which was not declared: pass what Submission.Output returned.";
        }

        if (!Enum.IsDefined(plot.Kind))
        {
            return $"plot '{plot.Name}' has kind {(int)plot.Kind}, which is not a PlotKind.";
        }

        if (plot.X is null)
        {
            return $"plot '{plot.Name}' needs an x column.";
        }

        var needsY = plot.Kind != PlotKind.Histogram;
        if (needsY != (plot.Y is not null))
        {
            return needsY
                ? $"plot '{plot.Name}' ({plot.Kind}) needs a y column."
                : $"plot '{plot.Name}' is a histogram of its x column: it takes no y column.";
        }

        if (plot.Kind == PlotKind.ScatterWithSpread && plot.Spread is null)
        {
            return $"plot '{plot.Name}' (ScatterWithSpread) needs a spread column: the ± half-width of each point's error bar.";
        }

        if (plot.Kind != PlotKind.ScatterWithSpread && plot.Spread is not null)
        {
            return $"plot '{plot.Name}' ({plot.Kind}) takes no spread column; use PlotKind.ScatterWithSpread for error bars.";
        }

        if (plot.Kind == PlotKind.Histogram && plot.Group is not null)
        {
            return $"plot '{plot.Name}' is a histogram: it takes no group column.";
        }

        var computed = new[] { ("x", plot.X), ("y", plot.Y), ("group", plot.Group), ("spread", plot.Spread) }
            .FirstOrDefault(c => c.Item2 is { Name: null });
        return computed.Item2 is { } column
            ? $"plot '{plot.Name}': the {computed.Item1} selector '{column.Text}' must name one column of the output's rows (r => r.Column), not compute a value: plots draw what the output file holds."
            : null;
    }
}
