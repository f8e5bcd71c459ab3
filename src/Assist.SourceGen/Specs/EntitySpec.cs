using Assist.SourceGen.Infrastructure;

namespace Assist.SourceGen.Specs;

/// <summary>One table's entity class, its metadata and its navigations: one generated file.</summary>
/// <remarks>
/// Cacheability contract: see <see cref="LakeSpec"/>. Holds every name it needs already resolved (target entity types,
/// xref type values), so an edit to another table leaves this spec equal and its file is not regenerated.
/// </remarks>
/// <param name="HintName">The generated file's hint name (<c>CasCore.StudentData.ProblemLog.g.cs</c>).</param>
/// <param name="Namespace">The entity's namespace.</param>
/// <param name="ClassName">The entity class.</param>
/// <param name="FullName">The <c>global::</c>-qualified class name.</param>
/// <param name="Catalog">The lake catalog.</param>
/// <param name="Schema">The lake schema.</param>
/// <param name="Table">The lake table.</param>
/// <param name="Description">The YAML description.</param>
/// <param name="Provenance">Where the table's name comes from (lower case).</param>
/// <param name="ApproxRows">The documented row count, or null.</param>
/// <param name="PrimaryKey">Primary-key column names.</param>
/// <param name="Columns">Mapped columns in declaration order.</param>
/// <param name="Navigations">Navigation methods.</param>
/// <param name="PersonPath">The path from a row to the person it describes, or null.</param>
internal sealed record EntitySpec(
    string HintName,
    string Namespace,
    string ClassName,
    string FullName,
    string Catalog,
    string Schema,
    string Table,
    string? Description,
    string Provenance,
    long? ApproxRows,
    EquatableArray<string> PrimaryKey,
    EquatableArray<ColumnSpec> Columns,
    EquatableArray<NavigationSpec> Navigations,
    PersonPathSpec? PersonPath)
{
    /// <summary><c>catalog.schema.table</c>.</summary>
    public string QualifiedName => Catalog + "." + Schema + "." + Table;
}
