using Assist.Query.Caching;
using Assist.Query.Execution;
using DuckDB.NET.Data;

namespace Assist.Query.Compiled;

/// <summary>Runs a bound compiled statement on DuckDB (a connection, or a local lake after its table check).</summary>
internal static class CompiledQueryRunner
{
    public static async Task<List<T>> ToListAsync<T>(CompiledQuery compiled, object?[] values, DuckDBConnection connection, CancellationToken cancellationToken)
    {
        var rows = await QueryReader<T>.OpenAsync(compiled, values, connection, cancellationToken).ConfigureAwait(false);
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
}
