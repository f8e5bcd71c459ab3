namespace Assist.Query;

/// <summary>
/// The OVER clause of a window function, built inside a query lambda:
/// <c>Window.PartitionBy(pl.UserXid).OrderBy(pl.StartTime)</c>. A marker: the translator reads it, it never runs.
/// </summary>
public sealed class WindowSpec
{
    private WindowSpec()
    {
    }

    /// <summary>Adds an ascending ORDER BY key (NULLS LAST).</summary>
    public WindowSpec OrderBy<TKey>(TKey key) => throw Window.Marker();

    /// <summary>Adds a descending ORDER BY key (NULLS LAST).</summary>
    public WindowSpec OrderByDescending<TKey>(TKey key) => throw Window.Marker();

    /// <summary>Adds an ascending key after the first.</summary>
    public WindowSpec ThenBy<TKey>(TKey key) => throw Window.Marker();

    /// <summary>Adds a descending key after the first.</summary>
    public WindowSpec ThenByDescending<TKey>(TKey key) => throw Window.Marker();

    /// <summary>
    /// A ROWS frame. Bounds are row offsets: null is UNBOUNDED, 0 the current row, -n n PRECEDING, +n n FOLLOWING.
    /// <c>Rows(null, 0)</c> is a running total.
    /// </summary>
    public WindowSpec Rows(int? start, int? end) => throw Window.Marker();
}
