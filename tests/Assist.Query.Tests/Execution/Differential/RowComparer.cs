using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text;
using Xunit;

namespace Assist.Query.Tests.Execution.Differential;

/// <summary>Compares query results with LINQ-to-Objects results, as lists or as multisets, via a canonical text per row.</summary>
public static class RowComparer
{
    public static void Same<T>(IEnumerable<T> expected, IEnumerable<T> actual, bool ordered)
    {
        var e = expected.Select(x => Text(x)).ToList();
        var a = actual.Select(x => Text(x)).ToList();
        if (!ordered)
        {
            e.Sort(StringComparer.Ordinal);
            a.Sort(StringComparer.Ordinal);
        }

        Assert.NotEmpty(e);
        Assert.Equal(string.Join("\n", e), string.Join("\n", a));
    }

    public static string Text(object? value)
    {
        var sb = new StringBuilder();
        Write(sb, value);
        return sb.ToString();
    }

    private static void Write(StringBuilder sb, object? value)
    {
        switch (value)
        {
            case null:
                sb.Append("null");
                return;
            case string s:
                sb.Append('"').Append(s).Append('"');
                return;
            case double d:
                sb.Append(d.ToString("G10", CultureInfo.InvariantCulture));
                return;
            case DateTime t:
                sb.Append(t.ToString("yyyy-MM-dd HH:mm:ss.ffffff", CultureInfo.InvariantCulture));
                return;
            case IFormattable f when value.GetType().IsPrimitive || value.GetType().IsEnum || value is decimal or DateOnly:
                sb.Append(f.ToString(null, CultureInfo.InvariantCulture));
                return;
            case bool b:
                sb.Append(b);
                return;
            case IEnumerable list:
                sb.Append('[');
                foreach (var item in list)
                {
                    Write(sb, item);
                    sb.Append(',');
                }

                sb.Append(']');
                return;
        }

        sb.Append('{');
        foreach (var p in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            sb.Append(p.Name).Append('=');
            Write(sb, p.GetValue(value));
            sb.Append(';');
        }

        sb.Append('}');
    }
}
