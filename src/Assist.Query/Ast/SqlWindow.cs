namespace Assist.Query.Ast;

/// <summary><c>function OVER (PARTITION BY … ORDER BY … ROWS …)</c>.</summary>
internal sealed record SqlWindow(SqlExpr Function, IReadOnlyList<SqlExpr> PartitionBy, IReadOnlyList<SqlOrdering> OrderBy, SqlFrame? Frame, SqlType Type)
    : SqlExpr(Type)
{
    public bool Equals(SqlWindow? other) =>
        other is not null && Function == other.Function && Frame == other.Frame
        && PartitionBy.SequenceEqual(other.PartitionBy) && OrderBy.SequenceEqual(other.OrderBy);

    public override int GetHashCode() => HashCode.Combine(Function, PartitionBy.Count, OrderBy.Count);
}
