namespace Assist.Query.Ast;

/// <summary><c>value IN (subquery)</c>.</summary>
internal sealed record SqlIn(SqlExpr Value, SqlQuery Subquery) : SqlExpr(SqlType.Boolean);
