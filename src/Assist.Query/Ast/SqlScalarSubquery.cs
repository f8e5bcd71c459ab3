namespace Assist.Query.Ast;

/// <summary>A subquery that yields one value: <c>(SELECT max(…) FROM … WHERE correlated)</c>.</summary>
internal sealed record SqlScalarSubquery(SqlQuery Subquery, SqlType Type) : SqlExpr(Type);
