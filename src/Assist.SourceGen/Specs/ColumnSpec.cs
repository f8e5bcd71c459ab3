using Assist.SourceGen.Infrastructure;

namespace Assist.SourceGen.Specs;

/// <summary>One column: an entity property plus its <c>ColumnMetadata</c>.</summary>
/// <remarks>Cacheability contract: see <see cref="LakeSpec"/>.</remarks>
/// <param name="SqlName">The lake name (<c>timestamp</c>).</param>
/// <param name="PropertyName">The C# property (<c>Timestamp</c>).</param>
/// <param name="PropertyType">The property type as written, nullable where the column is (<c>string?</c>, <c>long?</c>).</param>
/// <param name="TypeOfType">The same type as <c>typeof</c> accepts it (no <c>?</c> on reference types).</param>
/// <param name="IsReferenceType">True when the property type is a reference type (needs a <c>default!</c> initializer when not nullable).</param>
/// <param name="SqlType">The canonical Athena DML type.</param>
/// <param name="TypeExpression">A C# expression building the structured type (<c>SqlType.DecimalOf(10, 2)</c>) for the metadata.</param>
/// <param name="IsNullable">Whether the column may hold NULL.</param>
/// <param name="IsPii">Personal data.</param>
/// <param name="Description">The YAML description.</param>
/// <param name="Provenance">Where the name comes from (lower case).</param>
/// <param name="EnumType">The <c>global::</c>-qualified enum type, or null.</param>
/// <param name="References">The foreign key target (<c>catalog.schema.table.column</c>), or null.</param>
/// <param name="XrefKinds">The xref kinds an xid column may point at.</param>
/// <param name="Unit">Unit of measure, or null.</param>
internal sealed record ColumnSpec(
    string SqlName,
    string PropertyName,
    string PropertyType,
    string TypeOfType,
    bool IsReferenceType,
    string SqlType,
    string TypeExpression,
    bool IsNullable,
    bool IsPii,
    string? Description,
    string Provenance,
    string? EnumType,
    string? References,
    EquatableArray<string> XrefKinds,
    string? Unit);
