using System;
using System.Collections.Generic;
using Assist.Schema.Loading.Yaml;
using Assist.Schema.Model;

namespace Assist.Schema.Loading;

/// <summary>Reads a schema file: one schema of one catalog, its tables and their columns.</summary>
internal static class SchemaFileReader
{
    private static readonly string[] TableKeys =
    {
        "description", "entity", "provenance", "sources", "approx_rows", "primary_key", "time_column", "aliases", "columns", "person",
    };

    private static readonly string[] ColumnKeys =
    {
        "name", "type", "nullable", "description", "provenance", "sources", "pii", "enum", "references", "xref",
        "navigation", "inverse_navigation", "aliases", "unit", "avg_bytes",
    };

    public static SchemaDef? Read(MappingReader file, FileContext context)
    {
        var catalog = file.String("catalog", required: true);
        var schema = file.String("schema", required: true);
        var description = file.String("description", required: false);
        var tables = new List<TableDef>();
        var tableMap = file.Mapping("tables", required: true);
        if (tableMap is not null && tableMap.Entries.Count == 0)
        {
            context.Error(DiagnosticCodes.EmptyCollection, "the schema file declares no tables", tableMap.Span);
        }

        if (catalog is null || schema is null)
        {
            return null;
        }

        foreach (var entry in tableMap?.Entries ?? new List<KeyValuePair<YamlScalar, YamlNode>>())
        {
            var table = ReadTable(catalog, schema, entry.Key, entry.Value, context);
            if (table is not null)
            {
                tables.Add(table);
            }
        }

        return new SchemaDef(catalog, schema, description, tables, file.Spans["schema"])
        {
            ValueSpans = new Dictionary<string, SourceSpan>(file.Spans, StringComparer.Ordinal),
        };
    }

    private static TableDef? ReadTable(string catalog, string schema, YamlScalar key, YamlNode body, FileContext context)
    {
        var what = "table '" + key.Value + "'";
        if (body is not YamlMapping mapping)
        {
            context.Error(DiagnosticCodes.WrongNodeKind, what + " must be a mapping with description, primary_key, columns ..., not " + body.Describe(), body.Span);
            return null;
        }

        var reader = new MappingReader(mapping, what, TableKeys, context);
        var entity = reader.String("entity", required: false);
        var description = reader.String("description", required: false);
        var provenance = reader.Provenance("provenance", required: false) ?? Provenance.Inferred;
        var sources = reader.StringList("sources");
        var approxRows = reader.Integer("approx_rows");
        var primaryKey = reader.StringList("primary_key");
        var timeColumn = reader.String("time_column", required: false);
        var aliases = reader.StringList("aliases");
        var personNode = reader.Node("person");
        var person = personNode is null ? null : PersonPathReader.Read(personNode, what, context);
        var columns = new List<ColumnDef>();
        var columnList = reader.Sequence("columns", required: true);
        if (columnList is not null && columnList.Items.Count == 0)
        {
            context.Error(DiagnosticCodes.EmptyCollection, what + " has no columns", columnList.Span);
        }

        foreach (var item in columnList?.Items ?? new List<YamlNode>())
        {
            var column = ReadColumn(item, what, context);
            if (column is not null)
            {
                columns.Add(column);
            }
        }

        var spans = new Dictionary<string, SourceSpan>(reader.Spans, StringComparer.Ordinal) { ["name"] = key.Span };
        return new TableDef(catalog, schema, key.Value, entity, description, primaryKey, approxRows, timeColumn, aliases, provenance, sources, columns, key.Span)
        {
            ValueSpans = spans,
            Person = person,
        };
    }

    private static ColumnDef? ReadColumn(YamlNode item, string table, FileContext context)
    {
        if (item is not YamlMapping mapping)
        {
            context.Error(DiagnosticCodes.WrongNodeKind, "each column of " + table + " must be a mapping with name, type, nullable and provenance, not " + item.Describe(), item.Span);
            return null;
        }

        var nameNode = mapping.Entries.Find(e => e.Key.Value == "name").Value as YamlScalar;
        var what = nameNode is null || nameNode.IsNull ? "a column of " + table : "column '" + nameNode.Value + "' of " + table;
        var reader = new MappingReader(mapping, what, ColumnKeys, context);
        var name = reader.String("name", required: true);
        var typeText = reader.String("type", required: true) ?? "";
        var nullable = reader.Boolean("nullable", required: true);
        var provenance = reader.Provenance("provenance", required: true);
        var description = reader.String("description", required: false);
        var sources = reader.StringList("sources");
        var pii = reader.Boolean("pii", required: false) ?? false;
        var enumName = reader.String("enum", required: false);
        var references = reader.String("references", required: false);
        var xref = reader.StringList("xref");
        var navigation = reader.String("navigation", required: false);
        var inverse = reader.String("inverse_navigation", required: false);
        var aliases = reader.StringList("aliases");
        var unit = reader.String("unit", required: false);
        var avgBytes = reader.Number("avg_bytes");
        if (name is null)
        {
            return null;
        }

        // The validator re-parses TypeText to report why a type is bad; the loader only keeps the result.
        var type = typeText.Length == 0 ? null : SqlTypeParser.Parse(typeText).Type;
        return new ColumnDef(
            name, typeText, type, nullable ?? false, description, pii, enumName, references, xref, aliases,
            provenance ?? Provenance.Inferred, sources, avgBytes, navigation, inverse, unit, mapping.Span)
        {
            ValueSpans = new Dictionary<string, SourceSpan>(reader.Spans, StringComparer.Ordinal),
        };
    }
}
