namespace Assist.Query.Ast;

/// <summary>One WITH entry: a subquery used more than once, emitted once.</summary>
internal sealed record SqlCte(string Name, SqlQuery Query) : SqlNode;
