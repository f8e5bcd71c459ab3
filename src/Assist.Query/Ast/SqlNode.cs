namespace Assist.Query.Ast;

/// <summary>Base of every SQL AST node: immutable records, compared structurally.</summary>
internal abstract record SqlNode;
