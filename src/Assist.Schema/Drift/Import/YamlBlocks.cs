using System.Collections.Generic;
using System.Linq;

namespace Assist.Schema.Drift.Import;

/// <summary>The YAML an import writes for new columns, tables, schema files and catalogs, in the layout of docs/schema-format.md.</summary>
internal static class YamlBlocks
{
    /// <summary>The note asking a person to review a guessed <c>pii: true</c>.</summary>
    public const string PiiNote = "# pii guessed from the name by assist schema import: review";

    /// <summary>A column list item in block style: <c>- name: x</c> at <paramref name="dash"/>, keys two further in.</summary>
    public static IEnumerable<string> BlockColumn(ImportedColumn column, int dash)
    {
        var key = new string(' ', dash + 2);
        yield return new string(' ', dash) + "- name: " + YamlText.Scalar(column.Name);
        yield return key + "type: " + YamlText.Scalar(column.Type.ToString());
        yield return key + "nullable: " + (column.Nullable ? "true" : "false");
        if (column.Description is not null)
        {
            yield return key + "description: " + YamlText.Scalar(column.Description);
        }

        yield return key + "provenance: imported";
        if (PiiGuess.IsLikely(column.Name))
        {
            yield return key + "pii: true  " + PiiNote;
        }
    }

    /// <summary>A column list item in flow style, as the files that write <c>- { name: id, ... }</c> have them.</summary>
    public static string FlowColumn(ImportedColumn column, int dash)
    {
        var pairs = new List<string>
        {
            "name: " + YamlText.Scalar(column.Name),
            "type: " + YamlText.Scalar(column.Type.ToString()),
            "nullable: " + (column.Nullable ? "true" : "false"),
        };
        if (column.Description is not null)
        {
            pairs.Add("description: " + YamlText.Scalar(column.Description));
        }

        pairs.Add("provenance: imported");
        var pii = PiiGuess.IsLikely(column.Name);
        if (pii)
        {
            pairs.Add("pii: true");
        }

        return new string(' ', dash) + "- { " + string.Join(", ", pairs) + " }" + (pii ? "  " + PiiNote : "");
    }

    /// <summary>A table under <c>tables:</c> with its key at <paramref name="indent"/>.</summary>
    public static IEnumerable<string> Table(string name, IReadOnlyList<ImportedColumn> columns, int indent)
    {
        var key = new string(' ', indent + 2);
        yield return new string(' ', indent) + YamlText.Scalar(name) + ":";
        yield return key + "provenance: imported";
        yield return key + "columns:";
        foreach (var line in columns.SelectMany(c => BlockColumn(c, indent + 4)))
        {
            yield return line;
        }
    }

    /// <summary>A new schema file.</summary>
    public static string SchemaFile(string catalog, string schema, string source, IEnumerable<(string Name, IReadOnlyList<ImportedColumn> Columns)> tables)
    {
        var lines = new List<string>
        {
            "# Imported by assist schema import from " + source + "; describe the tables and columns, then set their provenance.",
            "catalog: " + YamlText.Scalar(catalog),
            "schema: " + YamlText.Scalar(schema),
            "tables:",
        };
        var first = true;
        foreach (var (name, columns) in tables)
        {
            if (!first)
            {
                lines.Add("");
            }

            lines.AddRange(Table(name, columns, 2));
            first = false;
        }

        return string.Join("\n", lines) + "\n";
    }

    /// <summary>A catalog under <c>catalogs:</c> with its key at <paramref name="indent"/>.</summary>
    public static IEnumerable<string> Catalog(string name, int indent)
    {
        var key = new string(' ', indent + 2);
        yield return new string(' ', indent) + YamlText.Scalar(name) + ":";
        yield return key + "athena: { data_source: " + YamlText.Scalar(name) + " }";
        yield return key + "duckdb: { attach_as: " + YamlText.Scalar(name) + " }";
    }
}
