using System.Linq.Expressions;

namespace Assist.Query.Caching;

/// <summary>
/// A node's children for the key walk, read in place. Each node class has its own struct, and the walk is generic over
/// it, so the JIT compiles one loop per struct with direct calls: no collection is built: arguments are read through
/// <see cref="ExpressionAccess"/> or <see cref="IArgumentProvider"/> (reading <c>Arguments</c> allocates a read-only collection on every call node of a
/// freshly built tree).
/// </summary>
internal interface IChildList
{
    int Count { get; }

    Expression? this[int index] { get; }
}

/// <summary>Up to three fixed children (an operand; a binary node's left, right and conversion; a conditional).</summary>
internal readonly struct FixedChildren(int count, Expression? first, Expression? second = null, Expression? third = null) : IChildList
{
    public int Count => count;

    public Expression? this[int index] => index switch { 0 => first, 1 => second, _ => third };
}

/// <summary>A call's instance (null for a static method), then its arguments.</summary>
internal readonly struct CallChildren(MethodCallExpression call) : IChildList
{
    public int Count { get; } = ExpressionAccess.ArgumentCount(call) + 1;

    public Expression? this[int index] => index == 0 ? call.Object : ExpressionAccess.Argument(call, index - 1);
}

/// <summary>An invoked delegate, then its arguments.</summary>
internal readonly struct InvocationChildren(InvocationExpression invocation) : IChildList
{
    private readonly IArgumentProvider _arguments = invocation;

    public int Count { get; } = ((IArgumentProvider)invocation).ArgumentCount + 1;

    public Expression? this[int index] => index == 0 ? invocation.Expression : _arguments.GetArgument(index - 1);
}

/// <summary>A constructor's arguments.</summary>
internal readonly struct NewChildren(IArgumentProvider node) : IChildList
{
    public int Count { get; } = node.ArgumentCount;

    public Expression? this[int index] => node.GetArgument(index);
}

/// <summary>Children already in a list (array items, object and list initializers).</summary>
internal readonly struct ListChildren(IReadOnlyList<Expression> list) : IChildList
{
    public int Count => list.Count;

    public Expression? this[int index] => list[index];
}
