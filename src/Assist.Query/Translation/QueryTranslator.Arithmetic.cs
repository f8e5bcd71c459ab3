using System.Linq.Expressions;
using Assist.Query.Ast;

namespace Assist.Query.Translation;

/// <summary>Arithmetic operators: typed as C# types them, with 64-bit C# operations kept 64-bit in SQL.</summary>
internal sealed partial class QueryTranslator
{
    private SqlExpr Arithmetic(SqlBinaryOperator op, SqlExpr l, SqlExpr r, SqlType type, Expression source)
    {
        if (l.Type.IsTemporal || r.Type.IsTemporal || type.Kind == SqlTypeKind.Unknown)
        {
            throw Fail("date arithmetic with operators (use AddDays/AddMonths or Sql.UnitsBetween)", source);
        }

        if (type.Kind == SqlTypeKind.BigInt && op is SqlBinaryOperator.Add or SqlBinaryOperator.Subtract or SqlBinaryOperator.Multiply
            && !IsBigIntInSql(l) && !IsBigIntInSql(r))
        {
            // A C# long operation over ints widened with (long) or a long literal that fits an int: both engines would
            // compute it in INTEGER and fail on overflow where C# computes in 64 bits (docs/dialects.md #39).
            if (l is SqlLiteral or SqlParameter)
            {
                r = new SqlCast(r, SqlType.BigInt);
            }
            else
            {
                l = new SqlCast(l, SqlType.BigInt);
            }
        }

        return new SqlBinary(op, l, r, type);
    }

    /// <summary>
    /// Whether the engine computes the value as a 64-bit integer: literals and values inlined as literals (Athena) take
    /// the smallest integer type that holds them, and an int widened to long keeps its SQL INTEGER type.
    /// </summary>
    private static bool IsBigIntInSql(SqlExpr e) => e.Type.Kind == SqlTypeKind.BigInt && e is not (SqlLiteral or SqlParameter);
}
