namespace Assist.Query.Ast;

/// <summary><c>EXISTS (subquery)</c>.</summary>
internal sealed record SqlExists(SqlQuery Subquery) : SqlExpr(SqlType.Boolean);
