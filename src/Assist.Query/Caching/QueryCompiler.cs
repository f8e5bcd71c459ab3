using System.Collections.Concurrent;
using System.Linq.Expressions;
using Assist.Query.Translation;

namespace Assist.Query.Caching;

/// <summary>
/// Translation with a cache keyed by query shape and dialect. A hit costs one walk of the expression tree (key tokens
/// and values, probed without allocating a key) plus rendering the cached template; a miss translates and emits once.
/// </summary>
internal static class QueryCompiler
{
    private static readonly ConcurrentDictionary<ShapeKey, CompiledQuery> s_cache = new(ShapeKeyComparer.Instance);
    private static readonly ConcurrentDictionary<ShapeKey, CompiledQuery>.AlternateLookup<ReadOnlySpan<long>> s_byTokens =
        s_cache.GetAlternateLookup<ReadOnlySpan<long>>();

    /// <summary>How many shapes are cached (for tests).</summary>
    public static int CachedShapes => s_cache.Count;

    /// <summary>Compiles a query object; its repeat plans live on the object, so a fresh query costs no side table.</summary>
    public static (CompiledQuery Query, List<object?> Values) Compile(IQueryExpression query, SqlDialect dialect)
    {
        // The same query object translated again (a query kept in a field and run with new captured values) skips the walk.
        var plans = query.RepeatPlans;
        if (plans is not null)
        {
            foreach (var plan in plans)
            {
                if (ReferenceEquals(plan.Dialect, dialect.Name) && plan.TryReadValues() is { } fresh)
                {
                    return (plan.Compiled, fresh);
                }
            }
        }

        var (compiled, inputs) = Compile(query.Expression, dialect);
        var repeat = new RepeatPlan(dialect.Name, compiled, inputs.Sources, inputs.Values.Count);
        query.RepeatPlans = plans is null ? [repeat] : [.. plans.Where(p => !ReferenceEquals(p.Dialect, dialect.Name)), repeat];
        return (compiled, inputs.Values);
    }

    private static (CompiledQuery Compiled, QueryInputs Inputs) Compile(Expression query, SqlDialect dialect)
    {
        var walker = QueryKeyWalker.Start(query, dialect.Name);
        var inputs = walker.Inputs;
        if (!s_byTokens.TryGetValue(walker.KeyTokens, out var compiled))
        {
            var (statement, shape) = QueryTranslator.Translate(query, dialect, inputs);
            var template = dialect.CreateEmitter().Emit(statement);
            compiled = s_cache.GetOrAdd(new ShapeKey(walker.KeyTokens), new CompiledQuery(template, shape, statement));
        }

        walker.Release();
        return (compiled, inputs);
    }
}
