namespace Assist.Query.Ast;

/// <summary>Base of every SQL AST node: immutable records.</summary>
/// <remarks>
/// Equality of nodes is structural (value equality of records, with the list-valued nodes comparing their items):
/// two nodes are equal when they would emit the same SQL, which is what tests compare and what lets the translator
/// see that a filter repeats. Equality never stands for identity: "this node" is decided by position (the emitter
/// writes a binary's operator between its two sides by index, since <c>a AND a</c> has equal sides) or, for query
/// sub-trees used twice (WITH entries), by reference identity of the normalized expression-tree node.
/// </remarks>
internal abstract record SqlNode;
