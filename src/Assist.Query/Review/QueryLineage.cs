namespace Assist.Query.Review;

/// <summary>What a (sub)query returns, column by column, and the keys its rows are grouped by.</summary>
/// <param name="Projections">Each output column by alias with its lineage, in SELECT order.</param>
/// <param name="GroupKeys">
/// The GROUP BY keys that decide what one row describes: the query's own, or, for a plain projection over one
/// grouped subquery, that subquery's. Empty when the rows are not grouped.
/// </param>
internal sealed record QueryLineage(IReadOnlyList<(string Alias, ColumnLineage Lineage)> Projections, IReadOnlyList<ColumnLineage> GroupKeys)
{
    /// <summary>The lineage of an output column, or <see cref="ColumnLineage.None"/> when no projection has the name.</summary>
    public ColumnLineage Find(string alias)
    {
        foreach (var (name, lineage) in Projections)
        {
            if (name == alias)
            {
                return lineage;
            }
        }

        return ColumnLineage.None;
    }
}
