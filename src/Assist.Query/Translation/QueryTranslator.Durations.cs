using System.Linq.Expressions;
using Assist.Query.Ast;

namespace Assist.Query.Translation;

/// <summary>
/// TimeSpans between timestamps (<c>(end - start).TotalSeconds</c>, the way researchers compute durations): the
/// difference is microseconds in SQL, and each member divides it as TimeSpan does. A TimeSpan as a result or in
/// arithmetic or comparisons is refused: only its members have a SQL meaning here.
/// </summary>
internal sealed partial class QueryTranslator
{
    private const double MicrosecondsPerMillisecond = 1e3;
    private const double MicrosecondsPerSecond = 1e6;
    private const double MicrosecondsPerMinute = 6e7;
    private const double MicrosecondsPerHour = 3.6e9;
    private const double MicrosecondsPerDay = 8.64e10;

    private static SqlExpr Duration(SqlExpr later, SqlExpr earlier) =>
        new SqlFunction(SqlFunctionKind.MicrosecondsBetween, [earlier, later], SqlType.Duration);

    private SqlExpr TranslateDurationMember(MemberExpression m, SqlExpr micros)
    {
        if (micros.Type.Kind != SqlTypeKind.Duration)
        {
            throw Fail("a TimeSpan that is not the difference of two timestamps", m);
        }

        var asDouble = new SqlCast(micros, SqlType.Double);
        return m.Member.Name switch
        {
            nameof(TimeSpan.TotalMilliseconds) => Divide(asDouble, MicrosecondsPerMillisecond),
            nameof(TimeSpan.TotalSeconds) => Divide(asDouble, MicrosecondsPerSecond),
            nameof(TimeSpan.TotalMinutes) => Divide(asDouble, MicrosecondsPerMinute),
            nameof(TimeSpan.TotalHours) => Divide(asDouble, MicrosecondsPerHour),
            nameof(TimeSpan.TotalDays) => Divide(asDouble, MicrosecondsPerDay),

            // Components truncate toward zero and keep the sign, as SQL's integer / and % do (docs/dialects.md #1, #3).
            nameof(TimeSpan.Days) => Whole(micros, MicrosecondsPerDay, null),
            nameof(TimeSpan.Hours) => Whole(micros, MicrosecondsPerHour, 24),
            nameof(TimeSpan.Minutes) => Whole(micros, MicrosecondsPerMinute, 60),
            nameof(TimeSpan.Seconds) => Whole(micros, MicrosecondsPerSecond, 60),
            _ => throw Fail("the member TimeSpan." + m.Member.Name, m),
        };
    }

    private static SqlExpr Divide(SqlExpr value, double by) =>
        new SqlBinary(SqlBinaryOperator.Divide, value, new SqlLiteral(by, SqlType.Double), SqlType.Double);

    private static SqlExpr Whole(SqlExpr micros, double unit, long? modulo)
    {
        var asBigInt = micros with { Type = SqlType.BigInt };
        SqlExpr units = new SqlBinary(SqlBinaryOperator.Divide, asBigInt, SqlFactory.Literal((long)unit), SqlType.BigInt);
        if (modulo is not null)
        {
            units = new SqlBinary(SqlBinaryOperator.Modulo, units, SqlFactory.Literal(modulo.Value), SqlType.BigInt);
        }

        return new SqlCast(units, SqlType.Integer);
    }

    private void RefuseDuration(SqlExpr value, Expression source)
    {
        if (value.Type.Kind == SqlTypeKind.Duration)
        {
            throw Fail("a TimeSpan used as a value (read .TotalSeconds, .TotalMinutes, .TotalHours, .TotalDays or .Days)", source);
        }
    }
}
