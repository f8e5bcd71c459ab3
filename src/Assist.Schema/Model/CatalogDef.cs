using System.Collections.Generic;

namespace Assist.Schema.Model;

/// <summary>A logical catalog and where each engine finds it.</summary>
/// <param name="Name">Logical name used in three-part names, e.g. <c>cas_core</c>.</param>
/// <param name="Description">What the catalog holds.</param>
/// <param name="AthenaDataSource">Athena data source (registered catalog) name, or null when <paramref name="AthenaCatalogPath"/> is used.</param>
/// <param name="AthenaCatalogPath">Quoted catalog path for unregistered catalogs (e.g. <c>s3tablescatalog/cas-core</c>), or null.</param>
/// <param name="DuckDbAttachAs">The alias the local DuckDB lake attaches the catalog as.</param>
/// <param name="Schemas">Schemas declared for this catalog (collected from every schema file).</param>
/// <param name="Span">Where the catalog is declared.</param>
public sealed record CatalogDef(
    string Name,
    string? Description,
    string? AthenaDataSource,
    string? AthenaCatalogPath,
    string DuckDbAttachAs,
    IReadOnlyList<SchemaDef> Schemas,
    SourceSpan Span)
{
    /// <summary>Where each key's value is written (<c>type</c>, <c>references</c>, <c>xref[1]</c> ...), so diagnostics can point at the value itself; empty for models built in code.</summary>
    public IReadOnlyDictionary<string, SourceSpan> ValueSpans { get; init; } = SourceSpans.Empty;
}
