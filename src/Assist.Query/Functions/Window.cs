namespace Assist.Query;

/// <summary>
/// Window functions, usable in a select lambda:
/// <code>
/// select new { pl.Id, Nth = Window.RowNumber(Window.PartitionBy(pl.AssignmentLogId).OrderBy(pl.StartTime)) }
/// select new { pl.Id, Running = Window.Sum(pl.HintCount, Window.PartitionBy(pl.AssignmentLogId).OrderBy(pl.StartTime).Rows(null, 0)) }
/// </code>
/// A window used by several functions can be bound once with <c>let</c> in query syntax:
/// <code>
/// from pl in problemLogs
/// let byTime = Window.PartitionBy(pl.AssignmentLogId).OrderBy(pl.StartTime)
/// select new { pl.Id, Nth = Window.RowNumber(byTime), Previous = Window.Lag(pl.HintCount, 1, byTime) }
/// </code>
/// A window function written after <c>Skip</c>/<c>Take</c> sees only the paged rows (the paged query becomes a subquery).
/// Every function and <see cref="WindowSpec"/> method is a marker the translator reads; none runs on the client.
/// </summary>
public static class Window
{
    /// <summary>Starts an OVER clause with PARTITION BY keys.</summary>
    public static WindowSpec PartitionBy(params object?[] keys) => throw Marker();

    /// <summary>Starts an OVER clause with no partition, ordered by a key.</summary>
    public static WindowSpec OrderBy<TKey>(TKey key) => throw Marker();

    /// <summary>Starts an OVER clause with no partition, ordered by a key descending.</summary>
    public static WindowSpec OrderByDescending<TKey>(TKey key) => throw Marker();

    /// <summary>An OVER clause over the whole result.</summary>
    public static WindowSpec Unpartitioned() => throw Marker();

    /// <summary><c>row_number()</c>: 1, 2, 3 … within the partition.</summary>
    public static long RowNumber(WindowSpec over) => throw Marker();

    /// <summary><c>rank()</c>: ties share a rank, gaps follow.</summary>
    public static long Rank(WindowSpec over) => throw Marker();

    /// <summary><c>dense_rank()</c>: ties share a rank, no gaps.</summary>
    public static long DenseRank(WindowSpec over) => throw Marker();

    /// <summary><c>lag(value, offset)</c>: the value <paramref name="offset"/> rows before, or null.</summary>
    public static TValue? Lag<TValue>(TValue value, int offset, WindowSpec over) where TValue : struct => throw Marker();

    /// <summary><c>lag(value, offset)</c> of a nullable value.</summary>
    public static TValue? Lag<TValue>(TValue? value, int offset, WindowSpec over) where TValue : struct => throw Marker();

    /// <summary><c>lag(value, offset)</c> of text.</summary>
    public static string? Lag(string? value, int offset, WindowSpec over) => throw Marker();

    /// <summary><c>lead(value, offset)</c>: the value <paramref name="offset"/> rows after, or null.</summary>
    public static TValue? Lead<TValue>(TValue value, int offset, WindowSpec over) where TValue : struct => throw Marker();

    /// <summary><c>lead(value, offset)</c> of a nullable value.</summary>
    public static TValue? Lead<TValue>(TValue? value, int offset, WindowSpec over) where TValue : struct => throw Marker();

    /// <summary><c>lead(value, offset)</c> of text.</summary>
    public static string? Lead(string? value, int offset, WindowSpec over) => throw Marker();

    /// <summary>Windowed <c>sum</c> (a running total with an ORDER BY or a frame).</summary>
    public static long Sum(long value, WindowSpec over) => throw Marker();

    /// <summary>Windowed <c>sum</c> of a double.</summary>
    public static double Sum(double value, WindowSpec over) => throw Marker();

    /// <summary>Windowed <c>count(*)</c>.</summary>
    public static long Count(WindowSpec over) => throw Marker();

    /// <summary>Windowed <c>avg</c>.</summary>
    public static double Average(double value, WindowSpec over) => throw Marker();

    /// <summary>Windowed <c>min</c>.</summary>
    public static TValue Min<TValue>(TValue value, WindowSpec over) => throw Marker();

    /// <summary>Windowed <c>max</c>.</summary>
    public static TValue Max<TValue>(TValue value, WindowSpec over) => throw Marker();

    internal static InvalidOperationException Marker() =>
        new("Window functions are markers for the query translator: use them inside a query lambda.");
}
