using System.Collections;
using System.Linq.Expressions;

namespace Assist.Query.Caching;

/// <summary>
/// For a query object translated before: its compiled query and the nodes to re-read for fresh values. Valid while the
/// re-read values keep the shape (same nullness, same list lengths, same captured queries); otherwise the caller walks.
/// </summary>
internal sealed class RepeatPlan
{
    // The walk's own list, kept rather than copied: nothing adds to it after the walk.
    private readonly List<SlotSource> _sources;
    private readonly int _valueCount;

    public RepeatPlan(QueryCompiler owner, string dialect, CompiledQuery compiled, List<SlotSource> sources, int valueCount)
    {
        Owner = owner;
        Dialect = dialect;
        Compiled = compiled;
        _sources = sources;
        _valueCount = valueCount;
    }

    /// <summary>The compiler whose cache holds <see cref="Compiled"/>.</summary>
    public QueryCompiler Owner { get; }

    public string Dialect { get; }

    public CompiledQuery Compiled { get; }

    /// <summary>Fresh slot values, or null when they no longer fit the compiled shape.</summary>
    public List<object?>? TryReadValues()
    {
        var values = new object?[_valueCount];
        foreach (var source in _sources)
        {
            var value = QueryKeyWalker.Evaluate(source.Node);
            if (source.Query is not null)
            {
                if (!ReferenceEquals(value, source.Query))
                {
                    return null;
                }

                continue;
            }

            if (!source.IsList)
            {
                if ((value is null) != source.WasNull)
                {
                    return null;
                }

                values[source.Start] = value;
                continue;
            }

            // A list: its null items are a flag of the shape (SlotSource.WasNull), not values. A list now null walks again.
            if (value is not IEnumerable items)
            {
                return null;
            }

            var i = 0;
            var sawNull = false;
            foreach (var item in items)
            {
                if (item is null)
                {
                    sawNull = true;
                    continue;
                }

                if (i == source.Count)
                {
                    return null;
                }

                values[source.Start + i++] = item;
            }

            if (i != source.Count || sawNull != source.WasNull)
            {
                return null;
            }
        }

        return [.. values];
    }
}
