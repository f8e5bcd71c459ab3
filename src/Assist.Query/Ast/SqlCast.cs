namespace Assist.Query.Ast;

/// <summary><c>CAST(x AS type)</c>; the target type is spelled per dialect (Trino never bare TIMESTAMP, docs/dialects.md #10).</summary>
internal sealed record SqlCast(SqlExpr Operand, SqlType Type) : SqlExpr(Type);
