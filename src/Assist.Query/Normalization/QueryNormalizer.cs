using System.Linq.Expressions;
using Assist.Query.Caching;

namespace Assist.Query.Normalization;

/// <summary>
/// The first stage of compilation (EF Core's funcletizer model): turns a query's expression tree into a new,
/// normalized tree that the translator consumes. Captured values become <see cref="SlotExpression"/>s, captured
/// collections <see cref="ListSlotExpression"/>s, and captured queries are spliced in (a query captured twice is
/// spliced as one node, so the translator can emit it once as a WITH entry). The normalized tree holds no value: the
/// translator cannot read one, and the cache key (<see cref="QueryKeyWalker"/>, one walk over the same structure)
/// describes exactly this tree.
/// </summary>
internal sealed class QueryNormalizer : ExpressionVisitor
{
    private readonly QueryInputs _inputs;
    private readonly Dictionary<Expression, Expression> _done = new(ReferenceEqualityComparer.Instance);

    private QueryNormalizer(QueryInputs inputs) => _inputs = inputs;

    /// <summary>The normalized tree of a query whose walk produced <paramref name="inputs"/>.</summary>
    public static Expression Normalize(Expression query, QueryInputs inputs) => new QueryNormalizer(inputs).Visit(query)!;

    public override Expression? Visit(Expression? node)
    {
        if (node is null)
        {
            return null;
        }

        if (_done.TryGetValue(node, out var done))
        {
            return done;
        }

        Expression result;
        if (_inputs.Slots.TryGetValue(node, out var slot))
        {
            result = new SlotExpression(slot, node.Type, _inputs.Values[slot] is null, node);
        }
        else if (_inputs.ListSlots.TryGetValue(node, out var list))
        {
            result = new ListSlotExpression(list.Start, list.Count, list.HasNull, node.Type);
        }
        else if (_inputs.InlinedQueries.TryGetValue(node, out var inlined))
        {
            result = Visit(inlined)!;
        }
        else
        {
            result = base.Visit(node)!;
        }

        _done[node] = result;
        return result;
    }
}
