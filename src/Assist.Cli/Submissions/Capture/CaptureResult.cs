namespace Assist.Cli.Submissions.Capture;

/// <summary>What the capture process reports back (as JSON): the declarations, each output's review, and any problem.</summary>
/// <param name="Title">From <c>Submission.Describe</c>, or null.</param>
/// <param name="Purpose">From <c>Submission.Describe</c>, or null.</param>
/// <param name="Problems">Errors: bad declarations, an exception, an untranslatable query, a failed run.</param>
/// <param name="Outputs">The declared outputs, in order.</param>
/// <param name="Plots">The declared plots, in order.</param>
internal sealed record CaptureResult(
    string? Title, string? Purpose, IReadOnlyList<CapturedProblem> Problems, IReadOnlyList<CapturedOutput> Outputs, IReadOnlyList<CapturedPlot> Plots);

/// <summary>A declared plot: its kind (Line, ScatterWithSpread, Histogram), the output and the columns it draws.</summary>
internal sealed record CapturedPlot(string Name, string Kind, string Output, string X, string? Y, string? Group, string? Spread, string Title, int Line);

/// <summary>One error found while capturing, at a line of the submission (0 when there is none).</summary>
internal sealed record CapturedProblem(string Code, string Message, int Line);

/// <summary>One output's review in the requested dialect (and, for <c>assist run</c>, how many rows it wrote).</summary>
internal sealed record CapturedOutput(
    string Name,
    bool RowLevel,
    string? Reason,
    int Line,
    string Sql,
    IReadOnlyList<CapturedParameter> Parameters,
    IReadOnlyList<string> Tables,
    IReadOnlyList<CapturedColumn> Columns,
    IReadOnlyList<CapturedResultColumn> ResultColumns,
    IReadOnlyList<string> GroupKeys,
    bool PersonLevel,
    long? RowsWritten,
    CapturedDisclosure Disclosure);

/// <summary>Disclosure control's view of an output (review.json's <c>disclosure</c>).</summary>
/// <param name="PersonsColumn"><c>#persons</c> when the SQL carries it, otherwise null.</param>
/// <param name="PersonPath">The person column persons are counted by, or null.</param>
/// <param name="ManualReview">Why the rules cannot be applied automatically, or null.</param>
/// <param name="Columns">The output's own columns in SELECT order.</param>
internal sealed record CapturedDisclosure(string? PersonsColumn, string? PersonPath, string? ManualReview, IReadOnlyList<CapturedDisclosureColumn> Columns);

/// <summary>One own column: its kind (key, count, sum, average, other) and dominance column, if any.</summary>
internal sealed record CapturedDisclosureColumn(string Name, string Kind, string? DominanceColumn);

/// <summary>A lake column the statement reads.</summary>
internal sealed record CapturedColumn(string Name, bool Pii, bool PersonIdentifier);

/// <summary>A result column and the lake columns its value is made from.</summary>
internal sealed record CapturedResultColumn(string Name, IReadOnlyList<string> Sources, IReadOnlyList<string> PiiSources, bool PersonIdentifier);

/// <summary>A parameter value: its position (1-based), CLR type and SQL literal text.</summary>
internal sealed record CapturedParameter(int Position, string Type, string LiteralText);
