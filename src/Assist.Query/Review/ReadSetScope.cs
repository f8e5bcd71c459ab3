using Assist.Query.Ast;

namespace Assist.Query.Review;

/// <summary>The table aliases one SELECT block sees: its own FROM and JOIN sources, then those of enclosing blocks.</summary>
internal sealed class ReadSetScope(ReadSetScope? outer)
{
    private readonly Dictionary<string, Source> _sources = new(StringComparer.Ordinal);

    /// <summary>What an alias stands for: a lake table, or a subquery's output.</summary>
    public sealed record Source(SqlTable? Table, QueryLineage? Query);

    public void Add(string alias, Source source) => _sources[alias] = source;

    /// <summary>The innermost source with the alias, or null.</summary>
    public Source? Find(string alias) =>
        _sources.TryGetValue(alias, out var source) ? source : outer?.Find(alias);
}
