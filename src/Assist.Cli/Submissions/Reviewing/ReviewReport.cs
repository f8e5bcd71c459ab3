namespace Assist.Cli.Submissions.Reviewing;

/// <summary>review.json: what a reviewer needs to decide whether a submission may run and what may leave the enclave.</summary>
/// <param name="Submission">The file reviewed.</param>
/// <param name="Dialect">The SQL dialect of the .sql files.</param>
/// <param name="Disclosure">The names of the columns disclosure control adds, so readers need not hard-code them.</param>
/// <param name="Outputs">One entry per declared output, in declaration order.</param>
/// <param name="TotalEstimatedBytesScanned">Σ of the outputs' estimates.</param>
/// <param name="EstimatedCostUsd">Σ of the outputs' costs (each output is one query, each with the minimum charge).</param>
/// <param name="Problems">What the reviewer must look at.</param>
/// <param name="Plots">The declared plots, or null (omitted from the file) when there are none.</param>
internal sealed record ReviewReport(
    SubmissionInfo Submission,
    string Dialect,
    DisclosureConventions Disclosure,
    IReadOnlyList<OutputReview> Outputs,
    long TotalEstimatedBytesScanned,
    decimal EstimatedCostUsd,
    IReadOnlyList<ReviewProblem> Problems,
    [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    IReadOnlyList<PlotReview>? Plots = null);

/// <summary>A declared plot: drawn by <c>assist run --plots</c> from its output's file, so it shows nothing the output does not.</summary>
internal sealed record PlotReview(string Name, string File, string Kind, string Output, string X, string? Y, string? Group, string? Spread, string Title);

/// <summary>The submission file: name, SHA-256 of its bytes, the tool that reviewed it and when.</summary>
internal sealed record SubmissionInfo(string File, string Sha256, string ToolVersion, string Utc, string? Title, string? Purpose);

/// <summary>One output's review.</summary>
internal sealed record OutputReview(
    string Name,
    string SqlFile,
    IReadOnlyList<ParameterReview> Parameters,
    bool RowLevel,
    string? Reason,
    bool PersonLevel,
    IReadOnlyList<string> Tables,
    IReadOnlyList<string> Columns,
    IReadOnlyList<string> PiiColumns,
    IReadOnlyList<string> GroupKeys,
    IReadOnlyList<ResultColumnReview> ResultColumns,
    DisclosureReviewEntry Disclosure,
    long EstimatedBytesScanned,
    decimal EstimatedCostUsd);

/// <summary>review.json's top-level <c>disclosure</c>: the persons column's name and the dominance columns' prefix.</summary>
internal sealed record DisclosureConventions(string PersonsColumn, string TopSharePrefix);

/// <summary>An output's <c>disclosure</c>: the persons column and path, why it needs manual review, and what each own column is.</summary>
internal sealed record DisclosureReviewEntry(string? PersonsColumn, string? PersonPath, string? ManualReview, IReadOnlyList<DisclosureColumnReview> Columns);

/// <summary>One own column: key, count, sum, average or other; a sum or average names its dominance column.</summary>
internal sealed record DisclosureColumnReview(
    string Name,
    string Kind,
    [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)] string? DominanceColumn);

/// <summary>A parameter: position (1-based), CLR type, SQL literal text.</summary>
internal sealed record ParameterReview(int Position, string Type, string LiteralText);

/// <summary>A result column, the lake columns it is made from, and whether it is a person identifier as it is.</summary>
internal sealed record ResultColumnReview(string Name, IReadOnlyList<string> Sources, bool PersonIdentifier);

/// <summary>Something the reviewer must look at.</summary>
/// <param name="Output">The output concerned.</param>
/// <param name="Kind">row-level-output, person-level-output, pii-in-select, pii-read or disclosure-manual-review.</param>
/// <param name="Message">What and why, in one sentence.</param>
internal sealed record ReviewProblem(string Output, string Kind, string Message);
