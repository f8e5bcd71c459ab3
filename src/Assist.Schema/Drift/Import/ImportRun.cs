using System;
using System.Collections.Generic;
using System.Linq;
using Assist.Schema.Model;

namespace Assist.Schema.Drift.Import;

/// <summary>One import's state: the pending edits per file and the report, and the edits on existing tables.</summary>
internal sealed class ImportRun
{
    private readonly Dictionary<string, TextEdits> _edits;
    private readonly LakeSchema _schema;
    private readonly ObservedLake _lake;

    public ImportRun(IReadOnlyList<SchemaFile> files, LakeSchema schema, ObservedLake lake)
    {
        _edits = files.ToDictionary(f => f.Path, f => new TextEdits(f.Path, f.Text), StringComparer.Ordinal);
        _schema = schema;
        _lake = lake;
    }

    public List<string> Report { get; } = new List<string>();

    private string VanishedNote => "# not in " + _lake.Source + " (assist schema import): remove it if the lake dropped it";

    /// <summary>Adds the lake's new columns after the table's last, rewrites changed types, notes vanished columns.</summary>
    public void MergeColumns(TableDef table, ObservedTable observed, IReadOnlyList<ImportedColumn> columns)
    {
        var edits = _edits[table.Span.File];
        foreach (var column in columns)
        {
            var yaml = table.Columns.FirstOrDefault(c => c.Name == column.Name);
            var lakeColumn = observed.Columns.First(c => c.Name == column.Name);
            if (yaml?.Type is null)
            {
                continue;
            }

            if (!ColumnTypeComparison.Same(yaml.Type, lakeColumn.TypeText, _lake.Spelling))
            {
                Retype(edits, table, yaml, column.Type);
            }

            if (lakeColumn.Nullable is bool nullable && nullable != yaml.Nullable)
            {
                Report.Add(yaml.ValueSpans.At("nullable", yaml.Span) + ": column " + yaml.Name + " of " + table.QualifiedName + " is " + (yaml.Nullable ? "nullable" : "not null")
                    + " in the YAML but " + (nullable ? "nullable" : "not null") + " in " + lakeColumn.Origin + "; kept (the YAML decides nullability)");
            }
        }

        var added = columns.Where(c => table.Columns.All(y => y.Name != c.Name)).ToList();
        if (added.Count > 0)
        {
            var last = table.Columns[table.Columns.Count - 1];
            var line = last.Span.Line - 1;
            var dash = YamlText.Indent(edits.Lines[line]);
            var flow = edits.Lines[line].TrimStart().StartsWith("- {", StringComparison.Ordinal);
            var end = YamlText.BlockEnd(edits.Lines, line, dash);
            edits.InsertAfter(end, added.SelectMany(c => flow ? new[] { YamlBlocks.FlowColumn(c, dash) } : YamlBlocks.BlockColumn(c, dash)));
            foreach (var column in added)
            {
                // Where the new lines start, in the file as it was.
                Report.Add(table.Span.File + "(" + (end + 2) + "," + (dash + 1) + "): added column " + column.Name + " (" + column.Type + ") to " + table.QualifiedName + AddedNote(column));
            }
        }

        foreach (var vanished in table.Columns.Where(c => columns.All(l => l.Name != c.Name)))
        {
            var line = vanished.Span.Line - 1;
            if (!edits.Precedes(line, VanishedNote))
            {
                edits.InsertBefore(line, new[] { new string(' ', YamlText.Indent(edits.Lines[line])) + VanishedNote });
            }

            Report.Add(vanished.Span + ": column " + vanished.Name + " of " + table.QualifiedName + " is not in " + _lake.Source + "; kept with a note");
        }
    }

    /// <summary>Appends a table at the end of an existing schema file's tables.</summary>
    public void AppendTable(SchemaDef schema, string name, IReadOnlyList<ImportedColumn> columns)
    {
        var edits = _edits[schema.Span.File];
        var last = schema.Tables[schema.Tables.Count - 1];
        var line = last.Span.Line - 1;
        var indent = YamlText.Indent(edits.Lines[line]);
        edits.InsertAfter(YamlText.BlockEnd(edits.Lines, line, indent), new[] { "" }.Concat(YamlBlocks.Table(name, columns, indent)));
        Report.Add(schema.Span.File + ": added table " + schema.Catalog + "." + schema.Name + "." + name + " (" + columns.Count + " columns)");
    }

    /// <summary>Notes each YAML table of a catalog the lake covers that the lake does not have.</summary>
    public void MarkVanishedTables()
    {
        var covered = new HashSet<string>(_lake.Tables.Select(t => LakeDiffer.CatalogOf(_schema, t.Catalog)), StringComparer.Ordinal);
        var observed = new HashSet<string>(_lake.Tables.Select(t => LakeDiffer.YamlName(_schema, t)), StringComparer.Ordinal);
        foreach (var table in _schema.Tables.Where(t => covered.Contains(t.Catalog) && !observed.Contains(t.QualifiedName)))
        {
            var edits = _edits[table.Span.File];
            var line = table.Span.Line - 1;
            if (!edits.Precedes(line, VanishedNote))
            {
                edits.InsertBefore(line, new[] { new string(' ', YamlText.Indent(edits.Lines[line])) + VanishedNote });
            }

            Report.Add(table.Span + ": table " + table.QualifiedName + " is not in " + _lake.Source + "; kept with a note");
        }
    }

    /// <summary>Declares new catalogs in the existing lake file, or in a new <paramref name="newLakeFile"/>.</summary>
    public IEnumerable<FileWrite> AddCatalogs(IReadOnlyList<string> catalogs, string newLakeFile)
    {
        var lastCatalog = _schema.Catalogs.LastOrDefault();
        if (lastCatalog is null)
        {
            Report.Add(newLakeFile + ": declared catalogs " + string.Join(", ", catalogs));
            return new[] { new FileWrite(newLakeFile, "catalogs:\n" + string.Join("\n", catalogs.SelectMany(c => YamlBlocks.Catalog(c, 2))) + "\n", true) };
        }

        var edits = _edits[lastCatalog.Span.File];
        var line = lastCatalog.Span.Line - 1;
        var indent = YamlText.Indent(edits.Lines[line]);
        edits.InsertAfter(YamlText.BlockEnd(edits.Lines, line, indent), catalogs.SelectMany(c => YamlBlocks.Catalog(c, indent)));
        Report.Add(lastCatalog.Span.File + ": declared catalogs " + string.Join(", ", catalogs));
        return Array.Empty<FileWrite>();
    }

    /// <summary>The changed existing files.</summary>
    public IEnumerable<FileWrite> Writes() => _edits.Values.Where(e => e.HasEdits).Select(e => new FileWrite(e.Path, e.Apply(), false));

    private void Retype(TextEdits edits, TableDef table, ColumnDef column, SqlType type)
    {
        var span = column.ValueSpans.At("type", column.Span);
        var length = YamlText.ScalarLength(edits.Lines[span.Line - 1], span.Column - 1, column.TypeText);
        if (length < 0)
        {
            Report.Add(span + ": column " + column.Name + " of " + table.QualifiedName + " is " + type + " in the lake, " + column.TypeText + " in the YAML; not rewritten (edit it by hand)");
            return;
        }

        edits.Replace(span.Line - 1, span.Column - 1, length, YamlText.Scalar(type.ToString()));
        Report.Add(span + ": changed the type of column " + column.Name + " of " + table.QualifiedName + " from " + column.TypeText + " to " + type);
    }

    private static string AddedNote(ImportedColumn column) => PiiGuess.IsLikely(column.Name) ? "; pii: true guessed from the name, review it" : "";
}
