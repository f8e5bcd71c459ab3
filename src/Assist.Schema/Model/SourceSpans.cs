using System.Collections.Generic;
using System.Collections.ObjectModel;

namespace Assist.Schema.Model;

/// <summary>Helpers for the per-key value spans every model record carries.</summary>
public static class SourceSpans
{
    /// <summary>The shared empty map (models built in code have no file positions).</summary>
    public static IReadOnlyDictionary<string, SourceSpan> Empty { get; } = new ReadOnlyDictionary<string, SourceSpan>(new Dictionary<string, SourceSpan>());

    /// <summary>The span of <paramref name="key"/>'s value, or <paramref name="fallback"/> when it was not written.</summary>
    public static SourceSpan At(this IReadOnlyDictionary<string, SourceSpan> spans, string key, SourceSpan fallback) =>
        spans.TryGetValue(key, out var span) ? span : fallback;
}
