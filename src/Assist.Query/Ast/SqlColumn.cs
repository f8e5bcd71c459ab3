namespace Assist.Query.Ast;

/// <summary>A column of a table source in scope: <c>"t0"."hint_count"</c>.</summary>
internal sealed record SqlColumn(string TableAlias, string Name, SqlType Type) : SqlExpr(Type);
