namespace Assist.Query.Ast;

/// <summary>One SELECT block.</summary>
internal sealed record SqlSelect(
    SqlTableSource? From,
    IReadOnlyList<SqlJoin> Joins,
    SqlExpr? Where,
    IReadOnlyList<SqlExpr> GroupBy,
    SqlExpr? Having,
    IReadOnlyList<SqlProjection> Projections,
    bool Distinct,
    IReadOnlyList<SqlOrdering> OrderBy,
    SqlExpr? Offset,
    SqlExpr? Limit) : SqlQuery
{
    public bool Equals(SqlSelect? other) =>
        other is not null && From == other.From && Where == other.Where && Having == other.Having && Distinct == other.Distinct
        && Offset == other.Offset && Limit == other.Limit && Joins.SequenceEqual(other.Joins) && GroupBy.SequenceEqual(other.GroupBy)
        && Projections.SequenceEqual(other.Projections) && OrderBy.SequenceEqual(other.OrderBy);

    public override int GetHashCode() => HashCode.Combine(From, Where, Projections.Count);
}
