namespace Assist.Query.Metadata;

/// <summary>
/// The path from a row of a table to the person the row describes (the schema's <c>person:</c> key), emitted by the
/// source generator: disclosure control counts <c>count(DISTINCT person)</c> behind every cell of an aggregate.
/// </summary>
/// <param name="Steps">The foreign keys followed from the table, in order; empty when the person column is on the table itself.</param>
/// <param name="PersonTable"><c>catalog.schema.table</c> the path ends on.</param>
/// <param name="PersonColumn">The column of <paramref name="PersonTable"/> that identifies the person.</param>
/// <param name="WhenColumn">A column of the table itself that must hold <paramref name="WhenCode"/> for the row to describe a person, or null.</param>
/// <param name="WhenCode">The enumeration code <paramref name="WhenColumn"/> must hold, or null.</param>
public sealed record PersonPathMetadata(
    IReadOnlyList<PersonPathStep> Steps,
    string PersonTable,
    string PersonColumn,
    string? WhenColumn,
    long? WhenCode)
{
    /// <summary>
    /// <c>catalog.schema.table.column</c> of the person column: what persons are counted by. Two tables count the same
    /// persons only when this is equal.
    /// </summary>
    public string QualifiedColumn => PersonTable + "." + PersonColumn;
}

/// <summary>One foreign key of a person path: <paramref name="Column"/> of the table reached so far references <paramref name="TargetColumn"/> of <paramref name="TargetTable"/>.</summary>
/// <param name="Column">The foreign-key column.</param>
/// <param name="TargetTable"><c>catalog.schema.table</c> it references.</param>
/// <param name="TargetColumn">The referenced column (the target's key).</param>
public sealed record PersonPathStep(string Column, string TargetTable, string TargetColumn);
