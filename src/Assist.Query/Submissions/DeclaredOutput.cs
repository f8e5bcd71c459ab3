using Assist.Query;
using Assist.Query.Review;

namespace Assist.Submissions;

/// <summary>One output a submission declared, with its query kept for translation.</summary>
public sealed class DeclaredOutput
{
    private readonly IQueryExpression _query;

    internal DeclaredOutput(string name, IQueryExpression query, bool rowLevel, string? reason, SubmissionLocation location)
    {
        Name = name;
        _query = query;
        RowLevel = rowLevel;
        Reason = reason;
        Location = location;
    }

    /// <summary>The output's name (<c>per_student</c>).</summary>
    public string Name { get; }

    /// <summary>Declared with <see cref="Submission.RowLevelOutput{T}"/>.</summary>
    public bool RowLevel { get; }

    /// <summary>The declared reason for row-level data, or null.</summary>
    public string? Reason { get; }

    /// <summary>The <c>Submission.Output</c> call.</summary>
    public SubmissionLocation Location { get; }

    /// <summary>Translates the query for a dialect and reviews it.</summary>
    /// <exception cref="UntranslatableQueryException">A construct has no translation for the dialect.</exception>
    public QueryReview Review(SqlDialect dialect)
    {
        ArgumentNullException.ThrowIfNull(dialect);
        return QueryReview.Of(_query, dialect);
    }
}
