using System;
using System.Collections.Generic;
using System.Linq;
using Assist.Schema.Loading;
using Assist.Schema.Model;

namespace Assist.Schema;

/// <summary>
/// Loads schema files into a <see cref="LakeSchema"/> and validates it. Never throws on any input: every problem,
/// from malformed YAML to a dangling foreign key, is a <see cref="SchemaDiagnostic"/>, and all of them are reported.
/// </summary>
/// <remarks>
/// This part works on file texts only, so the source generator compiles it in; reading folders from disk is in
/// SchemaLoader.Files.cs, which the generator leaves out (analyzers must not do file IO).
/// </remarks>
public static partial class SchemaLoader
{
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
}
