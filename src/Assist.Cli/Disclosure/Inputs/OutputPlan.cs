namespace Assist.Cli.Disclosure.Inputs;

/// <summary>What review.json says of one output that the disclosure rules need.</summary>
/// <param name="Name">The output's name; its results file is <c>&lt;name&gt;.csv</c>.</param>
/// <param name="RowLevel">Declared with <c>Submission.RowLevelOutput</c>: released as it is, with the reason.</param>
/// <param name="Reason">The declared reason for row-level data.</param>
/// <param name="PersonLevel">Each row describes one person.</param>
/// <param name="ResultColumns">The output's own columns, in SELECT order.</param>
/// <param name="Dimensions">For each key column, what it groups by: the lake column of its GROUP BY key when review.json
/// names one, else <c>output.column</c> (a dimension no other output shares).</param>
/// <param name="GroupKeys">The GROUP BY keys, as review.json names them.</param>
/// <param name="Disclosure">The output's disclosure section, or null when review.json has none for it.</param>
internal sealed record OutputPlan(
    string Name,
    bool RowLevel,
    string? Reason,
    bool PersonLevel,
    IReadOnlyList<string> ResultColumns,
    IReadOnlyDictionary<string, string> Dimensions,
    IReadOnlyList<string> GroupKeys,
    OutputDisclosure? Disclosure);

/// <summary>review.json's <c>disclosure</c> section of one output: how its columns are to be checked.</summary>
/// <param name="PersonsColumn">The extra result column holding the distinct persons behind each row, or null.</param>
/// <param name="PersonPath">The person identifier the persons are counted by.</param>
/// <param name="ManualReview">Why the rules cannot be applied automatically, or null.</param>
/// <param name="Columns">The output's columns and their kinds.</param>
internal sealed record OutputDisclosure(string? PersonsColumn, string? PersonPath, string? ManualReview, IReadOnlyList<PlannedColumn> Columns);

/// <summary>One result column and how the rules treat it.</summary>
/// <param name="Name">The column's name in the results file.</param>
/// <param name="Kind">key, count, sum, average or other.</param>
/// <param name="DominanceColumn">For sums and averages: the extra column with the largest person's share.</param>
internal sealed record PlannedColumn(string Name, ColumnKind Kind, string? DominanceColumn);

/// <summary>How a result column is made, as the compiler found it from the query's AST.</summary>
internal enum ColumnKind
{
    /// <summary>A GROUP BY key: released as it is (it names the cell).</summary>
    Key,

    /// <summary>COUNT, COUNT(DISTINCT), a conditional count: rounded to the base.</summary>
    Count,

    /// <summary>SUM: subject to dominance.</summary>
    Sum,

    /// <summary>AVG: subject to dominance.</summary>
    Average,

    /// <summary>Anything else (MIN, MAX, an expression): suppressed with its row, never rounded.</summary>
    Other,
}
