using System.Linq.Expressions;

namespace Assist.Query.Caching;

/// <summary>Where a slot's value came from, so a repeated translation of the same tree can re-read it without a walk.</summary>
/// <param name="Node">The evaluated node.</param>
/// <param name="Start">Its first slot.</param>
/// <param name="Count">Slots it filled: 1 for a value, n for a captured list, 0 for an inlined query.</param>
/// <param name="WasNull">The value was null, or for a list: a null item was left out (either changes the SQL).</param>
/// <param name="IsList">A captured collection (an IN list), whatever its length.</param>
/// <param name="Query">For an inlined query: the query object it stood for.</param>
internal readonly record struct SlotSource(Expression Node, int Start, int Count, bool WasNull, bool IsList, IQueryExpression? Query);
