using Assist.Query.Ast;

namespace Assist.Query.Translation;

/// <summary>Small constructors for common AST nodes.</summary>
internal static class SqlFactory
{
    /// <summary>
    /// A bare NULL cast to the SQL type of <paramref name="clrType"/>; any other value as it is. DuckDB types a bare NULL
    /// INTEGER, so a projected null, <c>lag(NULL, 1)</c> or a CASE of NULLs would read back as an integer column.
    /// </summary>
    public static SqlExpr TypedNull(SqlExpr value, Type clrType) =>
        value is SqlLiteral { Value: null } && SqlType.FromClr(clrType) is { Kind: not SqlTypeKind.Unknown } type ? new SqlCast(value, type) : value;

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

    /// <summary>
    /// <c>count_if</c> counts the rows where the condition is TRUE, as C#'s Count(predicate) does; but DuckDB's count_if
    /// over a group where the condition is NULL on every row is NULL, where C# has 0. A condition that may be NULL gets
    /// <c>coalesce(count_if(…), 0)</c>: once per group rather than a coalesce per row.
    /// </summary>
    public static SqlExpr CountIf(SqlExpr condition)
    {
        var count = new SqlAggregate(SqlAggregateKind.CountIf, condition, false, SqlType.BigInt);
        return SqlNullability.MayBeNull(condition) ? Coalesce(count, Literal(0)) : count;
    }

    public static SqlExpr Coalesce(SqlExpr value, SqlExpr fallback) =>
        new SqlFunction(SqlFunctionKind.Coalesce, [value, fallback], value.Type);
}
