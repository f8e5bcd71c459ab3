using System.Globalization;
using DuckDB.NET.Data;
using Xunit;

namespace Assist.TestKit;

/// <summary>
/// Asks DuckDB to PREPARE a statement (parse and bind it: syntax, names, types, <c>$n</c> parameters) without running
/// it, so a query test can prove its DuckDB SQL is valid even where it does not execute it (issue #10, item 9).
/// </summary>
public static class DuckDbPrepare
{
    private static long s_counter;

    /// <summary>Null when DuckDB prepares <paramref name="sql"/>; otherwise DuckDB's error message.</summary>
    public static string? Check(DuckDBConnection connection, string sql)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(sql);
        var name = "assist_prepare_check_" + Interlocked.Increment(ref s_counter).ToString(CultureInfo.InvariantCulture);
        try
        {
            Execute(connection, $"PREPARE {name} AS {sql.TrimEnd().TrimEnd(';')}");
        }
        catch (DuckDBException e)
        {
            return e.Message;
        }

        Execute(connection, "DEALLOCATE " + name);
        return null;
    }

    /// <summary>Fails the test with DuckDB's message and the SQL unless DuckDB prepares <paramref name="sql"/>.</summary>
    public static void AssertPrepares(DuckDBConnection connection, string sql)
    {
        if (Check(connection, sql) is { } error)
        {
            Assert.Fail($"DuckDB could not prepare the statement: {error}\nSQL:\n{sql}");
        }
    }

    private static void Execute(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
