using System;
using System.Collections.Generic;
using Assist.Schema.Loading.Yaml;
using Assist.Schema.Model;

namespace Assist.Schema.Loading;

/// <summary>Reads the <c>catalogs</c> and <c>xref</c> sections of a lake file.</summary>
internal static class LakeFileReader
{
    private static readonly string[] CatalogKeys = { "description", "athena", "duckdb" };
    private static readonly string[] AthenaKeys = { "data_source", "catalog_path" };
    private static readonly string[] DuckDbKeys = { "attach_as" };
    private static readonly string[] XrefKeys =
    {
        "table", "id_column", "target_column", "type_column", "partner_column", "type_enum", "partner_enum", "default_partner", "targets",
    };

    public static IReadOnlyList<CatalogDef> ReadCatalogs(MappingReader lake, FileContext file)
    {
        var catalogs = new List<CatalogDef>();
        var section = lake.Mapping("catalogs", required: false);
        if (section is null)
        {
            return catalogs;
        }

        foreach (var entry in section.Entries)
        {
            var name = entry.Key.Value;
            if (entry.Value is not YamlMapping body)
            {
                file.Error(DiagnosticCodes.WrongNodeKind, "catalog '" + name + "' must be a mapping with description, athena and duckdb, not " + entry.Value.Describe(), entry.Value.Span);
                continue;
            }

            var what = "catalog '" + name + "'";
            var reader = new MappingReader(body, what, CatalogKeys, file);
            var description = reader.String("description", required: false);
            string? dataSource = null;
            string? catalogPath = null;
            var athena = reader.Mapping("athena", required: true);
            var spans = new Dictionary<string, SourceSpan>(reader.Spans, StringComparer.Ordinal) { ["name"] = entry.Key.Span };
            if (athena is not null)
            {
                var athenaReader = new MappingReader(athena, "the athena mapping of " + what, AthenaKeys, file);
                dataSource = athenaReader.String("data_source", required: false);
                catalogPath = athenaReader.String("catalog_path", required: false);
                Copy(athenaReader.Spans, "athena.", spans);
            }

            string? attachAs = null;
            var duckDb = reader.Mapping("duckdb", required: true);
            if (duckDb is not null)
            {
                var duckDbReader = new MappingReader(duckDb, "the duckdb mapping of " + what, DuckDbKeys, file);
                attachAs = duckDbReader.String("attach_as", required: true);
                Copy(duckDbReader.Spans, "duckdb.", spans);
            }

            catalogs.Add(new CatalogDef(name, description, dataSource, catalogPath, attachAs ?? name, Array.Empty<SchemaDef>(), entry.Key.Span) { ValueSpans = spans });
        }

        return catalogs;
    }

    public static XrefDef? ReadXref(MappingReader lake, FileContext file)
    {
        var section = lake.Mapping("xref", required: false);
        if (section is null)
        {
            return null;
        }

        var reader = new MappingReader(section, "the xref section", XrefKeys, file);
        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var key in XrefKeys)
        {
            if (key != "targets")
            {
                values[key] = reader.String(key, required: true);
            }
        }

        var targets = new List<XrefTargetDef>();
        var targetMap = reader.Mapping("targets", required: true);
        foreach (var entry in targetMap?.Entries ?? new List<KeyValuePair<YamlScalar, YamlNode>>())
        {
            if (entry.Value is YamlScalar table && !table.IsNull)
            {
                targets.Add(new XrefTargetDef(entry.Key.Value, table.Value, entry.Key.Span)
                {
                    ValueSpans = new Dictionary<string, SourceSpan>(StringComparer.Ordinal) { ["table"] = table.Span },
                });
            }
            else
            {
                file.Error(DiagnosticCodes.WrongNodeKind, "xref target '" + entry.Key.Value + "' must name a table (catalog.schema.table), not " + entry.Value.Describe(), entry.Value.Span);
            }
        }

        if (values.ContainsValue(null))
        {
            return null;
        }

        return new XrefDef(
            values["table"]!, values["id_column"]!, values["target_column"]!, values["type_column"]!, values["partner_column"]!,
            values["type_enum"]!, values["partner_enum"]!, values["default_partner"]!, targets, lake.KeySpan("xref"))
        {
            ValueSpans = new Dictionary<string, SourceSpan>(reader.Spans, StringComparer.Ordinal),
        };
    }

    private static void Copy(Dictionary<string, SourceSpan> from, string prefix, Dictionary<string, SourceSpan> to)
    {
        foreach (var pair in from)
        {
            to[prefix + pair.Key] = pair.Value;
        }
    }
}
