namespace Assist.Cli.Disclosure.Engine;

/// <summary>What the rules did to a cell (or, for <see cref="Withheld"/>, to a whole output).</summary>
internal enum CellAction
{
    /// <summary>The row rests on fewer persons than the threshold.</summary>
    SuppressedPrimary,

    /// <summary>Suppressed so that another suppressed cell cannot be recovered from a released total.</summary>
    SuppressedSecondary,

    /// <summary>One person contributes more than the allowed share of the sum.</summary>
    SuppressedDominance,

    /// <summary>A count rounded to the base.</summary>
    Rounded,

    /// <summary>The whole output is not released.</summary>
    Withheld,
}

/// <summary>The names the reports use for <see cref="CellAction"/>.</summary>
internal static class CellActions
{
    /// <summary>suppressed-primary, suppressed-secondary, suppressed-dominance, rounded or withheld.</summary>
    public static string Name(this CellAction action) => action switch
    {
        CellAction.SuppressedPrimary => "suppressed-primary",
        CellAction.SuppressedSecondary => "suppressed-secondary",
        CellAction.SuppressedDominance => "suppressed-dominance",
        CellAction.Rounded => "rounded",
        _ => "withheld",
    };

    /// <summary>Whether the action hides the cell's value.</summary>
    public static bool Hides(this CellAction action) => action is CellAction.SuppressedPrimary or CellAction.SuppressedSecondary or CellAction.SuppressedDominance;
}
