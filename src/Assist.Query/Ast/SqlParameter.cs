namespace Assist.Query.Ast;

/// <summary>A value captured from the caller (a closure variable or an evaluated constant sub-expression), by slot.</summary>
internal sealed record SqlParameter(int Slot, SqlType Type) : SqlExpr(Type);
