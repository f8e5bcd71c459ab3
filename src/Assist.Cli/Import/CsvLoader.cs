using System.Globalization;
using Assist.Cli.Synth;
using DuckDB.NET.Data;

namespace Assist.Cli.Import;

/// <summary>
/// Loads the input files into the DuckDB table <c>raw</c> with <c>read_csv</c> (explicit columns and types, gzip
/// handled by DuckDB, parsing in parallel). Rows DuckDB cannot parse go to a rejects table instead of stopping the
/// load, so every bad row can be reported with its line and column; any reject refuses the import.
/// </summary>
internal static class CsvLoader
{
    /// <summary>Creates <c>raw</c> (<c>_file</c> plus the first file's stored columns) and loads every file into it.</summary>
    /// <param name="connection">The import's connection.</param>
    /// <param name="files">The files.</param>
    /// <param name="columns">Each file's columns, in its header's order (the same set for every file).</param>
    /// <param name="readable">Per file, the path DuckDB reads (<see cref="InputFile.Readable"/>) and whether it is an uncompressed copy.</param>
    /// <returns>Rows loaded per file.</returns>
    /// <exception cref="ImportException">A row could not be parsed (up to 10 are listed).</exception>
    public static IReadOnlyList<long> Load(DuckDBConnection connection, IReadOnlyList<InputFile> files, IReadOnlyList<IReadOnlyList<CsvField>> columns,
        IReadOnlyList<(string Path, bool Decompressed)> readable)
    {
        var stored = columns[0].Where(c => c.Stored).ToList();
        var definitions = string.Join(", ", stored.Select(c => $"{SynthSql.Id(c.Name)} {c.DuckDbType}"));
        Execute(connection, $"CREATE TABLE raw (_file INTEGER, {definitions})");
        var counts = new List<long>();
        var names = string.Join(", ", stored.Select(c => SynthSql.Id(c.Name)));
        // DuckDB skips the fields of a column no expression uses, unparsed and unchecked: a filter that keeps every row
        // makes it convert the ignored columns' values (a bad one is a reject like any other) without storing them.
        var ignored = columns[0].Where(c => !c.Stored).Select(c => SynthSql.Id(c.Name)).ToList();
        var typeChecks = ignored.Count == 0 ? "" : " WHERE " + string.Join(" AND ", ignored.Select(c => $"({c} IS NULL OR {c} IS NOT NULL)"));
        for (var i = 0; i < files.Count; i++)
        {
            var rejects = $"rejects_{i.ToString(CultureInfo.InvariantCulture)}";
            using var command = connection.CreateCommand();
            var (path, decompressed) = readable[i];
            var gzip = files[i].IsGzip && !decompressed;
            command.CommandText = $"INSERT INTO raw SELECT {i}, {names} FROM {ReadCsv(path, gzip, columns[i], $", store_rejects = true, rejects_table = '{rejects}', rejects_scan = '{rejects}_scan'")}{typeChecks}";
            try
            {
                counts.Add(command.ExecuteNonQuery());
            }
            catch (DuckDBException e)
            {
                // DuckDB names the file it read: the user's, not the uncompressed copy.
                throw new ImportException($"{files[i].DisplayName}: DuckDB cannot read it as CSV: {e.Message.Replace(path, files[i].Path, StringComparison.Ordinal)}", e);
            }

            var diagnostics = Rejects(connection, files[i], rejects);
            if (diagnostics.Count > 0)
            {
                throw new ImportException(diagnostics);
            }
        }

        return counts;
    }

    /// <summary>A <c>read_csv(...)</c> call for one file with the given columns (in file order) and extra options.</summary>
    public static string ReadCsv(InputFile file, IReadOnlyList<CsvField> columns, string extraOptions = "") =>
        ReadCsv(file.Path, file.IsGzip, columns, extraOptions);

    private static string ReadCsv(string path, bool gzip, IReadOnlyList<CsvField> columns, string extraOptions)
    {
        var struct_ = string.Join(", ", columns.Select(c => $"{SynthSql.Text(c.Name)}: {SynthSql.Text(c.DuckDbType)}"));
        var compression = gzip ? "gzip" : "none";
        return $"read_csv({SynthSql.Text(path)}, header = true, auto_detect = false, delim = ',', quote = '\"', escape = '\"', " +
               $"compression = '{compression}', columns = {{{struct_}}}{extraOptions})";
    }

    private static List<ImportDiagnostic> Rejects(DuckDBConnection connection, InputFile file, string table)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT line, column_idx, column_name, error_type, csv_line, error_message FROM {table} ORDER BY line LIMIT 10";
        using var reader = command.ExecuteReader();
        var diagnostics = new List<ImportDiagnostic>();
        while (reader.Read())
        {
            var line = Convert.ToInt64(reader.GetValue(0), CultureInfo.InvariantCulture);
            var field = reader.IsDBNull(1) ? 1 : Convert.ToInt64(reader.GetValue(1), CultureInfo.InvariantCulture);
            var name = reader.IsDBNull(2) ? null : reader.GetString(2);
            var kind = reader.GetString(3);
            var text = reader.IsDBNull(4) ? file.ReadLine(line) : reader.GetString(4);
            var message = reader.IsDBNull(5) ? kind : reader.GetString(5);
            // For a short row DuckDB's column_idx is not the missing field's position: point just past the line's end.
            var column = kind == "MISSING COLUMNS" ? text.Length + 1 : CsvLine.ColumnOf(text, field);
            diagnostics.Add(new ImportDiagnostic(file.DisplayName, line, column, Describe(kind, name, message)));
        }

        return diagnostics;
    }

    private static string Describe(string kind, string? column, string message) => kind switch
    {
        "CAST" => $"column '{column}': {message}",
        "MISSING COLUMNS" => $"the row ends early, column '{column}' is missing ({message}).",
        "TOO MANY COLUMNS" => $"the row has more fields than the header ({message}).",
        "UNQUOTED VALUE" or "INVALID UNICODE" or "LINE SIZE OVER MAXIMUM" => $"{kind.ToLowerInvariant()}: {message}",
        _ => message,
    };

    private static void Execute(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
