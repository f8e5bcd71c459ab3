using System.Globalization;
using Assist.Cli.Disclosure.Inputs;
using Assist.Cli.Disclosure.Rules;

namespace Assist.Cli.Disclosure.Engine;

/// <summary>
/// Rounds every released count-kind value to the nearest multiple of the base, after suppression. A value exactly
/// half-way between two multiples rounds up, away from zero (base 10: 15 -> 20, 25 -> 30; base 4: 6 -> 8), so a tie
/// never rounds a small count down towards zero. With the default base 5 whole counts have no ties.
/// </summary>
internal static class CountRounding
{
    /// <summary>The nearest multiple of <paramref name="roundingBase"/>, ties away from zero.</summary>
    public static decimal Round(decimal value, int roundingBase) =>
        Math.Round(value / roundingBase, MidpointRounding.AwayFromZero) * roundingBase;

    /// <summary>Rounds the released count cells of <paramref name="grid"/>; a cell whose value changes is marked rounded.</summary>
    public static void Apply(CellGrid grid, RoundingRule rule)
    {
        if (!rule.Enabled)
        {
            return;
        }

        foreach (var column in grid.ValueColumns.Where(c => grid.Columns[c].Kind == ColumnKind.Count))
        {
            for (var row = 0; row < grid.RowCount; row++)
            {
                if (grid.IsSuppressed(row, column) || grid.ValueAt(row, column) is not { Length: > 0 } text)
                {
                    continue;
                }

                // The reader accepted only numbers in count columns.
                var value = decimal.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
                var rounded = Round(value, rule.Base).ToString("0", CultureInfo.InvariantCulture);
                if (rounded != text)
                {
                    grid.Round(row, column, rounded);
                }
            }
        }
    }
}
