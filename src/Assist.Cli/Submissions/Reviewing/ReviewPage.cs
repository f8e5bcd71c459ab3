using System.Globalization;

namespace Assist.Cli.Submissions.Reviewing;

/// <summary>The view review.md is rendered from (Templates/review.scriban): the report with its numbers formatted.</summary>
internal sealed record ReviewPage(
    string Title,
    string? Purpose,
    SubmissionInfo Submission,
    string Dialect,
    string TotalBytes,
    string TotalCost,
    IReadOnlyList<OutputPage> Outputs,
    IReadOnlyList<ReviewProblem> Problems,
    IReadOnlyList<PlotReview> Plots)
{
    public static ReviewPage From(ReviewReport report, IReadOnlyDictionary<string, string> sql) => new(
        report.Submission.Title ?? report.Submission.File,
        report.Submission.Purpose,
        report.Submission,
        report.Dialect,
        Bytes(report.TotalEstimatedBytesScanned),
        Usd(report.EstimatedCostUsd),
        report.Outputs.Select(o => OutputPage.From(o, sql.TryGetValue(o.Name, out var text) ? text : "")).ToList(),
        report.Problems,
        report.Plots ?? []);

    /// <summary><c>1,234,567 bytes (1.2 MB)</c>, decimal units.</summary>
    public static string Bytes(long bytes)
    {
        string[] units = ["bytes", "kB", "MB", "GB", "TB", "PB"];
        double value = bytes;
        var unit = 0;
        while (value >= 1000 && unit < units.Length - 1)
        {
            value /= 1000;
            unit++;
        }

        var exact = bytes.ToString("N0", CultureInfo.InvariantCulture) + " bytes";
        return unit == 0 ? exact : exact + " (" + value.ToString("0.#", CultureInfo.InvariantCulture) + " " + units[unit] + ")";
    }

    /// <summary><c>$0.0477</c>.</summary>
    public static string Usd(decimal usd) => "$" + usd.ToString("0.####", CultureInfo.InvariantCulture);
}

/// <summary>One output as review.md shows it.</summary>
internal sealed record OutputPage(
    string Name,
    string SqlFile,
    string Level,
    string? Reason,
    IReadOnlyList<string> Tables,
    IReadOnlyList<ColumnPage> Columns,
    IReadOnlyList<string> GroupKeys,
    IReadOnlyList<ResultColumnReview> ResultColumns,
    IReadOnlyList<ParameterReview> Parameters,
    DisclosureReviewEntry Disclosure,
    string Bytes,
    string Cost,
    string Sql)
{
    public static OutputPage From(OutputReview output, string sql) => new(
        output.Name,
        output.SqlFile,
        output.RowLevel ? "row-level (declared)" : output.PersonLevel ? "person-level (not declared row-level)" : "aggregate",
        output.Reason,
        output.Tables,
        output.Columns.Select(c => new ColumnPage(c, output.PiiColumns.Contains(c))).ToList(),
        output.GroupKeys,
        output.ResultColumns,
        output.Parameters,
        output.Disclosure,
        ReviewPage.Bytes(output.EstimatedBytesScanned),
        ReviewPage.Usd(output.EstimatedCostUsd),
        sql.TrimEnd());
}

/// <summary>A column read, marked when it holds personal data.</summary>
internal sealed record ColumnPage(string Name, bool Pii);
