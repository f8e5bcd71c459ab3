using Assist.Query.Metadata;
using Assist.Schema.Drift;
using DuckDB.NET.Data;

namespace Assist.Query.Local;

/// <summary>
/// Reads each Parquet file's columns (metadata only) and compares them with a table's schema, by the same comparison
/// as <c>assist schema diff</c> (<see cref="ColumnTypeComparison"/>).
/// </summary>
internal static class ParquetSchemaCheck
{
    /// <summary>Every difference between the files and the table's columns.</summary>
    public static IReadOnlyList<SchemaMismatch> Check(DuckDBConnection connection, TableMetadata table, IReadOnlyList<string> files)
    {
        var mismatches = new List<SchemaMismatch>();
        foreach (var file in files)
        {
            var actual = Describe(connection, table.QualifiedName, file);
            foreach (var column in table.Columns)
            {
                var expected = ColumnTypeComparison.Expected(column.Type, TypeSpelling.DuckDb);
                if (!actual.TryGetValue(column.SqlName, out var type))
                {
                    if (!IsHiveKey(file, column.SqlName))
                    {
                        mismatches.Add(new SchemaMismatch(table.QualifiedName, file, column.SqlName, expected, null));
                    }
                }
                else if (!ColumnTypeComparison.Same(column.Type, type, TypeSpelling.DuckDb))
                {
                    mismatches.Add(new SchemaMismatch(table.QualifiedName, file, column.SqlName, expected, type));
                }
            }
        }

        return mismatches;
    }

    /// <summary>The message for the first file of a table that is not valid Parquet, or null when every file reads.</summary>
    public static string? DescribeBadFile(DuckDBConnection connection, string table, IReadOnlyList<string> files)
    {
        foreach (var file in files)
        {
            try
            {
                Describe(connection, table, file);
            }
            catch (LocalLakeException e)
            {
                return e.Message;
            }
        }

        return null;
    }

    private static Dictionary<string, string> Describe(DuckDBConnection connection, string table, string file)
    {
        try
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"DESCRIBE SELECT * FROM read_parquet({LakeViews.Literal(file)})";
            using var reader = command.ExecuteReader();
            var columns = new Dictionary<string, string>(StringComparer.Ordinal);
            while (reader.Read())
            {
                columns[reader.GetString(0)] = reader.GetString(1);
            }

            return columns;
        }
        catch (DuckDBException e)
        {
            throw new LocalLakeException($"{file}: not a valid Parquet file (table {table}): {e.Message}", e);
        }
    }

    // A hive-partitioned file holds the key in its path (year=2024/), not in the file.
    private static bool IsHiveKey(string file, string column) =>
        file.Split(Path.DirectorySeparatorChar).Any(segment => segment.StartsWith(column + "=", StringComparison.Ordinal));
}
