using System.Linq.Expressions;
using DuckDB.NET.Data;

namespace Assist.Query;

/// <summary>
/// The aggregate terminal operators researchers write (<c>await q.CountAsync(lake)</c>): each is one SQL statement
/// computed by the engine, with C#'s result on no rows (Count/Sum 0, Any false, Average/Min/Max of non-nullable
/// values throw as Enumerable does, nullable ones give null).
/// </summary>
public static class DuckDbTerminalOperators
{
    /// <summary>The number of rows (<c>SELECT count(*)</c>).</summary>
    public static async Task<int> CountAsync<T>(this Query<T> query, DuckDBConnection connection, CancellationToken cancellationToken = default) =>
        checked((int)await Arg(query).CountQuery().ScalarAsync(connection, cancellationToken).ConfigureAwait(false));

    /// <summary>The number of rows matching a predicate.</summary>
    public static async Task<int> CountAsync<T>(this Query<T> query, Expression<Func<T, bool>> predicate, DuckDBConnection connection,
        CancellationToken cancellationToken = default) =>
        checked((int)await Arg(query).CountQuery(predicate).ScalarAsync(connection, cancellationToken).ConfigureAwait(false));

    /// <summary>The number of rows as a long.</summary>
    public static Task<long> LongCountAsync<T>(this Query<T> query, DuckDBConnection connection, CancellationToken cancellationToken = default) =>
        Arg(query).CountQuery().ScalarAsync(connection, cancellationToken);

    /// <summary>Whether there is any row (<c>SELECT EXISTS (…)</c>).</summary>
    public static Task<bool> AnyAsync<T>(this Query<T> query, DuckDBConnection connection, CancellationToken cancellationToken = default) =>
        Arg(query).AnyQuery().ScalarAsync(connection, cancellationToken);

    /// <summary>Whether any row matches a predicate.</summary>
    public static Task<bool> AnyAsync<T>(this Query<T> query, Expression<Func<T, bool>> predicate, DuckDBConnection connection,
        CancellationToken cancellationToken = default) =>
        Arg(query).Where(predicate).AnyQuery().ScalarAsync(connection, cancellationToken);

    /// <summary>The sum of an int selector (0 over no rows; overflow is an error as in checked C#).</summary>
    public static async Task<int> SumAsync<T>(this Query<T> query, Expression<Func<T, int>> selector, DuckDBConnection connection,
        CancellationToken cancellationToken = default) =>
        checked((int)await Arg(query).SumQuery(selector).ScalarAsync(connection, cancellationToken).ConfigureAwait(false));

    /// <summary>The sum of a long selector (0 over no rows).</summary>
    public static Task<long> SumAsync<T>(this Query<T> query, Expression<Func<T, long>> selector, DuckDBConnection connection,
        CancellationToken cancellationToken = default) =>
        Arg(query).SumQuery(selector).ScalarAsync(connection, cancellationToken);

    /// <summary>The sum of a double selector (0 over no rows).</summary>
    public static Task<double> SumAsync<T>(this Query<T> query, Expression<Func<T, double>> selector, DuckDBConnection connection,
        CancellationToken cancellationToken = default) =>
        Arg(query).SumQuery(selector).ScalarAsync(connection, cancellationToken);

    /// <summary>The average; over no rows it throws, as <c>Enumerable.Average</c> does.</summary>
    public static async Task<double> AverageAsync<T>(this Query<T> query, Expression<Func<T, double>> selector, DuckDBConnection connection,
        CancellationToken cancellationToken = default) =>
        await Arg(query).AverageQuery(selector).ScalarAsync(connection, cancellationToken).ConfigureAwait(false) ?? throw NoElements();

    /// <summary>The smallest value (NULLs ignored); no rows: null for a nullable result, otherwise an error as in C#.</summary>
    public static Task<TResult> MinAsync<T, TResult>(this Query<T> query, Expression<Func<T, TResult>> selector, DuckDBConnection connection,
        CancellationToken cancellationToken = default) =>
        Extreme(NonNull(Arg(query), selector).Select(selector).OrderBy(x => x), connection, cancellationToken);

    /// <summary>The largest value (NULLs ignored); no rows: null for a nullable result, otherwise an error as in C#.</summary>
    public static Task<TResult> MaxAsync<T, TResult>(this Query<T> query, Expression<Func<T, TResult>> selector, DuckDBConnection connection,
        CancellationToken cancellationToken = default) =>
        Extreme(NonNull(Arg(query), selector).Select(selector).OrderByDescending(x => x), connection, cancellationToken);

    // C#'s Min/Max skip nulls and return null only when no value is left. An ascending ORDER BY puts NULLs first, as
    // C#'s comparer does (docs/dialects.md #26), so ORDER BY … LIMIT 1 alone would return NULL as the minimum whenever
    // one row is NULL: the rows whose value is null are filtered out first.
    private static Query<T> NonNull<T, TResult>(Query<T> query, Expression<Func<T, TResult>> selector)
    {
        if (default(TResult) is not null)
        {
            return query;
        }

        var test = Expression.NotEqual(selector.Body, Expression.Constant(null, typeof(TResult)));
        return query.Where(Expression.Lambda<Func<T, bool>>(test, selector.Parameters));
    }

    // ORDER BY … LIMIT 1 over the non-null values gives C#'s Min/Max; no row left is null or an error, as in C#.
    private static async Task<TResult> Extreme<TResult>(Query<TResult> ordered, DuckDBConnection connection, CancellationToken cancellationToken)
    {
        var rows = await ordered.Take(1).ToListAsync(connection, cancellationToken).ConfigureAwait(false);
        if (rows.Count == 1)
        {
            return rows[0];
        }

        return default(TResult) is null ? default! : throw NoElements();
    }

    private static Query<T> Arg<T>(Query<T> query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return query;
    }

    private static InvalidOperationException NoElements() => new("Sequence contains no elements.");
}
