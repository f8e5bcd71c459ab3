using System.Globalization;
using System.Numerics;
using DuckDB.NET.Data;

namespace Assist.Lake.Tests.Support;

/// <summary>Hand-written SQL helpers for assertions.</summary>
internal static class Sql
{
    public static long Long(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        var value = command.ExecuteScalar();
        return value is BigInteger big ? (long)big : Convert.ToInt64(value, CultureInfo.InvariantCulture);
    }

    public static double Double(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToDouble(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    public static string Q(string identifier) => "\"" + identifier + "\"";

    /// <summary><c>"catalog"."schema"."table"</c> of a qualified name.</summary>
    public static string Table(string qualified) => string.Join(".", qualified.Split('.').Select(Q));
}
