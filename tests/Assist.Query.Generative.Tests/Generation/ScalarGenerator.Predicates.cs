using System.Linq.Expressions;
using Assist.Query.Generative.Lake;

namespace Assist.Query.Generative.Tests.Generation;

/// <summary>
/// Predicates: comparisons of nullable and non-nullable operands, &amp;&amp; || ! (also doubled and over a repeated
/// operand), null tests, Contains on captured arrays, string matching, the optional-filter idiom, Any/All.
/// </summary>
public sealed partial class ScalarGenerator
{
    private static readonly Type[] s_orderedTypes = [typeof(int), typeof(int?), typeof(double?), typeof(double), typeof(long), typeof(DateTime), typeof(DateTime?)];

    /// <summary>A <c>bool</c> expression over <paramref name="row"/>.</summary>
    public Expression Predicate(ParameterExpression row, int depth)
    {
        var d = depth - 1;
        if (depth <= 0)
        {
            return Comparison(row, 0);
        }

        switch (C.Pick(16))
        {
            case 0 or 1 or 2:
                return Comparison(row, d);
            case 3:
                return Repeated(Expression.AndAlso, Construct.AndAlso, row, d);
            case 4:
                return Repeated(Expression.OrElse, Construct.OrElse, row, d);
            case 5:
                if (C.Chance(40))
                {
                    context.Use(Construct.DoubleNot);
                    return Expression.Not(Expression.Not(Predicate(row, d)));
                }

                context.Use(Construct.Not);
                return Expression.Not(Predicate(row, d));
            case 6:
                return NullTest(row, d);
            case 7:
                return ContainsCaptured(row, d);
            case 8:
                return StringMatch(row, d);
            case 9:
                return OptionalFilter(row, d);
            case 10:
                context.Use(Construct.Conditional);
                return Expression.Condition(Predicate(row, d), Predicate(row, d), Predicate(row, d));
            case 11:
                {
                    // (a == 1) == (b == 0): a comparison of two predicates.
                    context.Use(Construct.PredicateEquality);
                    var left = Predicate(row, d);
                    var right = Predicate(row, d);
                    return C.Chance(50) ? Expression.Equal(left, right) : Expression.NotEqual(left, right);
                }

            case 12:
                return NullableBoolTest(row, d);
            case 13:
                return ToManyPredicate(row, d) ?? Comparison(row, d);
            default:
                return Comparison(row, d);
        }
    }

    /// <summary><c>a OP b</c>; sometimes <c>a OP a</c>, the same operand twice (as when a helper's filter is applied twice).</summary>
    private Expression Repeated(Func<Expression, Expression, BinaryExpression> combine, string construct, ParameterExpression row, int depth)
    {
        context.Use(construct);
        var left = Predicate(row, depth);
        if (C.Chance(25))
        {
            context.Use(Construct.RepeatedOperand);
            return combine(left, left);
        }

        return combine(left, Predicate(row, depth));
    }

    private Expression Comparison(ParameterExpression row, int depth)
    {
        var kind = C.Pick(10);
        if (kind == 8)
        {
            // Strings, enums and nullable booleans compare only for equality in C#.
            var type = C.OneOf(typeof(string), typeof(LogKind?), typeof(bool?));
            return Equality(Operand(type, row, depth), Operand(type, row, depth));
        }

        var t = C.OneOf(s_orderedTypes);
        var left = Operand(t, row, depth);
        var right = C.Chance(50) ? Constant(t) : Operand(t, row, depth);
        switch (C.Pick(6))
        {
            case 0:
                context.Use(Construct.Equal);
                return Expression.Equal(left, right);
            case 1:
                context.Use(Construct.NotEqual);
                return Expression.NotEqual(left, right);
            case 2:
                context.Use(Construct.LessThan);
                return Expression.LessThan(left, right);
            case 3:
                context.Use(Construct.LessThanOrEqual);
                return Expression.LessThanOrEqual(left, right);
            case 4:
                context.Use(Construct.GreaterThan);
                return Expression.GreaterThan(left, right);
            default:
                context.Use(Construct.GreaterThanOrEqual);
                return Expression.GreaterThanOrEqual(left, right);
        }
    }

    /// <summary>An operand of a comparison; enums compare on their underlying type, as the C# compiler emits them.</summary>
    private Expression Operand(Type type, ParameterExpression row, int depth)
    {
        var e = type == typeof(LogKind?) ? Leaf(type, row) : Of(type, row, depth);
        return type == typeof(LogKind?) ? Expression.Convert(e, typeof(int?)) : e;
    }

    private Expression Equality(Expression left, Expression right)
    {
        if (C.Chance(50))
        {
            context.Use(Construct.Equal);
            return Expression.Equal(left, right);
        }

        context.Use(Construct.NotEqual);
        return Expression.NotEqual(left, right);
    }

    private Expression NullTest(ParameterExpression row, int depth)
    {
        var type = C.OneOf(typeof(int?), typeof(string), typeof(double?), typeof(DateTime?), typeof(bool?), typeof(LogKind?));
        var value = Of(type, row, depth);
        if (type == typeof(int?) && C.Chance(30))
        {
            // (x / 10).HasValue: the crash with a null capture.
            context.Use(Construct.HasValue);
            return Expression.Property(Expression.Divide(value, Expression.Convert(Expression.Constant(10), typeof(int?))), nameof(Nullable<int>.HasValue));
        }

        var none = Expression.Constant(null, type);
        if (C.Chance(50))
        {
            context.Use(Construct.IsNull);
            return Expression.Equal(value, none);
        }

        context.Use(Construct.IsNotNull);
        return Expression.NotEqual(value, none);
    }

    /// <summary><c>values.Contains(x)</c> over a captured array (Enumerable.Contains, as C# 13 binds it).</summary>
    private Expression ContainsCaptured(ParameterExpression row, int depth)
    {
        switch (C.Pick(4))
        {
            case 3:
                {
                    // C# 14's binding of array.Contains: MemoryExtensions over a span (the issue's `new int?[] { 0, 1 }.Contains(x)`).
                    context.Use(Construct.ContainsSpan);
                    var nullable = C.Chance(50);
                    var value = Of(nullable ? typeof(int?) : typeof(int), row, depth);
                    var values = nullable
                        ? context.Capture<int?[]>([.. Enumerable.Range(0, C.Pick(4)).Select(_ => C.Chance(30) ? (int?)null : C.Pick(5) - 2)])
                        : context.Capture<int[]>([.. Enumerable.Range(0, C.Pick(4)).Select(_ => C.Pick(5) - 2)]);
                    return CompiledShapes.SpanContains(values, value);
                }

            case 0:
                context.Use(Construct.ContainsInts);
                return ContainsOf(Of(typeof(int), row, depth), [.. Enumerable.Range(0, C.Pick(4)).Select(_ => C.Pick(5) - 2)]);
            case 1:
                context.Use(Construct.ContainsNullableInts);
                return ContainsOf(Of(typeof(int?), row, depth), [.. Enumerable.Range(0, C.Pick(4)).Select(_ => C.Chance(30) ? (int?)null : C.Pick(5) - 2)]);
            default:
                context.Use(Construct.ContainsStrings);
                return ContainsOf(Of(typeof(string), row, depth), [.. Enumerable.Range(0, C.Pick(4)).Select(_ => C.Chance(20) ? null : C.OneOf("a", "b", "A", ""))]);
        }
    }

    private Expression ContainsOf<T>(Expression value, T[] values)
    {
        var contains = typeof(Enumerable).GetMethods().Single(m => m.Name == nameof(Enumerable.Contains) && m.GetParameters().Length == 2).MakeGenericMethod(typeof(T));
        return Expression.Call(contains, context.Capture(values), value);
    }

    private Expression StringMatch(ParameterExpression row, int depth)
    {
        var method = C.OneOf(nameof(string.Contains), nameof(string.StartsWith), nameof(string.EndsWith));
        context.Use(method switch
        {
            nameof(string.Contains) => Construct.StringContains,
            nameof(string.StartsWith) => Construct.StartsWith,
            _ => Construct.EndsWith,
        });
        var argument = C.Chance(70) ? Expression.Constant(C.OneOf("a", "b", "A", "", "%", "_", "b a")) : CaptureOf(typeof(string));
        return Expression.Call(NonNullText(row, depth), method, Type.EmptyTypes, argument);
    }

    /// <summary><c>int? min = ...; min == null || x &gt;= min.Value</c>: the optional-filter idiom.</summary>
    private Expression OptionalFilter(ParameterExpression row, int depth)
    {
        context.Use(Construct.OptionalFilter);
        var bound = context.Capture(C.Chance(50) ? (int?)null : C.Pick(5) - 2);
        return Expression.OrElse(Expression.Equal(bound, Expression.Constant(null, typeof(int?))),
            Expression.GreaterThanOrEqual(Of(typeof(int), row, depth), Expression.Property(bound, "Value")));
    }

    private Expression NullableBoolTest(ParameterExpression row, int depth)
    {
        var value = Of(typeof(bool?), row, depth);
        if (C.Chance(50))
        {
            context.Use(Construct.Coalesce);
            return Expression.Coalesce(value, Expression.Constant(C.Pick(2) == 1));
        }

        context.Use(Construct.Equal);
        return Expression.Equal(value, Expression.Convert(Expression.Constant(C.Pick(2) == 1), typeof(bool?)));
    }
}
