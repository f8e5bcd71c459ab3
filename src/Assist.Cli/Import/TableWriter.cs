using Assist.Cli.Synth;
using Assist.Schema.Model;
using Assist.Schema.Types;
using DuckDB.NET.Data;

namespace Assist.Cli.Import;

/// <summary>
/// Writes one lake table with <c>COPY ... TO ... (FORMAT parquet)</c>: every column of the schema in declaration
/// order, cast to its DuckDB type, mapped columns from the mapping and all others NULL, so the files pass
/// LocalLake's schema check whatever the format fills.
/// </summary>
internal static class TableWriter
{
    /// <summary>
    /// Writes the table's rows to <paramref name="folder"/>/data_0.parquet in <see cref="TableMapping.OrderBy"/> order;
    /// returns the rows written. The connection must preserve insertion order (<c>preserve_insertion_order</c>).
    /// </summary>
    /// <exception cref="InvalidOperationException">The mapping names a column the table lacks, or leaves a NOT NULL column empty (a bug in a format).</exception>
    public static long Write(DuckDBConnection connection, TableDef table, TableMapping mapping, string folder)
    {
        var mapped = mapping.Columns.ToDictionary(c => c.Column, StringComparer.Ordinal);
        var unknown = mapped.Keys.Where(k => table.Columns.All(c => c.Name != k)).ToList();
        var empty = table.Columns.Where(c => !c.Nullable && !mapped.ContainsKey(c.Name)).Select(c => c.Name).ToList();
        if (unknown.Count > 0 || empty.Count > 0)
        {
            throw new InvalidOperationException(
                $"{table.QualifiedName}: the import maps unknown columns [{string.Join(", ", unknown)}] or leaves NOT NULL columns [{string.Join(", ", empty)}] empty.");
        }

        var columns = table.Columns.Select(c =>
        {
            var value = mapped.TryGetValue(c.Name, out var m) ? m.Sql : "NULL";
            return $"CAST({value} AS {(c.Type is null ? "VARCHAR" : LakeTypes.DuckDbStorage(c.Type))}) AS {SynthSql.Id(c.Name)}";
        });
        var list = string.Join(", ", columns);
        if (SourceOrder(mapping, mapped) is not { } sourceOrder)
        {
            return Copy(connection, $"SELECT * FROM (SELECT {list} FROM {mapping.From}) ORDER BY {mapping.OrderBy}", folder);
        }

        // Sorted into a table first, then copied from it (a single table's scan keeps its order): for problem_logs
        // this took about a third less CPU than one COPY of the ORDER BY, whose sorted output fed the Parquet writer.
        Execute(connection, $"CREATE TEMP TABLE st_write AS SELECT * FROM {mapping.From} ORDER BY {sourceOrder}");
        try
        {
            return Copy(connection, $"SELECT {list} FROM st_write", folder);
        }
        finally
        {
            Execute(connection, "DROP TABLE st_write");
        }
    }

    // A sort costs by the width of the rows it moves (problem_logs has 17 columns, path_info a string: sorting them
    // took about half of the CPU time of an assist2017 import's problem_logs write). When the rows come from one
    // staging relation and every order column is mapped, the relation's rows are sorted by the order columns' sources
    // and the casts, strings and NULL columns are computed by the copy, which keeps the sorted table's order.
    private static string? SourceOrder(TableMapping mapping, Dictionary<string, ColumnMapping> mapped)
    {
        if (mapping.From.Any(char.IsWhiteSpace))
        {
            return null;
        }

        var sources = new List<string>();
        foreach (var name in mapping.OrderBy.Split(',', StringSplitOptions.TrimEntries))
        {
            if (!mapped.TryGetValue(name, out var column))
            {
                return null;
            }

            sources.Add($"({column.Sql})");
        }

        return string.Join(", ", sources);
    }

    /// <summary>Copies <paramref name="select"/> (its order kept) to <paramref name="folder"/>/data_0.parquet; returns the rows written.</summary>
    public static long Copy(DuckDBConnection connection, string select, string folder)
    {
        Directory.CreateDirectory(folder);
        using var command = connection.CreateCommand();
        // zstd like the synthetic lake, at level 1 rather than DuckDB's 3: the problem_logs write of assist2017 takes
        // about a fifth less CPU for a file a tenth larger; the values read back are the same.
        command.CommandText = $"COPY ({select}) TO {SynthSql.Text(Path.Combine(folder, "data_0.parquet"))} (FORMAT parquet, COMPRESSION zstd, COMPRESSION_LEVEL 1)";
        return command.ExecuteNonQuery();
    }

    private static void Execute(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
