using System.Globalization;
using System.Reflection;

namespace Assist.Cli.Demo;

/// <summary>Prints records as an aligned text table: numbers right-aligned, doubles with three decimals, months as yyyy-MM.</summary>
internal static class TextTable
{
    /// <summary>Writes the first <paramref name="limit"/> rows of <paramref name="rows"/> and a line saying how many there were.</summary>
    public static void Write<T>(TextWriter writer, IReadOnlyList<T> rows, int limit)
    {
        var properties = typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance);
        var shown = rows.Take(limit).ToList();
        var cells = shown.Select(row => properties.Select(p => Format(p.GetValue(row))).ToArray()).ToList();
        var widths = properties.Select((p, i) => Math.Max(p.Name.Length, cells.Count == 0 ? 0 : cells.Max(c => c[i].Length))).ToArray();
        var numeric = properties.Select(p => IsNumeric(p.PropertyType)).ToArray();

        writer.WriteLine("  " + string.Join("  ", properties.Select((p, i) => Pad(p.Name, widths[i], numeric[i]))));
        writer.WriteLine("  " + string.Join("  ", widths.Select(w => new string('-', w))));
        foreach (var row in cells)
        {
            writer.WriteLine("  " + string.Join("  ", row.Select((c, i) => Pad(c, widths[i], numeric[i]))));
        }

        var more = rows.Count > shown.Count ? $" (first {shown.Count} shown)" : "";
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {rows.Count:N0} rows{more}"));
    }

    private static string Pad(string text, int width, bool right) => right ? text.PadLeft(width) : text.PadRight(width);

    private static bool IsNumeric(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        return t == typeof(int) || t == typeof(long) || t == typeof(double) || t == typeof(float) || t == typeof(decimal);
    }

    private static string Format(object? value) => value switch
    {
        null => "NULL",
        double d => d.ToString("F3", CultureInfo.InvariantCulture),
        float f => f.ToString("F3", CultureInfo.InvariantCulture),
        DateTime { Day: 1, Hour: 0, Minute: 0, Second: 0 } month => month.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        DateTime t => t.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
