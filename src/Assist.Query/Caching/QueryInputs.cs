using System.Linq.Expressions;

namespace Assist.Query.Caching;

/// <summary>
/// What one pass over a query's expression tree yields: the structural key of its shape (values replaced by slots),
/// the slot values, and which nodes became slots or inlined queries (<see cref="Sources"/>). The lookups by node that
/// the normalizer needs are built from <see cref="Sources"/> on first use: a cache hit never needs them, and hashing
/// every evaluated node of a freshly built tree by identity is a measurable part of a hit.
/// </summary>
internal sealed class QueryInputs
{
    private Dictionary<Expression, int>? _slots;
    private Dictionary<Expression, (int Start, int Count, bool HasNull)>? _listSlots;
    private Dictionary<Expression, Expression>? _inlinedQueries;

    /// <summary>The shape key; set only when a key object is needed (a cache miss, tests), a hit probes with the tokens.</summary>
    public ShapeKey? Key { get; set; }

    public List<object?> Values { get; } = [];

    /// <summary>The evaluated nodes in evaluation order (for <see cref="RepeatPlan"/> and the lookups below).</summary>
    public List<SlotSource> Sources { get; } = [];

    /// <summary>Nodes evaluated once on the client into a parameter value (closure variables, constant sub-expressions).</summary>
    public Dictionary<Expression, int> Slots
    {
        get
        {
            BuildLookups();
            return _slots!;
        }
    }

    /// <summary>Captured collections (for IN lists): first slot, count of non-null items, and whether a null was left out.</summary>
    public Dictionary<Expression, (int Start, int Count, bool HasNull)> ListSlots
    {
        get
        {
            BuildLookups();
            return _listSlots!;
        }
    }

    /// <summary>Captured queries used inside lambdas, replaced by their own expression trees.</summary>
    public Dictionary<Expression, Expression> InlinedQueries
    {
        get
        {
            BuildLookups();
            return _inlinedQueries!;
        }
    }

    private void BuildLookups()
    {
        if (_slots is not null)
        {
            return;
        }

        var slots = new Dictionary<Expression, int>(ReferenceEqualityComparer.Instance);
        _listSlots = new(ReferenceEqualityComparer.Instance);
        _inlinedQueries = new(ReferenceEqualityComparer.Instance);
        foreach (var source in Sources)
        {
            if (source.Query is not null)
            {
                _inlinedQueries[source.Node] = source.Query;
            }
            else if (source.IsList)
            {
                _listSlots[source.Node] = (source.Start, source.Count, source.WasNull);
            }
            else
            {
                slots[source.Node] = source.Start;
            }
        }

        _slots = slots;
    }
}
