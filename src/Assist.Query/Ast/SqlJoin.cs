namespace Assist.Query.Ast;

/// <summary>A JOIN of a source; <paramref name="On"/> is null for CROSS JOIN.</summary>
internal sealed record SqlJoin(SqlJoinKind Kind, SqlTableSource Source, SqlExpr? On) : SqlNode;
