using Assist.Cli.Submissions.Capture;

namespace Assist.Cli.Submissions.Reviewing;

/// <summary>Turns the captured outputs into the review: cost per output and the problems a reviewer must look at.</summary>
internal sealed class ReviewBuilder(ScanCostEstimator estimator, ScanPricing pricing)
{
    public ReviewReport Build(SubmissionInfo submission, string dialect, IReadOnlyList<CapturedOutput> outputs, IReadOnlyList<CapturedPlot>? plots = null)
    {
        var reviews = outputs.Select(Review).ToList();
        var problems = outputs.SelectMany(Problems).ToList();
        var conventions = new DisclosureConventions(Assist.Query.Disclosure.DisclosureNames.PersonsColumn, Assist.Query.Disclosure.DisclosureNames.TopSharePrefix);
        var plotReviews = plots is { Count: > 0 }
            ? plots.Select(p => new PlotReview(p.Name, p.Name + ".png", p.Kind, p.Output, p.X, p.Y, p.Group, p.Spread, p.Title)).ToList()
            : null;
        return new ReviewReport(submission, dialect, conventions, reviews, reviews.Sum(r => r.EstimatedBytesScanned), reviews.Sum(r => r.EstimatedCostUsd), problems, plotReviews);
    }

    private OutputReview Review(CapturedOutput output)
    {
        var columns = output.Columns.Select(c => c.Name).ToList();
        var bytes = estimator.EstimateBytes(columns);
        return new OutputReview(
            output.Name,
            output.Name + ".sql",
            output.Parameters.Select(p => new ParameterReview(p.Position, p.Type, p.LiteralText)).ToList(),
            output.RowLevel,
            output.Reason,
            output.PersonLevel,
            output.Tables,
            columns,
            output.Columns.Where(c => c.Pii).Select(c => c.Name).ToList(),
            output.GroupKeys,
            output.ResultColumns.Select(c => new ResultColumnReview(c.Name, c.Sources, c.PersonIdentifier)).ToList(),
            new DisclosureReviewEntry(
                output.Disclosure.PersonsColumn,
                output.Disclosure.PersonPath,
                output.Disclosure.ManualReview,
                output.Disclosure.Columns.Select(c => new DisclosureColumnReview(c.Name, c.Kind, c.DominanceColumn)).ToList()),
            bytes,
            pricing.CostUsd(bytes));
    }

    private static IEnumerable<ReviewProblem> Problems(CapturedOutput output)
    {
        if (output.RowLevel)
        {
            yield return new ReviewProblem(output.Name, "row-level-output",
                $"'{output.Name}' is declared row-level: its rows leave the enclave one by one. Stated reason: {output.Reason}");
        }
        else if (output.PersonLevel)
        {
            yield return new ReviewProblem(output.Name, "person-level-output",
                $"each row of '{output.Name}' describes one person ({Describe(output)}) but it is not declared with Submission.RowLevelOutput and a reason.");
        }

        if (output.Disclosure.ManualReview is { } why)
        {
            yield return new ReviewProblem(output.Name, "disclosure-manual-review",
                $"disclosure rules cannot be applied to '{output.Name}' automatically: {why}.");
        }

        foreach (var column in output.ResultColumns.Where(c => c.PiiSources.Count > 0))
        {
            yield return new ReviewProblem(output.Name, "pii-in-select",
                $"result column {column.Name} of '{output.Name}' is made from personal data: {string.Join(", ", column.PiiSources)}.");
        }

        foreach (var column in output.Columns.Where(c => c.Pii))
        {
            yield return new ReviewProblem(output.Name, "pii-read", $"'{output.Name}' reads the personal-data column {column.Name}.");
        }
    }

    private static string Describe(CapturedOutput output)
    {
        var person = output.GroupKeys.FirstOrDefault(k => output.Columns.Any(c => c.PersonIdentifier && c.Name == k));
        return person is not null
            ? "grouped by " + person
            : "it returns " + string.Join(", ", output.ResultColumns.Where(c => c.PersonIdentifier).Select(c => c.Name));
    }
}
