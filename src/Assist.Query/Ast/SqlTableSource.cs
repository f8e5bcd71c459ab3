namespace Assist.Query.Ast;

/// <summary>Something in FROM or JOIN with an alias.</summary>
internal abstract record SqlTableSource(string Alias) : SqlNode;
