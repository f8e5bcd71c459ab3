using System.Globalization;

namespace Assist.Cli.Disclosure.Inputs;

/// <summary>
/// Reads one output's results file (CSV with a header row) against what review.json declares of the output: every
/// declared column once, the persons column and the dominance columns when the rules need them, nothing else. Persons
/// must be whole numbers, shares numbers from 0 to 1 or empty, counts numbers or empty (Athena writes NULL as a quoted
/// empty field, so empty, quoted or not, is NULL in those columns); anything else is refused at its line and column.
/// </summary>
internal static class ResultsFileReader
{
    /// <summary>The output's own columns: the disclosure section's when review.json has one, else its result columns.</summary>
    public static IReadOnlyList<string> DeclaredColumns(OutputPlan plan) =>
        plan.Disclosure is { Columns.Count: > 0 } d ? d.Columns.Select(c => c.Name).ToList() : plan.ResultColumns;

    /// <summary>Parses <paramref name="text"/> whole; <paramref name="checkedByRules"/> demands the persons and dominance columns.</summary>
    /// <exception cref="DisclosureInputException">The file does not match the output or is malformed.</exception>
    public static ResultsTable Read(string text, string shownName, OutputPlan plan, bool checkedByRules)
    {
        var (columns, rows) = Open(text, shownName, plan, checkedByRules);
        return new ResultsTable(columns, rows.ToList());
    }

    /// <summary>
    /// Checks the header now and reads the rows as they are enumerated (each checked when it is reached), so that a
    /// row-level output streams from the results file to the released one.
    /// </summary>
    /// <exception cref="DisclosureInputException">The header does not match the output (now), or a row is malformed (when reached).</exception>
    public static (IReadOnlyList<string> Columns, IEnumerable<ResultsRow> Rows) Open(string text, string shownName, OutputPlan plan, bool checkedByRules)
    {
        var records = CsvRecords.Parse(text, shownName).GetEnumerator();
        if (!records.MoveNext())
        {
            throw new DisclosureInputException(new DisclosureProblem(shownName, 1, 1, $"the file is empty; expected a header row with the columns of output '{plan.Name}'"));
        }

        var header = records.Current;
        var declared = DeclaredColumns(plan);
        var persons = plan.Disclosure?.PersonsColumn;
        var shares = plan.Disclosure?.Columns.Where(c => c.DominanceColumn is not null).Select(c => c.DominanceColumn!).ToList() ?? [];
        var positions = HeaderPositions(header, shownName, plan, declared, persons, shares, checkedByRules);
        var counts = plan.Disclosure?.Columns.Where(c => c.Kind == ColumnKind.Count).Select(c => positions[c.Name]).ToHashSet() ?? [];
        return (declared, Rows(records, header, shownName, declared, positions, persons, shares, counts));
    }

    private static IEnumerable<ResultsRow> Rows(
        IEnumerator<IReadOnlyList<CsvField>> records, IReadOnlyList<CsvField> header, string shownName, IReadOnlyList<string> declared,
        Dictionary<string, int> positions, string? persons, IReadOnlyList<string> shares, HashSet<int> counts)
    {
        using (records)
        {
            while (records.MoveNext())
            {
                var record = records.Current;
                if (record.Count != header.Count)
                {
                    var at = record.Count > header.Count ? record[header.Count] : record[^1];
                    throw new DisclosureInputException(new DisclosureProblem(shownName, at.Line, at.Column,
                        $"the row has {record.Count} fields; the header has {header.Count}"));
                }

                foreach (var count in counts.Where(c => !string.IsNullOrEmpty(record[c].Text) && !decimal.TryParse(record[c].Text, NumberStyles.Float, CultureInfo.InvariantCulture, out _)))
                {
                    throw Field(shownName, record[count], $"'{header[count].Text}' is a count; got '{record[count].Text}'");
                }

                yield return new ResultsRow(
                    declared.Select(c => record[positions[c]].Text).ToList(),
                    persons is not null && positions.TryGetValue(persons, out var p) ? Persons(record[p], persons, shownName) : null,
                    shares.Where(positions.ContainsKey).ToDictionary(s => s, s => Share(record[positions[s]], s, shownName), StringComparer.Ordinal));
            }
        }
    }

    private static Dictionary<string, int> HeaderPositions(
        IReadOnlyList<CsvField> header, string file, OutputPlan plan, IReadOnlyList<string> declared, string? persons, IReadOnlyList<string> shares, bool checkedByRules)
    {
        var extras = (persons is null ? shares : [persons, .. shares]).ToHashSet(StringComparer.Ordinal);
        var positions = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Count; i++)
        {
            var name = header[i].Text ?? "";
            if (!declared.Contains(name) && !extras.Contains(name))
            {
                throw Field(file, header[i], $"'{name}' is not a column of output '{plan.Name}'; review.json declares {string.Join(", ", declared.Select(c => $"'{c}'"))}"
                    + (extras.Count > 0 ? $" and {string.Join(", ", extras.Select(c => $"'{c}'"))}" : ""));
            }

            if (!positions.TryAdd(name, i))
            {
                throw Field(file, header[i], $"the column '{name}' appears twice in the header");
            }
        }

        var required = checkedByRules ? [.. declared, .. extras] : declared;
        var missing = required.Where(c => !positions.ContainsKey(c)).ToList();
        if (missing.Count > 0)
        {
            var what = persons is not null && missing.Contains(persons) ? $" (the persons column '{persons}' is what the rules count persons with; the SQL the review approved adds it)" : "";
            throw new DisclosureInputException(new DisclosureProblem(file, 1, 1,
                $"the header lacks {string.Join(", ", missing.Select(c => $"'{c}'"))} of output '{plan.Name}'{what}"));
        }

        return positions;
    }

    private static long Persons(CsvField field, string column, string file) =>
        long.TryParse(field.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw Field(file, field, $"'{column}' must be a whole number of persons; got '{field.Text}'");

    private static double? Share(CsvField field, string column, string file)
    {
        // Athena writes NULL as a quoted empty field: empty either way is "not computable".
        if (string.IsNullOrEmpty(field.Text))
        {
            return null;
        }

        return double.TryParse(field.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= 0 && value <= 1 + 1e-9
            ? value
            : throw Field(file, field, $"'{column}' must be a share from 0 to 1 or empty; got '{field.Text}'");
    }

    private static DisclosureInputException Field(string file, CsvField field, string message) =>
        new(new DisclosureProblem(file, field.Line, field.Column, message));
}
