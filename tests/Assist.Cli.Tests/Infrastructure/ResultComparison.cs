using System.Globalization;
using Assist.Query;
using Xunit;

namespace Assist.Cli.Tests.Infrastructure;

/// <summary>
/// Compares an output CSV that <c>assist run</c> wrote with the rows of hand-written DuckDB SQL over the same lake:
/// the same number of rows, and, after sorting both, the same values (numbers as numbers within 1e-9, text exactly, in
/// the CSV's conventions: NULL empty, ISO 8601 timestamps with microseconds, lower-case booleans).
/// </summary>
internal static class ResultComparison
{
    /// <summary>Asserts that <paramref name="csvPath"/> holds the rows <paramref name="handWrittenSql"/> returns on <paramref name="lake"/>; returns the row count.</summary>
    public static int AssertSameRows(string lake, string handWrittenSql, string csvPath)
    {
        var expected = Rows(lake, handWrittenSql);
        var actual = System.IO.File.ReadAllLines(csvPath).Skip(1).Select(l => l.Split(',')).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected.Count, actual.Count);
        foreach (var (want, got) in Sorted(expected).Zip(Sorted(actual)))
        {
            Assert.Equal(want.Length, got.Length);
            for (var i = 0; i < want.Length; i++)
            {
                AssertSameValue(want[i], got[i]);
            }
        }

        return expected.Count;
    }

    /// <summary>The rows of <paramref name="sql"/> on <paramref name="lake"/>, each value as the CSV writes it.</summary>
    public static List<string[]> Rows(string lake, string sql)
    {
        using var local = LocalLake.Open(lake);
        using var command = local.Connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        return Rows(reader);
    }

    /// <summary>The rows left in <paramref name="reader"/>, each value as the CSV writes it.</summary>
    public static List<string[]> Rows(System.Data.Common.DbDataReader reader)
    {
        var rows = new List<string[]>();
        while (reader.Read())
        {
            rows.Add(Enumerable.Range(0, reader.FieldCount).Select(i => Canonical(reader.IsDBNull(i) ? null : reader.GetValue(i))).ToArray());
        }

        return rows;
    }

    private static string Canonical(object? value) => value switch
    {
        null => "",
        DateTime t => t.ToString("yyyy-MM-ddTHH:mm:ss.ffffff", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    // Sorted on the text of each row; numbers that print differently (0 and 0.0) still sort the same way in both
    // because the sort keys are the leading id columns, which are integers in every output compared.
    private static IEnumerable<string[]> Sorted(IEnumerable<string[]> rows) => rows.OrderBy(r => string.Join(",", r), StringComparer.Ordinal);

    private static void AssertSameValue(string expected, string actual)
    {
        if (double.TryParse(expected, CultureInfo.InvariantCulture, out var e) && double.TryParse(actual, CultureInfo.InvariantCulture, out var a))
        {
            Assert.Equal(e, a, 1e-9);
        }
        else
        {
            Assert.Equal(expected, actual);
        }
    }
}
