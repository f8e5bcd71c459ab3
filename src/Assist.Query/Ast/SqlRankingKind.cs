namespace Assist.Query.Ast;

/// <summary>Window-only functions.</summary>
internal enum SqlRankingKind
{
    RowNumber,
    Rank,
    DenseRank,
    Lag,
    Lead,
}
