using Assist.Cli.Disclosure.Engine;
using Assist.Cli.Disclosure.Inputs;
using Assist.Cli.Disclosure.Rules;

namespace Assist.Cli.Disclosure.Reporting;

/// <summary>Turns what the engine decided into disclosure.json's report.</summary>
internal static class DisclosureReports
{
    /// <summary>The report; <paramref name="rules"/> is null when no rule was applied (<c>--no-disclosure</c>), <paramref name="rows"/> the rows each written output has.</summary>
    public static DisclosureReport Build(ReviewPlan review, DisclosureOutcome outcome, DisclosureRules? rules, string utc, IReadOnlyDictionary<string, int> rows)
    {
        var counts = DisclosureCounts.Of(outcome);
        var summary = rules is null
            ? "Disclosure control was NOT applied (--no-disclosure): every file is a raw local result, not fit to leave the enclave."
            : $"{counts.OutputsReleased} of {outcome.Outputs.Count} outputs released, {counts.OutputsWithheld} withheld; "
              + $"{counts.Suppressed} cells suppressed, {counts.Rounded} counts rounded.";
        var outputs = outcome.Outputs.Select(o =>
        {
            var cells = outcome.Cells.Where(c => c.Output == o.Plan.Name).ToList();
            return new OutputReport(o.Plan.Name, o.Status.Name(), o.Reason, rows.ContainsKey(o.Plan.Name) ? o.Plan.Name + ".csv" : null, rows.GetValueOrDefault(o.Plan.Name),
                cells.Count(c => c.Action.Hides()), cells.Count(c => c.Action == CellAction.Rounded));
        }).ToList();
        return new DisclosureReport(
            review.SubmissionFile,
            review.Sha256,
            utc,
            rules is not null,
            summary,
            rules is null ? [] : RuleCatalog.Describe(rules),
            outputs,
            counts,
            outcome.Cells.Select(c => new CellReport(c.Output, c.Row, c.Column, c.Action.Name())).ToList());
    }
}
