using Assist.Cli.Disclosure.Rules;

namespace Assist.Cli.Disclosure.Engine;

/// <summary>Minimum persons per cell: a row resting on fewer persons than the threshold loses every non-key value.</summary>
internal static class PrimarySuppression
{
    /// <summary>Applies the threshold to every row of <paramref name="grid"/>.</summary>
    public static void Apply(CellGrid grid, MinimumPersonsRule rule)
    {
        if (!rule.Enabled)
        {
            return;
        }

        for (var row = 0; row < grid.RowCount; row++)
        {
            // A row without a persons value rests on nobody the rules can count: it is treated as below the threshold.
            if ((grid.Table.Rows[row].Persons ?? 0) < rule.Persons)
            {
                foreach (var column in grid.ValueColumns)
                {
                    grid.Suppress(row, column, CellAction.SuppressedPrimary);
                }
            }
        }
    }
}
