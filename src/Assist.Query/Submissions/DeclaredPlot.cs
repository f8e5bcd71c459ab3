namespace Assist.Submissions;

/// <summary>
/// One plot a submission declared: drawn by <c>assist run --plots</c> as <c>&lt;name&gt;.png</c> from the file the
/// output was written to (the released values), never from the lake.
/// </summary>
/// <param name="Name">The plot's name, <c>[a-z][a-z0-9_]*</c>: the file is <c>&lt;name&gt;.png</c>.</param>
/// <param name="Kind">What is drawn.</param>
/// <param name="Output">The output it draws from.</param>
/// <param name="X">The x column (for a histogram, the values).</param>
/// <param name="Y">The y column; null for a histogram.</param>
/// <param name="Group">The column whose values split the rows into series, or null.</param>
/// <param name="Spread">The column of ± error bar half-widths (scatter with spread), or null.</param>
/// <param name="Title">The title drawn above the plot.</param>
/// <param name="Location">The <c>Submission.Plot</c> call.</param>
public sealed record DeclaredPlot(
    string Name, PlotKind Kind, string Output, string X, string? Y, string? Group, string? Spread, string Title, SubmissionLocation Location);
