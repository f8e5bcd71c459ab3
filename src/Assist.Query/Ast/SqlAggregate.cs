namespace Assist.Query.Ast;

/// <summary>An aggregate: <c>count(*)</c> when <paramref name="Argument"/> is null; DISTINCT when asked.</summary>
internal sealed record SqlAggregate(SqlAggregateKind Kind, SqlExpr? Argument, bool Distinct, SqlType Type) : SqlExpr(Type);
