namespace Assist.Query.Ast;

/// <summary>Aggregate functions.</summary>
internal enum SqlAggregateKind
{
    Count,
    CountIf,
    Sum,
    Average,
    Min,
    Max,
    BoolOr,
    BoolAnd,
}
