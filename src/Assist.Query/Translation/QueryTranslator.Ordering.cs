using System.Linq.Expressions;
using Assist.Query.Ast;

namespace Assist.Query.Translation;

/// <summary>The operators that order and page rows (OrderBy/ThenBy, Skip, Take) and Distinct, whose SQL depends on the order.</summary>
internal sealed partial class QueryTranslator
{
    private SelectBuilder ApplyOrderBy(SelectBuilder b, LambdaExpression key, Scope scope, bool descending, bool then)
    {
        b = WrapIfNeeded(b, then ? NextClause.ThenBy : NextClause.OrderBy);

        // C#'s OrderBy is a stable sort: rows it ties keep the order they had, so an earlier ordering's keys stay
        // after the new ones (ORDER BY new, earlier) and a ThenBy goes between them.
        if (!then)
        {
            b.InheritedOrderStart = 0;
        }

        var insertAt = Math.Min(b.InheritedOrderStart, b.OrderBy.Count);
        var shape = Bind(key, scope, b.Shape);
        foreach (var leaf in Leaves(shape, key.Body))
        {
            // A constant key does not reorder (C#'s sort is stable), and `ORDER BY 1` would name a column position.
            if (!IsConstant(leaf))
            {
                // C#'s comparer puts null first: ascending NULLS FIRST, descending NULLS LAST (docs/dialects.md #26).
                b.OrderBy.Insert(insertAt++, new SqlOrdering(leaf, descending) { NullsFirst = !descending && SqlNullability.MayBeNull(leaf) });
            }
        }

        b.InheritedOrderStart = insertAt;

        // An inherited key equal to a new one can no longer break a tie.
        for (var i = b.OrderBy.Count - 1; i >= insertAt; i--)
        {
            if (b.OrderBy.Take(insertAt).Any(o => o.Expression.Equals(b.OrderBy[i].Expression)))
            {
                b.OrderBy.RemoveAt(i);
            }
        }

        return b;
    }

    private SelectBuilder ApplySkip(SelectBuilder b, SqlExpr count)
    {
        b = WrapIfNeeded(b, NextClause.Skip);

        b.Offset = count;
        return b;
    }

    private SelectBuilder ApplyTake(SelectBuilder b, SqlExpr count)
    {
        b = WrapIfNeeded(b, NextClause.Take);

        b.Limit = count;
        return b;
    }

    private SelectBuilder ApplyDistinct(SelectBuilder b, Expression call)
    {
        b = WrapIfNeeded(b, NextClause.Distinct);

        // SELECT DISTINCT can only be ordered by what it selects (Trino refuses the statement, DuckDB accepts it): C#'s
        // order of first occurrence over another key has no such SQL.
        var selected = new List<(SqlExpr Expr, string Name)>();
        Flatten(b.Shape, string.Empty, selected);
        if (b.OrderBy.Any(o => !selected.Any(s => s.Expr.Equals(o.Expression))))
        {
            throw Fail("Distinct() over rows ordered by a value they do not contain (SQL orders SELECT DISTINCT only by selected values): "
                + "call Distinct() before OrderBy(…), select the ordering key too, or group by the value and order the groups by g.Min(key) "
                + "(the order of first occurrence)", call);
        }

        b.Distinct = true;
        return b;
    }
}
