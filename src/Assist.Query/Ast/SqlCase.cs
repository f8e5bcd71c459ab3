namespace Assist.Query.Ast;

/// <summary>A searched CASE (<c>?:</c>, and NULL-safe rewrites).</summary>
internal sealed record SqlCase(IReadOnlyList<SqlWhen> Whens, SqlExpr? Else, SqlType Type) : SqlExpr(Type)
{
    public bool Equals(SqlCase? other) =>
        other is not null && Type == other.Type && Else == other.Else && Whens.SequenceEqual(other.Whens);

    public override int GetHashCode() => HashCode.Combine(Whens.Count, Else);
}
