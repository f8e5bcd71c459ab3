namespace Assist.Query.Ast;

/// <summary>A query: a SELECT or a set operation.</summary>
internal abstract record SqlQuery : SqlNode;
