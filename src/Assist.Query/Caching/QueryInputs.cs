using System.Linq.Expressions;

namespace Assist.Query.Caching;

/// <summary>
/// What one pass over a query's expression tree yields: the structural key of its shape (values replaced by slots),
/// the slot values, and (for a cache miss) which nodes became slots or inlined queries. The dictionaries are created on
/// first use: a cache hit on a query with one captured value pays for one.
/// </summary>
internal sealed class QueryInputs
{
    private Dictionary<Expression, int>? _slots;
    private Dictionary<Expression, (int Start, int Count, bool HasNull)>? _listSlots;
    private Dictionary<Expression, Expression>? _inlinedQueries;

    /// <summary>The shape key; set only when a key object is needed (a cache miss, tests), a hit probes with the tokens.</summary>
    public ShapeKey? Key { get; set; }

    public List<object?> Values { get; } = [];

    /// <summary>The evaluated nodes in evaluation order (for <see cref="RepeatPlan"/>).</summary>
    public List<SlotSource> Sources { get; } = [];

    /// <summary>Nodes evaluated once on the client into a parameter value (closure variables, constant sub-expressions).</summary>
    public Dictionary<Expression, int> Slots => _slots ??= new(ReferenceEqualityComparer.Instance);

    /// <summary>Captured collections (for IN lists): first slot, count of non-null items, and whether a null was left out.</summary>
    public Dictionary<Expression, (int Start, int Count, bool HasNull)> ListSlots => _listSlots ??= new(ReferenceEqualityComparer.Instance);

    /// <summary>Captured queries used inside lambdas, replaced by their own expression trees.</summary>
    public Dictionary<Expression, Expression> InlinedQueries => _inlinedQueries ??= new(ReferenceEqualityComparer.Instance);
}
