namespace Assist.Query.Ast;

/// <summary>One SELECT-list item and its output name.</summary>
internal sealed record SqlProjection(SqlExpr Expression, string Alias) : SqlNode;
