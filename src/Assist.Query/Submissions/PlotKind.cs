namespace Assist.Submissions;

/// <summary>What a <see cref="Submission.Plot{T}"/> draws.</summary>
public enum PlotKind
{
    /// <summary>Lines through the (x, y) points in x order, one line per group when a group column is given.</summary>
    Line,

    /// <summary>Markers at (x, y) with an error bar of ± spread (e.g. a standard deviation), one series per group.</summary>
    ScatterWithSpread,

    /// <summary>A histogram of the x column's values (y, group and spread are not used).</summary>
    Histogram,
}
