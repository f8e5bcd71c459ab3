using System.Globalization;
using Assist.Query;
using Assist.Query.Metadata;
using Assist.Query.Review;
using DuckDB.NET.Data;

namespace Assist.Cli.Submissions.Capture;

/// <summary>
/// Writes one output's rows: DuckDB copies the result of the output's DuckDB SQL (the very text
/// <c>assist sql --dialect duckdb</c> writes) to a temporary file that is renamed when complete. CSV: a header of the
/// result's column names (the C# property names), NULL as an empty field, timestamps as ISO 8601, numbers invariant.
/// </summary>
internal static class OutputExporter
{
    private const string CsvOptions = "FORMAT csv, HEADER true, NULLSTR '', DATEFORMAT '%Y-%m-%d', TIMESTAMPFORMAT '%Y-%m-%dT%H:%M:%S.%f'";

    /// <summary>Runs the statement on the lake and writes <paramref name="path"/>; returns the rows written.</summary>
    /// <exception cref="LocalLakeException">A table the output reads has no files or does not match the schema.</exception>
    public static async Task<long> ExportAsync(LocalLake lake, QueryReview duckDb, string path, string format, CancellationToken cancellationToken)
    {
        var tables = LakeModel.Tables.Where(t => duckDb.Tables.Contains(t.QualifiedName)).ToList();
        lake.EnsureReadable(tables);
        var temp = Path.Combine(Path.GetDirectoryName(path)!, "." + Path.GetFileName(path) + ".tmp");
        var options = format == "parquet" ? "FORMAT parquet" : CsvOptions;
        try
        {
            long rows;
            await using (var command = lake.Connection.CreateCommand())
            {
                command.CommandText = $"COPY ({duckDb.Sql.Text}) TO '{temp.Replace("'", "''", StringComparison.Ordinal)}' ({options})";
                foreach (var parameter in duckDb.Sql.Parameters)
                {
                    command.Parameters.Add(new DuckDBParameter(ProviderValue(parameter.Value)));
                }

                await using var registration = cancellationToken.Register(command.Cancel);
                rows = await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            File.Move(temp, path, overwrite: true);
            return rows;
        }
        finally
        {
            File.Delete(temp);
        }
    }

    // DuckDB binds an enum as its underlying integer, as the query layer does.
    private static object ProviderValue(object? value) => value switch
    {
        null => DBNull.Value,
        Enum e => Convert.ChangeType(e, Enum.GetUnderlyingType(e.GetType()), CultureInfo.InvariantCulture),
        _ => value,
    };
}
