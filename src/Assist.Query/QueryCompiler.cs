using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Runtime.InteropServices;
using Assist.Query.Caching;
using Assist.Query.Normalization;
using Assist.Query.Translation;

namespace Assist.Query;

/// <summary>
/// Compiles queries to SQL: normalizes a query's expression tree (values become slots), translates it to the SQL AST and
/// emits it per dialect, caching each translated shape with its materializers. <see cref="Default"/> serves
/// <c>ToSql</c>, <c>ToListAsync</c> and the other one-liners; tests and benchmarks create their own, so their caches
/// start empty and do not race with other tests.
/// </summary>
/// <remarks>
/// A cache hit costs one walk of the expression tree (key tokens and values, probed without allocating a key) plus
/// rendering the cached template; a miss normalizes, translates and emits once. The lake's metadata comes from
/// <see cref="Metadata.LakeModel"/>, which generated code fills.
/// </remarks>
public sealed class QueryCompiler
{
    private static readonly RepeatPlan[] s_translatedOnce = [];

    private readonly ConcurrentDictionary<ShapeKey, CompiledQuery> _cache = new(ShapeKeyComparer.Instance);
    private readonly ConcurrentDictionary<ShapeKey, CompiledQuery>.AlternateLookup<ReadOnlySpan<long>> _byTokens;

    /// <summary>A compiler with an empty cache.</summary>
    public QueryCompiler() => _byTokens = _cache.GetAlternateLookup<ReadOnlySpan<long>>();

    /// <summary>The process-wide compiler the extension methods use.</summary>
    public static QueryCompiler Default { get; } = new();

    /// <summary>How many translated shapes (per dialect) are cached.</summary>
    public int CachedShapes => _cache.Count;

    /// <summary>The query's SQL for a dialect (see <see cref="QuerySqlExtensions.ToSql{T}(Query{T}, SqlDialect)"/>).</summary>
    /// <exception cref="UntranslatableQueryException">A construct has no translation for the dialect.</exception>
    public SqlText ToSql<T>(Query<T> query, SqlDialect dialect)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(dialect);
        var (compiled, values) = Compile(query, dialect);
        return compiled.Template.Render(CollectionsMarshal.AsSpan(values));
    }

    /// <summary>Compiles a query object; its repeat plans live on the object, so a fresh query costs no side table.</summary>
    internal (CompiledQuery Query, List<object?> Values) Compile(IQueryExpression query, SqlDialect dialect)
    {
        // The same query object translated again (a query kept in a field and run with new captured values) skips the walk.
        var plans = query.RepeatPlans;
        if (plans is not null)
        {
            foreach (var plan in plans)
            {
                if (ReferenceEquals(plan.Owner, this) && ReferenceEquals(plan.Dialect, dialect.Name) && plan.TryReadValues() is { } fresh)
                {
                    ValueCheck.RunAll(plan.Compiled.ValueChecks, CollectionsMarshal.AsSpan(fresh), dialect.Name);
                    return (plan.Compiled, fresh);
                }
            }
        }

        // Where the values came from is needed only to keep a repeat plan (from the second translation on) or on a miss.
        var walker = QueryKeyWalker.Start(query, dialect.Name, recordSources: plans is not null);
        var (compiled, inputs) = Lookup(walker, query, null, dialect);
        ValueCheck.RunAll(compiled.ValueChecks, CollectionsMarshal.AsSpan(inputs.Values), dialect.Name);

        // Most query objects are built, translated once and dropped: the first translation only marks the object, and a
        // plan is kept from the second on (a query held in a field and run again).
        query.RepeatPlans = plans is null
            ? s_translatedOnce
            : [.. plans.Where(p => !ReferenceEquals(p.Owner, this) || !ReferenceEquals(p.Dialect, dialect.Name)),
                new RepeatPlan(this, dialect.Name, compiled, inputs.Sources, inputs.Values.Count)];
        return (compiled, inputs.Values);
    }

    /// <summary>
    /// Compiles a tree in which some values are already slots (<see cref="SlotExpression"/>, a compiled query's
    /// parameters, slots 0 … <paramref name="reservedSlots"/> − 1); returns the translation and every slot's value.
    /// </summary>
    internal (CompiledQuery Query, List<object?> Values) Compile(Expression query, SqlDialect dialect, int reservedSlots)
    {
        var walker = QueryKeyWalker.Start(query, dialect.Name, reservedSlots);
        var (compiled, inputs) = Lookup(walker, null, query, dialect);
        return (compiled, inputs.Values);
    }

    // A query object's tree is built only on a miss: a hit needs just the walk of its records. A walk that skipped the
    // values' sources is repeated with them (the normalizer finds evaluated nodes through them); misses are rare.
    private (CompiledQuery Compiled, QueryInputs Inputs) Lookup(QueryKeyWalker walker, IQueryExpression? query, Expression? tree, SqlDialect dialect)
    {
        var inputs = walker.Inputs;
        if (!_byTokens.TryGetValue(walker.KeyTokens, out var compiled))
        {
            if (query is not null && !walker.RecordsSources)
            {
                walker.Release();
                walker = QueryKeyWalker.Start(query, dialect.Name, recordSources: true);
                inputs = walker.Inputs;
            }

            tree ??= query!.Expression;
            var (statement, shape, checks) = QueryTranslator.Translate(QueryNormalizer.Normalize(tree, inputs), dialect);
            var template = dialect.CreateEmitter().Emit(statement);
            compiled = _cache.GetOrAdd(new ShapeKey(walker.KeyTokens), new CompiledQuery(template, shape, statement, checks));
        }

        walker.Release();
        return (compiled, inputs);
    }
}
