using System.Collections;
using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.InteropServices;

namespace Assist.Query.Caching;

/// <summary>Turning evaluable sub-trees into slots or inlined queries; identities of types and members.</summary>
internal sealed partial class QueryKeyWalker
{
    // Only an evaluable sub-tree that reads a captured value becomes a slot (or an inlined query); a literal stays in the key.
    // Checked by the callers: most children are not candidates, and the call itself was a measurable part of a walk.
    private static bool IsSlotCandidate(int flags) => (flags & (Evaluable | Captured)) == (Evaluable | Captured);

    private void ConvertChild(Expression child, int flags, int start, int end)
    {
        // A boxed captured value (`text + captured`, an object parameter): the value becomes the slot and the boxing
        // stays in the tree, so the translator sees the value's own type (a captured int prints, a captured double is
        // refused as a double, not as an Object). A Convert node's operand lies between its two head tokens and Close.
        if (child is UnaryExpression { NodeType: ExpressionType.Convert, Method: null } box && box.Type == typeof(object)
            && box.Operand.Type != typeof(object) && Translation.ScalarTypes.IsScalar(box.Operand.Type) && end - start > 3)
        {
            ConvertChild(box.Operand, flags, start + 2, end - 1);
            return;
        }

        object? value;
        try
        {
            value = Evaluate(child);
        }
        catch (Exception e) when (e is not UntranslatableQueryException)
        {
            // C# might never evaluate it (a `??` or `?:` branch, a projection of no rows); the query evaluates captured
            // sub-expressions once, up front, so one that throws is refused with what it threw.
            var inner = e is System.Reflection.TargetInvocationException { InnerException: { } thrown } ? thrown : e;
            throw new UntranslatableQueryException(
                "a captured expression that throws when evaluated before the query runs (" + inner.GetType().Name + ": " + inner.Message + ")",
                _dialect, child.ToString());
        }

        if (value is IQueryExpression query)
        {
            var saved = _key;
            _key = new KeyBuffer(128);
            _key.Add(QueryTag);
            VisitQuery(query);
            _key.Add(Close);
            var inner = _key;
            _key = saved;
            _key.Replace(start, end, inner.Span);
            AddSource(new SlotSource(child, 0, 0, false, false, query));
            return;
        }

        Span<long> marker = stackalloc long[3];
        if (value is IEnumerable sequence and not string)
        {
            // A null item is left out of the IN list and kept as a flag in the shape: `x IN (…, NULL)` never matches a
            // null x, while C#'s Contains(null) does (the SQL adds `OR x IS NULL`).
            var first = _inputs.Values.Count;
            var hasNull = false;
            foreach (var item in sequence)
            {
                if (item is null)
                {
                    hasNull = true;
                }
                else
                {
                    _inputs.Values.Add(item);
                }
            }

            var count = _inputs.Values.Count - first;
            AddSource(new SlotSource(child, first, count, hasNull, true, null));
            marker[0] = ListSlotTag;
            marker[1] = count;
            marker[2] = hasNull ? 1 : 0;
        }
        else
        {
            AddSource(new SlotSource(child, _inputs.Values.Count, 1, value is null, false, null));
            _inputs.Values.Add(value);

            // A null value changes the SQL (IS NULL instead of = ?), so it is part of the shape.
            marker = marker[..1];
            marker[0] = value is null ? NullSlotTag : SlotTag;
        }

        _key.Replace(start, end, marker);
    }

    // Sources serve a cache miss (the normalizer finds evaluated nodes by them) and a query object translated again (its
    // repeat plan re-reads them). A fresh object's first translation that hits the cache needs neither: it skips them.
    private void AddSource(SlotSource source)
    {
        if (_recordSources)
        {
            _inputs.Sources.Add(source);
        }
    }

    /// <summary>A literal's bits, exact per type (the node's type handle precedes them): 1.0m and 1.00m stay apart, as their SQL does.</summary>
    private void AddBits(object value)
    {
        switch (value)
        {
            case decimal d:
                Span<int> parts = stackalloc int[4];
                decimal.GetBits(d, parts);
                _key.Add(((long)parts[0] << 32) | (uint)parts[1]);
                _key.Add(((long)parts[2] << 32) | (uint)parts[3]);
                break;
            case Guid g:
                Span<long> halves = stackalloc long[2];
                MemoryMarshal.Write(MemoryMarshal.AsBytes(halves), in g);
                _key.Add(halves[0]);
                _key.Add(halves[1]);
                break;
            case DateTime t:
                _key.Add(t.ToBinary());
                break;
            case DateOnly day:
                _key.Add(day.DayNumber);
                break;
            case double x:
                _key.Add(BitConverter.DoubleToInt64Bits(x));
                break;
            case float x:
                _key.Add(BitConverter.SingleToInt32Bits(x));
                break;
            case ulong n:
                _key.Add(unchecked((long)n));
                break;
            case nint n:
                _key.Add(n);
                break;
            case nuint n:
                _key.Add(unchecked((long)n));
                break;
            case Enum e when e.GetTypeCode() == TypeCode.UInt64:
                _key.Add(unchecked((long)Convert.ToUInt64(e, System.Globalization.CultureInfo.InvariantCulture)));
                break;
            default:
                // The remaining primitives (and enums over them) fit a long exactly.
                _key.Add(Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture));
                break;
        }
    }

    private static bool IsSpan(Type type) =>
        type.IsGenericType && (type.GetGenericTypeDefinition() == typeof(ReadOnlySpan<>) || type.GetGenericTypeDefinition() == typeof(Span<>));

    private static Expression SpanSource(Expression node) => node switch
    {
        MethodCallExpression { Method.Name: "op_Implicit", Arguments.Count: 1 } call => call.Arguments[0],
        UnaryExpression { NodeType: ExpressionType.Convert } u => u.Operand,
        _ => throw new NotSupportedException("A span value that is not a converted array: " + node),
    };

    /// <summary>Evaluates a parameter-free sub-tree: reflection for member reads, an interpreted lambda otherwise.</summary>
    public static object? Evaluate(Expression node)
    {
        if (IsSpan(node.Type))
        {
            // C# 14 binds array.Contains(x) to MemoryExtensions over an implicit array-to-span conversion: read the array.
            return Evaluate(SpanSource(node));
        }

        switch (node)
        {
            case ConstantExpression c:
                return c.Value;
            case MemberExpression m when m.Member is FieldInfo field:
                return field.GetValue(m.Expression is null ? null : Evaluate(m.Expression));
            case MemberExpression m when m.Member is PropertyInfo property:
                return property.GetValue(m.Expression is null ? null : Evaluate(m.Expression));
            case UnaryExpression { NodeType: ExpressionType.Convert } u when Nullable.GetUnderlyingType(u.Type) == u.Operand.Type || u.Type == typeof(object):
                return Evaluate(u.Operand);

            default:
                // C# 14 binds array.Contains(x) to a span overload the expression interpreter cannot run: over the array instead.
                var runnable = SpanContainsRewriter.Instance.Visit(node);
                return Expression.Lambda<Func<object?>>(Expression.Convert(runnable, typeof(object))).Compile(preferInterpretation: true)();
        }
    }

    private static long TypeId(Type type) => type.TypeHandle.Value;

    // A method's (or a property's getter's) handle: unique per method, cheap to read. A method shared by instantiations of a
    // generic type (List<A>.Count, List<B>.Count) shares a handle, but the key also holds the types of the node and of its
    // operands, which tell them apart.
    private static long MethodId(MethodBase method) => method.MethodHandle.Value;

    // Properties first: a member access reads a property far more often than a field, and every failed type test walks
    // the member's class hierarchy.
    private static long MemberId(MemberInfo member) => member switch
    {
        PropertyInfo { GetMethod: { } getter } => getter.MethodHandle.Value,
        FieldInfo field => field.FieldHandle.Value,
        MethodBase method => method.MethodHandle.Value,
        _ => ((long)member.MetadataToken << 20) ^ member.Module.MetadataToken ^ member.DeclaringType!.TypeHandle.Value,
    };
}
