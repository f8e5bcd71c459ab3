namespace Assist.Query.Ast;

/// <summary>A ranking or offset function; only valid as the function of a <see cref="SqlWindow"/>.</summary>
internal sealed record SqlRanking(SqlRankingKind Kind, SqlExpr? Argument, int Offset, SqlType Type) : SqlExpr(Type);
