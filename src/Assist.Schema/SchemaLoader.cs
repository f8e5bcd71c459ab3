using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Assist.Schema.Loading;
using Assist.Schema.Model;

namespace Assist.Schema;

/// <summary>
/// Loads schema files into a <see cref="LakeSchema"/> and validates it. Never throws on any input: every problem,
/// from malformed YAML to a dangling foreign key, is a <see cref="SchemaDiagnostic"/>, and all of them are reported.
/// </summary>
public static class SchemaLoader
{
    /// <summary>The largest schema file read, in bytes (16 MiB); larger files are reported, not parsed.</summary>
    public const long MaxFileBytes = 16L * 1024 * 1024;

    /// <summary>Loads every <c>*.yaml</c> file under <paramref name="directory"/> (recursively, in ordinal path order).</summary>
    public static SchemaLoadResult LoadDirectory(string directory)
    {
        if (!Directory.Exists(directory))
        {
            return Failed(DiagnosticCodes.DirectoryNotFound, "the schema directory '" + directory + "' does not exist", directory);
        }

        var paths = Directory.EnumerateFiles(directory, "*.yaml", SearchOption.AllDirectories)
            .OrderBy(p => p, StringComparer.Ordinal)
            .ToList();
        if (paths.Count == 0)
        {
            return Failed(DiagnosticCodes.NoSchemaFiles, "the schema directory '" + directory + "' holds no *.yaml files", directory);
        }

        var fragments = new List<SchemaFragment>();
        foreach (var path in paths)
        {
            fragments.Add(ReadFile(path));
        }

        return Combine(fragments);
    }

    /// <summary>Parses each file alone, then combines and validates them (the same as <see cref="ParseFile"/> + <see cref="Combine"/>).</summary>
    public static SchemaLoadResult Load(IEnumerable<SchemaFile> files) => Combine(files.Select(ParseFile).ToList());

    /// <summary>Parses one file alone: its syntax and structure problems, and what it declares.</summary>
    public static SchemaFragment ParseFile(SchemaFile file) => FragmentReader.Read(file);

    /// <summary>Puts the fragments of all files together, validates the whole and returns every diagnostic, sorted.</summary>
    public static SchemaLoadResult Combine(IEnumerable<SchemaFragment> fragments)
    {
        var list = fragments.ToList();
        var diagnostics = list.SelectMany(f => f.Diagnostics).ToList();
        var schema = FragmentCombiner.Combine(list, diagnostics);
        diagnostics.AddRange(SchemaValidator.Validate(schema));
        return new SchemaLoadResult(schema, Sort(diagnostics));
    }

    /// <summary>Diagnostics in the order a person reads them: by file, line, column, then code.</summary>
    public static IReadOnlyList<SchemaDiagnostic> Sort(IEnumerable<SchemaDiagnostic> diagnostics) =>
        diagnostics
            .OrderBy(d => d.Span.File, StringComparer.Ordinal)
            .ThenBy(d => d.Span.Line)
            .ThenBy(d => d.Span.Column)
            .ThenBy(d => d.Code, StringComparer.Ordinal)
            .ThenBy(d => d.Message, StringComparer.Ordinal)
            .ToList();

    private static SchemaFragment ReadFile(string path)
    {
        try
        {
            var length = new FileInfo(path).Length;
            if (length > MaxFileBytes)
            {
                return Unreadable(path, DiagnosticCodes.FileTooLarge, "the file has " + length + " bytes; schema files are limited to " + MaxFileBytes + " (16 MiB). Split it into one file per schema");
            }

            return ParseFile(new SchemaFile(path, File.ReadAllText(path, new UTF8Encoding(false, true))));
        }
        catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is DecoderFallbackException)
        {
            return Unreadable(path, DiagnosticCodes.FileUnreadable, "the file could not be read: " + e.Message);
        }
    }

    private static SchemaFragment Unreadable(string path, string code, string message) =>
        new SchemaFragment(path, Array.Empty<CatalogDef>(), null, Array.Empty<EnumDef>(), null, new[]
        {
            new SchemaDiagnostic(code, DiagnosticSeverity.Error, message, new SourceSpan(path, 1, 1)),
        });

    private static SchemaLoadResult Failed(string code, string message, string directory) =>
        new SchemaLoadResult(
            new LakeSchema(Array.Empty<CatalogDef>(), Array.Empty<EnumDef>(), null),
            new[] { new SchemaDiagnostic(code, DiagnosticSeverity.Error, message, new SourceSpan(directory, 0, 0)) });
}
