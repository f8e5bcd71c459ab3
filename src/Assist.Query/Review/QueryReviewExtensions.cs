using Assist.Query.Review;

namespace Assist.Query;

/// <summary>Reviewing queries: what a statement reads and returns, for enclave reviewers.</summary>
public static class QueryReviewExtensions
{
    /// <summary>
    /// The query's SQL for <paramref name="dialect"/> with what it reads (tables, columns, personal data) and returns
    /// (result columns and their lake columns, group keys, whether each row describes one person).
    /// </summary>
    /// <exception cref="UntranslatableQueryException">A construct has no translation for the dialect.</exception>
    public static QueryReview Review<T>(this Query<T> query, SqlDialect dialect)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(dialect);
        return QueryReview.Of(query, dialect);
    }

    /// <summary>
    /// Disclosure control's view of the query for <paramref name="dialect"/>: for an aggregate, the SQL with
    /// <c>"#persons"</c> (distinct persons behind each row) and a <c>"#top_share:Name"</c> column per sum or average after
    /// its own columns, and what each own column is; or why the output needs manual review.
    /// </summary>
    /// <exception cref="UntranslatableQueryException">A construct has no translation for the dialect.</exception>
    public static Disclosure.DisclosureReview Disclosure<T>(this Query<T> query, SqlDialect dialect) => Review(query, dialect).Disclosure;
}
