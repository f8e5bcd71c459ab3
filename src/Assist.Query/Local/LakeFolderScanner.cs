namespace Assist.Query.Local;

/// <summary>A table folder of a local lake and the Parquet files under it (hive-partitioned subfolders included).</summary>
/// <param name="Catalog">The catalog folder name.</param>
/// <param name="Schema">The schema folder name.</param>
/// <param name="Name">The table folder name.</param>
/// <param name="Folder">The folder's full path.</param>
/// <param name="Files">The Parquet files, sorted by path.</param>
public sealed record LakeTableFolder(string Catalog, string Schema, string Name, string Folder, IReadOnlyList<string> Files)
{
    /// <summary><c>catalog.schema.table</c>.</summary>
    public string QualifiedName => Catalog + "." + Schema + "." + Name;
}

/// <summary>Finds <c>&lt;lake&gt;/&lt;catalog&gt;/&lt;schema&gt;/&lt;table&gt;/**/*.parquet</c>. Hidden folders (a leading dot) are skipped.</summary>
public static class LakeFolderScanner
{
    /// <summary>Every table folder that holds at least one Parquet file.</summary>
    public static IReadOnlyList<LakeTableFolder> Scan(string lake)
    {
        var tables = new List<LakeTableFolder>();
        foreach (var catalog in Visible(lake))
        {
            foreach (var schema in Visible(catalog))
            {
                foreach (var table in Visible(schema))
                {
                    var files = Directory.EnumerateFiles(table, "*.parquet", SearchOption.AllDirectories)
                        .Where(f => !Path.GetFileName(f).StartsWith('.'))
                        .Order(StringComparer.Ordinal)
                        .ToList();
                    if (files.Count > 0)
                    {
                        tables.Add(new LakeTableFolder(Path.GetFileName(catalog), Path.GetFileName(schema), Path.GetFileName(table), table, files));
                    }
                }
            }
        }

        return tables;
    }

    private static IEnumerable<string> Visible(string folder) =>
        Directory.EnumerateDirectories(folder)
            .Where(d => !Path.GetFileName(d).StartsWith('.'))
            .Order(StringComparer.Ordinal);
}
