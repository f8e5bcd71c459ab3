namespace Assist.Query.Ast;

/// <summary>A unary operation: NOT, minus, IS [NOT] NULL.</summary>
internal sealed record SqlUnary(SqlUnaryOperator Operator, SqlExpr Operand, SqlType Type) : SqlExpr(Type);
