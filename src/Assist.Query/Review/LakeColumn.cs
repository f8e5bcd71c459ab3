namespace Assist.Query.Review;

/// <summary>One column of a lake table, by its four-part name, as a review reports it.</summary>
/// <param name="Catalog">The catalog (<c>cas_core</c>).</param>
/// <param name="Schema">The schema (<c>student_data</c>).</param>
/// <param name="Table">The table (<c>problem_logs</c>).</param>
/// <param name="Column">The column (<c>hint_count</c>).</param>
/// <param name="IsPii">Marked <c>pii: true</c> in the schema.</param>
/// <param name="IsPersonIdentifier">Identifies one person: a user id, an xid that resolves to a user, a foreign key to users.</param>
public sealed record LakeColumn(string Catalog, string Schema, string Table, string Column, bool IsPii, bool IsPersonIdentifier)
{
    /// <summary><c>catalog.schema.table</c>.</summary>
    public string QualifiedTable => Catalog + "." + Schema + "." + Table;

    /// <summary><c>catalog.schema.table.column</c>.</summary>
    public string QualifiedName => QualifiedTable + "." + Column;

    /// <inheritdoc/>
    public override string ToString() => QualifiedName;
}
