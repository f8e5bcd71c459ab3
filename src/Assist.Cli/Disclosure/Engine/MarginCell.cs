namespace Assist.Cli.Disclosure.Engine;

/// <summary>
/// The cells of one column that stand for the same combination of group values (a tuple over the family's
/// dimensions, <see cref="MarginTuples.All"/> where a dimension is summed over): one cell in one output, or the same
/// total released by two outputs. They are hidden or released together, since each gives the other away.
/// </summary>
internal sealed class MarginCell(string key, IReadOnlyList<string?> tuple, int order)
{
    private readonly List<(CellGrid Grid, int Row, int Column)> _cells = [];

    /// <summary>The tuple as one text, for lookups.</summary>
    public string Key { get; } = key;

    /// <summary>Per dimension: the group value, or <see cref="MarginTuples.All"/>.</summary>
    public IReadOnlyList<string?> Tuple { get; } = tuple;

    /// <summary>The order the cell was first seen in (outputs in declaration order, rows in file order): ties break by it.</summary>
    public int Order { get; } = order;

    /// <summary>The fewest persons behind any of the cells: "the smallest cell" secondary suppression picks.</summary>
    public long Persons { get; private set; } = long.MaxValue;

    /// <summary>Whether the cell is hidden.</summary>
    public bool Suppressed { get; private set; }

    /// <summary>The equations (a total and its parts) this cell is a member of.</summary>
    public List<MarginEquation> Equations { get; } = [];

    /// <summary>Adds one output's cell.</summary>
    public void Add(CellGrid grid, int row, int column)
    {
        _cells.Add((grid, row, column));
        Persons = Math.Min(Persons, grid.Table.Rows[row].Persons ?? 0);
        Suppressed |= grid.IsSuppressed(row, column);
    }

    /// <summary>Hides every copy (a copy that was already hidden keeps its reason).</summary>
    public void Suppress()
    {
        Suppressed = true;
        foreach (var (grid, row, column) in _cells)
        {
            grid.Suppress(row, column, CellAction.SuppressedSecondary);
        }
    }
}

/// <summary>A released total and the cells it sums over along one dimension: total = Σ parts.</summary>
/// <param name="Total">The margin cell.</param>
/// <param name="Parts">The cells that differ from the total only in that dimension.</param>
internal sealed record MarginEquation(MarginCell Total, IReadOnlyList<MarginCell> Parts)
{
    /// <summary>The total and the parts.</summary>
    public IEnumerable<MarginCell> Members => Parts.Prepend(Total);
}
