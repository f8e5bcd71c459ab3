using Assist.Cli.Disclosure.Inputs;
using Assist.Cli.Disclosure.Rules;

namespace Assist.Cli.Disclosure.Engine;

/// <summary>
/// Dominance for sums and averages: a cell where the largest single person's share of the total is greater than the
/// rule's share is suppressed (the (n,k) rule with n = 1). A cell whose share is not computable (NULL: the total is zero
/// or NULL) has nothing to dominate and is left to the other rules.
/// </summary>
internal static class DominanceSuppression
{
    /// <summary>Applies the rule to every sum and average column of <paramref name="grid"/> that has a dominance column.</summary>
    public static void Apply(CellGrid grid, DominanceRule rule)
    {
        if (!rule.Enabled)
        {
            return;
        }

        for (var column = 0; column < grid.Columns.Count; column++)
        {
            if (grid.Columns[column] is not { Kind: ColumnKind.Sum or ColumnKind.Average, DominanceColumn: { } shares })
            {
                continue;
            }

            for (var row = 0; row < grid.RowCount; row++)
            {
                if (grid.Table.Rows[row].TopShares.GetValueOrDefault(shares) is { } share && share > rule.Share)
                {
                    grid.Suppress(row, column, CellAction.SuppressedDominance);
                }
            }
        }
    }
}
