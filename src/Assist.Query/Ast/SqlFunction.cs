namespace Assist.Query.Ast;

/// <summary>A scalar function call by meaning; <paramref name="Unit"/> for the date functions that take one.</summary>
internal sealed record SqlFunction(SqlFunctionKind Kind, IReadOnlyList<SqlExpr> Arguments, SqlType Type, SqlDateUnit Unit = SqlDateUnit.None)
    : SqlExpr(Type)
{
    public bool Equals(SqlFunction? other) =>
        other is not null && Kind == other.Kind && Unit == other.Unit && Type == other.Type && Arguments.SequenceEqual(other.Arguments);

    public override int GetHashCode() => HashCode.Combine(Kind, Unit, Arguments.Count);
}
