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

        // Only calls are remembered: a query object used twice (a self-join, a captured query read twice) is a call of
        // a query operator, and the translator finds it by identity to emit it once as a WITH entry. Any other node met
        // twice may be copied twice; remembering every node cost a dictionary entry per node of every miss.
        var remember = node.NodeType == ExpressionType.Call;
        if (remember && _done.TryGetValue(node, out var done))
        {
            return done;
        }

        Expression result;
        if (!_inputs.Evaluated.TryGetValue(node, out var source))
        {
            result = base.Visit(node)!;
        }
        else if (source.Query is not null)
        {
            result = Visit(source.Query.Expression)!;
        }
        else if (source.IsList)
        {
            result = new ListSlotExpression(source.Start, source.Count, source.WasNull, node.Type);
        }
        else
        {
            result = new SlotExpression(source.Start, node.Type, source.WasNull, node);
        }

        if (remember)
        {
            _done[node] = result;
        }

        return result;
    }
}
