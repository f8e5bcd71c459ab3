using System.Globalization;
using System.Text;

namespace Assist.Query.Dialects;

/// <summary>
/// Typed SQL literals that read the same in Trino and DuckDB: strings with doubled quotes, <c>TRUE</c>/<c>FALSE</c>
/// (docs/dialects.md #29), doubles with an exponent (a plain <c>1.5</c> is a DECIMAL in both), microsecond timestamps
/// (<c>TIMESTAMP '…000000'</c>, docs/dialects.md #10). Invariant culture throughout.
/// </summary>
internal static class SqlLiterals
{
    public static string Render(object? value)
    {
        switch (value)
        {
            case null:
                return "NULL";
            case string s:
                return Quote(s);
            case char c:
                return Quote(c.ToString());
            case bool b:
                return b ? "TRUE" : "FALSE";
            case Enum e:
                return Convert.ToInt64(e, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);
            case int or long or short or byte or sbyte or ushort or uint:
                return Convert.ToString(value, CultureInfo.InvariantCulture)!;
            case double d:
                return Double(d);
            case float f:
                return Double(f);
            case decimal m:
                return m.ToString(CultureInfo.InvariantCulture);
            case DateTime t:
                return "TIMESTAMP '" + t.ToString("yyyy-MM-dd HH:mm:ss.ffffff", CultureInfo.InvariantCulture) + "'";
            case DateOnly d:
                return "DATE '" + d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "'";
            case Guid g:
                return Quote(g.ToString());
            default:
                throw new NotSupportedException("No SQL literal for a value of type " + value.GetType().Name + ".");
        }
    }

    public static string Quote(string s)
    {
        var sb = new StringBuilder(s.Length + 2);
        sb.Append('\'');
        foreach (var c in s)
        {
            sb.Append(c);
            if (c == '\'')
            {
                sb.Append('\'');
            }
        }

        return sb.Append('\'').ToString();
    }

    private static string Double(double d)
    {
        if (double.IsNaN(d) || double.IsInfinity(d))
        {
            throw new NotSupportedException("NaN and infinity have no portable SQL literal.");
        }

        var text = d.ToString("R", CultureInfo.InvariantCulture);
        return text.Contains('E', StringComparison.Ordinal) ? text : text + "E0";
    }
}
