namespace Assist.Query.Translation;

/// <summary>What an operator is about to add to a SELECT level (see <see cref="DerivedTables.Needed"/>).</summary>
internal enum NextClause
{
    /// <summary>A filter: WHERE, or HAVING after a grouping.</summary>
    Where,

    /// <summary>A projection.</summary>
    Select,

    /// <summary>A projection that calls a window function.</summary>
    WindowSelect,

    /// <summary>A new ordering (OrderBy), replacing any earlier one.</summary>
    OrderBy,

    /// <summary>A further ordering key (ThenBy).</summary>
    ThenBy,

    /// <summary>OFFSET.</summary>
    Skip,

    /// <summary>LIMIT.</summary>
    Take,

    /// <summary>SELECT DISTINCT.</summary>
    Distinct,

    /// <summary>Aggregation over the level's rows: GROUP BY, an aggregate of the whole query, an aggregate subquery.</summary>
    Aggregate,

    /// <summary>A join or a group join (join … into) against the level's rows.</summary>
    GroupJoin,

    /// <summary>An inner join or a CROSS JOIN (SelectMany) against the level's rows.</summary>
    Join,

    /// <summary>A quantifier's filter (All): a NOT EXISTS over the level's rows that fail the predicate.</summary>
    AllFilter,
}

/// <summary>
/// The one place that decides when a SELECT level must become a derived table before an operator adds its clause.
/// SQL evaluates a SELECT's clauses in a fixed order (FROM/JOIN, WHERE, GROUP BY, HAVING, window functions, DISTINCT,
/// ORDER BY, OFFSET, LIMIT); C# applies operators in the order they are written. When the clause an operator adds
/// would run before something the level already has, the level is wrapped (<c>FROM (…) AS tN</c>) and the clause goes
/// on the new level. Neither engine's QUALIFY is used (docs/dialects.md #36), and OFFSET/LIMIT order is #28.
/// </summary>
internal static class DerivedTables
{
    /// <summary>Whether <paramref name="next"/> cannot be added to <paramref name="level"/> with its C# meaning.</summary>
    public static bool Needed(SelectBuilder level, NextClause next) => next switch
    {
        // WHERE runs before window functions, DISTINCT and paging: a filter written after them must not change their
        // input (a filtered row_number, the rows a LIMIT picks). After DISTINCT alone filtering first gives the same
        // rows; the derived table keeps the SQL in C#'s order.
        NextClause.Where => level.HasPaging || level.Distinct || level.HasWindow,

        // DISTINCT compares the projected columns: a projection written after Distinct must see the distinct rows.
        NextClause.Select => level.Distinct,

        // A window over a column the level computed with a window (rank by a running average) would nest one window
        // function in another, which SQL forbids: the level's projection becomes the derived table's columns. Window
        // functions run before OFFSET/LIMIT, so a window written after paging must see only the paged rows.
        NextClause.WindowSelect => level.Distinct || level.HasWindow || level.HasPaging,

        // ORDER BY runs before OFFSET/LIMIT, so an ordering written after paging would choose other rows. A new
        // ordering over a projection with window functions orders the finished rows of a derived table; a ThenBy
        // only extends an ordering written before the window, so it stays on the level.
        NextClause.OrderBy => level.HasPaging || level.HasWindow,
        NextClause.ThenBy => level.HasPaging,

        // SQL applies OFFSET before LIMIT: a Skip written after a Skip or a Take pages the paged rows.
        NextClause.Skip => level.HasPaging,

        // A second LIMIT on the level would replace the first (Take(5).Take(10) keeps 5 rows); a Take after a Skip is
        // `OFFSET m LIMIT n`, one level.
        NextClause.Take => level.Limit is not null,

        // DISTINCT runs before OFFSET/LIMIT: Distinct written after paging must fold only the paged rows.
        NextClause.Distinct => level.HasPaging,

        // Aggregating needs the level's rows as they are: not already grouped, distinct, paged, windowed or aggregated.
        NextClause.Aggregate or NextClause.GroupJoin => !level.IsPlain,

        // A join runs right after FROM, before every other clause, so it needs plain rows; an ordered level is also
        // joined as a derived table, its ORDER BY kept with the rows it ordered.
        NextClause.Join => !level.IsPlain || level.OrderBy.Count > 0,

        // The predicate is checked against the rows paging or DISTINCT chose, not the rows before them.
        NextClause.AllFilter => level.HasPaging || level.Distinct,

        _ => throw new ArgumentOutOfRangeException(nameof(next), next, "Unknown clause."),
    };

    /// <summary>
    /// Whether the level around a wrapped one must keep its row order: the clause keeps C#'s sequence order (a filter,
    /// a projection, a window, paging, a new ordering whose ties it breaks). An aggregate, a join or DISTINCT does not.
    /// </summary>
    public static bool KeepsOrder(NextClause next) => next switch
    {
        // A new ordering keeps the old one too: C#'s sort is stable, the old keys break its ties.
        NextClause.Where or NextClause.Select or NextClause.WindowSelect or NextClause.Skip or NextClause.Take
            or NextClause.OrderBy or NextClause.ThenBy => true,
        NextClause.Distinct or NextClause.Aggregate or NextClause.GroupJoin or NextClause.Join or NextClause.AllFilter => false,
        _ => throw new ArgumentOutOfRangeException(nameof(next), next, "Unknown clause."),
    };
}
