using Assist.Query.Local;
using DuckDB.NET.Data;

namespace Assist.Query;

/// <summary>Writing a query's result to a Parquet or CSV file on a local lake.</summary>
public static class LocalLakeExport
{
    /// <summary>
    /// Runs the query on the lake and writes its result to <paramref name="path"/>: DuckDB copies the result to a
    /// temporary file next to it, which is renamed over <paramref name="path"/> only when complete. A failed or
    /// cancelled export leaves no file at <paramref name="path"/> (and an existing one untouched).
    /// </summary>
    /// <returns>The number of rows written.</returns>
    /// <exception cref="LocalLakeException">A table the query reads has no files or does not match the schema.</exception>
    public static async Task<long> ExportAsync<T>(this Query<T> query, LocalLake lake, string path, ExportFormat format, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(lake);
        ArgumentException.ThrowIfNullOrEmpty(path);
        Assist.Submissions.CaptureMode.ThrowIfActive("Exporting a query");
        lake.EnsureReadable(QueryTables.Of(query.Expression));
        var sql = query.ToSql(SqlDialect.DuckDb);
        var target = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(target)!;
        Directory.CreateDirectory(folder);
        var temp = Path.Combine(folder, "." + Path.GetFileName(target) + ".tmp-" + Guid.NewGuid().ToString("N")[..8]);
        var options = format == ExportFormat.Parquet ? "FORMAT parquet" : "FORMAT csv, HEADER true";
        try
        {
            long rows;
            await using (var command = lake.Connection.CreateCommand())
            {
                command.CommandText = $"COPY ({sql.Text}) TO {LakeViews.Literal(temp)} ({options})";
                foreach (var parameter in sql.Parameters)
                {
                    command.Parameters.Add(new DuckDBParameter(ProviderValue(parameter.Value)));
                }

                await using var registration = cancellationToken.Register(command.Cancel);
                rows = await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            cancellationToken.ThrowIfCancellationRequested();
            File.Move(temp, target, overwrite: true);
            return rows;
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }

    // DuckDB binds an enum as its underlying integer.
    private static object ProviderValue(object? value) => value switch
    {
        null => DBNull.Value,
        Enum e => Convert.ChangeType(e, Enum.GetUnderlyingType(e.GetType()), System.Globalization.CultureInfo.InvariantCulture),
        _ => value,
    };
}
