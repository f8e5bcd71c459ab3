using System.Linq.Expressions;

namespace Assist.Query.Translation;

/// <summary>Finds calls of the <see cref="Window"/> functions in a lambda body before it is translated.</summary>
internal sealed class WindowCalls : ExpressionVisitor
{
    private bool _found;

    /// <summary>Whether <paramref name="body"/> calls a window function anywhere (nested lambdas included).</summary>
    public static bool In(Expression body)
    {
        var finder = new WindowCalls();
        finder.Visit(body);
        return finder._found;
    }

    /// <inheritdoc />
    public override Expression? Visit(Expression? node) => _found ? node : base.Visit(node);

    /// <inheritdoc />
    protected override Expression VisitMethodCall(MethodCallExpression node)
    {
        if (node.Method.DeclaringType == typeof(Window))
        {
            _found = true;
            return node;
        }

        return base.VisitMethodCall(node);
    }
}
