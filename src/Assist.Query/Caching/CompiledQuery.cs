using Assist.Query.Dialects;
using Assist.Query.Translation;

namespace Assist.Query.Caching;

/// <summary>One translated query shape for one dialect: its SQL template and row shape (and, once run, its materializer).</summary>
internal sealed class CompiledQuery
{
    public CompiledQuery(SqlTemplate template, Shape shape, IReadOnlyList<ValueCheck> valueChecks)
    {
        Template = template;
        Shape = shape;
        ValueChecks = valueChecks;
    }

    /// <summary>Rules on captured values (run on every bind: the cache is keyed by shape, not by value).</summary>
    public IReadOnlyList<ValueCheck> ValueChecks { get; }

    public SqlTemplate Template { get; }

    public Shape Shape { get; }

    /// <summary>The compiled row reader (a <c>Func&lt;DbDataReader, T&gt;</c>), built on first execution.</summary>
    public Delegate? Materializer { get; set; }
}
