using Assist.Query.Ast;

namespace Assist.Query.Translation;

/// <summary>Small constructors for common AST nodes.</summary>
internal static class SqlFactory
{
    public static SqlExpr And(SqlExpr left, SqlExpr right) => new SqlBinary(SqlBinaryOperator.And, left, right, SqlType.Boolean);

    public static SqlExpr Or(SqlExpr left, SqlExpr right) => new SqlBinary(SqlBinaryOperator.Or, left, right, SqlType.Boolean);

    public static SqlExpr Equal(SqlExpr left, SqlExpr right) => new SqlBinary(SqlBinaryOperator.Equal, left, right, SqlType.Boolean);

    public static SqlExpr Not(SqlExpr operand) => new SqlUnary(SqlUnaryOperator.Not, operand, SqlType.Boolean);

    public static SqlExpr IsNull(SqlExpr operand) => new SqlUnary(SqlUnaryOperator.IsNull, operand, SqlType.Boolean);

    public static SqlExpr IsNotNull(SqlExpr operand) => new SqlUnary(SqlUnaryOperator.IsNotNull, operand, SqlType.Boolean);

    public static SqlExpr Literal(long value) => new SqlLiteral(value, SqlType.BigInt);

    public static SqlExpr Function(SqlFunctionKind kind, SqlType type, params SqlExpr[] arguments) => new SqlFunction(kind, arguments, type);

    public static SqlExpr Coalesce(SqlExpr value, SqlExpr fallback) =>
        new SqlFunction(SqlFunctionKind.Coalesce, [value, fallback], value.Type);
}
