namespace Assist.Query.Ast;

/// <summary>A column of a table source in scope: <c>"t0"."hint_count"</c>.</summary>
/// <remarks><see cref="Nullable"/> comes from the schema (or, for a derived table's column, from the expression behind it);
/// a column of a LEFT JOINed row is nullable whatever its schema says.</remarks>
internal sealed record SqlColumn(string TableAlias, string Name, SqlType Type) : SqlExpr(Type)
{
    /// <summary>Whether the column can hold NULL. Defaults to true, the safe answer.</summary>
    public bool Nullable { get; init; } = true;
}
