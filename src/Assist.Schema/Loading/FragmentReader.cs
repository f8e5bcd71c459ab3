using System;
using System.Collections.Generic;
using System.Linq;
using Assist.Schema.Loading.Yaml;
using Assist.Schema.Model;

namespace Assist.Schema.Loading;

/// <summary>Reads one file into a <see cref="SchemaFragment"/>: decides its kind by its top-level keys and reads it.</summary>
internal static class FragmentReader
{
    /// <summary>Files above this size are not parsed: the real lake's largest file is well under 1 MiB.</summary>
    public const int MaxFileCharacters = 16 * 1024 * 1024;

    private static readonly string[] LakeKeys = { "catalogs", "xref" };
    private static readonly string[] EnumsKeys = { "enums" };
    private static readonly string[] SchemaKeys = { "catalog", "schema", "description", "tables" };

    // A known key of another kind is reported once, as a mixed file (AS0104), not again as unknown.
    private static readonly string[] AllTopLevelKeys = LakeKeys.Concat(EnumsKeys).Concat(SchemaKeys).ToArray();

    public static SchemaFragment Read(SchemaFile file)
    {
        var context = new FileContext(file.Path);
        var empty = new SchemaFragment(file.Path, Array.Empty<CatalogDef>(), null, Array.Empty<EnumDef>(), null, context.Diagnostics);
        if (file.Text.Length > MaxFileCharacters)
        {
            context.Error(DiagnosticCodes.FileTooLarge, "the file has " + file.Text.Length + " characters; schema files are limited to " + MaxFileCharacters + " (16 MiB). Split it into one file per schema", new SourceSpan(file.Path, 1, 1));
            return empty;
        }

        // Duplicate and merge keys are reported and dropped, and reading goes on; a null root means reading stopped.
        var root = YamlTreeBuilder.Build(file.Path, file.Text, context.Diagnostics);
        if (root is null && context.Diagnostics.Count > 0)
        {
            return empty;
        }

        if (root is null || (root is YamlScalar scalar && scalar.IsNull))
        {
            context.Warning(DiagnosticCodes.EmptyFile, "the file is empty; a schema file declares catalogs, enumerations or one schema", new SourceSpan(file.Path, 1, 1));
            return empty;
        }

        if (root is not YamlMapping mapping)
        {
            context.Error(DiagnosticCodes.WrongNodeKind, "the top level of a schema file must be a mapping (catalogs/xref, enums, or catalog/schema/tables), not " + root.Describe(), root.Span);
            return empty;
        }

        var kind = KindOf(mapping, context);
        switch (kind)
        {
            case "lake":
                var lake = new MappingReader(mapping, "a lake file", LakeKeys, context, AllTopLevelKeys);
                return empty with { Catalogs = LakeFileReader.ReadCatalogs(lake, context), Xref = LakeFileReader.ReadXref(lake, context) };
            case "enums":
                return empty with { Enums = EnumsFileReader.Read(new MappingReader(mapping, "an enumerations file", EnumsKeys, context, AllTopLevelKeys), context) };
            case "schema":
                return empty with { Schema = SchemaFileReader.Read(new MappingReader(mapping, "a schema file", SchemaKeys, context, AllTopLevelKeys), context) };
            default:
                return empty;
        }
    }

    /// <summary>The kind of the first known key; keys of another kind, and a file with no known key, are reported.</summary>
    private static string? KindOf(YamlMapping mapping, FileContext context)
    {
        string? kind = null;
        foreach (var entry in mapping.Entries)
        {
            var keyKind = LakeKeys.Contains(entry.Key.Value) ? "lake" : EnumsKeys.Contains(entry.Key.Value) ? "enums" : SchemaKeys.Contains(entry.Key.Value) ? "schema" : null;
            if (keyKind is null)
            {
                continue;
            }

            if (kind is null)
            {
                kind = keyKind;
            }
            else if (kind != keyKind)
            {
                context.Error(DiagnosticCodes.UnknownFileKind, "'" + entry.Key.Value + "' belongs in " + Describe(keyKind) + ", but this is " + Describe(kind) + "; a file may not mix kinds", entry.Key.Span);
            }
        }

        if (kind is null)
        {
                        var first = mapping.Entries.Count > 0 ? mapping.Entries[0].Key : null;
            var hint = first is null ? "" : Suggestions.DidYouMean(first.Value, AllTopLevelKeys);
            context.Error(DiagnosticCodes.UnknownFileKind, "cannot tell what this file declares: expected 'catalogs'/'xref' (lake file), 'enums' (enumerations file) or 'catalog'/'schema'/'tables' (schema file)." + hint, first?.Span ?? mapping.Span);
        }

        return kind;
    }

    private static string Describe(string kind) =>
        kind == "lake" ? "a lake file" : kind == "enums" ? "an enumerations file" : "a schema file";
}
