using System.Linq.Expressions;

namespace Assist.Query.Caching;

/// <summary>
/// A node's children for the key walk without building a collection: up to three fixed children, then the arguments
/// of a call, <c>new</c> or invocation read through <see cref="IArgumentProvider"/> (reading <c>Arguments</c> would
/// allocate a read-only collection on every node of a freshly built tree), or a list.
/// </summary>
internal readonly struct ChildList
{
    private readonly Expression? _first;
    private readonly Expression? _second;
    private readonly Expression? _third;
    private readonly int _fixed;
    private readonly IArgumentProvider? _arguments;
    private readonly IReadOnlyList<Expression>? _list;

    private ChildList(int count, Expression? first, Expression? second, Expression? third, IArgumentProvider? arguments, IReadOnlyList<Expression>? list)
    {
        _fixed = count;
        _first = first;
        _second = second;
        _third = third;
        _arguments = arguments;
        _list = list;
        Count = count + (arguments?.ArgumentCount ?? 0) + (list?.Count ?? 0);
    }

    public int Count { get; }

    public Expression? this[int index]
    {
        get
        {
            if (index < _fixed)
            {
                return index switch { 0 => _first, 1 => _second, _ => _third };
            }

            index -= _fixed;
            return _arguments is not null ? _arguments.GetArgument(index) : _list![index];
        }
    }

    public static ChildList Of(Expression? only) => new(1, only, null, null, null, null);

    public static ChildList Of(Expression? first, Expression? second, Expression? third) => new(3, first, second, third, null, null);

    /// <summary>An optional leading child (a call's instance, an invoked delegate), then the arguments.</summary>
    public static ChildList WithArguments(Expression? head, IArgumentProvider arguments) => new(1, head, null, null, arguments, null);

    public static ChildList Arguments(IArgumentProvider arguments) => new(0, null, null, null, arguments, null);

    public static ChildList List(IReadOnlyList<Expression> list) => new(0, null, null, null, null, list);
}
