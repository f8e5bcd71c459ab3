using System.Text;
using Assist.Cli.Disclosure.Engine;
using Assist.Cli.Disclosure.Inputs;
using Assist.Cli.Disclosure.Reporting;
using Assist.Cli.Disclosure.Rules;

namespace Assist.Cli.Disclosure;

/// <summary>
/// The whole release step that <c>assist run</c> and <c>assist check-output</c> share: read each output's results file
/// (<c>&lt;name&gt;.csv</c>) against review.json, apply the rules (or, for <c>--no-disclosure</c>, none), and write the
/// released files, disclosure.json and disclosure.md into a folder the caller moves into place. The header of every
/// results file and every row of the checked ones are verified before anything is written; the rows of a row-level or
/// raw output are verified as they are copied. A bad file refuses the release (the caller discards the folder).
/// </summary>
internal static class DisclosureRelease
{
    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Releases the results in <paramref name="resultsFolder"/> into <paramref name="target"/>.</summary>
    /// <param name="review">The outputs, as review.json declares them.</param>
    /// <param name="resultsFolder">Where the results files are.</param>
    /// <param name="shownResults">How messages name the results folder.</param>
    /// <param name="rules">The rules, or null to write raw results (<c>--no-disclosure</c>).</param>
    /// <param name="utc">When, for the report.</param>
    /// <param name="target">An existing folder to write into.</param>
    /// <exception cref="DisclosureInputException">A results file is missing, malformed or does not match its output.</exception>
    public static DisclosureReport Write(ReviewPlan review, string resultsFolder, string shownResults, DisclosureRules? rules, string utc, string target)
    {
        var tables = new Dictionary<string, ResultsTable>(StringComparer.Ordinal);
        var problems = new List<DisclosureProblem>();
        foreach (var plan in review.Outputs)
        {
            var status = rules is null ? OutputStatus.Raw : OutputStatuses.Decide(plan).Status;
            if (status == OutputStatus.Withheld)
            {
                continue;
            }

            var shown = Path.Combine(shownResults, plan.Name + ".csv");
            var path = Path.Combine(resultsFolder, plan.Name + ".csv");
            if (!File.Exists(path))
            {
                problems.Add(new DisclosureProblem(shown, 0, 0, $"the results file of output '{plan.Name}' is missing"));
                continue;
            }

            try
            {
                // Aggregates the rules check are read whole (they are small); row-level and raw outputs stream later.
                var (_, rows) = ResultsFileReader.Open(File.ReadAllText(path, s_utf8), shown, plan, status == OutputStatus.Released);
                if (status == OutputStatus.Released)
                {
                    tables[plan.Name] = new ResultsTable(ResultsFileReader.DeclaredColumns(plan), rows.ToList());
                }
            }
            catch (DisclosureInputException e)
            {
                problems.AddRange(e.Problems);
            }
        }

        if (problems.Count > 0)
        {
            throw new DisclosureInputException(problems);
        }

        var outcome = rules is null ? DisclosureEngine.Raw(review) : new DisclosureEngine(rules).Apply(review, tables);
        var written = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var output in outcome.Outputs.Where(o => o.Status != OutputStatus.Withheld))
        {
            var name = output.Plan.Name;
            var (columns, rows) = output.Released is { } table
                ? (table.Columns, table.Rows)
                : ResultsFileReader.Open(File.ReadAllText(Path.Combine(resultsFolder, name + ".csv"), s_utf8), Path.Combine(shownResults, name + ".csv"), output.Plan, false);
            written[name] = ResultsFileWriter.Write(Path.Combine(target, name + ".csv"), columns, rows);
        }

        var report = DisclosureReports.Build(review, outcome, rules, utc, written);
        File.WriteAllText(Path.Combine(target, "disclosure.json"), DisclosureJson.Write(report), s_utf8);
        File.WriteAllText(Path.Combine(target, "disclosure.md"), DisclosurePage.Render(report), s_utf8);
        return report;
    }
}
