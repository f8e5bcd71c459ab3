namespace Assist.Cli.Import;

/// <summary>Checks a file's header against its format: every column known, none twice, none of the required ones missing.</summary>
internal static class HeaderCheck
{
    /// <summary>The file's columns, in file order.</summary>
    /// <exception cref="ImportException">The header has unknown, repeated or missing columns (all of them are listed).</exception>
    public static IReadOnlyList<CsvField> Columns(InputFile file, ImportFormat format)
    {
        var known = format.Fields.ToDictionary(f => f.Name, StringComparer.Ordinal);
        var diagnostics = new List<ImportDiagnostic>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var columns = new List<CsvField>();
        foreach (var (name, column) in CsvLine.Fields(file.HeaderLine))
        {
            if (!known.TryGetValue(name, out var field))
            {
                var hint = known.Keys.FirstOrDefault(k => string.Equals(k, name, StringComparison.OrdinalIgnoreCase));
                diagnostics.Add(new ImportDiagnostic(file.DisplayName, 1, column, hint is not null
                    ? $"unknown column '{name}'; did you mean '{hint}'? (names are case-sensitive)"
                    : $"unknown column '{name}'; a {format.Name} file has the columns {string.Join(", ", format.Fields.Select(f => f.Name))}."));
            }
            else if (!seen.Add(name))
            {
                diagnostics.Add(new ImportDiagnostic(file.DisplayName, 1, column, $"column '{name}' appears twice in the header."));
            }
            else
            {
                columns.Add(field);
            }
        }

        foreach (var missing in format.Fields.Where(f => f.InHeader && !seen.Contains(f.Name)))
        {
            diagnostics.Add(new ImportDiagnostic(file.DisplayName, 1, file.HeaderLine.Length + 1,
                $"missing column '{missing.Name}': a {format.Name} file must have it (is this a {format.Name} file?)."));
        }

        return diagnostics.Count > 0 ? throw new ImportException(diagnostics) : columns;
    }
}
