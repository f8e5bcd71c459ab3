using Assist.Query.Local;
using System.Runtime.CompilerServices;

namespace Assist.Query;

/// <summary>
/// Running queries on a <see cref="LocalLake"/>. Before a query runs, the tables it reads are checked once: each
/// must have files, and the files' columns must match the schema, so a missing or mismatched table is an error that
/// names it (and its folder or file) instead of a DuckDB binder message. Execution is
/// <see cref="DuckDbQueryExtensions"/> on <see cref="LocalLake.Connection"/>.
/// </summary>
public static class LocalLakeQueryExtensions
{
    /// <summary>Streams the query's rows; cancelling stops the statement.</summary>
    /// <exception cref="LocalLakeException">A table the query reads has no files or does not match the schema.</exception>
    public static async IAsyncEnumerable<T> AsAsyncEnumerable<T>(this Query<T> query, LocalLake lake,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        Check(query, lake);
        await foreach (var row in query.AsAsyncEnumerable(lake.Connection, cancellationToken).ConfigureAwait(false))
        {
            yield return row;
        }
    }

    /// <summary>Runs the query and collects its rows.</summary>
    /// <exception cref="LocalLakeException">A table the query reads has no files or does not match the schema.</exception>
    public static Task<List<T>> ToListAsync<T>(this Query<T> query, LocalLake lake, CancellationToken cancellationToken = default)
    {
        Check(query, lake);
        return query.ToListAsync(lake.Connection, cancellationToken);
    }

    /// <summary>The first row; throws when there is none.</summary>
    /// <exception cref="LocalLakeException">A table the query reads has no files or does not match the schema.</exception>
    public static Task<T> FirstAsync<T>(this Query<T> query, LocalLake lake, CancellationToken cancellationToken = default)
    {
        Check(query, lake);
        return query.FirstAsync(lake.Connection, cancellationToken);
    }

    /// <summary>The first row, or default when there is none.</summary>
    /// <exception cref="LocalLakeException">A table the query reads has no files or does not match the schema.</exception>
    public static Task<T?> FirstOrDefaultAsync<T>(this Query<T> query, LocalLake lake, CancellationToken cancellationToken = default)
    {
        Check(query, lake);
        return query.FirstOrDefaultAsync(lake.Connection, cancellationToken);
    }

    /// <summary>The only row; throws when there are none or several.</summary>
    /// <exception cref="LocalLakeException">A table the query reads has no files or does not match the schema.</exception>
    public static Task<T> SingleAsync<T>(this Query<T> query, LocalLake lake, CancellationToken cancellationToken = default)
    {
        Check(query, lake);
        return query.SingleAsync(lake.Connection, cancellationToken);
    }

    /// <summary>The value of a one-row query such as <c>CountQuery()</c>.</summary>
    /// <exception cref="LocalLakeException">A table the query reads has no files or does not match the schema.</exception>
    public static Task<T> ScalarAsync<T>(this Query<T> query, LocalLake lake, CancellationToken cancellationToken = default)
    {
        Check(query, lake);
        return query.ScalarAsync(lake.Connection, cancellationToken);
    }

    private static void Check<T>(Query<T> query, LocalLake lake)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(lake);
        lake.EnsureReadable(QueryTables.Of(query.Expression));
    }
}
