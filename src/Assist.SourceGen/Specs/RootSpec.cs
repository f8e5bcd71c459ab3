using Assist.SourceGen.Infrastructure;

namespace Assist.SourceGen.Specs;

/// <summary>The static <c>Lake</c> class: a property per catalog, per schema and per table.</summary>
/// <remarks>Cacheability contract: see <see cref="LakeSpec"/>.</remarks>
/// <param name="Namespace">The root namespace (<c>Assist.Lake</c> unless <c>AssistLakeNamespace</c> says otherwise).</param>
/// <param name="Catalogs">The catalogs that hold at least one table.</param>
internal sealed record RootSpec(string Namespace, EquatableArray<CatalogSpec> Catalogs);

/// <summary>A catalog: <c>Lake.CasCore</c> of type <c>Lake.CasCoreCatalog</c>.</summary>
/// <param name="Name">The catalog's lake name (<c>cas_core</c>).</param>
/// <param name="PropertyName">The property on <c>Lake</c>.</param>
/// <param name="ClassName">The nested class holding its schemas.</param>
/// <param name="Description">The YAML description.</param>
/// <param name="Schemas">Its schemas.</param>
internal sealed record CatalogSpec(
    string Name,
    string PropertyName,
    string ClassName,
    string? Description,
    EquatableArray<SchemaSpec> Schemas);

/// <summary>A schema: <c>Lake.CasCore.StudentData</c>.</summary>
/// <param name="Name">The schema's lake name (<c>student_data</c>).</param>
/// <param name="PropertyName">The property on the catalog class.</param>
/// <param name="ClassName">The nested class holding its table sources.</param>
/// <param name="Description">The YAML description.</param>
/// <param name="Tables">Its table sources.</param>
internal sealed record SchemaSpec(
    string Name,
    string PropertyName,
    string ClassName,
    string? Description,
    EquatableArray<TableSourceSpec> Tables);

/// <summary>A table source property: <c>Lake.CasCore.StudentData.ProblemLogs</c>.</summary>
/// <param name="PropertyName">The property name.</param>
/// <param name="EntityType">The entity's <c>global::</c>-qualified name.</param>
/// <param name="QualifiedName"><c>catalog.schema.table</c>.</param>
/// <param name="Description">The YAML description.</param>
/// <param name="ApproxRows">The documented row count, or null.</param>
internal sealed record TableSourceSpec(
    string PropertyName,
    string EntityType,
    string QualifiedName,
    string? Description,
    long? ApproxRows);
