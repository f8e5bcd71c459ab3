using System.Collections;
using System.Linq.Expressions;
using System.Reflection;

namespace Assist.Query.Caching;

/// <summary>
/// Walks a query's expression tree once: writes a structural key (tokens, no text) and pulls out values. A sub-tree with no lambda
/// parameter that reads a variable, property or call result (a closure-captured value, <c>new DateTime(…)</c>,
/// <c>DateTime.UtcNow</c>) is evaluated once here and becomes a parameter slot; literals written in the query stay
/// in the key (they are part of its shape and are inlined as typed literals). Captured queries are inlined.
/// </summary>
internal sealed partial class QueryKeyWalker
{
    private const int Evaluable = 1;
    private const int Captured = 2;

    // An own flag for object construction: Captured when the constructed type is a scalar, none otherwise.
    private const int CapturedIfScalar = -2;

    // Tags are negative; type and member handles are addresses, so a tag never reads as a handle.
    private const long NullTag = -1;
    private const long Close = -3;
    private const long TableTag = -4;
    private const long StringTag = -5;
    private const long ValueTag = -6;
    private const long TrueTag = -7;
    private const long FalseTag = -8;
    private const long ParameterTag = -9;
    private const long SlotTag = -10;
    private const long NullSlotTag = -11;
    private const long ListSlotTag = -12;
    private const long QueryTag = -13;
    private const long BindingTag = -14;
    private const long NodeTag = -1000;

    // A handful per query: a list searched by reference beats a dictionary here.
    private ParameterExpression[] _parameters = new ParameterExpression[8];
    private int _parameterCount;

    // One walker per thread (its token buffer and parameter list), lent to a walk until its key has been looked up:
    // neither is allocated per call. A walk started while another runs on the thread (a captured getter that translates a
    // query) finds no spare and gets its own.
    [ThreadStatic]
    private static QueryKeyWalker? t_spare;

    private QueryInputs _inputs = null!;
    private KeyBuffer _key = new(512);
    private string _dialect = string.Empty;
    private bool _recordSources;

    /// <summary>
    /// Walks a query object (its recorded operators, not a built tree); the caller probes the cache with
    /// <see cref="KeyTokens"/>. Without <paramref name="recordSources"/> the walk keeps the values but not which nodes
    /// they came from (enough for a cache hit).
    /// </summary>
    public static QueryKeyWalker Start(IQueryExpression query, string dialect, bool recordSources)
    {
        var walker = Begin(dialect, 0, recordSources);
        walker.VisitQuery(query);
        return walker;
    }

    /// <summary>Walks the tree; the caller probes the cache with <see cref="KeyTokens"/> before any key is allocated.</summary>
    public static QueryKeyWalker Start(Expression query, string dialect) => Start(query, dialect, 0);

    /// <summary>
    /// Walks a tree whose first <paramref name="reservedSlots"/> slots are already <see cref="Normalization.SlotExpression"/>
    /// nodes (a compiled query's parameters); their values are bound by the caller.
    /// </summary>
    public static QueryKeyWalker Start(Expression query, string dialect, int reservedSlots)
    {
        var walker = Begin(dialect, reservedSlots, recordSources: true);
        walker.Visit(query);
        return walker;
    }

    private static QueryKeyWalker Begin(string dialect, int reservedSlots, bool recordSources)
    {
        var walker = t_spare ?? new QueryKeyWalker();
        t_spare = null;
        walker._key.Clear();
        Array.Clear(walker._parameters, 0, walker._parameterCount);
        walker._parameterCount = 0;
        walker._inputs = new QueryInputs();
        walker._dialect = dialect;
        walker._recordSources = recordSources;
        walker._key.AddString(dialect);
        walker._key.Add(reservedSlots);
        for (var i = 0; i < reservedSlots; i++)
        {
            walker._inputs.Values.Add(null);
        }

        return walker;
    }

    /// <summary>Walks the tree and returns its inputs with the key materialized (tests, the uncached path).</summary>
    public static QueryInputs Walk(Expression query, string dialect) => Finish(Start(query, dialect));

    /// <summary>Walks a query object's records and returns its inputs with the key materialized (tests).</summary>
    public static QueryInputs Walk(IQueryExpression query, string dialect) => Finish(Start(query, dialect, recordSources: true));

    private static QueryInputs Finish(QueryKeyWalker walker)
    {
        var inputs = walker.Inputs;
        inputs.Key = new ShapeKey(walker.KeyTokens);
        walker.Release();
        return inputs;
    }

    /// <summary>
    /// Hands the walker back for the thread's next walk; <see cref="KeyTokens"/> is invalid afterwards (the
    /// <see cref="Inputs"/> object stays the caller's).
    /// </summary>
    public void Release() => t_spare = this;

    public ReadOnlySpan<long> KeyTokens => _key.Span;

    public QueryInputs Inputs => _inputs;

    /// <summary>Whether <see cref="QueryInputs.Sources"/> was filled (see <see cref="Start(IQueryExpression, string, bool)"/>).</summary>
    public bool RecordsSources => _recordSources;

    private int Visit(Expression? node)
    {
        if (node is null)
        {
            _key.Add(NullTag);
            return Evaluable;
        }

        // NodeType is virtual: read once. Dispatch on it rather than a chain of type tests: most node classes have
        // subclasses (PropertyExpression, MethodCallExpression2 …), so each failed test walks a class hierarchy.
        var nodeType = node.NodeType;

        _key.Add(NodeTag - (int)nodeType, NodeTypeId(node, nodeType));
        var flags = nodeType switch
        {
            ExpressionType.Constant => VisitConstant((ConstantExpression)node),
            ExpressionType.Parameter => VisitParameter((ParameterExpression)node),
            ExpressionType.MemberAccess => VisitMember((MemberExpression)node),
            ExpressionType.Call => VisitCall((MethodCallExpression)node),
            ExpressionType.Lambda => VisitLambda((LambdaExpression)node),
            ExpressionType.Conditional => VisitConditional((ConditionalExpression)node),
            ExpressionType.New => VisitNew((NewExpression)node),
            ExpressionType.MemberInit => VisitMemberInit((MemberInitExpression)node),
            ExpressionType.NewArrayInit or ExpressionType.NewArrayBounds => VisitChildren(node, 0, new ListChildren(((NewArrayExpression)node).Expressions)),
            ExpressionType.ListInit => VisitListInit((ListInitExpression)node),
            ExpressionType.Invoke => VisitChildren(node, Captured, new InvocationChildren((InvocationExpression)node)),
            ExpressionType.TypeIs or ExpressionType.TypeEqual => VisitTypeBinary((TypeBinaryExpression)node),
            ExpressionType.Default => Evaluable,
            _ => VisitOther(node),
        };
        _key.Add(Close);
        return flags;
    }

    private static long NodeTypeId(Expression node, ExpressionType nodeType) => nodeType switch
    {
        // A quote's type (Expression<TDelegate>) follows from its lambda's delegate type, which the lambda's tokens hold:
        // leaving it out lets a recorded operator's unquoted lambda write the same tokens (VisitRecorded).
        ExpressionType.Quote => 0,

        // A lambda's Type is typeof(TDelegate) looked up through its generic class on every read; the class itself
        // (Expression1<TDelegate>, …) names the delegate type just as well and is read from the object header. A lambda
        // built by another factory overload has another class: a second cache entry, never a wrong one.
        ExpressionType.Lambda => TypeId(node.GetType()),
        _ => TypeId(node.Type),
    };

    // Unary and binary nodes share many node types; the slot is matched by class, as are extension nodes.
    private int VisitOther(Expression node) => node switch
    {
        UnaryExpression u => VisitSingle(u.Method is null ? 0 : Captured, u.Operand),
        BinaryExpression b => VisitBinary(b),
        Normalization.SlotExpression slot => VisitSlot(slot),
        _ => throw new NotSupportedException("Expression node " + node.NodeType + " is not supported in queries: " + node),
    };

    private int VisitConstant(ConstantExpression c)
    {
        switch (c.Value)
        {
            case null:
                _key.Add(NullTag);
                break;
            case IQueryRoot root:
                // A table source's class (TableSource<TEntity>) names its table: TEntity.Table is static.
                _key.Add(TableTag, TypeId(root.GetType()));
                return Evaluable;
            case string s:
                _key.Add(StringTag);
                _key.AddString(s);
                break;
            // A constant typed Nullable<T> (a hand-built or rewritten tree) is its value too: the translator inlines it.
            case IFormattable when (Nullable.GetUnderlyingType(c.Type) ?? c.Type) is { } t && (t.IsPrimitive || t.IsEnum || c.Value is decimal or DateTime or DateOnly or Guid):
                _key.Add(ValueTag);
                _key.Add(TypeId(c.Value.GetType()));
                AddBits(c.Value);
                break;
            case bool b:
                _key.Add(b ? TrueTag : FalseTag);
                break;
            default:
                // A closure object or another reference: its fields are read (and slotted) by the member above it.
                return Evaluable | Captured;
        }

        return Evaluable;
    }

    private int VisitSlot(Normalization.SlotExpression slot)
    {
        // A value bound later (a compiled query's parameter): like a lambda parameter, it keeps its parent in the tree.
        _key.Add(slot.IsNull ? NullSlotTag : SlotTag);
        _key.Add(slot.Index);
        return 0;
    }

    private int VisitParameter(ParameterExpression p)
    {
        // By reference, in a plain loop: List.IndexOf goes through an equality comparer per item.
        var id = 0;
        var parameters = _parameters;
        while (id < _parameterCount && !ReferenceEquals(parameters[id], p))
        {
            id++;
        }

        if (id == _parameterCount)
        {
            if (id == parameters.Length)
            {
                Array.Resize(ref _parameters, id * 2);
            }

            _parameters[_parameterCount++] = p;
        }

        _key.Add(ParameterTag);
        _key.Add(id);
        return 0;
    }

    private int VisitMember(MemberExpression m)
    {
        _key.Add(MemberId(m.Member));

        // The most frequent member read, a column of a lambda's row (p.HintCount): its parameter written in place, as
        // Visit would write it, without the recursion. A parameter's flags are 0, which makes the member's 0 too.
        if (m.Expression is ParameterExpression row)
        {
            _key.Add(NodeTag - (int)ExpressionType.Parameter, TypeId(row.Type));
            VisitParameter(row);
            _key.Add(Close);
            return 0;
        }

        // Nullable's Value/HasValue stay in the tree over the captured value: evaluating `min.Value` on the client would
        // throw for the optional-filter idiom `min == null || x >= min.Value`, which C# short-circuits.
        // The name first: a string compare is cheaper than asking every member's declaring type whether it is Nullable<>.
        var own = m.Member.Name is nameof(Nullable<int>.Value) or nameof(Nullable<int>.HasValue)
            && Nullable.GetUnderlyingType(m.Member.DeclaringType!) is not null
            ? -1
            : Captured;
        return VisitSingle(own, m.Expression);
    }

    private int VisitCall(MethodCallExpression call)
    {
        _key.Add(MethodId(call.Method));
        var own = CallKinds.Of(call.Method) switch
        {
            CallKinds.Marker => -1,
            CallKinds.QueryOperator => 0,
            _ => Captured,
        };
        return VisitChildren(call, own, new CallChildren(call));
    }

    private int VisitLambda(LambdaExpression lambda)
    {
        var count = ExpressionAccess.ParameterCount(lambda);
        for (var i = 0; i < count; i++)
        {
            VisitParameter(ExpressionAccess.Parameter(lambda, i));
        }

        var body = Visit(lambda.Body);
        if (IsSlotCandidate(body))
        {
            ConvertChild(lambda.Body, body, _key.Length, _key.Length);
        }

        return 0;
    }

    private int VisitBinary(BinaryExpression b)
    {
        if (b.Method is not null && b.Method.DeclaringType != typeof(string) && b.Method.DeclaringType != typeof(decimal))
        {
            _key.Add(MethodId(b.Method));
        }

        return VisitChildren(b, 0, new FixedChildren(3, b.Left, b.Right, b.Conversion));
    }

    private int VisitNew(NewExpression n)
    {
        if (n.Constructor is not null)
        {
            _key.Add(MethodId(n.Constructor));
        }

        // Only a scalar built from captured values (new DateTime(…)) is one value; an object of captured values
        // (select new { Term = term }) keeps its members apart, each a value.
        return VisitChildren(n, CapturedIfScalar, new NewChildren(n));
    }

    private int VisitMemberInit(MemberInitExpression mi)
    {
        var children = new List<Expression> { mi.NewExpression };
        foreach (var binding in mi.Bindings)
        {
            if (binding is not MemberAssignment assignment)
            {
                throw new NotSupportedException("Only member assignments are supported in object initializers: " + mi);
            }

            _key.Add(BindingTag);
            _key.Add(MemberId(binding.Member));
            children.Add(assignment.Expression);
        }

        return VisitChildren(mi, CapturedIfScalar, new ListChildren(children));
    }

    private int VisitListInit(ListInitExpression li)
    {
        var children = new List<Expression> { li.NewExpression };
        foreach (var init in li.Initializers)
        {
            children.AddRange(init.Arguments);
        }

        return VisitChildren(li, Captured, new ListChildren(children));
    }

    private int VisitTypeBinary(TypeBinaryExpression tb)
    {
        _key.Add(TypeId(tb.TypeOperand));
        return VisitSingle(0, tb.Expression);
    }

    private int VisitConditional(ConditionalExpression c) => VisitChildren(c, 0, new FixedChildren(3, c.Test, c.IfTrue, c.IfFalse));

    // A node is evaluable only if every child is, and reads a captured value if any child does.
    private static int Fold(int all, int child) => ((child & Evaluable) == 0 ? all & ~Evaluable : all) | (child & Captured);

    /// <summary><see cref="VisitChildren"/> for a node with one child (operators, member reads): no bookkeeping spans.</summary>
    private int VisitSingle(int own, Expression? child)
    {
        var start = _key.Length;
        var flags = Visit(child);
        var all = own < 0 ? 0 : Evaluable | own;
        all = Fold(all, flags);
        if ((all & Evaluable) != 0)
        {
            return all;
        }

        if (IsSlotCandidate(flags) && child is not null)
        {
            ConvertChild(child, flags, start, _key.Length);
        }

        return 0;
    }

    // Every entry of the buffers is written before it is read, so the stack memory is not zeroed first (a memset per node).
    [System.Runtime.CompilerServices.SkipLocalsInit]
    private int VisitChildren<TChildren>(Expression node, int own, in TChildren children)
        where TChildren : struct, IChildList
    {
        var count = children.Count;
        Span<int> marks = count <= 16 ? stackalloc int[48] : new int[count * 3];
        var starts = marks[..count];
        var ends = marks.Slice(count, count);
        var flags = marks.Slice(2 * count, count);
        var all = own == CapturedIfScalar ? Evaluable | Captured : own < 0 ? 0 : Evaluable | own;
        for (var i = 0; i < count; i++)
        {
            starts[i] = _key.Length;
            flags[i] = Visit(children[i]);
            ends[i] = _key.Length;
            all = Fold(all, flags[i]);
        }

        // Whether the node's type is a scalar matters only when every child is evaluable: asked only then.
        if ((all & Evaluable) != 0 && (own != CapturedIfScalar || Translation.ScalarTypes.IsScalar(node.Type)))
        {
            return all;
        }

        // This node depends on a lambda parameter (or is a marker, or an object of captured values): its evaluable
        // children become slots.
        for (var i = count - 1; i >= 0; i--)
        {
            if (IsSlotCandidate(flags[i]) && children[i] is { } child)
            {
                ConvertChild(child, flags[i], starts[i], ends[i]);
            }
        }

        return 0;
    }
}
