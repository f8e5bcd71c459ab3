namespace Assist.Query.Ast;

/// <summary>A subquery in FROM: <c>(SELECT …) AS "t3"</c>.</summary>
internal sealed record SqlDerivedTable(SqlQuery Query, string Alias) : SqlTableSource(Alias);
