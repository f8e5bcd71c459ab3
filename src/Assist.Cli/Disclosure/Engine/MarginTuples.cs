using System.Globalization;

namespace Assist.Cli.Disclosure.Engine;

/// <summary>
/// The margin structure of a family of outputs: every output's rows as tuples over the family's dimensions, and the
/// equations between them. A key that is empty in a row (NULL, or the empty string: Athena's CSV does not tell them
/// apart) stands for "all" (the row is a margin over that key),
/// and an output that does not group by a dimension stands for "all" of it. A tuple with "all" in a dimension is the
/// total of the tuples that have a value there and agree everywhere else.
/// </summary>
internal static class MarginTuples
{
    /// <summary>The value a tuple holds for a dimension summed over.</summary>
    public const string? All = null;

    /// <summary>The cells of column <paramref name="column"/> in <paramref name="family"/>, linked by their equations.</summary>
    public static IReadOnlyList<MarginCell> Build(IReadOnlyList<CellGrid> family, IReadOnlyList<string> dimensions, string column)
    {
        var cells = new Dictionary<string, MarginCell>(StringComparer.Ordinal);
        foreach (var grid in family)
        {
            var index = IndexOf(grid, column);
            if (index < 0)
            {
                continue;
            }

            var keyOf = grid.KeyColumns.ToDictionary(k => grid.Plan.Dimensions[grid.Columns[k].Name], k => k, StringComparer.Ordinal);
            for (var row = 0; row < grid.RowCount; row++)
            {
                var tuple = dimensions.Select(d => keyOf.TryGetValue(d, out var k) && !string.IsNullOrEmpty(grid.Table.Rows[row].Cells[k]) ? grid.Table.Rows[row].Cells[k] : All).ToList();
                var key = KeyOf(tuple);
                if (!cells.TryGetValue(key, out var cell))
                {
                    cell = new MarginCell(key, tuple, cells.Count);
                    cells.Add(key, cell);
                }

                cell.Add(grid, row, index);
            }
        }

        var parts = new Dictionary<string, List<MarginCell>>(StringComparer.Ordinal);
        foreach (var cell in cells.Values)
        {
            for (var d = 0; d < dimensions.Count; d++)
            {
                if (cell.Tuple[d] is All)
                {
                    continue;
                }

                var parent = cell.Tuple.ToList();
                parent[d] = All;
                var key = d + "|" + KeyOf(parent);
                if (!parts.TryGetValue(key, out var list))
                {
                    parts.Add(key, list = []);
                }

                list.Add(cell);
            }
        }

        foreach (var (key, list) in parts)
        {
            if (cells.TryGetValue(key[(key.IndexOf('|', StringComparison.Ordinal) + 1)..], out var total))
            {
                var equation = new MarginEquation(total, list);
                foreach (var member in equation.Members)
                {
                    member.Equations.Add(equation);
                }
            }
        }

        return cells.Values.ToList();
    }

    private static int IndexOf(CellGrid grid, string column)
    {
        var index = grid.Table.Columns.ToList().IndexOf(column);
        return index >= 0 && grid.Columns[index].Kind != Inputs.ColumnKind.Key ? index : -1;
    }

    // Length-prefixed values, so no value can be mistaken for "all" (*) or run into the next.
    private static string KeyOf(IEnumerable<string?> tuple) =>
        string.Concat(tuple.Select(v => v is null ? "*;" : string.Create(CultureInfo.InvariantCulture, $"{v.Length}:{v};")));
}
