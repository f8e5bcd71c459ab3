using System.Linq.Expressions;

namespace Assist.Query.Generative.Tests.Generation;

/// <summary>
/// Shapes taken from lambdas the C# compiler itself built, so the generator emits exactly what researchers' code gives
/// the query compiler: C# 14 binds <c>array.Contains(x)</c> to <c>MemoryExtensions.Contains</c> over an implicit
/// array-to-span conversion (with a null comparer argument when the element type is not IEquatable, as for int?).
/// </summary>
public static class CompiledShapes
{
    private static readonly Expression<Func<int[], int, bool>> s_spanContainsInts = (values, x) => values.Contains(x);
    private static readonly Expression<Func<int?[], int?, bool>> s_spanContainsNullableInts = (values, x) => values.Contains(x);

    /// <summary><c>values.Contains(x)</c> as C# 14 compiles it, with the template's parameters replaced.</summary>
    public static Expression SpanContains(Expression values, Expression value)
    {
        LambdaExpression template = value.Type == typeof(int) ? s_spanContainsInts : s_spanContainsNullableInts;
        return new ParameterReplacer(template.Parameters[0], values, template.Parameters[1], value).Visit(template.Body);
    }

    /// <summary>True when <paramref name="call"/> is the span-based Contains (for the reference, which cannot run spans).</summary>
    public static bool IsSpanContains(MethodCallExpression call) =>
        call.Method.DeclaringType == typeof(MemoryExtensions) && call.Method.Name == nameof(MemoryExtensions.Contains);

    private sealed class ParameterReplacer(ParameterExpression first, Expression firstValue, ParameterExpression second, Expression secondValue)
        : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) =>
            node == first ? firstValue : node == second ? secondValue : node;
    }
}
