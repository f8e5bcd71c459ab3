namespace Assist.Query.Ast;

/// <summary>One ORDER BY item; emitted with an explicit NULLS LAST (DIALECTS #26).</summary>
internal sealed record SqlOrdering(SqlExpr Expression, bool Descending) : SqlNode;
