using Assist.Cli.Disclosure.Inputs;

namespace Assist.Cli.Disclosure.Engine;

/// <summary>
/// One checked output while the rules work on it: its results, and per cell what has been done so far. Key cells are
/// never touched; the others start released and may be suppressed (once: the first reason is the one reported) or
/// rounded.
/// </summary>
internal sealed class CellGrid
{
    private readonly CellAction?[][] _actions;
    private readonly string?[][] _values;

    /// <summary>Starts with every cell released as it is.</summary>
    public CellGrid(OutputPlan plan, ResultsTable table)
    {
        Plan = plan;
        Table = table;
        var kinds = plan.Disclosure!.Columns.ToDictionary(c => c.Name, StringComparer.Ordinal);
        Columns = table.Columns.Select(c => kinds[c]).ToList();
        ValueColumns = Enumerable.Range(0, Columns.Count).Where(c => Columns[c].Kind != ColumnKind.Key).ToList();
        KeyColumns = Enumerable.Range(0, Columns.Count).Where(c => Columns[c].Kind == ColumnKind.Key).ToList();
        _actions = table.Rows.Select(_ => new CellAction?[Columns.Count]).ToArray();
        _values = table.Rows.Select(r => r.Cells.ToArray()).ToArray();
    }

    /// <summary>The output.</summary>
    public OutputPlan Plan { get; }

    /// <summary>The results as read.</summary>
    public ResultsTable Table { get; }

    /// <summary>The columns, in the table's order, with their kinds.</summary>
    public IReadOnlyList<PlannedColumn> Columns { get; }

    /// <summary>The indexes of the non-key columns: the cells the rules may hide.</summary>
    public IReadOnlyList<int> ValueColumns { get; }

    /// <summary>The indexes of the key columns.</summary>
    public IReadOnlyList<int> KeyColumns { get; }

    /// <summary>The number of rows.</summary>
    public int RowCount => _values.Length;

    /// <summary>What was done to a cell, or null when it is released unchanged.</summary>
    public CellAction? ActionAt(int row, int column) => _actions[row][column];

    /// <summary>Whether a cell's value is hidden.</summary>
    public bool IsSuppressed(int row, int column) => _actions[row][column]?.Hides() == true;

    /// <summary>The value to release: null for a suppressed cell or a NULL value.</summary>
    public string? ValueAt(int row, int column) => _values[row][column];

    /// <summary>Hides a non-key cell; a cell already hidden keeps its first reason.</summary>
    public void Suppress(int row, int column, CellAction action)
    {
        if (Columns[column].Kind == ColumnKind.Key || IsSuppressed(row, column))
        {
            return;
        }

        _actions[row][column] = action;
        _values[row][column] = null;
    }

    /// <summary>Replaces a released count by its rounded value.</summary>
    public void Round(int row, int column, string value)
    {
        if (IsSuppressed(row, column))
        {
            return;
        }

        _actions[row][column] = CellAction.Rounded;
        _values[row][column] = value;
    }
}
