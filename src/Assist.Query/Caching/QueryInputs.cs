using System.Linq.Expressions;

namespace Assist.Query.Caching;

/// <summary>
/// What one pass over a query's expression tree yields: the structural key of its shape (values replaced by slots),
/// the slot values, and which nodes became slots or inlined queries (<see cref="Sources"/>). The lookup by node that
/// the normalizer needs is built from <see cref="Sources"/> on first use: a cache hit never needs it, and hashing
/// evaluated nodes of a freshly built tree by identity was a measurable part of a hit.
/// </summary>
internal sealed class QueryInputs
{
    private Dictionary<Expression, SlotSource>? _evaluated;
    private List<SlotSource>? _sources;

    /// <summary>The shape key; set only when a key object is needed (a cache miss, tests), a hit probes with the tokens.</summary>
    public ShapeKey? Key { get; set; }

    public List<object?> Values { get; } = [];

    /// <summary>The evaluated nodes in evaluation order (for <see cref="RepeatPlan"/> and <see cref="Evaluated"/>).</summary>
    public List<SlotSource> Sources => _sources ??= [];

    /// <summary>
    /// The evaluated nodes by identity: closure variables and constant sub-expressions (one value slot), captured
    /// collections (an IN list of slots) and captured queries (spliced in). Built on first use, by the normalizer.
    /// </summary>
    public Dictionary<Expression, SlotSource> Evaluated
    {
        get
        {
            if (_evaluated is null)
            {
                var evaluated = new Dictionary<Expression, SlotSource>(Sources.Count, ReferenceEqualityComparer.Instance);
                foreach (var source in Sources)
                {
                    evaluated[source.Node] = source;
                }

                _evaluated = evaluated;
            }

            return _evaluated;
        }
    }
}
