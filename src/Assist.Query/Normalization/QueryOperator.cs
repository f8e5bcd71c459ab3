namespace Assist.Query.Normalization;

/// <summary>The operator vocabulary of <see cref="Query{T}"/>: what the translator dispatches on (never a method's name).</summary>
internal enum QueryOperator
{
    /// <summary>Not an operator of <see cref="Query{T}"/>.</summary>
    None,
    AsSequence,
    Where,
    Select,
    OrderBy,
    OrderByDescending,
    ThenBy,
    ThenByDescending,
    Skip,
    Take,
    Distinct,
    Union,
    Concat,
    Intersect,
    Except,
    GroupBy,
    Join,
    GroupJoin,
    SelectMany,
    CountQuery,
    SumQuery,
    AverageQuery,
    MinQuery,
    MaxQuery,
    AnyQuery,
}
