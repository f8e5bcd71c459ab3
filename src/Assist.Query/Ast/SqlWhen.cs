namespace Assist.Query.Ast;

/// <summary>One WHEN … THEN … arm of a CASE.</summary>
internal sealed record SqlWhen(SqlExpr Condition, SqlExpr Result) : SqlNode;
