namespace Assist.Query.Ast;

/// <summary>One ORDER BY item, always with an explicit NULLS FIRST/LAST (docs/dialects.md #26).</summary>
/// <remarks>
/// <see cref="NullsFirst"/> gives C#'s order for a query's OrderBy: LINQ's default comparer puts null before every value,
/// so an ascending nullable key is NULLS FIRST and a descending one NULLS LAST. Window orderings have no C# meaning and
/// keep NULLS LAST.
/// </remarks>
internal sealed record SqlOrdering(SqlExpr Expression, bool Descending) : SqlNode
{
    public bool NullsFirst { get; init; }
}
