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

    /// <summary>
    /// Draws <paramref name="plots"/> from the CSV files in <paramref name="folder"/>. A plot whose output has no file,
    /// because disclosure control withheld it, is not drawn and is listed in <see cref="PlotOutcome.NotDrawn"/>: drawing
    /// it from anything else would release what the rules held back. A file that cannot be drawn is a problem (AS2407).
    /// </summary>
    public static PlotOutcome Write(string folder, IReadOnlyList<CapturedPlot> plots)
    {
        var problems = new List<CapturedProblem>();
        var notDrawn = new List<string>();
        foreach (var plot in plots)
        {
            var csv = Path.Combine(folder, plot.Output + ".csv");
            if (!File.Exists(csv))
            {
                notDrawn.Add($"plot '{plot.Name}' not drawn: output '{plot.Output}' was not released (see disclosure.md).");
                continue;
            }

            try
            {
                var data = PlotData.From(plot, OutputCsv.Read(csv));
                var temp = Path.Combine(folder, "." + plot.Name + ".png.tmp");
                PlotRenderer.Render(plot, data, temp, Width, Height);
                File.Move(temp, Path.Combine(folder, plot.Name + ".png"), overwrite: true);
            }
            catch (FormatException e)
            {
                problems.Add(new CapturedProblem("AS2407", $"plot '{plot.Name}' cannot be drawn from {plot.Output}.csv: {e.Message}", plot.Line));
            }
        }

        return new PlotOutcome(problems, notDrawn);
    }
}

/// <summary>What <see cref="PlotWriter.Write"/> did: plots that could not be drawn (problems) and plots left out because their output was withheld.</summary>
internal sealed record PlotOutcome(IReadOnlyList<CapturedProblem> Problems, IReadOnlyList<string> NotDrawn);
