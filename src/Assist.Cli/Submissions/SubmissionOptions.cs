using Assist.Cli.Disclosure;
using Assist.Cli.Submissions.Reviewing;

namespace Assist.Cli.Submissions;

/// <summary>What <c>assist sql</c> and <c>assist run</c> were asked to do.</summary>
/// <param name="File">The submission as the user named it.</param>
/// <param name="Out">The output folder as the user named it.</param>
/// <param name="Dialect">athena, trino or duckdb: the SQL written.</param>
/// <param name="Schema">The schema folder for scan estimates, or null for the lake's own.</param>
/// <param name="Timeout">The capture's wall-clock limit.</param>
/// <param name="Pricing">Athena's price.</param>
/// <param name="Lake">For <c>assist run</c>: the local lake; null for <c>assist sql</c>.</param>
/// <param name="Format">For <c>assist run</c>: csv or parquet.</param>
/// <param name="Disclosure">For <c>assist run</c>: the disclosure rules applied to the results (raw for <c>--no-disclosure</c>).</param>
/// <param name="Plots">For <c>assist run --plots</c>: draw the declared plots from the written CSV files.</param>
internal sealed record SubmissionOptions(
    string File, string Out, string Dialect, string? Schema, TimeSpan Timeout, ScanPricing Pricing, string? Lake, string Format,
    RunDisclosure? Disclosure = null, bool Plots = false);
