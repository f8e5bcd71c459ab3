namespace Assist.Query.Ast;

/// <summary>The whole statement: WITH entries then the main query.</summary>
internal sealed record SqlStatement(IReadOnlyList<SqlCte> Ctes, SqlQuery Query) : SqlNode
{
    public bool Equals(SqlStatement? other) => other is not null && Query == other.Query && Ctes.SequenceEqual(other.Ctes);

    public override int GetHashCode() => HashCode.Combine(Query, Ctes.Count);
}
