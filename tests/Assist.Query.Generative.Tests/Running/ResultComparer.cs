using System.Globalization;
using System.Reflection;

namespace Assist.Query.Generative.Tests.Running;

/// <summary>
/// Compares result rows with C# equality, doubles to 1e-9 relative: as lists when the query orders totally, else as
/// multisets (both sides sorted by a canonical text of each row).
/// </summary>
public static class ResultComparer
{
    private const double RelativeTolerance = 1e-9;

    /// <summary>Null when the rows are the same; otherwise a description of the first difference.</summary>
    public static string? Difference(IReadOnlyList<object?> expected, IReadOnlyList<object?> actual, bool ordered)
    {
        var e = expected.Select(Flatten).ToList();
        var a = actual.Select(Flatten).ToList();
        if (!ordered)
        {
            e.Sort((x, y) => string.CompareOrdinal(Key(x), Key(y)));
            a.Sort((x, y) => string.CompareOrdinal(Key(x), Key(y)));
        }

        if (e.Count != a.Count)
        {
            return $"expected {e.Count} rows, got {a.Count}";
        }

        for (var i = 0; i < e.Count; i++)
        {
            if (e[i].Count != a[i].Count || e[i].Zip(a[i]).Any(p => !Same(p.First, p.Second)))
            {
                return $"row {i}: expected {Text(e[i])}, got {Text(a[i])}";
            }
        }

        return null;
    }

    /// <summary>The rows as text, one per line, for reports.</summary>
    public static string Describe(IEnumerable<object?> rows, bool ordered)
    {
        var lines = rows.Select(r => Text(Flatten(r))).ToList();
        if (!ordered)
        {
            lines.Sort(StringComparer.Ordinal);
        }

        return lines.Count == 0 ? "(no rows)" : string.Join("\n", lines);
    }

    /// <summary>A row's leaf values: an entity's or projection's properties by name, or the value itself.</summary>
    public static List<object?> Flatten(object? row)
    {
        if (row is null || IsLeaf(row.GetType()))
        {
            return [row];
        }

        return [.. row.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .SelectMany(p => Flatten(p.GetValue(row)))];
    }

    private static bool IsLeaf(Type type) =>
        type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal) || type == typeof(DateTime) || type == typeof(DateOnly);

    private static bool Same(object? expected, object? actual)
    {
        if (expected is double e && actual is double a)
        {
            return e.Equals(a) || Math.Abs(e - a) <= RelativeTolerance * Math.Max(Math.Abs(e), Math.Abs(a)) || Math.Abs(e - a) < 1e-12;
        }

        return string.Equals(Leaf(expected), Leaf(actual), StringComparison.Ordinal);
    }

    private static string Key(List<object?> row) => string.Join("|", row.Select(v => v is double d ? d.ToString("G6", CultureInfo.InvariantCulture) : Leaf(v)));

    private static string Text(List<object?> row) => "(" + string.Join(", ", row.Select(Leaf)) + ")";

    private static string Leaf(object? value) => value switch
    {
        null => "null",
        string s => "\"" + s + "\"",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        DateTime t => t.ToString("yyyy-MM-dd HH:mm:ss.ffffff", CultureInfo.InvariantCulture),
        Enum en => en.GetType().Name + "." + en,
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "?",
    };
}
