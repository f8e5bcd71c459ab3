namespace Assist.Query.Ast;

/// <summary>A binary operation; the emitter spells it per dialect (e.g. integer division).</summary>
internal sealed record SqlBinary(SqlBinaryOperator Operator, SqlExpr Left, SqlExpr Right, SqlType Type) : SqlExpr(Type);
