using Assist.SourceGen.Infrastructure;

namespace Assist.SourceGen.Specs;

/// <summary>A table's resolved <c>person:</c> path, emitted as its <c>PersonPathMetadata</c>.</summary>
/// <remarks>Cacheability contract: see <see cref="LakeSpec"/> (names only, no schema-model objects).</remarks>
/// <param name="Steps">The foreign keys followed, in order.</param>
/// <param name="PersonTable"><c>catalog.schema.table</c> the path ends on.</param>
/// <param name="PersonColumn">The column of <paramref name="PersonTable"/> that identifies the person.</param>
/// <param name="WhenColumn">The table's enumeration column the row's person depends on, or null.</param>
/// <param name="WhenCode">The code it must hold, or null.</param>
internal sealed record PersonPathSpec(
    EquatableArray<PersonPathStepSpec> Steps, string PersonTable, string PersonColumn, string? WhenColumn, long? WhenCode);

/// <summary>One foreign key of a person path: <paramref name="Column"/> references <paramref name="TargetColumn"/> of <paramref name="TargetTable"/> (<c>catalog.schema.table</c>).</summary>
internal sealed record PersonPathStepSpec(string Column, string TargetTable, string TargetColumn);
