namespace Assist.Query.Ast;

/// <summary>A reference to a WITH query by name.</summary>
internal sealed record SqlCteReference(string Name, string Alias) : SqlTableSource(Alias);
