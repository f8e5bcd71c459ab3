namespace Assist.Query.Ast;

/// <summary>
/// Whether an expression can evaluate to NULL, computed from the schema (a column's nullability) and each node's
/// rules. The translator uses it to keep C#'s two-valued logic (docs/dialects.md, "Nullable values"): a comparison
/// with a nullable operand is NULL in SQL where C# has false, so it is made two-valued wherever NULL would not act as
/// false; when nothing can be NULL the short SQL form stays. Unknown nodes are taken as nullable (the safe answer).
/// </summary>
internal static class SqlNullability
{
    public static bool MayBeNull(SqlExpr expr) => expr switch
    {
        SqlColumn column => column.Nullable,
        SqlLiteral literal => literal.Value is null,
        SqlParameter => false,
        SqlBinary { Operator: SqlBinaryOperator.IsDistinctFrom or SqlBinaryOperator.IsNotDistinctFrom } => false,
        SqlBinary binary => MayBeNull(binary.Left) || MayBeNull(binary.Right),
        SqlUnary { Operator: SqlUnaryOperator.IsNull or SqlUnaryOperator.IsNotNull } => false,
        SqlUnary unary => MayBeNull(unary.Operand),
        SqlFunction { Kind: SqlFunctionKind.Coalesce } function => function.Arguments.All(MayBeNull),
        SqlFunction { Kind: SqlFunctionKind.NullIf or SqlFunctionKind.RegexExtract } => true,
        SqlFunction function => function.Arguments.Any(MayBeNull),
        SqlAggregate { Kind: SqlAggregateKind.Count or SqlAggregateKind.CountIf } => false,
        SqlAggregate => true,
        SqlCase sqlCase => sqlCase.Else is null || MayBeNull(sqlCase.Else) || sqlCase.Whens.Any(w => MayBeNull(w.Result)),
        SqlCast cast => MayBeNull(cast.Operand),
        SqlLike like => MayBeNull(like.Value) || MayBeNull(like.Pattern),
        SqlInList inList => MayBeNull(inList.Value) || inList.Items.Any(MayBeNull),
        SqlExists => false,
        SqlWindow { Function: SqlRanking { Kind: SqlRankingKind.RowNumber or SqlRankingKind.Rank or SqlRankingKind.DenseRank } } => false,
        SqlWindow { Function: SqlAggregate { Kind: SqlAggregateKind.Count or SqlAggregateKind.CountIf } } => false,
        _ => true,
    };

    /// <summary>
    /// A boolean that is never NULL: <c>coalesce(x, FALSE)</c> when <paramref name="condition"/> may be NULL. C# reads a
    /// comparison with a null operand as false; SQL's NULL only acts as false at the top of WHERE/HAVING/ON and in
    /// CASE WHEN, so everywhere else (NOT, projections, keys, count_if, equality of booleans) this form is used.
    /// </summary>
    public static SqlExpr TwoValued(SqlExpr condition) =>
        condition.Type.Kind == SqlTypeKind.Boolean && MayBeNull(condition)
            ? new SqlFunction(SqlFunctionKind.Coalesce, [condition, new SqlLiteral(false, SqlType.Boolean)], SqlType.Boolean)
            : condition;
}
