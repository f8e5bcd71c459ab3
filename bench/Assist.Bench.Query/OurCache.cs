using System.Collections;
using System.Reflection;
using Assist.Query;

namespace Assist.Bench.Query;

/// <summary>
/// Empties Assist.Query's translation cache so a benchmark can measure a cache miss. Assist.Query keeps the cache
/// private (no public API should let users drop it), so the benchmark reaches the static dictionary by reflection
/// and fails loudly if the field moves.
/// </summary>
internal static class OurCache
{
    private const string CompilerType = "Assist.Query.Caching.QueryCompiler";
    private const string CacheField = "s_cache";

    private static readonly IDictionary s_cache = FindCache();

    public static void Clear() => s_cache.Clear();

    public static int Count => s_cache.Count;

    private static IDictionary FindCache()
    {
        var compiler = typeof(SqlDialect).Assembly.GetType(CompilerType)
            ?? throw new InvalidOperationException($"{CompilerType} is gone; update OurCache.cs to clear the translation cache.");
        var field = compiler.GetField(CacheField, BindingFlags.NonPublic | BindingFlags.Static)
            ?? throw new InvalidOperationException($"{CompilerType}.{CacheField} is gone; update OurCache.cs to clear the translation cache.");
        return field.GetValue(null) as IDictionary
            ?? throw new InvalidOperationException($"{CompilerType}.{CacheField} is not a dictionary; update OurCache.cs.");
    }
}
