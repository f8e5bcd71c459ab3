using Assist.Query.Ast;

namespace Assist.Query.Translation;

/// <summary>
/// One SELECT level under construction. Operators add clauses while the SQL meaning stays that of the C# operator
/// order; when a clause would come too late (a WHERE after a LIMIT, a GROUP BY over a GROUP BY) the translator wraps
/// the level in a derived table first (<see cref="DerivedTables"/> decides when).
/// </summary>
internal sealed class SelectBuilder
{
    public SqlTableSource? From { get; set; }

    public List<SqlJoin> Joins { get; } = [];

    public SqlExpr? Where { get; set; }

    public List<SqlExpr> GroupBy { get; } = [];

    public bool IsGrouped { get; set; }

    public SqlExpr? Having { get; set; }

    public bool Distinct { get; set; }

    public List<SqlOrdering> OrderBy { get; } = [];

    /// <summary>
    /// Where the keys of an ordering that a later OrderBy re-sorted begin in <see cref="OrderBy"/> (C#'s sort is stable,
    /// so they break its ties); a ThenBy inserts its key before them. Past the end when there are none.
    /// </summary>
    public int InheritedOrderStart { get; set; } = int.MaxValue;

    public SqlExpr? Offset { get; set; }

    public SqlExpr? Limit { get; set; }

    /// <summary>The projection holds window functions: filters must not be added to this level.</summary>
    public bool HasWindow { get; set; }

    /// <summary>A Select ran after the grouping, so the shape is the projection, not the grouping.</summary>
    public bool IsAggregateOnly { get; set; }

    /// <summary>This level only wraps a set operation; emitted as the set operation itself when nothing is added.</summary>
    public SqlSetOperation? SetOperation { get; set; }

    public Shape Shape { get; set; } = null!;

    /// <summary>Navigation joins already made at this level, so each path is joined once.</summary>
    public Dictionary<string, EntityShape> NavigationJoins { get; } = new(StringComparer.Ordinal);

    public bool HasPaging => Offset is not null || Limit is not null;

    public bool IsPlain => !IsGrouped && !Distinct && !HasPaging && !HasWindow && !IsAggregateOnly;

    public void AddWhere(SqlExpr condition) => Where = Where is null ? condition : SqlFactory.And(Where, condition);

    public void AddHaving(SqlExpr condition) => Having = Having is null ? condition : SqlFactory.And(Having, condition);
}
