using System.Linq.Expressions;

namespace Assist.Query.Generative.Tests.Generation;

/// <summary>Strings, timestamps and nullable booleans.</summary>
public sealed partial class ScalarGenerator
{
    private static readonly System.Reflection.MethodInfo s_concatObjects =
        typeof(string).GetMethod(nameof(string.Concat), [typeof(object), typeof(object)])!;

    private static readonly System.Reflection.MethodInfo s_concatStrings =
        typeof(string).GetMethod(nameof(string.Concat), [typeof(string), typeof(string)])!;

    private static readonly System.Reflection.MethodInfo s_format =
        typeof(string).GetMethod(nameof(string.Format), [typeof(string), typeof(object), typeof(object)])!;

    private Expression Text(ParameterExpression row, int depth)
    {
        var d = depth - 1;
        switch (C.Pick(9))
        {
            case 0:
                context.Use(Construct.ToUpper);
                return Expression.Call(NonNullText(row, d), nameof(string.ToUpper), Type.EmptyTypes);
            case 1:
                context.Use(Construct.ToLower);
                return Expression.Call(NonNullText(row, d), nameof(string.ToLower), Type.EmptyTypes);
            case 2:
                {
                    // Only on a value that reads the row: a row-free "".Substring(1) would be evaluated (and throw)
                    // by the compiler up front, where C# throws only if a row reaches it (see FINDINGS F7).
                    var receiver = NonNullText(row, d);
                    if (!ReadsRow(receiver))
                    {
                        context.Use(Construct.ToLower);
                        return Expression.Call(receiver, nameof(string.ToLower), Type.EmptyTypes);
                    }

                    context.Use(Construct.Substring);
                    return C.Chance(50)
                        ? Expression.Call(receiver, nameof(string.Substring), Type.EmptyTypes, Expression.Constant(C.Pick(2)))
                        : Expression.Call(receiver, nameof(string.Substring), Type.EmptyTypes, Expression.Constant(C.Pick(2)), Expression.Constant(1));
                }
            case 3:
                context.Use(Construct.ConcatStrings);
                return Expression.Call(s_concatStrings, Of(typeof(string), row, d), Of(typeof(string), row, d));
            case 4:
                {
                    // "n" + l.Score, as C# compiles string + value: string.Concat(object, object).
                    context.Use(Construct.ConcatValue);
                    var value = Of(C.OneOf(typeof(int?), typeof(double), typeof(double?), typeof(int), typeof(bool?)), row, d);
                    return Expression.Call(s_concatObjects, Expression.Convert(Expression.Constant(C.OneOf("n", "")), typeof(object)), Expression.Convert(value, typeof(object)));
                }

            case 5:
                {
                    // $"{a}-{b}": the C# compiler turns an interpolation in an expression tree into string.Format.
                    context.Use(Construct.Interpolation);
                    var first = Of(C.OneOf(typeof(int?), typeof(string), typeof(double?)), row, d);
                    var second = Of(C.OneOf(typeof(string), typeof(int), typeof(double)), row, d);
                    return Expression.Call(s_format, Expression.Constant("{0}-{1}"), Expression.Convert(first, typeof(object)), Expression.Convert(second, typeof(object)));
                }

            case 6:
                context.Use(Construct.Conditional);
                return Expression.Condition(Predicate(row, d), Of(typeof(string), row, d), Of(typeof(string), row, d));
            default:
                context.Use(Construct.Coalesce);
                return Expression.Coalesce(Of(typeof(string), row, d), Of(typeof(string), row, d));
        }
    }

    /// <summary>A string a method may be called on: sometimes guarded with <c>?? ""</c>, as careful C# would be.</summary>
    private Expression NonNullText(ParameterExpression row, int depth)
    {
        var text = Of(typeof(string), row, depth);

        // A receiver that reads no column may be a null constant or capture, which C# dereferences only when the
        // branch runs but every query compiler evaluates up front (as EF's funcletizer does): always guard those.
        return C.Chance(60) || !ReadsRow(text) ? Expression.Coalesce(text, Expression.Constant(C.OneOf("", "x"))) : text;
    }

    private static bool ReadsRow(Expression e) => new RowReadFinder().Reads(e);

    private Expression StringLength(ParameterExpression row, int depth)
    {
        context.Use(Construct.Length);
        return Expression.Property(NonNullText(row, depth), nameof(string.Length));
    }

    private Expression Timestamp(ParameterExpression row, int depth)
    {
        var d = depth - 1;
        if (C.Chance(20))
        {
            context.Use(Construct.DateTimeDate);
            return Expression.Property(Of(typeof(DateTime), row, d), nameof(DateTime.Date));
        }

        if (C.Chance(50))
        {
            context.Use(Construct.AddDays);
            return Expression.Call(Of(typeof(DateTime), row, d), nameof(DateTime.AddDays), Type.EmptyTypes, Expression.Constant((double)(C.Pick(5) - 2)));
        }

        context.Use(Construct.Conditional);
        return Expression.Condition(Predicate(row, d), Of(typeof(DateTime), row, d), Of(typeof(DateTime), row, d));
    }

    private Expression NullableTimestamp(ParameterExpression row, int depth)
    {
        context.Use(Construct.LiftToNullable);
        return As(Of(typeof(DateTime), row, depth - 1), typeof(DateTime?));
    }

    private Expression NullableBool(ParameterExpression row, int depth)
    {
        var d = depth - 1;
        if (C.Chance(50))
        {
            context.Use(Construct.Conditional);
            return Expression.Condition(Predicate(row, d), Of(typeof(bool?), row, d), Of(typeof(bool?), row, d));
        }

        context.Use(Construct.LiftToNullable);
        return As(Predicate(row, d), typeof(bool?));
    }
}
