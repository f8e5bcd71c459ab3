namespace Assist.Query.Ast;

/// <summary>A scalar SQL expression with its SQL type.</summary>
internal abstract record SqlExpr(SqlType Type) : SqlNode;
