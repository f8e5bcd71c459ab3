namespace Assist.Query.Ast;

/// <summary>One ORDER BY item; emitted with an explicit NULLS LAST (docs/dialects.md #26).</summary>
internal sealed record SqlOrdering(SqlExpr Expression, bool Descending) : SqlNode;
