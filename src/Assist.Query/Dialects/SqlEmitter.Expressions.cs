using Assist.Query.Ast;

namespace Assist.Query.Dialects;

/// <summary>Scalar expressions: columns, values, operators, CASE, CAST, LIKE, IN, EXISTS, subqueries.</summary>
internal abstract partial class SqlEmitter
{
    protected void EmitExpr(SqlExpr expr)
    {
        switch (expr)
        {
            case SqlColumn column:
                Identifier(column.TableAlias);
                Write(".");
                Identifier(column.Name);
                break;
            case SqlLiteral literal:
                EmitLiteral(literal);
                break;
            case SqlParameter parameter:
                EmitParameter(parameter);
                break;
            case SqlBinary binary:
                EmitBinary(binary);
                break;
            case SqlUnary unary:
                EmitUnary(unary);
                break;
            case SqlFunction function:
                EmitFunction(function);
                break;
            case SqlAggregate aggregate:
                EmitAggregate(aggregate, null);
                break;
            case SqlWindow window:
                EmitWindow(window);
                break;
            case SqlCase sqlCase:
                EmitCase(sqlCase);
                break;
            case SqlCast cast:
                EmitCast(cast);
                break;
            case SqlLike like:
                EmitOperand(like.Value);
                Write(" LIKE ");
                EmitOperand(like.Pattern);

                // docs/dialects.md #18: neither engine has a default escape character; a constant pattern with nothing
                // escaped needs none, and DuckDB matches a plain LIKE about 1.5x faster.
                if (like.Escape)
                {
                    Write(" ESCAPE '\\'");
                }

                break;
            case SqlInList inList:
                EmitOperand(inList.Value);
                Write(" IN (");
                EmitList(inList.Items);
                Write(")");
                break;
            case SqlIn sqlIn:
                EmitOperand(sqlIn.Value);
                Write(" IN ");
                Nested(sqlIn.Subquery);
                break;
            case SqlExists exists:
                Write("EXISTS ");
                Nested(exists.Subquery);
                break;
            case SqlScalarSubquery scalar:
                Nested(scalar.Subquery);
                break;
            default:
                throw new NotSupportedException(expr.GetType().Name);
        }
    }

    protected virtual void EmitLiteral(SqlLiteral literal) => Write(SqlLiterals.Render(literal.Value));

    /// <summary>Writes an operand, parenthesised when it is itself an operator expression.</summary>
    protected void EmitOperand(SqlExpr operand)
    {
        var needs = operand is SqlBinary or SqlLike or SqlInList or SqlIn
            || (operand is SqlUnary u && u.Operator != SqlUnaryOperator.Negate)
            || (operand is SqlFunction { Kind: SqlFunctionKind.DayOfWeek });
        if (needs)
        {
            Write("(");
        }

        EmitExpr(operand);
        if (needs)
        {
            Write(")");
        }
    }

    protected virtual void EmitBinary(SqlBinary binary)
    {
        if (binary.Operator is SqlBinaryOperator.And or SqlBinaryOperator.Or)
        {
            EmitLogical(binary);
            return;
        }

        EmitOperand(binary.Left);
        Write(" ");
        Write(BinaryOperatorText(binary));
        Write(" ");
        EmitOperand(binary.Right);
    }

    private void EmitLogical(SqlBinary binary)
    {
        // a AND b AND c without nested parentheses: same-operator chains are associative. The operator goes between the
        // two sides by position: records compare by value, so `a AND a` has two equal sides.
        for (var i = 0; i < 2; i++)
        {
            var side = i == 0 ? binary.Left : binary.Right;
            if (i == 1)
            {
                Write(binary.Operator == SqlBinaryOperator.And ? " AND " : " OR ");
            }

            if (side is SqlBinary b && b.Operator == binary.Operator)
            {
                EmitLogical(b);
            }
            else
            {
                EmitOperand(side);
            }
        }
    }

    protected virtual string BinaryOperatorText(SqlBinary binary) => binary.Operator switch
    {
        SqlBinaryOperator.Add => "+",
        SqlBinaryOperator.Subtract => "-",
        SqlBinaryOperator.Multiply => "*",
        SqlBinaryOperator.Divide => "/",
        SqlBinaryOperator.Modulo => "%",
        SqlBinaryOperator.Equal => "=",
        SqlBinaryOperator.NotEqual => "<>",
        SqlBinaryOperator.LessThan => "<",
        SqlBinaryOperator.LessThanOrEqual => "<=",
        SqlBinaryOperator.GreaterThan => ">",
        SqlBinaryOperator.GreaterThanOrEqual => ">=",
        SqlBinaryOperator.Concat => "||",
        SqlBinaryOperator.IsDistinctFrom => "IS DISTINCT FROM",
        SqlBinaryOperator.IsNotDistinctFrom => "IS NOT DISTINCT FROM",
        _ => throw new NotSupportedException(binary.Operator.ToString()),
    };

    protected virtual void EmitUnary(SqlUnary unary)
    {
        switch (unary.Operator)
        {
            case SqlUnaryOperator.Not:
                Write("NOT ");
                EmitOperand(unary.Operand);
                break;
            case SqlUnaryOperator.Negate:
                // `--x` would start a comment: a negated negation or negative literal is parenthesised.
                Write("-");
                if (unary.Operand is SqlUnary or SqlLiteral)
                {
                    Write("(");
                    EmitExpr(unary.Operand);
                    Write(")");
                }
                else
                {
                    EmitOperand(unary.Operand);
                }

                break;
            case SqlUnaryOperator.IsNull:
                EmitOperand(unary.Operand);
                Write(" IS NULL");
                break;
            case SqlUnaryOperator.IsNotNull:
                EmitOperand(unary.Operand);
                Write(" IS NOT NULL");
                break;
            default:
                throw new NotSupportedException("Unknown unary operator " + unary.Operator);
        }
    }

    protected virtual void EmitCase(SqlCase sqlCase)
    {
        Write("CASE");
        foreach (var when in sqlCase.Whens)
        {
            Write(" WHEN ");
            EmitExpr(when.Condition);
            Write(" THEN ");
            EmitExpr(when.Result);
        }

        if (sqlCase.Else is not null)
        {
            Write(" ELSE ");
            EmitExpr(sqlCase.Else);
        }

        Write(" END");
    }

    protected void EmitCast(SqlCast cast)
    {
        Write("CAST(");
        EmitExpr(cast.Operand);
        Write(" AS ");
        Write(TypeName(cast.Type));
        Write(")");
    }

    /// <summary>
    /// The type's name in CAST. Base: the Trino cast spelling of the lake's one type table (timestamps as
    /// <c>timestamp(6)</c>, never bare <c>timestamp</c>, which is milliseconds: docs/dialects.md #10).
    /// </summary>
    protected virtual string TypeName(SqlType type) => Assist.Schema.Types.LakeTypes.TrinoCast(LakeTypeOf(type));

    /// <summary>The lake type of a cast's target; a kind that is not a lake type cannot be cast to.</summary>
    protected static Assist.Schema.Model.SqlType LakeTypeOf(SqlType type) =>
        type.ToLake() ?? throw new NotSupportedException("No SQL type for " + type.Kind);
}
