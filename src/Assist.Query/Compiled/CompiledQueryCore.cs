using System.Linq.Expressions;
using Assist.Query.Caching;
using Assist.Query.Normalization;

namespace Assist.Query.Compiled;

/// <summary>
/// What a compiled query shares across arities: its query tree with the parameters as slots 0 … n − 1 (built once,
/// from the factory's body), and per dialect and null pattern of the arguments the translation plus the values of
/// anything else the body captured (evaluated once, when first compiled).
/// </summary>
internal sealed class CompiledQueryCore
{
    private readonly LambdaExpression _factory;
    private readonly QueryCompiler _compiler = QueryCompiler.Default;
    // A handful of variants (dialects × null patterns): an array read without a lock, replaced whole under the lock.
    private volatile Variant[] _variants = [];
    private readonly Lock _lock = new();

    private IReadOnlyList<Metadata.TableMetadata>? _tables;

    public CompiledQueryCore(LambdaExpression factory)
    {
        _factory = factory;
        _ = Tree(0);
    }

    /// <summary>
    /// The tables the query reads (for a local lake's check before it runs), found once: they do not depend on the
    /// arguments, and what else the body captured was read when it was compiled.
    /// </summary>
    public IReadOnlyList<Metadata.TableMetadata> Tables => _tables ??= Local.QueryTables.Of(_factory.Body);

    /// <summary>The compiled statement and its values for these arguments: slot i is argument i.</summary>
    public (CompiledQuery Query, object?[] Values) Bind(SqlDialect dialect, ReadOnlySpan<object?> arguments)
    {
        var variant = FindOrAdd(dialect, arguments);
        var bound = (object?[])variant.Values.Clone();
        arguments.CopyTo(bound);
        ValueCheck.RunAll(variant.Query.ValueChecks, bound, dialect.Name);
        return (variant.Query, bound);
    }

    /// <summary>
    /// The statement for these arguments. Binds them in a buffer on the stack when the query captured few other values
    /// (the usual case), so a call allocates only what it returns.
    /// </summary>
    public SqlText ToSql(SqlDialect dialect, ReadOnlySpan<object?> arguments)
    {
        var variant = FindOrAdd(dialect, arguments);
        var buffer = default(SlotBuffer);
        Span<object?> bound = variant.Values.Length <= SlotBuffer.Length ? buffer[..variant.Values.Length] : new object?[variant.Values.Length];
        variant.Values.CopyTo(bound);
        arguments.CopyTo(bound);
        ValueCheck.RunAll(variant.Query.ValueChecks, bound, dialect.Name);
        return variant.Query.Template.Render(bound);
    }

    private Variant FindOrAdd(SqlDialect dialect, ReadOnlySpan<object?> arguments)
    {
        var mask = 0;
        for (var i = 0; i < arguments.Length; i++)
        {
            mask |= arguments[i] is null ? 1 << i : 0;
        }

        return Find(dialect, mask) ?? Add(dialect, mask, arguments.Length);
    }

    [System.Runtime.CompilerServices.InlineArray(Length)]
    private struct SlotBuffer
    {
        public const int Length = 8;

        private object? _first;
    }

    private Variant? Find(SqlDialect dialect, int mask)
    {
        foreach (var variant in _variants)
        {
            if (variant.Mask == mask && ReferenceEquals(variant.Dialect, dialect))
            {
                return variant;
            }
        }

        return null;
    }

    private Variant Add(SqlDialect dialect, int mask, int arity)
    {
        lock (_lock)
        {
            if (Find(dialect, mask) is { } known)
            {
                return known;
            }

            var (query, values) = _compiler.Compile(Tree(mask), dialect, arity);
            var variant = new Variant(dialect, mask, query, [.. values]);
            _variants = [.. _variants, variant];
            return variant;
        }
    }

    private sealed record Variant(SqlDialect Dialect, int Mask, CompiledQuery Query, object?[] Values);

    /// <summary>
    /// The query tree for one null pattern: the factory's body with each parameter a slot (a null argument is a NULL
    /// literal in the SQL, so it is its own shape), and each query-building call made a node of the query's tree.
    /// </summary>
    private Expression Tree(int nullMask)
    {
        var slots = new Dictionary<ParameterExpression, Expression>();
        for (var i = 0; i < _factory.Parameters.Count; i++)
        {
            var p = _factory.Parameters[i];
            slots[p] = new SlotExpression(i, p.Type, (nullMask & (1 << i)) != 0, p);
        }

        return new ParameterSlotter(slots).Visit(_factory.Body)
            ?? throw new ArgumentException("A compiled query's body must be a query.", nameof(_factory));
    }

    /// <summary>Puts slots where the factory's parameters are read; the query operators' calls stay as they are.</summary>
    private sealed class ParameterSlotter(Dictionary<ParameterExpression, Expression> slots) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => slots.TryGetValue(node, out var slot) ? slot : node;
    }
}
