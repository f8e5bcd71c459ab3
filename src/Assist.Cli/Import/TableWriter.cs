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
    /// <summary>The SELECT that gives the table's rows.</summary>
    /// <exception cref="InvalidOperationException">The mapping names a column the table lacks, or leaves a NOT NULL column empty (a bug in a format).</exception>
    public static string Select(TableDef table, TableMapping mapping)
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
        return SourceOrder(mapping, mapped) is { } sourceOrder
            ? $"SELECT {list} FROM (SELECT * FROM {mapping.From} ORDER BY {sourceOrder})"
            : $"SELECT * FROM (SELECT {list} FROM {mapping.From}) ORDER BY {mapping.OrderBy}";
    }

    // A sort costs by the width of the rows it moves (problem_logs has 17 columns, path_info a string: sorting them
    // took about half of the CPU time of an assist2017 import's problem_logs write). When the rows come from one staging relation and every order column is mapped, the relation's
    // rows are sorted by the order columns' sources and the casts, strings and NULL columns are computed after the
    // sort: DuckDB keeps an ORDER BY's order through the projections above it, so the file is the same.
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

    /// <summary>Copies <paramref name="select"/> to <paramref name="folder"/>/data_0.parquet; returns the rows written.</summary>
    public static long Copy(DuckDBConnection connection, string select, string folder)
    {
        Directory.CreateDirectory(folder);
        using var command = connection.CreateCommand();
        // zstd like the synthetic lake, at level 1 rather than DuckDB's 3: the problem_logs write of assist2017 takes
        // about a fifth less CPU for a file a tenth larger; the values read back are the same.
        command.CommandText = $"COPY ({select}) TO {SynthSql.Text(Path.Combine(folder, "data_0.parquet"))} (FORMAT parquet, COMPRESSION zstd, COMPRESSION_LEVEL 1)";
        return command.ExecuteNonQuery();
    }
}
