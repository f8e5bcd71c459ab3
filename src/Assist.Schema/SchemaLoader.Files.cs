using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Assist.Schema.Model;

namespace Assist.Schema;

/// <summary>Reading a schema folder from disk (the CLI and tests); the source generator gets file texts instead.</summary>
public static partial class SchemaLoader
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
