using System.Linq.Expressions;
using Assist.Query.Generative.Lake.GenCore.School;

namespace Assist.Query.Generative.Tests.Generation;

/// <summary>Integers and doubles: arithmetic with negatives, integer and double division, casts, Math, date parts.</summary>
public sealed partial class ScalarGenerator
{
    // Divisors are non-zero constants: C# throws on integer division by zero, so a zero divisor tests nothing.
    private static readonly int[] s_divisors = [2, -2, 3, -1, 1];

    private Expression Int(ParameterExpression row, int depth)
    {
        var d = depth - 1;

        // Aggregates over a student's logs are what per-student research measures are made of: give them weight.
        if (row.Type == typeof(Student) && C.Chance(20) && ToManyInt(row, d) is { } aggregate)
        {
            return aggregate;
        }

        switch (C.Pick(17))
        {
            case 0:
                context.Use(Construct.Add);
                return Expression.Add(Of(typeof(int), row, d), Of(typeof(int), row, d));
            case 1:
                context.Use(Construct.Subtract);
                return Expression.Subtract(Of(typeof(int), row, d), Of(typeof(int), row, d));
            case 2:
                context.Use(Construct.Multiply);
                return Expression.Multiply(Of(typeof(int), row, d), Of(typeof(int), row, d));
            case 3:
                context.Use(Construct.IntegerDivide);
                return Expression.Divide(Of(typeof(int), row, d), Expression.Constant(C.OneOf(s_divisors)));
            case 4:
                context.Use(Construct.Modulo);
                return Expression.Modulo(Of(typeof(int), row, d), Expression.Constant(C.OneOf(s_divisors)));
            case 5:
                if (C.Chance(50))
                {
                    context.Use(Construct.DoubleNegation);
                    return Expression.Negate(Expression.Negate(Of(typeof(int), row, d)));
                }

                context.Use(Construct.Negate);
                return Expression.Negate(Of(typeof(int), row, d));
            case 6:
                return StringLength(row, d);
            case 7 or 13 or 15:
                return DatePart(row, d);
            case 8:
                context.Use(Construct.MathAbs);
                return Expression.Call(typeof(Math).GetMethod(nameof(Math.Abs), [typeof(int)])!, Of(typeof(int), row, d));
            case 9:
                context.Use(Construct.Conditional);
                return Expression.Condition(Predicate(row, d), Of(typeof(int), row, d), Of(typeof(int), row, d));
            case 10:
                context.Use(Construct.CastDoubleToInt);
                return Expression.Convert(Of(typeof(double), row, d), typeof(int));
            case 11:
                context.Use(Construct.Coalesce);
                return Expression.Coalesce(Of(typeof(int?), row, d), Of(typeof(int), row, d));
            case 14:
                context.Use(Construct.TimeSpanDays);
                return Expression.Property(Expression.Subtract(Of(typeof(DateTime), row, d), Of(typeof(DateTime), row, d)), nameof(TimeSpan.Days));
            case 12:
                // The DayOfWeek enum in arithmetic: 2 * (int)l.Started.DayOfWeek.
                context.Use(Construct.Multiply);
                return Expression.Multiply(Expression.Constant(C.OneOf(2, -1)), DatePart(row, d));
            default:
                return ToManyInt(row, d) ?? Of(typeof(int), row, d);
        }
    }

    private Expression NullableInt(ParameterExpression row, int depth)
    {
        var d = depth - 1;
        if (row.Type == typeof(Student) && C.Chance(20) && ToManyNullableInt(row, d) is { } aggregate)
        {
            return aggregate;
        }

        switch (C.Pick(8))
        {
            case 0:
                context.Use(Construct.Add);
                return Expression.Add(Of(typeof(int?), row, d), As(Of(typeof(int), row, d), typeof(int?)));
            case 1:
                context.Use(Construct.Subtract);
                return Expression.Subtract(Of(typeof(int?), row, d), Of(typeof(int?), row, d));
            case 2:
                context.Use(Construct.Multiply);
                return Expression.Multiply(As(Of(typeof(int), row, d), typeof(int?)), Of(typeof(int?), row, d));
            case 3:
                context.Use(Construct.IntegerDivide);
                return Expression.Divide(Of(typeof(int?), row, d), Expression.Convert(Expression.Constant(C.OneOf(s_divisors)), typeof(int?)));
            case 4:
                context.Use(Construct.Modulo);
                return Expression.Modulo(Of(typeof(int?), row, d), Expression.Convert(Expression.Constant(C.OneOf(s_divisors)), typeof(int?)));
            case 5:
                context.Use(Construct.Conditional);
                return Expression.Condition(Predicate(row, d), Of(typeof(int?), row, d), Of(typeof(int?), row, d));
            case 6:
                return ToManyNullableInt(row, d) ?? As(Of(typeof(int), row, d), typeof(int?));
            default:
                context.Use(Construct.LiftToNullable);
                return As(Of(typeof(int), row, d), typeof(int?));
        }
    }

    private Expression Double(ParameterExpression row, int depth)
    {
        var d = depth - 1;
        switch (C.Pick(11))
        {
            case 0:
                context.Use(Construct.IntToDouble);
                return Expression.Convert(Of(typeof(int), row, d), typeof(double));
            case 1:
                context.Use(Construct.Add);
                return Expression.Add(Of(typeof(double), row, d), Of(typeof(double), row, d));
            case 2:
                context.Use(Construct.Multiply);
                return Expression.Multiply(Of(typeof(double), row, d), Of(typeof(double), row, d));
            case 3:
                context.Use(Construct.DoubleDivide);
                return Expression.Divide(Of(typeof(double), row, d), Expression.Constant(C.OneOf(2.0, -4.0, 3.0, 0.5)));
            case 4:
                context.Use(Construct.MathFloor);
                return Expression.Call(typeof(Math).GetMethod(nameof(Math.Floor), [typeof(double)])!, Of(typeof(double), row, d));
            case 5:
                context.Use(Construct.MathCeiling);
                return Expression.Call(typeof(Math).GetMethod(nameof(Math.Ceiling), [typeof(double)])!, Of(typeof(double), row, d));
            case 6:
                context.Use(Construct.MathRoundAwayFromZero);
                return Expression.Call(typeof(Math).GetMethod(nameof(Math.Round), [typeof(double), typeof(int), typeof(MidpointRounding)])!,
                    Of(typeof(double), row, d), Expression.Constant(C.Pick(2)), Expression.Constant(MidpointRounding.AwayFromZero));
            case 7:
                context.Use(Construct.MathAbs);
                return Expression.Call(typeof(Math).GetMethod(nameof(Math.Abs), [typeof(double)])!, Of(typeof(double), row, d));
            case 8:
                {
                    // Durations as researchers write them: (end - start).TotalSeconds, .TotalMinutes, .TotalDays.
                    var member = C.OneOf(nameof(TimeSpan.TotalSeconds), nameof(TimeSpan.TotalMinutes), nameof(TimeSpan.TotalDays));
                    context.Use(member);
                    return Expression.Property(Expression.Subtract(Of(typeof(DateTime), row, d), Of(typeof(DateTime), row, d)), member);
                }
            case 9:
                context.Use(Construct.Coalesce);
                return Expression.Coalesce(Of(typeof(double?), row, d), Of(typeof(double), row, d));
            default:
                context.Use(Construct.Subtract);
                return Expression.Subtract(Of(typeof(double), row, d), Of(typeof(double), row, d));
        }
    }

    private Expression NullableDouble(ParameterExpression row, int depth)
    {
        var d = depth - 1;
        switch (C.Pick(5))
        {
            case 0:
                context.Use(Construct.LiftToNullable);
                return As(Of(typeof(double), row, d), typeof(double?));
            case 1:
                context.Use(Construct.Multiply);
                return Expression.Multiply(Of(typeof(double?), row, d), As(Of(typeof(double), row, d), typeof(double?)));
            case 2:
                context.Use(Construct.IntToDouble);
                return Expression.Convert(Of(typeof(int?), row, d), typeof(double?));
            case 3:
                context.Use(Construct.Conditional);
                return Expression.Condition(Predicate(row, d), Of(typeof(double?), row, d), Of(typeof(double?), row, d));
            default:
                return ToManyAverage(row, d) ?? As(Of(typeof(double), row, d), typeof(double?));
        }
    }

    private Expression DatePart(ParameterExpression row, int depth)
    {
        var timestamp = Of(typeof(DateTime), row, depth);
        var part = C.OneOf(nameof(DateTime.Year), nameof(DateTime.Month), nameof(DateTime.Day), nameof(DateTime.Hour), nameof(DateTime.DayOfWeek));
        context.Use(Construct.DatePart + part);
        var member = Expression.Property(timestamp, part);
        return member.Type == typeof(int) ? member : Expression.Convert(member, typeof(int));
    }
}
