using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Assist.Schema.Model;

namespace Assist.Schema.Drift;

/// <summary>
/// Reads and writes an export of Athena's <c>information_schema.columns</c> as CSV, with a header naming at least
/// table_catalog, table_schema, table_name, column_name, ordinal_position, data_type and is_nullable (comment is
/// optional; other columns are ignored). Bad input is an error naming the file and the line; nothing is guessed.
/// </summary>
public static class InformationSchemaCsv
{
    /// <summary>The columns a valid export must have.</summary>
    public static IReadOnlyList<string> RequiredColumns { get; } = new[]
    {
        "table_catalog", "table_schema", "table_name", "column_name", "ordinal_position", "data_type", "is_nullable",
    };

    /// <summary>Parses the export in <paramref name="text"/> read from <paramref name="path"/>.</summary>
    /// <exception cref="LakeSourceException">Missing header columns, a short row, a bad ordinal or nullability, an unknown type, a duplicate column.</exception>
    public static ObservedLake Parse(string path, string text)
    {
        var records = CsvReader.Read(path, text);
        if (records.Count == 0)
        {
            throw new LakeSourceException(path + ":1: the file is empty; expected a header with " + string.Join(", ", RequiredColumns));
        }

        var header = records[0];
        var index = header.Fields.Select((name, i) => (Name: name.Trim().ToLowerInvariant(), i)).GroupBy(h => h.Name).ToDictionary(g => g.Key, g => g.First().i, StringComparer.Ordinal);
        var missing = RequiredColumns.Where(c => !index.ContainsKey(c)).ToList();
        if (missing.Count > 0)
        {
            throw new LakeSourceException(path + ":" + header.Line + ": the header lacks " + string.Join(", ", missing) + "; an information_schema.columns export has " + string.Join(", ", RequiredColumns) + " (and optionally comment)");
        }

        var rows = records.Skip(1).Where(r => !IsInformationSchema(r, index)).Select(r => ReadRow(path, r, index, header.Fields.Count)).ToList();
        var tables = new List<ObservedTable>();
        foreach (var table in rows.GroupBy(r => (r.Catalog, r.Schema, r.Table)).OrderBy(g => g.Key.Catalog + "." + g.Key.Schema + "." + g.Key.Table, StringComparer.Ordinal))
        {
            var columns = new List<ObservedColumn>();
            var seen = new Dictionary<string, Row>(StringComparer.Ordinal);
            var ordinals = new Dictionary<int, Row>();
            foreach (var row in table.OrderBy(r => r.Ordinal).ThenBy(r => r.Line))
            {
                var where = table.Key.Catalog + "." + table.Key.Schema + "." + table.Key.Table;
                if (seen.TryGetValue(row.Column, out var first))
                {
                    throw new LakeSourceException(path + ":" + row.Line + ": column " + row.Column + " of " + where + " appears twice (first on line " + first.Line + ")");
                }

                if (ordinals.TryGetValue(row.Ordinal, out var same))
                {
                    throw new LakeSourceException(path + ":" + row.Line + ": ordinal_position " + row.Ordinal + " of " + where + " is also column " + same.Column + " (line " + same.Line + ")");
                }

                seen[row.Column] = row;
                ordinals[row.Ordinal] = row;
                columns.Add(new ObservedColumn(row.Column, row.Type, row.Nullable, row.Comment, path + ":" + row.Line));
            }

            tables.Add(new ObservedTable(table.Key.Catalog, table.Key.Schema, table.Key.Table, columns, path + ":" + table.Min(r => r.Line)));
        }

        return new ObservedLake(path, TypeSpelling.Athena, tables);
    }

    /// <summary>The YAML lake as an information_schema export (the round trip of <c>assist schema import</c>).</summary>
    public static string Write(LakeSchema schema)
    {
        var text = new StringBuilder();
        text.Append("table_catalog,table_schema,table_name,column_name,ordinal_position,data_type,is_nullable,comment\n");
        foreach (var table in schema.Tables)
        {
            var catalog = schema.Catalogs.First(c => c.Name == table.Catalog);
            for (var i = 0; i < table.Columns.Count; i++)
            {
                var column = table.Columns[i];
                text.Append(string.Join(",", new[]
                {
                    catalog.AthenaDataSource ?? catalog.Name, table.Schema, table.Name, column.Name,
                    (i + 1).ToString(CultureInfo.InvariantCulture), column.Type?.ToString() ?? column.TypeText,
                    column.Nullable ? "YES" : "NO", column.Description ?? "",
                }.Select(Quote))).Append('\n');
            }
        }

        return text.ToString();
    }

    private static bool IsInformationSchema(CsvRecord record, Dictionary<string, int> index) =>
        index["table_schema"] < record.Fields.Count && record.Fields[index["table_schema"]] == "information_schema";

    private static Row ReadRow(string path, CsvRecord record, Dictionary<string, int> index, int headerCount)
    {
        var at = path + ":" + record.Line;
        if (record.Fields.Count != headerCount)
        {
            throw new LakeSourceException(at + ": the row has " + record.Fields.Count + " fields, the header " + headerCount);
        }

        string Field(string name) => record.Fields[index[name]].Trim();
        foreach (var name in new[] { "table_catalog", "table_schema", "table_name", "column_name", "data_type" })
        {
            if (Field(name).Length == 0)
            {
                throw new LakeSourceException(at + ": " + name + " is empty");
            }
        }

        if (!int.TryParse(Field("ordinal_position"), NumberStyles.None, CultureInfo.InvariantCulture, out var ordinal) || ordinal < 1)
        {
            throw new LakeSourceException(at + ": ordinal_position '" + Field("ordinal_position") + "' is not a whole number from 1");
        }

        var typeText = Field("data_type");
        if (!SqlTypeParser.TryParse(typeText, out _, out var typeError))
        {
            throw new LakeSourceException(at + ": data_type '" + typeText + "' of column " + Field("column_name") + ": " + typeError);
        }

        var comment = index.TryGetValue("comment", out var c) ? record.Fields[c].Trim() : "";
        return new Row(
            Field("table_catalog"), Field("table_schema"), Field("table_name"), Field("column_name"), ordinal, typeText,
            ReadNullable(at, Field("is_nullable")), comment.Length == 0 ? null : comment, record.Line);
    }

    // Athena says YES for most columns it cannot check and UNKNOWN for some; only YES and NO are taken as facts.
    private static bool? ReadNullable(string at, string text)
    {
        switch (text.ToUpperInvariant())
        {
            case "YES": return true;
            case "NO": return false;
            case "":
            case "UNKNOWN": return null;
            default: throw new LakeSourceException(at + ": is_nullable '" + text + "' is not YES, NO or UNKNOWN");
        }
    }

    private static string Quote(string field) =>
        field.IndexOfAny(new[] { ',', '"', '\n', '\r' }) < 0 ? field : "\"" + field.Replace("\"", "\"\"") + "\"";

    private sealed record Row(string Catalog, string Schema, string Table, string Column, int Ordinal, string Type, bool? Nullable, string? Comment, int Line);
}
