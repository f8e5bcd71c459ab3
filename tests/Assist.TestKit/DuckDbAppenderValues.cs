using System.Collections;
using System.Globalization;
using System.Reflection;
using DuckDB.NET.Data;

namespace Assist.TestKit;

/// <summary>
/// Appends one boxed entity property value to a DuckDB appender row as the CLR type the column's DuckDB type
/// expects (the appender does not convert between numeric types itself). Enums become their integer value.
/// </summary>
internal static class DuckDbAppenderValues
{
    private static readonly MethodInfo s_appendEnumerable = typeof(IDuckDBAppenderRow)
        .GetMethods()
        .Single(m => m.Name == nameof(IDuckDBAppenderRow.AppendValue)
            && m.IsGenericMethodDefinition
            && m.GetParameters()[0].ParameterType.IsGenericType
            && m.GetParameters()[0].ParameterType.GetGenericTypeDefinition() == typeof(IEnumerable<>));

    public static IDuckDBAppenderRow Append(IDuckDBAppenderRow row, string duckDbType, object? value)
    {
        if (value is null)
        {
            return row.AppendNullValue();
        }

        if (duckDbType.EndsWith("[]", StringComparison.Ordinal))
        {
            return AppendList(row, duckDbType[..^2], value);
        }

        var inv = CultureInfo.InvariantCulture;
        return duckDbType switch
        {
            "BOOLEAN" => row.AppendValue((bool?)Convert.ToBoolean(value, inv)),
            "INTEGER" => row.AppendValue((int?)Convert.ToInt32(value, inv)),
            "BIGINT" => row.AppendValue((long?)Convert.ToInt64(value, inv)),
            "FLOAT" => row.AppendValue((float?)Convert.ToSingle(value, inv)),
            "DOUBLE" => row.AppendValue((double?)Convert.ToDouble(value, inv)),
            "VARCHAR" => row.AppendValue(Convert.ToString(value, inv)),
            "BLOB" => row.AppendValue((byte[])value),
            "DATE" => row.AppendValue((DateOnly?)ToDateOnly(value)),
            "TIMESTAMP" => row.AppendValue((DateTime?)ToDateTime(value)),
            "TIMESTAMPTZ" => row.AppendValue((DateTimeOffset?)ToDateTimeOffset(value)),
            _ when duckDbType.StartsWith("DECIMAL", StringComparison.Ordinal) => row.AppendValue((decimal?)Convert.ToDecimal(value, inv)),
            _ => throw new NotSupportedException($"The test database cannot append a {value.GetType().Name} to a {duckDbType} column."),
        };
    }

    /// <summary>The CLR element type the appender expects for a list of <paramref name="duckDbElementType"/>.</summary>
    private static Type ElementClrType(string duckDbElementType) => duckDbElementType switch
    {
        "BOOLEAN" => typeof(bool),
        "INTEGER" => typeof(int),
        "BIGINT" => typeof(long),
        "FLOAT" => typeof(float),
        "DOUBLE" => typeof(double),
        "VARCHAR" => typeof(string),
        "DATE" => typeof(DateOnly),
        "TIMESTAMP" => typeof(DateTime),
        "TIMESTAMPTZ" => typeof(DateTimeOffset),
        _ when duckDbElementType.StartsWith("DECIMAL", StringComparison.Ordinal) => typeof(decimal),
        _ => throw new NotSupportedException($"The test database cannot append lists of {duckDbElementType}."),
    };

    private static IDuckDBAppenderRow AppendList(IDuckDBAppenderRow row, string duckDbElementType, object value)
    {
        var elementType = ElementClrType(duckDbElementType);
        var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(elementType))!;
        foreach (var element in (IEnumerable)value)
        {
            list.Add(element is null ? null : ConvertScalar(element, elementType));
        }

        return (IDuckDBAppenderRow)s_appendEnumerable.MakeGenericMethod(elementType).Invoke(row, [list])!;
    }

    private static object ConvertScalar(object value, Type target)
    {
        if (target == typeof(DateOnly))
        {
            return ToDateOnly(value);
        }

        if (target == typeof(DateTime))
        {
            return ToDateTime(value);
        }

        if (target == typeof(DateTimeOffset))
        {
            return ToDateTimeOffset(value);
        }

        return Convert.ChangeType(value, target, CultureInfo.InvariantCulture);
    }

    private static DateOnly ToDateOnly(object value) => value switch
    {
        DateOnly d => d,
        DateTime t => DateOnly.FromDateTime(t),
        _ => throw new NotSupportedException($"Cannot store a {value.GetType().Name} in a DATE column."),
    };

    private static DateTime ToDateTime(object value) => value switch
    {
        DateTime t => t,
        DateTimeOffset o => o.UtcDateTime,
        _ => throw new NotSupportedException($"Cannot store a {value.GetType().Name} in a TIMESTAMP column."),
    };

    // Lake timestamps are UTC; an unspecified DateTime is read as UTC, not as the machine's local time.
    private static DateTimeOffset ToDateTimeOffset(object value) => value switch
    {
        DateTimeOffset o => o,
        DateTime t => new DateTimeOffset(DateTime.SpecifyKind(t.Kind == DateTimeKind.Local ? t.ToUniversalTime() : t, DateTimeKind.Utc)),
        _ => throw new NotSupportedException($"Cannot store a {value.GetType().Name} in a TIMESTAMPTZ column."),
    };
}
