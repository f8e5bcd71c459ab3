using System.Linq.Expressions;
using System.Reflection;

namespace Assist.Query.Caching;

/// <summary>
/// Rewrites C# 14's <c>MemoryExtensions.Contains(span, value[, comparer: null])</c> over an array converted to a span
/// into <c>Enumerable.Contains(array, value)</c>, so a captured sub-tree can be evaluated: the expression interpreter
/// cannot hold a span.
/// </summary>
internal sealed class SpanContainsRewriter : ExpressionVisitor
{
    public static readonly SpanContainsRewriter Instance = new();

    private static readonly MethodInfo s_enumerableContains = typeof(Enumerable).GetMethods()
        .Single(m => m.Name == nameof(Enumerable.Contains) && m.GetParameters().Length == 2);

    protected override Expression VisitMethodCall(MethodCallExpression node)
    {
        if (node.Method.DeclaringType == typeof(MemoryExtensions) && node.Method.Name == nameof(MemoryExtensions.Contains)
            && node.Arguments[0] is MethodCallExpression { Method.Name: "op_Implicit", Arguments: [var array] } && array.Type.IsArray
            && (node.Arguments.Count == 2 || node.Arguments[2] is ConstantExpression { Value: null }))
        {
            var element = array.Type.GetElementType()!;
            return Expression.Call(s_enumerableContains.MakeGenericMethod(element), Visit(array), Visit(node.Arguments[1]));
        }

        return base.VisitMethodCall(node);
    }
}
