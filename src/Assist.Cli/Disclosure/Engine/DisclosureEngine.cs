using Assist.Cli.Disclosure.Inputs;
using Assist.Cli.Disclosure.Rules;

namespace Assist.Cli.Disclosure.Engine;

/// <summary>
/// Applies the rules to the outputs of one submission, in a fixed order: per output the minimum persons and dominance
/// (primary suppression), then secondary suppression across the submission's checked outputs, then rounding of the
/// counts that are left. Row-level outputs pass as they are, person-level and unreviewable ones are withheld.
/// </summary>
/// <param name="rules">The rules and their settings.</param>
internal sealed class DisclosureEngine(DisclosureRules rules)
{
    /// <summary>Applies the rules; <paramref name="tables"/> holds the results of every output the rules check (status released).</summary>
    public DisclosureOutcome Apply(ReviewPlan review, IReadOnlyDictionary<string, ResultsTable> tables)
    {
        var decided = review.Outputs.Select(o => (Plan: o, Verdict: OutputStatuses.Decide(o))).ToList();
        var grids = decided.Where(d => d.Verdict.Status == OutputStatus.Released).Select(d => new CellGrid(d.Plan, tables[d.Plan.Name])).ToList();
        foreach (var grid in grids)
        {
            PrimarySuppression.Apply(grid, rules.MinimumPersons);
            DominanceSuppression.Apply(grid, rules.Dominance);
        }

        SecondarySuppression.Apply(grids, rules.SecondarySuppression);
        foreach (var grid in grids)
        {
            CountRounding.Apply(grid, rules.Rounding);
        }

        var outputs = new List<OutputRelease>();
        var cells = new List<CellDecision>();
        foreach (var (plan, (status, reason)) in decided)
        {
            switch (status)
            {
                case OutputStatus.Released:
                    var grid = grids.First(g => g.Plan == plan);
                    outputs.Add(new OutputRelease(plan, status, reason, Released(grid)));
                    cells.AddRange(Decisions(grid));
                    break;
                case OutputStatus.ReleasedRowLevel:
                    outputs.Add(new OutputRelease(plan, status, reason, null));
                    break;
                default:
                    outputs.Add(new OutputRelease(plan, status, reason, null));
                    cells.Add(new CellDecision(plan.Name, [], null, CellAction.Withheld));
                    break;
            }
        }

        return new DisclosureOutcome(outputs, cells);
    }

    /// <summary>Raw results, unchecked (<c>--no-disclosure</c>): every output passes as it is, with only its own columns.</summary>
    public static DisclosureOutcome Raw(ReviewPlan review) =>
        new(review.Outputs.Select(o => new OutputRelease(o, OutputStatus.Raw,
            "--no-disclosure: raw local results; the disclosure rules were not applied and these values must not leave the enclave", null)).ToList(), []);

    private static ResultsTable Released(CellGrid grid) => new(
        grid.Table.Columns,
        Enumerable.Range(0, grid.RowCount)
            .Select(r => new ResultsRow(Enumerable.Range(0, grid.Columns.Count).Select(c => grid.ValueAt(r, c)).ToList(), null, new Dictionary<string, double?>()))
            .ToList());

    private static IEnumerable<CellDecision> Decisions(CellGrid grid)
    {
        for (var row = 0; row < grid.RowCount; row++)
        {
            var keys = grid.KeyColumns.Select(k => new RowKey(grid.Columns[k].Name, grid.Table.Rows[row].Cells[k])).ToList();
            foreach (var column in grid.ValueColumns)
            {
                if (grid.ActionAt(row, column) is { } action)
                {
                    yield return new CellDecision(grid.Plan.Name, keys, grid.Columns[column].Name, action);
                }
            }
        }
    }
}

/// <summary>What the rules decided for a submission.</summary>
/// <param name="Outputs">Each output, in declaration order.</param>
/// <param name="Cells">Every cell touched, and every output withheld (with no row and no column).</param>
internal sealed record DisclosureOutcome(IReadOnlyList<OutputRelease> Outputs, IReadOnlyList<CellDecision> Cells);

/// <summary>One output after the rules.</summary>
/// <param name="Plan">The output as review.json declares it.</param>
/// <param name="Status">Released, row-level, withheld or raw.</param>
/// <param name="Reason">Why (for all but outputs the rules checked).</param>
/// <param name="Released">For an output the rules checked, the table to release; null otherwise (a row-level or raw
/// output is copied from its results file as it is, a withheld one is not written).</param>
internal sealed record OutputRelease(OutputPlan Plan, OutputStatus Status, string? Reason, ResultsTable? Released);

/// <summary>A cell the rules touched: never its value, only where it is and what was done.</summary>
/// <param name="Output">The output.</param>
/// <param name="Row">The row's key values (empty for a whole output).</param>
/// <param name="Column">The column, or null for a whole output.</param>
/// <param name="Action">What was done.</param>
internal sealed record CellDecision(string Output, IReadOnlyList<RowKey> Row, string? Column, CellAction Action);

/// <summary>A key column of a row and its value (null: the row is a margin over that key).</summary>
internal sealed record RowKey(string Column, string? Value);
