using Assist.Query.Ast;

namespace Assist.Query.Disclosure;

/// <summary>The person behind each row of an aggregating SELECT, or why the compiler will not say.</summary>
/// <param name="Person">The person's id for one row (NULL where the row describes no person), or null when refused.</param>
/// <param name="Path">The person column counted by (<c>catalog.schema.table.column</c>), or null when refused.</param>
/// <param name="Joins">The SELECT's joins plus the LEFT JOINs the path needs.</param>
/// <param name="Refusal">Why persons cannot be counted automatically, or null.</param>
/// <param name="From">The SELECT's FROM when it had to change (a subquery now carrying its person), else null.</param>
internal sealed record PersonColumn(SqlExpr? Person, string? Path, IReadOnlyList<SqlJoin> Joins, string? Refusal, SqlTableSource? From = null)
{
    public static PersonColumn Refused(string reason) => new(null, null, [], reason);
}
