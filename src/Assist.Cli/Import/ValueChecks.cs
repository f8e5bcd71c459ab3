using System.Globalization;
using Assist.Cli.Synth;
using DuckDB.NET.Data;

namespace Assist.Cli.Import;

/// <summary>
/// Checks the loaded values the types cannot: required values present, flags 0 or 1, ids unique. All checks run in
/// one pass over <c>raw</c>; only when one fails is the offending file read again, in order and on one thread, to
/// find the first bad line (the fast path never numbers lines).
/// </summary>
internal static class ValueChecks
{
    /// <summary>Runs the checks of every file's columns.</summary>
    /// <exception cref="ImportException">A value breaks a check; the message names file, line, column and the rule.</exception>
    public static void Run(DuckDBConnection connection, IReadOnlyList<InputFile> files, IReadOnlyList<IReadOnlyList<CsvField>> columns)
    {
        var checks = Checks(columns[0]);
        if (checks.Count == 0)
        {
            return;
        }

        using var command = connection.CreateCommand();
        command.CommandText = "SELECT " + string.Join(", ", checks.Select(c => c.Unique
            ? $"count({SynthSql.Id(c.Field.Name)}) - count(DISTINCT {SynthSql.Id(c.Field.Name)})"
            : $"count(*) FILTER (WHERE {c.Bad})")) + " FROM raw";
        using var reader = command.ExecuteReader();
        reader.Read();
        for (var i = 0; i < checks.Count; i++)
        {
            if (Convert.ToInt64(reader.GetValue(i), CultureInfo.InvariantCulture) > 0)
            {
                throw new ImportException([Locate(connection, files, columns, checks[i])]);
            }
        }
    }

    private sealed record Check(CsvField Field, string Bad, string Message, bool Unique = false);

    private static List<Check> Checks(IReadOnlyList<CsvField> columns)
    {
        var checks = new List<Check>();
        foreach (var field in columns)
        {
            var id = SynthSql.Id(field.Name);
            if (field.NotNull)
            {
                checks.Add(new Check(field, $"{id} IS NULL", $"column '{field.Name}' is empty; every row needs a value"));
            }

            if (field.Check is { } rule)
            {
                checks.Add(new Check(field, $"NOT ({string.Format(CultureInfo.InvariantCulture, rule, id)})", $"column '{field.Name}' must be {field.CheckText}"));
            }

            if (field.Unique)
            {
                checks.Add(new Check(field, "", $"column '{field.Name}' repeats a value of an earlier row; it is an id and must be unique", Unique: true));
            }
        }

        return checks;
    }

    private static ImportDiagnostic Locate(DuckDBConnection connection, IReadOnlyList<InputFile> files, IReadOnlyList<IReadOnlyList<CsvField>> perFile, Check check)
    {
        var id = SynthSql.Id(check.Field.Name);
        var (fileIndex, bad, nth) = (0, check.Bad, 1);
        if (check.Unique)
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT {id}, list(_file ORDER BY _file) FROM raw GROUP BY {id} HAVING count(*) > 1 ORDER BY {id} LIMIT 1";
            using var reader = command.ExecuteReader();
            reader.Read();
            var value = Convert.ToInt64(reader.GetValue(0), CultureInfo.InvariantCulture);
            var inFiles = ((System.Collections.IEnumerable)reader.GetValue(1)).Cast<object>().Select(o => Convert.ToInt32(o, CultureInfo.InvariantCulture)).ToList();
            fileIndex = inFiles[1];
            nth = inFiles[0] == inFiles[1] ? 2 : 1;
            bad = $"{id} = {SynthSql.Int(value)}";
        }
        else
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT min(_file) FROM raw WHERE {bad}";
            fileIndex = Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
        }

        var file = files[fileIndex];
        var columns = perFile[fileIndex];
        using (var single = connection.CreateCommand())
        {
            single.CommandText = "SET threads = 1";
            single.ExecuteNonQuery();
        }

        using (var command = connection.CreateCommand())
        {
            // One thread, no parallel parsing: row_number() then follows the file's order, so line = row + 1.
            command.CommandText = $"""
                SELECT line FROM (
                    SELECT row_number() OVER () + 1 AS line, * FROM {CsvLoader.ReadCsv(file, columns, ", parallel = false")})
                WHERE {bad} ORDER BY line LIMIT 1 OFFSET {nth - 1}
                """;
            var line = Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
            var fieldIndex = columns.ToList().FindIndex(c => c.Name == check.Field.Name) + 1;
            var text = file.ReadLine(line);
            var found = CsvLine.Fields(text) is var fields && fieldIndex <= fields.Count ? $" (found '{fields[fieldIndex - 1].Name}')." : ".";
            return new ImportDiagnostic(file.DisplayName, line, CsvLine.ColumnOf(text, fieldIndex), check.Message + found);
        }
    }
}
