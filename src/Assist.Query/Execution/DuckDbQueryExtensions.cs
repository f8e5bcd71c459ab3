using System.Runtime.CompilerServices;
using Assist.Query.Execution;
using DuckDB.NET.Data;

namespace Assist.Query;

/// <summary>
/// Running queries on an open DuckDB connection whose catalogs carry the lake's three-part names (the local lake
/// builds on these). SQL comes from the translation cache; rows are read by a materializer compiled once per shape.
/// The connection should have <c>SET TimeZone = 'UTC'</c> (docs/dialects.md #13).
/// </summary>
public static class DuckDbQueryExtensions
{
    /// <summary>Streams the query's rows; cancelling stops the statement.</summary>
    public static async IAsyncEnumerable<T> AsAsyncEnumerable<T>(this Query<T> query, DuckDBConnection connection,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(connection);
        var rows = await QueryReader<T>.OpenAsync(query, connection, cancellationToken).ConfigureAwait(false);
        await using (rows.ConfigureAwait(false))
        {
            while (rows.TryRead(out var row))
            {
                yield return row;
            }
        }
    }

    /// <summary>Runs the query and collects its rows.</summary>
    public static async Task<List<T>> ToListAsync<T>(this Query<T> query, DuckDBConnection connection, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(connection);

        // Reads in a plain loop rather than through the async iterator, which would cost a state-machine step per row.
        var rows = await QueryReader<T>.OpenAsync(query, connection, cancellationToken).ConfigureAwait(false);
        await using (rows.ConfigureAwait(false))
        {
            var list = new List<T>();
            while (rows.TryRead(out var row))
            {
                list.Add(row);
            }

            return list;
        }
    }

    /// <summary>The first row; throws when there is none.</summary>
    public static async Task<T> FirstAsync<T>(this Query<T> query, DuckDBConnection connection, CancellationToken cancellationToken = default)
    {
        await foreach (var row in query.Take(1).AsAsyncEnumerable(connection, cancellationToken).ConfigureAwait(false))
        {
            return row;
        }

        throw new InvalidOperationException("The query returned no rows.");
    }

    /// <summary>The first row, or default when there is none.</summary>
    public static async Task<T?> FirstOrDefaultAsync<T>(this Query<T> query, DuckDBConnection connection, CancellationToken cancellationToken = default)
    {
        await foreach (var row in query.Take(1).AsAsyncEnumerable(connection, cancellationToken).ConfigureAwait(false))
        {
            return row;
        }

        return default;
    }

    /// <summary>The only row; throws when there are none or several.</summary>
    public static async Task<T> SingleAsync<T>(this Query<T> query, DuckDBConnection connection, CancellationToken cancellationToken = default)
    {
        var rows = await query.Take(2).ToListAsync(connection, cancellationToken).ConfigureAwait(false);
        return rows.Count == 1 ? rows[0] : throw new InvalidOperationException($"The query returned {rows.Count} rows where exactly one was expected.");
    }

    /// <summary>The value of a one-row query such as <c>CountQuery()</c> or <c>SumQuery(…)</c>.</summary>
    public static Task<T> ScalarAsync<T>(this Query<T> query, DuckDBConnection connection, CancellationToken cancellationToken = default) =>
        query.SingleAsync(connection, cancellationToken);
}
