namespace Assist.Query.Ast;

/// <summary><c>value IN (a, b, …)</c> over values.</summary>
internal sealed record SqlInList(SqlExpr Value, IReadOnlyList<SqlExpr> Items) : SqlExpr(SqlType.Boolean)
{
    public bool Equals(SqlInList? other) => other is not null && Value == other.Value && Items.SequenceEqual(other.Items);

    public override int GetHashCode() => HashCode.Combine(Value, Items.Count);
}
