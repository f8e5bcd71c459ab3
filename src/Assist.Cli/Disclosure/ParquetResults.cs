using DuckDB.NET.Data;

namespace Assist.Cli.Disclosure;

/// <summary>
/// Parquet for <c>assist run --format parquet</c>: the rules work on CSV text, so a raw Parquet result is copied to CSV
/// first (in the conventions <c>assist run</c> writes CSV with), and the released CSV is read back into Parquet with
/// the raw file's own column types, so a released Parquet file has the types the unchecked one would have had.
/// </summary>
internal static class ParquetResults
{
    /// <summary>The CSV options of <c>assist run</c>'s CSV files (OutputExporter).</summary>
    private const string CsvOptions = "HEADER true, NULLSTR '', DATEFORMAT '%Y-%m-%d', TIMESTAMPFORMAT '%Y-%m-%dT%H:%M:%S.%f'";

    /// <summary>Writes <paramref name="parquet"/> as CSV to <paramref name="csv"/>.</summary>
    public static void ToCsv(string parquet, string csv) =>
        Execute($"COPY (SELECT * FROM read_parquet({Literal(parquet)})) TO {Literal(csv)} (FORMAT csv, {CsvOptions})");

    /// <summary>Writes the released <paramref name="csv"/> as Parquet, each column typed as in <paramref name="raw"/>.</summary>
    public static void ToParquet(string csv, string raw, string parquet)
    {
        using var connection = Open();
        var types = new List<string>();
        using (var describe = connection.CreateCommand())
        {
            describe.CommandText = $"DESCRIBE SELECT * FROM read_parquet({Literal(raw)})";
            using var reader = describe.ExecuteReader();
            while (reader.Read())
            {
                types.Add($"{Literal(reader.GetString(0))}: {Literal(reader.GetString(1))}");
            }
        }

        // Only the released columns are in the CSV; read_csv takes the types of those it names and ignores the rest.
        var header = File.ReadLines(csv).First();
        var columns = types.Where(t => ReleasedColumn(header, t)).ToList();
        using var copy = connection.CreateCommand();
        copy.CommandText = $"COPY (SELECT * FROM read_csv({Literal(csv)}, header = true, nullstr = '', dateformat = '%Y-%m-%d', "
            + $"timestampformat = '%Y-%m-%dT%H:%M:%S.%f', auto_detect = false, quote = '\"', escape = '\"', "
            + $"columns = {{{string.Join(", ", columns)}}})) TO {Literal(parquet)} (FORMAT parquet)";
        copy.ExecuteNonQuery();
    }

    private static bool ReleasedColumn(string header, string typed) =>
        Inputs.CsvRecords.Parse(header, "header").First().Any(f => typed.StartsWith(Literal(f.Text ?? "") + ":", StringComparison.Ordinal));

    private static void Execute(string sql)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static DuckDBConnection Open()
    {
        var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        return connection;
    }

    private static string Literal(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";
}
