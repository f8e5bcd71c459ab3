using System.Collections.Generic;

namespace Assist.Schema.Model;

/// <summary>A schema (Athena database) inside a catalog, declared by one YAML file.</summary>
/// <param name="Catalog">The catalog it belongs to.</param>
/// <param name="Name">Schema name, e.g. <c>student_data</c>.</param>
/// <param name="Description">What the schema holds.</param>
/// <param name="Tables">Its tables, in declaration order.</param>
/// <param name="Span">Where the schema is declared.</param>
public sealed record SchemaDef(string Catalog, string Name, string? Description, IReadOnlyList<TableDef> Tables, SourceSpan Span)
{
    /// <summary>Where each key's value is written (<c>type</c>, <c>references</c>, <c>xref[1]</c> ...), so diagnostics can point at the value itself; empty for models built in code.</summary>
    public IReadOnlyDictionary<string, SourceSpan> ValueSpans { get; init; } = SourceSpans.Empty;
}
