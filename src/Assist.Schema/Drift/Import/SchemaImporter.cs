using System;
using System.Collections.Generic;
using System.Linq;
using Assist.Schema.Model;

namespace Assist.Schema.Drift.Import;

/// <summary>
/// Merges what a lake reports into the YAML files, editing their text line by line where the loader's spans point, so
/// order, comments and everything people wrote (descriptions, pii, enums, references, xrefs, aliases) stay as they
/// were. New tables and columns are added (provenance <c>imported</c>, pii guessed from the name with a review note),
/// a changed type is rewritten, and what the lake no longer has is kept with a note above it; every change and finding
/// is reported. Pure text in and out: the caller writes the files.
/// </summary>
public static class SchemaImporter
{
    /// <summary>The plan for merging <paramref name="lake"/> into <paramref name="files"/> (loaded without errors as <paramref name="schema"/>).</summary>
    /// <param name="files">The schema folder's files, as loaded.</param>
    /// <param name="schema">Their schema; empty for an empty folder.</param>
    /// <param name="lake">What the lake reports.</param>
    /// <param name="schemaRoot">The schema folder, where new files go (<c>&lt;root&gt;/&lt;catalog&gt;/&lt;schema&gt;.yaml</c>).</param>
    /// <exception cref="LakeSourceException">A Parquet type no lake column can have (the message names the file and column).</exception>
    public static ImportPlan Plan(IReadOnlyList<SchemaFile> files, LakeSchema schema, ObservedLake lake, string schemaRoot)
    {
        var run = new ImportRun(files, schema, lake);
        var newFiles = new SortedDictionary<string, (string Catalog, string Schema, List<(string, IReadOnlyList<ImportedColumn>)> Tables)>(StringComparer.Ordinal);
        var newCatalogs = new List<string>();
        foreach (var table in lake.Tables)
        {
            var columns = table.Columns.Select(c => ToImported(c, lake.Spelling)).ToList();
            var catalog = LakeDiffer.CatalogOf(schema, table.Catalog);
            var qualified = catalog + "." + table.Schema + "." + table.Name;
            var existing = schema.FindTable(qualified);
            if (existing is not null)
            {
                run.MergeColumns(existing, table, columns);
                continue;
            }

            var schemaDef = schema.Catalogs.SelectMany(c => c.Schemas).FirstOrDefault(s => s.Catalog == catalog && s.Name == table.Schema);
            if (schemaDef is not null)
            {
                run.AppendTable(schemaDef, table.Name, columns);
                continue;
            }

            var path = System.IO.Path.Combine(schemaRoot, catalog, table.Schema + ".yaml");
            if (!newFiles.TryGetValue(path, out var file))
            {
                file = (catalog, table.Schema, new List<(string, IReadOnlyList<ImportedColumn>)>());
                newFiles[path] = file;
            }

            file.Tables.Add((table.Name, columns));
            run.Report.Add(path + ": added table " + qualified + " (" + columns.Count + " columns)");
            if (schema.Catalogs.All(c => c.Name != catalog) && !newCatalogs.Contains(catalog))
            {
                newCatalogs.Add(catalog);
            }
        }

        run.MarkVanishedTables();
        var writes = newCatalogs.Count > 0 ? run.AddCatalogs(newCatalogs, System.IO.Path.Combine(schemaRoot, "lake.yaml")).ToList() : new List<FileWrite>();
        writes.AddRange(run.Writes());
        writes.AddRange(newFiles.Select(f => new FileWrite(f.Key, YamlBlocks.SchemaFile(f.Value.Catalog, f.Value.Schema, lake.Source, f.Value.Tables), true)));
        return new ImportPlan(writes, run.Report);
    }

    private static ImportedColumn ToImported(ObservedColumn column, TypeSpelling spelling)
    {
        var type = ColumnTypeComparison.ToLakeType(column.TypeText, spelling, out var error)
            ?? throw new LakeSourceException(column.Origin + ": column " + column.Name + ": " + error);
        return new ImportedColumn(column.Name, type, column.Nullable ?? true, column.Comment);
    }
}
