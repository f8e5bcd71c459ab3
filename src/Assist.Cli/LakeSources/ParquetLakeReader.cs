using Assist.Query.Local;
using Assist.Schema.Drift;
using DuckDB.NET.Data;

namespace Assist.Cli.LakeSources;

/// <summary>
/// Reads what a lake folder (<c>&lt;lake&gt;/&lt;catalog&gt;/&lt;schema&gt;/&lt;table&gt;/**/*.parquet</c>) holds, types through
/// DuckDB's DESCRIBE. Every file of a table must have the same columns and types: a file that differs is an error
/// naming both files and the column, since no single YAML table could describe them.
/// </summary>
internal static class ParquetLakeReader
{
    /// <summary>The lake's tables; throws <see cref="LakeSourceException"/> for conflicting or unreadable files.</summary>
    public static ObservedLake Read(string lake)
    {
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        var tables = new List<ObservedTable>();
        foreach (var folder in LakeFolderScanner.Scan(lake))
        {
            var first = folder.Files[0];
            var expected = Describe(connection, first, hive: false);
            foreach (var file in folder.Files.Skip(1))
            {
                CheckSameColumns(first, expected, file, Describe(connection, file, hive: false));
            }

            // Once the files agree, the table's columns are the first file's plus hive keys from the folder names (year=2024/).
            var columns = Describe(connection, first, hive: true)
                .Select(c => new ObservedColumn(c.Name, c.Type, null, null, first))
                .ToList();
            tables.Add(new ObservedTable(folder.Catalog, folder.Schema, folder.Name, columns, folder.Folder));
        }

        return new ObservedLake(lake, TypeSpelling.DuckDb, tables);
    }

    private static void CheckSameColumns(string firstFile, IReadOnlyList<(string Name, string Type)> expected, string file, IReadOnlyList<(string Name, string Type)> actual)
    {
        foreach (var (name, type) in expected)
        {
            var match = actual.FirstOrDefault(c => c.Name == name);
            if (match.Name is null)
            {
                throw new LakeSourceException($"{file}: column {name} is missing, but {firstFile} has it ({type}); the files of one table must have the same columns.");
            }

            if (match.Type != type)
            {
                throw new LakeSourceException($"{file}: column {name} is {match.Type}, but {firstFile} has {type}; the files of one table must have the same column types.");
            }
        }

        foreach (var (name, type) in actual.Where(a => expected.All(e => e.Name != a.Name)))
        {
            throw new LakeSourceException($"{file}: column {name} ({type}) is not in {firstFile}; the files of one table must have the same columns.");
        }
    }

    private static List<(string Name, string Type)> Describe(DuckDBConnection connection, string file, bool hive)
    {
        try
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"DESCRIBE SELECT * FROM read_parquet('{file.Replace("'", "''", StringComparison.Ordinal)}'{(hive ? ", hive_partitioning = true" : ", hive_partitioning = false")})";
            using var reader = command.ExecuteReader();
            var columns = new List<(string, string)>();
            while (reader.Read())
            {
                columns.Add((reader.GetString(0), reader.GetString(1)));
            }

            return columns;
        }
        catch (DuckDBException e)
        {
            throw new LakeSourceException($"{file}: not a readable Parquet file: {e.Message}", e);
        }
    }
}
