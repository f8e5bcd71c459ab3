namespace Assist.Query.Ast;

/// <summary>A literal written in the query's C# text (part of its shape), rendered as an escaped typed literal.</summary>
internal sealed record SqlLiteral(object? Value, SqlType Type) : SqlExpr(Type);
