namespace Assist.Query.Ast;

/// <summary>
/// <c>value LIKE pattern</c>, with <c>ESCAPE '\'</c> when <paramref name="Escape"/> is set: the pattern is already
/// escaped (docs/dialects.md #18). A constant pattern with nothing to escape goes without it, which DuckDB runs faster.
/// </summary>
internal sealed record SqlLike(SqlExpr Value, SqlExpr Pattern, bool Escape) : SqlExpr(SqlType.Boolean);
