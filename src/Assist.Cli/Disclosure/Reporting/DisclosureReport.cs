using Assist.Cli.Disclosure.Engine;

namespace Assist.Cli.Disclosure.Reporting;

/// <summary>disclosure.json: the rules applied, what happened to each output, every cell touched (never its value).</summary>
/// <param name="Submission">The submission file review.json reviewed.</param>
/// <param name="Sha256">Its SHA-256, as review.json gives it.</param>
/// <param name="Utc">When the rules were applied.</param>
/// <param name="Applied">False for <c>--no-disclosure</c>: the files are raw results.</param>
/// <param name="Summary">One sentence for the console and the report's head.</param>
/// <param name="Rules">Each rule, whether it was on, its setting and its source.</param>
/// <param name="Outputs">Each output: released, released-row-level, withheld or raw, and why.</param>
/// <param name="Counts">The cells per action and the outputs per status.</param>
/// <param name="Cells">Every cell touched: output, row keys, column, action.</param>
internal sealed record DisclosureReport(
    string Submission,
    string? Sha256,
    string Utc,
    bool Applied,
    string Summary,
    IReadOnlyList<RuleReport> Rules,
    IReadOnlyList<OutputReport> Outputs,
    DisclosureCounts Counts,
    IReadOnlyList<CellReport> Cells);

/// <summary>One rule as applied.</summary>
/// <param name="Name">minimum-persons, secondary-suppression, dominance or rounding.</param>
/// <param name="Enabled">Whether it was applied.</param>
/// <param name="Setting">Its setting (<c>persons: 10</c>), or null for a rule without one.</param>
/// <param name="Description">What it does, in one sentence.</param>
/// <param name="Source">Where the rule and its default come from (docs/disclosure.md quotes them).</param>
internal sealed record RuleReport(string Name, bool Enabled, string? Setting, string Description, string Source);

/// <summary>One output.</summary>
/// <param name="Name">The output.</param>
/// <param name="Status">released, released-row-level, withheld or raw.</param>
/// <param name="Reason">Why it is not simply released, or null.</param>
/// <param name="File">The released file, or null when withheld.</param>
/// <param name="Rows">Rows in the released file.</param>
/// <param name="Suppressed">Cells left empty by the rules.</param>
/// <param name="Rounded">Counts rounded.</param>
internal sealed record OutputReport(string Name, string Status, string? Reason, string? File, int Rows, int Suppressed, int Rounded);

/// <summary>How many cells each action touched, and how many outputs were released and withheld.</summary>
internal sealed record DisclosureCounts(int OutputsReleased, int OutputsWithheld, int SuppressedPrimary, int SuppressedSecondary, int SuppressedDominance, int Rounded)
{
    /// <summary>All suppressed cells.</summary>
    public int Suppressed => SuppressedPrimary + SuppressedSecondary + SuppressedDominance;

    /// <summary>Counts the decisions of <paramref name="outcome"/>.</summary>
    public static DisclosureCounts Of(DisclosureOutcome outcome)
    {
        int Count(CellAction action) => outcome.Cells.Count(c => c.Action == action);
        return new DisclosureCounts(
            outcome.Outputs.Count(o => o.Status != OutputStatus.Withheld),
            outcome.Outputs.Count(o => o.Status == OutputStatus.Withheld),
            Count(CellAction.SuppressedPrimary),
            Count(CellAction.SuppressedSecondary),
            Count(CellAction.SuppressedDominance),
            Count(CellAction.Rounded));
    }
}

/// <summary>One cell touched.</summary>
/// <param name="Output">The output.</param>
/// <param name="Row">The row's keys (empty for a whole output withheld).</param>
/// <param name="Column">The column (null for a whole output withheld).</param>
/// <param name="Action">suppressed-primary, suppressed-secondary, suppressed-dominance, rounded or withheld.</param>
internal sealed record CellReport(string Output, IReadOnlyList<RowKey> Row, string? Column, string Action);
