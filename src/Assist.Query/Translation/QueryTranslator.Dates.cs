using System.Linq.Expressions;
using Assist.Query.Ast;

namespace Assist.Query.Translation;

/// <summary>Date arithmetic (AddDays/AddMonths …) and the Sql marker functions (truncation, units and boundaries between, regex extract).</summary>
internal sealed partial class QueryTranslator
{
    private SqlExpr TranslateDateCall(MethodCallExpression call, Scope scope)
    {
        if (call.Object is null && call.Method.Name == nameof(DateOnly.FromDateTime) && call.Arguments.Count == 1)
        {
            // The calendar date of a timestamp: CAST to DATE drops the time of day in both engines, as FromDateTime does.
            return new SqlCast(TranslateScalar(call.Arguments[0], scope), SqlType.Date);
        }

        if (call.Object is null)
        {
            throw Fail("the method " + call.Method.DeclaringType!.Name + "." + call.Method.Name, call);
        }

        var value = TranslateScalar(call.Object, scope);
        if (call.Method.Name == nameof(DateTime.Subtract) && call.Arguments.Count == 1 && call.Arguments[0].Type == call.Object.Type)
        {
            // end.Subtract(start) is end - start: a duration (docs/dialects.md #41). Subtracting a TimeSpan stays refused.
            var earlier = TranslateScalar(call.Arguments[0], scope);
            if (value.Type.IsTemporal && earlier.Type.IsTemporal)
            {
                return Duration(value, earlier);
            }
        }

        var unit = call.Method.Name switch
        {
            "AddDays" => SqlDateUnit.Day,
            "AddMonths" => SqlDateUnit.Month,
            "AddYears" => SqlDateUnit.Year,
            "AddHours" => SqlDateUnit.Hour,
            "AddMinutes" => SqlDateUnit.Minute,
            "AddSeconds" => SqlDateUnit.Second,
            _ => throw Fail("the method " + call.Method.DeclaringType!.Name + "." + call.Method.Name, call),
        };
        return new SqlFunction(SqlFunctionKind.AddInterval, [value, WholeAmount(call.Arguments[0], scope, call)], value.Type, unit);
    }

    /// <summary>An interval amount that is a whole number: a literal, or an integer value (a fractional double has no interval).</summary>
    private SqlExpr WholeAmount(Expression argument, Scope scope, Expression call)
    {
        if (argument is Normalization.SlotExpression { IsNull: false, Origin: UnaryExpression { NodeType: ExpressionType.Convert } widened } slot
            && (widened.Operand.Type == typeof(int) || widened.Operand.Type == typeof(long)))
        {
            // A captured int widened to double by AddDays(double): always whole, so a BIGINT cast is exact.
            return new SqlCast(new SqlParameter(slot.Index, SqlType.Double), SqlType.BigInt);
        }

        var amount = argument is UnaryExpression { NodeType: ExpressionType.Convert } u && (u.Operand.Type == typeof(int) || u.Operand.Type == typeof(long))
            ? TranslateScalar(u.Operand, scope)
            : TranslateScalar(argument, scope);
        switch (amount)
        {
            case SqlLiteral { Value: double d } when d == Math.Floor(d):
                return SqlFactory.Literal((long)d);
            case SqlLiteral { Value: long }:
                return amount;
            case SqlLiteral:
                throw Fail("a fractional interval amount", call);
            default:
                if (!amount.Type.IsInteger)
                {
                    throw Fail("an interval amount that is not a whole number (pass an int)", call);
                }

                return amount;
        }
    }

    private SqlExpr TranslateSqlCall(MethodCallExpression call, Scope scope)
    {
        var args = call.Arguments;
        switch (call.Method.Name)
        {
            case nameof(Sql.TruncateToDay) or nameof(Sql.TruncateToWeek) or nameof(Sql.TruncateToMonth) or nameof(Sql.TruncateToQuarter) or nameof(Sql.TruncateToYear):
                {
                    var unit = Enum.Parse<SqlDateUnit>(call.Method.Name["TruncateTo".Length..]);
                    var value = TranslateScalar(args[0], scope);
                    return new SqlFunction(SqlFunctionKind.TruncateDate, [value], SqlType.FromClr(call.Type), unit);
                }

            case nameof(Sql.UnitsBetween) or nameof(Sql.BoundariesBetween):
                {
                    if (args[0] is not ConstantExpression { Value: DateUnit unit })
                    {
                        throw Fail("a date unit that is not written in the query", call);
                    }

                    var kind = call.Method.Name == nameof(Sql.UnitsBetween) ? SqlFunctionKind.UnitsBetween : SqlFunctionKind.BoundariesBetween;
                    return new SqlFunction(kind, [TranslateScalar(args[1], scope), TranslateScalar(args[2], scope)], SqlType.BigInt, Enum.Parse<SqlDateUnit>(unit.ToString()));
                }

            case nameof(Sql.RegexExtract):
                {
                    var list = new List<SqlExpr> { TranslateScalar(args[0], scope), Pattern(args[1], scope, call) };
                    if (args.Count > 2)
                    {
                        list.Add(TranslateScalar(args[2], scope));
                    }

                    return new SqlFunction(SqlFunctionKind.RegexExtract, list, SqlType.Varchar);
                }

            default:
                throw Fail("the method Sql." + call.Method.Name, call);
        }
    }
}
