using System.Text;
using Assist.Schema.Model;

namespace Assist.Cli.Import;

/// <summary>
/// Renders a format's mapping as the Markdown table of docs/import.md: for every lake table it fills, each column's
/// origin (platform, derived, synthesized) and source, and one row for the columns it leaves empty. Rendered from the
/// same <see cref="TableMapping"/>s the importer runs, so the documentation cannot drift from the code.
/// </summary>
internal static class MappingTable
{
    /// <summary>The table for a file with every column of the format.</summary>
    public static string Render(ImportFormat format, LakeSchema schema) => Render(format, schema, AllFields(format), only: null);

    /// <summary>
    /// The rows that differ when the file lacks the optional columns (for responses: no problem_id), or "" when nothing differs.
    /// </summary>
    public static string RenderWithoutOptional(ImportFormat format, LakeSchema schema)
    {
        var full = Rows(format, schema, AllFields(format)).ToHashSet();
        var reduced = format.Fields.Where(f => f.InHeader).Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
        var changed = Rows(format, schema, reduced).Where(r => !full.Contains(r)).ToList();
        return changed.Count == 0 ? "" : Render(format, schema, reduced, changed);
    }

    private static HashSet<string> AllFields(ImportFormat format) => format.Fields.Select(f => f.Name).ToHashSet(StringComparer.Ordinal);

    private static string Render(ImportFormat format, LakeSchema schema, IReadOnlySet<string> present, IReadOnlyList<string>? only)
    {
        var text = new StringBuilder();
        text.Append("| lake table | column | origin | from |\n|---|---|---|---|\n");
        foreach (var row in only ?? Rows(format, schema, present))
        {
            text.Append(row).Append('\n');
        }

        return text.ToString();
    }

    private static IEnumerable<string> Rows(ImportFormat format, LakeSchema schema, IReadOnlySet<string> present)
    {
        foreach (var mapping in format.Tables(present))
        {
            var table = schema.FindTable(mapping.Table);
            if (table is null)
            {
                continue;
            }

            foreach (var column in mapping.Columns)
            {
                yield return $"| {mapping.Table} | {column.Column} | {ProvenanceWriter.OriginName(column.Origin)} | {column.Note.Replace("|", "\\|", StringComparison.Ordinal)} |";
            }

            var empty = table.Columns.Select(c => c.Name).Where(c => mapping.Columns.All(m => m.Column != c)).ToList();
            if (empty.Count > 0)
            {
                yield return $"| {mapping.Table} | {string.Join(", ", empty)} | empty | not in the file: NULL |";
            }
        }
    }
}
