namespace Assist.Query.Ast;

/// <summary>A lake table by its three-part name.</summary>
internal sealed record SqlTable(string Catalog, string Schema, string Name, string Alias) : SqlTableSource(Alias);
