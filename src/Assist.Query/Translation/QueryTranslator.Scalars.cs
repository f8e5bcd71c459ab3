using System.Globalization;
using System.Linq.Expressions;
using Assist.Query.Ast;
using Assist.Query.Metadata;

namespace Assist.Query.Translation;

/// <summary>Scalar expressions: values, parameters, operators, null handling, CASE and casts.</summary>
internal sealed partial class QueryTranslator
{
    /// <summary>
    /// A condition whose consumer reads NULL as false (WHERE, HAVING, CASE WHEN, AND/OR chains under them): a comparison
    /// with a nullable operand keeps its short SQL form here.
    /// </summary>
    private SqlExpr TranslatePredicate(Expression e, Scope scope) => e.NodeType switch
    {
        ExpressionType.AndAlso => SqlFactory.And(TranslatePredicate(((BinaryExpression)e).Left, scope), TranslatePredicate(((BinaryExpression)e).Right, scope)),
        ExpressionType.OrElse => SqlFactory.Or(TranslatePredicate(((BinaryExpression)e).Left, scope), TranslatePredicate(((BinaryExpression)e).Right, scope)),
        _ => TranslateValue(e, scope),
    };

    /// <summary>
    /// A value with its C# meaning: a C# <c>bool</c> is never NULL in the SQL either (two-valued, docs/dialects.md
    /// "Nullable values"); nullable C# types map NULL to null.
    /// </summary>
    private SqlExpr TranslateScalar(Expression e, Scope scope)
    {
        var sql = TranslateValue(e, scope);
        return e.Type == typeof(bool) ? SqlNullability.TwoValued(sql) : sql;
    }

    private SqlExpr TranslateValue(Expression e, Scope scope)
    {
        if (e is Normalization.SlotExpression slot)
        {
            return slot.IsNull ? new SqlLiteral(null, SqlType.Null) : new SqlParameter(slot.Index, SqlType.FromClr(e.Type));
        }

        switch (e)
        {
            case ConstantExpression c:
                return Literal(c.Value, c.Type);
            case ParameterExpression or MemberExpression when !IsScalarMemberOfValue(e):
                {
                    var shape = BindShape(e, scope);
                    return shape is ScalarShape s ? s.Sql : throw Fail("a row or object where a value is needed", e);
                }

            case MemberExpression m:
                return TranslateValueMember(m, scope);
            case UnaryExpression u:
                return TranslateUnary(u, scope);
            case BinaryExpression b:
                return TranslateBinary(b, scope);
            case ConditionalExpression c:
                return TranslateConditional(c, scope);
            case MethodCallExpression call:
                return TranslateCall(call, scope);
            case InvocationExpression:
                throw Fail("a call of a delegate (Func<…>) inside a query: its code cannot be read (write the expression in the query, or pass an Expression<Func<…>>)", e);
            case NewArrayExpression:
                throw Fail("an array built inside a query (select the values as properties of an anonymous type)", e);
            case NewExpression n when n.Type == typeof(DateTime) || n.Type == typeof(DateOnly):
                throw Fail("a date built from parts (new " + n.Type.Name + "(…); for month or year bins use Sql.TruncateToMonth or Sql.TruncateToYear)", e);
            default:
                throw Fail("the expression " + e.NodeType, e);
        }
    }

    /// <summary>Members of values (<c>x.Year</c>, <c>s.Length</c>, <c>n.Value</c>) as opposed to members of rows.</summary>
    private static bool IsScalarMemberOfValue(Expression e) => e is MemberExpression { Expression: { } owner } && IsScalarType(owner.Type);

    private static SqlExpr Literal(object? value, Type type)
    {
        if (value is null)
        {
            return new SqlLiteral(null, SqlType.Null);
        }

        if (value is Enum)
        {
            return new SqlLiteral(Convert.ToInt64(value, CultureInfo.InvariantCulture), SqlType.FromClr(type));
        }

        return new SqlLiteral(value is int or short or byte ? Convert.ToInt64(value, CultureInfo.InvariantCulture) : value, SqlType.FromClr(type));
    }

    private SqlExpr TranslateUnary(UnaryExpression u, Scope scope)
    {
        switch (u.NodeType)
        {
            case ExpressionType.Not when u.Operand.Type == typeof(bool):
                // SQL's NOT keeps NULL where C#'s ! of a false comparison is true: negate the two-valued form.
                return SqlFactory.Not(SqlNullability.TwoValued(TranslatePredicate(u.Operand, scope)));
            case ExpressionType.Not when u.Operand.Type == typeof(bool?):
                // Lifted bool? negation is three-valued in C# too.
                return SqlFactory.Not(TranslateValue(u.Operand, scope));
            case ExpressionType.Negate or ExpressionType.NegateChecked:
                {
                    var operand = TranslateScalar(u.Operand, scope);
                    return operand is SqlLiteral { Value: long n } ? new SqlLiteral(-n, operand.Type) : new SqlUnary(SqlUnaryOperator.Negate, operand, operand.Type);
                }

            case ExpressionType.Convert or ExpressionType.ConvertChecked:
                return TranslateConvert(u, scope);
            case ExpressionType.Quote:
                throw Fail("a lambda where a value is needed", u);
            default:
                throw Fail("the operator " + u.NodeType, u);
        }
    }

    private SqlExpr TranslateConvert(UnaryExpression u, Scope scope)
    {
        var operand = TranslateScalar(u.Operand, scope);
        var from = Nullable.GetUnderlyingType(u.Operand.Type) ?? u.Operand.Type;
        var to = Nullable.GetUnderlyingType(u.Type) ?? u.Type;
        if (from.IsEnum)
        {
            from = Enum.GetUnderlyingType(from);
        }

        if (to.IsEnum)
        {
            to = Enum.GetUnderlyingType(to);
        }

        if (from == to || to == typeof(object) || operand is SqlLiteral { Value: null })
        {
            return operand;
        }

        var target = SqlType.FromClr(to);
        if (operand is SqlLiteral literal && literal.Value is IConvertible convertible && target.Kind != SqlTypeKind.Unknown)
        {
            // Fold conversions of literals written in the query: (double)2 is just 2E0.
            // C# truncates a fraction toward zero where Convert rounds to even: (int)-1.5 is -1.
            var folded = target.IsInteger && literal.Value is double or float or decimal
                ? Convert.ToDecimal(convertible, CultureInfo.InvariantCulture) is var d ? (object)decimal.Truncate(d) : null
                : convertible;
            return new SqlLiteral(((IConvertible)folded!).ToType(to, CultureInfo.InvariantCulture), target);
        }

        // Widening int -> long needs no cast: SQL widens integers the same way.
        if (from == typeof(int) && to == typeof(long))
        {
            return operand with { };
        }

        var fromType = SqlType.FromClr(from);
        if ((fromType.Kind is SqlTypeKind.Double or SqlTypeKind.Real or SqlTypeKind.Decimal) && target.IsInteger)
        {
            // C# truncates toward zero; SQL CAST rounds (half up in Trino, half even in DuckDB: docs/dialects.md #15).
            return new SqlCast(new SqlFunction(SqlFunctionKind.Truncate, [operand], fromType), target);
        }

        if (target.Kind == SqlTypeKind.Unknown)
        {
            throw Fail("a conversion to " + to.Name, u);
        }

        return new SqlCast(operand, target);
    }

    private SqlExpr TranslateBinary(BinaryExpression b, Scope scope)
    {
        switch (b.NodeType)
        {
            case ExpressionType.AndAlso:
                return SqlFactory.And(TranslatePredicate(b.Left, scope), TranslatePredicate(b.Right, scope));
            case ExpressionType.OrElse:
                return SqlFactory.Or(TranslatePredicate(b.Left, scope), TranslatePredicate(b.Right, scope));
            case ExpressionType.Coalesce:
                {
                    var left = TranslateScalar(b.Left, scope);
                    var right = TranslateScalar(b.Right, scope);

                    // null ?? y is y. A coalesce of bare NULLs only would also be typed INTEGER by DuckDB; as a bare NULL
                    // the projection types it (SqlFactory.TypedNull).
                    return left is SqlLiteral { Value: null }
                        ? right
                        : new SqlFunction(SqlFunctionKind.Coalesce, [left, right], SqlType.FromClr(b.Type));
                }

            case ExpressionType.Equal or ExpressionType.NotEqual:
                return TranslateEquality(b, scope);
        }

        if (b.NodeType is ExpressionType.Add or ExpressionType.AddChecked && b.Type == typeof(string))
        {
            return new SqlBinary(SqlBinaryOperator.Concat, TextOperand(b.Left, scope), TextOperand(b.Right, scope), SqlType.Varchar);
        }

        var l = TranslateScalar(b.Left, scope);
        var r = TranslateScalar(b.Right, scope);
        var type = SqlType.FromClr(b.Type);
        if (b.NodeType is ExpressionType.Subtract or ExpressionType.SubtractChecked && l.Type.IsTemporal && r.Type.IsTemporal)
        {
            return Duration(l, r);
        }

        RefuseDuration(l, b.Left);
        RefuseDuration(r, b.Right);
        switch (b.NodeType)
        {
            case ExpressionType.Add or ExpressionType.AddChecked:
                return Arithmetic(SqlBinaryOperator.Add, l, r, type, b);
            case ExpressionType.Subtract or ExpressionType.SubtractChecked:
                return Arithmetic(SqlBinaryOperator.Subtract, l, r, type, b);
            case ExpressionType.Multiply or ExpressionType.MultiplyChecked:
                return Arithmetic(SqlBinaryOperator.Multiply, l, r, type, b);
            case ExpressionType.Divide:
                if (type.Kind == SqlTypeKind.Decimal)
                {
                    // docs/dialects.md #2: decimal division scales differ (Trino keeps max scale, DuckDB gives DOUBLE): divide as DOUBLE in both.
                    return new SqlBinary(SqlBinaryOperator.Divide, new SqlCast(l, SqlType.Double), new SqlCast(r, SqlType.Double), SqlType.Double);
                }

                return Arithmetic(SqlBinaryOperator.Divide, l, r, type, b);
            case ExpressionType.Modulo:
                return Arithmetic(SqlBinaryOperator.Modulo, l, r, type, b);
            case ExpressionType.LessThan:
                return Comparison(SqlBinaryOperator.LessThan, l, r);
            case ExpressionType.LessThanOrEqual:
                return Comparison(SqlBinaryOperator.LessThanOrEqual, l, r);
            case ExpressionType.GreaterThan:
                return Comparison(SqlBinaryOperator.GreaterThan, l, r);
            case ExpressionType.GreaterThanOrEqual:
                return Comparison(SqlBinaryOperator.GreaterThanOrEqual, l, r);
            case ExpressionType.And when type.Kind == SqlTypeKind.Boolean:
                return SqlFactory.And(l, r);
            case ExpressionType.Or when type.Kind == SqlTypeKind.Boolean:
                return SqlFactory.Or(l, r);
            default:
                throw Fail("the operator " + b.NodeType, b);
        }
    }

    private static SqlExpr Comparison(SqlBinaryOperator op, SqlExpr l, SqlExpr r) => new SqlBinary(op, l, r, SqlType.Boolean);

    /// <summary>
    /// C# equality: <c>x == null</c> is IS NULL; two nullable operands compare equal when both are null, which SQL
    /// spells IS NOT DISTINCT FROM. A row compared with null tests its presence (after a LEFT JOIN).
    /// </summary>
    private SqlExpr TranslateEquality(BinaryExpression b, Scope scope)
    {
        var equal = b.NodeType == ExpressionType.Equal;
        if (!IsScalarType(b.Left.Type) || !IsScalarType(b.Right.Type))
        {
            var rowSide = IsNullConstant(b.Right) ? b.Left : IsNullConstant(b.Left) ? b.Right : null;
            var row = rowSide is null ? null : BindShape(rowSide, scope);
            if (row is EntityShape entity)
            {
                return equal ? SqlFactory.IsNull(entity.PresenceColumn) : SqlFactory.IsNotNull(entity.PresenceColumn);
            }

            if (row is CompositeShape { Presence: { } presence })
            {
                // The row of a left-joined query (a per-log summary joined to every log).
                return equal ? SqlFactory.IsNull(presence) : SqlFactory.IsNotNull(presence);
            }

            throw Fail("equality of rows or objects (compare their keys)", b);
        }

        var l = TranslateScalar(b.Left, scope);
        var r = TranslateScalar(b.Right, scope);
        RefuseDuration(l, b.Left);
        RefuseDuration(r, b.Right);
        if (r is SqlLiteral { Value: null })
        {
            return equal ? SqlFactory.IsNull(l) : SqlFactory.IsNotNull(l);
        }

        if (l is SqlLiteral { Value: null })
        {
            return equal ? SqlFactory.IsNull(r) : SqlFactory.IsNotNull(r);
        }

        // C#: null == null, and a null differs from every value. SQL's = and <> give NULL instead; '=' with one nullable
        // side may stay (NULL acts as false where a predicate is read, and is made two-valued elsewhere), '<>' may not.
        var leftNull = SqlNullability.MayBeNull(l);
        var rightNull = SqlNullability.MayBeNull(r);
        if (equal)
        {
            return new SqlBinary(leftNull && rightNull ? SqlBinaryOperator.IsNotDistinctFrom : SqlBinaryOperator.Equal, l, r, SqlType.Boolean);
        }

        return new SqlBinary(leftNull || rightNull ? SqlBinaryOperator.IsDistinctFrom : SqlBinaryOperator.NotEqual, l, r, SqlType.Boolean);
    }

    private static bool IsNullConstant(Expression e) =>
        e is ConstantExpression { Value: null } || (e is UnaryExpression { NodeType: ExpressionType.Convert } u && IsNullConstant(u.Operand));

    private SqlExpr TranslateConditional(ConditionalExpression c, Scope scope)
    {
        var whens = new List<SqlWhen>();
        Expression current = c;
        while (current is ConditionalExpression cond)
        {
            whens.Add(new SqlWhen(TranslatePredicate(cond.Test, scope), TranslateScalar(cond.IfTrue, scope)));
            current = cond.IfFalse;
        }

        var otherwise = TranslateScalar(current, scope);
        var type = SqlType.FromClr(c.Type);
        if (otherwise is SqlLiteral { Value: null } && whens.All(w => w.Result is SqlLiteral { Value: null }))
        {
            // Every branch a bare NULL (`x ? null : captured` with a null capture): DuckDB would type the CASE INTEGER.
            whens[0] = whens[0] with { Result = SqlFactory.TypedNull(whens[0].Result, c.Type) };
        }

        return new SqlCase(whens, otherwise is SqlLiteral { Value: null } ? null : otherwise, type);
    }
}
