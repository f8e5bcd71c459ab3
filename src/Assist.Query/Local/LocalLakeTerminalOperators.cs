using System.Linq.Expressions;

namespace Assist.Query;

/// <summary>
/// The aggregate terminal operators on a <see cref="LocalLake"/> (<c>await q.CountAsync(lake)</c>): the lake's table
/// check, then <see cref="DuckDbTerminalOperators"/> on its connection.
/// </summary>
public static class LocalLakeTerminalOperators
{
    /// <summary>The number of rows.</summary>
    public static Task<int> CountAsync<T>(this Query<T> query, LocalLake lake, CancellationToken cancellationToken = default) =>
        query.CountAsync(Checked(query, lake), cancellationToken);

    /// <summary>The number of rows matching a predicate.</summary>
    public static Task<int> CountAsync<T>(this Query<T> query, Expression<Func<T, bool>> predicate, LocalLake lake, CancellationToken cancellationToken = default) =>
        query.CountAsync(predicate, Checked(query, lake), cancellationToken);

    /// <summary>The number of rows as a long.</summary>
    public static Task<long> LongCountAsync<T>(this Query<T> query, LocalLake lake, CancellationToken cancellationToken = default) =>
        query.LongCountAsync(Checked(query, lake), cancellationToken);

    /// <summary>Whether there is any row.</summary>
    public static Task<bool> AnyAsync<T>(this Query<T> query, LocalLake lake, CancellationToken cancellationToken = default) =>
        query.AnyAsync(Checked(query, lake), cancellationToken);

    /// <summary>Whether any row matches a predicate.</summary>
    public static Task<bool> AnyAsync<T>(this Query<T> query, Expression<Func<T, bool>> predicate, LocalLake lake, CancellationToken cancellationToken = default) =>
        query.AnyAsync(predicate, Checked(query, lake), cancellationToken);

    /// <summary>The sum of an int selector (0 over no rows).</summary>
    public static Task<int> SumAsync<T>(this Query<T> query, Expression<Func<T, int>> selector, LocalLake lake, CancellationToken cancellationToken = default) =>
        query.SumAsync(selector, Checked(query, lake), cancellationToken);

    /// <summary>The sum of a long selector (0 over no rows).</summary>
    public static Task<long> SumAsync<T>(this Query<T> query, Expression<Func<T, long>> selector, LocalLake lake, CancellationToken cancellationToken = default) =>
        query.SumAsync(selector, Checked(query, lake), cancellationToken);

    /// <summary>The sum of a double selector (0 over no rows).</summary>
    public static Task<double> SumAsync<T>(this Query<T> query, Expression<Func<T, double>> selector, LocalLake lake, CancellationToken cancellationToken = default) =>
        query.SumAsync(selector, Checked(query, lake), cancellationToken);

    /// <summary>The average; throws over no rows.</summary>
    public static Task<double> AverageAsync<T>(this Query<T> query, Expression<Func<T, double>> selector, LocalLake lake, CancellationToken cancellationToken = default) =>
        query.AverageAsync(selector, Checked(query, lake), cancellationToken);

    /// <summary>The smallest value.</summary>
    public static Task<TResult> MinAsync<T, TResult>(this Query<T> query, Expression<Func<T, TResult>> selector, LocalLake lake, CancellationToken cancellationToken = default) =>
        query.MinAsync(selector, Checked(query, lake), cancellationToken);

    /// <summary>The largest value.</summary>
    public static Task<TResult> MaxAsync<T, TResult>(this Query<T> query, Expression<Func<T, TResult>> selector, LocalLake lake, CancellationToken cancellationToken = default) =>
        query.MaxAsync(selector, Checked(query, lake), cancellationToken);

    private static DuckDB.NET.Data.DuckDBConnection Checked<T>(Query<T> query, LocalLake lake)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(lake);
        lake.EnsureReadable(Local.QueryTables.Of(query.Expression));
        return lake.Connection;
    }
}
