namespace Assist.Query.Disclosure;

/// <summary>
/// Disclosure control's view of one query for one dialect: the SQL to run (the query's own columns, then
/// <c>#persons</c> and the <c>#top_share:</c> columns when it is an aggregate whose persons can be counted), what each
/// own column is, and, when the rules cannot be applied automatically, why.
/// </summary>
public sealed class DisclosureReview
{
    internal DisclosureReview(SqlText sql, DisclosurePlan plan)
    {
        Sql = sql;
        PersonsColumn = plan.PersonsColumn;
        PersonPath = plan.PersonPath;
        ManualReview = plan.ManualReview;
        Columns = plan.Columns;
    }

    /// <summary>The statement with the disclosure columns after the output's own (the query's own SQL when none were added).</summary>
    public SqlText Sql { get; }

    /// <summary><c>#persons</c> when the column was added, otherwise null.</summary>
    public string? PersonsColumn { get; }

    /// <summary>The person column persons are counted by (<c>cas_core.student_data.assignment_logs.user_xid</c>), or null.</summary>
    public string? PersonPath { get; }

    /// <summary>
    /// Why the rules cannot be applied automatically (no person path, two person paths, a shape the compiler does not
    /// trace persons through), or null. Person-level and row-level outputs get null here and no columns: they are not
    /// aggregates to release.
    /// </summary>
    public string? ManualReview { get; }

    /// <summary>The output's own columns in SELECT order, each with its kind and, for sums and averages with the columns added, its dominance column.</summary>
    public IReadOnlyList<DisclosureColumn> Columns { get; }
}
