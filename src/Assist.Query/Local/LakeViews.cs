using Assist.Query.Metadata;
using Assist.Schema.Types;
using DuckDB.NET.Data;

namespace Assist.Query.Local;

/// <summary>Creates the catalogs, schemas and views of a local lake on a DuckDB connection.</summary>
internal static class LakeViews
{
    /// <summary>The message for a table without files.</summary>
    public static string MissingMessage(string table, string folder) =>
        $"Table {table} has no Parquet files: looked in {Path.Combine(folder, "**", "*.parquet")}.";

    /// <summary>Sets UTC, attaches every catalog, creates every schema and one view per table.</summary>
    public static void Create(DuckDBConnection connection, string lake, IEnumerable<LakeTableFolder> folders, IEnumerable<TableMetadata> registered)
    {
        Execute(connection, "SET TimeZone = 'UTC'");
        var withFiles = folders.ToList();
        var names = withFiles.Select(f => f.QualifiedName).ToHashSet(StringComparer.Ordinal);
        var missing = registered.Where(t => !names.Contains(t.QualifiedName)).OrderBy(t => t.QualifiedName, StringComparer.Ordinal).ToList();

        var catalogs = withFiles.Select(f => f.Catalog).Concat(missing.Select(t => t.Catalog)).Distinct(StringComparer.Ordinal);
        foreach (var catalog in catalogs)
        {
            Execute(connection, $"ATTACH ':memory:' AS {Quote(catalog)}");
        }

        var schemas = withFiles.Select(f => (f.Catalog, f.Schema)).Concat(missing.Select(t => (t.Catalog, t.Schema))).Distinct();
        foreach (var (catalog, schema) in schemas)
        {
            Execute(connection, $"CREATE SCHEMA IF NOT EXISTS {Quote(catalog)}.{Quote(schema)}");
        }

        foreach (var folder in withFiles)
        {
            CreateView(connection, folder);
        }

        // A registered table without files still resolves, so a query that reads it fails with the table's name and
        // folder rather than DuckDB's "table does not exist".
        foreach (var table in missing)
        {
            var columns = table.Columns.Count == 0
                ? "NULL AS nothing"
                : string.Join(", ", table.Columns.Select(c => $"CAST(NULL AS {LakeTypes.DuckDbStorage(c.Type)}) AS {Quote(c.SqlName)}"));
            var message = MissingMessage(table.QualifiedName, Path.Combine(lake, table.Catalog, table.Schema, table.Name));
            Execute(connection, $"CREATE VIEW {Name(table.Catalog, table.Schema, table.Name)} AS SELECT {columns} WHERE error({Literal(message)}) IS NULL");
        }
    }

    private static void CreateView(DuckDBConnection connection, LakeTableFolder folder)
    {
        var glob = Path.Combine(folder.Folder, "**", "*.parquet");
        try
        {
            Execute(connection,
                $"CREATE VIEW {Name(folder.Catalog, folder.Schema, folder.Name)} AS SELECT * FROM read_parquet({Literal(glob)}, hive_partitioning = true, union_by_name = true)");
        }
        catch (DuckDBException e)
        {
            throw new LocalLakeException(ParquetSchemaCheck.DescribeBadFile(connection, folder.QualifiedName, folder.Files) ?? $"Table {folder.QualifiedName}: its files in {folder.Folder} cannot be read: {e.Message}", e);
        }
    }

    public static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    public static string Literal(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";

    private static string Name(string catalog, string schema, string table) => $"{Quote(catalog)}.{Quote(schema)}.{Quote(table)}";

    public static void Execute(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
