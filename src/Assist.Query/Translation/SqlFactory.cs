using Assist.Query.Ast;

namespace Assist.Query.Translation;

/// <summary>Small constructors for common AST nodes.</summary>
internal static class SqlFactory
{
    public static SqlExpr And(SqlExpr left, SqlExpr right) => new SqlBinary(SqlBinaryOperator.And, left, right, SqlType.Boolean);

    public static SqlExpr Or(SqlExpr left, SqlExpr right) => new SqlBinary(SqlBinaryOperator.Or, left, right, SqlType.Boolean);

    public static SqlExpr Equal(SqlExpr left, SqlExpr right) => new SqlBinary(SqlBinaryOperator.Equal, left, right, SqlType.Boolean);

    public static SqlExpr Not(SqlExpr operand) => new SqlUnary(SqlUnaryOperator.Not, operand, SqlType.Boolean);

    /// <summary><c>x IS NULL</c>; folded for a value slot, whose nullness is part of the query's shape (null slots are NULL literals).</summary>
    public static SqlExpr IsNull(SqlExpr operand) => operand switch
    {
        SqlParameter => new SqlLiteral(false, SqlType.Boolean),
        SqlLiteral { Value: null } => new SqlLiteral(true, SqlType.Boolean),
        _ => new SqlUnary(SqlUnaryOperator.IsNull, operand, SqlType.Boolean),
    };

    /// <summary><c>x IS NOT NULL</c>, folded like <see cref="IsNull"/>.</summary>
    public static SqlExpr IsNotNull(SqlExpr operand) => operand switch
    {
        SqlParameter => new SqlLiteral(true, SqlType.Boolean),
        SqlLiteral { Value: null } => new SqlLiteral(false, SqlType.Boolean),
        _ => new SqlUnary(SqlUnaryOperator.IsNotNull, operand, SqlType.Boolean),
    };

    public static SqlExpr Literal(long value) => new SqlLiteral(value, SqlType.BigInt);

    public static SqlExpr Function(SqlFunctionKind kind, SqlType type, params SqlExpr[] arguments) => new SqlFunction(kind, arguments, type);

    /// <summary><c>count_if</c> of a condition made two-valued: DuckDB's count_if of only NULLs is NULL, C#'s Count is 0.</summary>
    public static SqlExpr CountIf(SqlExpr condition) =>
        new SqlAggregate(SqlAggregateKind.CountIf, SqlNullability.TwoValued(condition), false, SqlType.BigInt);

    public static SqlExpr Coalesce(SqlExpr value, SqlExpr fallback) =>
        new SqlFunction(SqlFunctionKind.Coalesce, [value, fallback], value.Type);
}
