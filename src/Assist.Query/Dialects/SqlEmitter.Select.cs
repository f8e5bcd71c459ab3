using Assist.Query.Ast;

namespace Assist.Query.Dialects;

/// <summary>SELECT blocks, FROM/JOIN, set operations.</summary>
internal abstract partial class SqlEmitter
{
    protected void EmitQuery(SqlQuery query)
    {
        switch (query)
        {
            case SqlSelect select:
                EmitSelect(select);
                break;
            case SqlSetOperation set:
                EmitSetOperation(set);
                break;
            default:
                throw new NotSupportedException(query.GetType().Name);
        }
    }

    protected virtual void EmitSelect(SqlSelect select)
    {
        Write(select.Distinct ? "SELECT DISTINCT " : "SELECT ");
        for (var i = 0; i < select.Projections.Count; i++)
        {
            if (i > 0)
            {
                Write(", ");
            }

            var projection = select.Projections[i];
            EmitExpr(projection.Expression);
            if (projection.Expression is not SqlColumn column || column.Name != projection.Alias)
            {
                Write(" AS ");
                Identifier(projection.Alias);
            }
        }

        if (select.From is not null)
        {
            NewLine();
            Write("FROM ");
            EmitSource(select.From);
        }

        foreach (var join in select.Joins)
        {
            NewLine();
            Write(join.Kind switch
            {
                SqlJoinKind.Inner => "INNER JOIN ",
                SqlJoinKind.Left => "LEFT JOIN ",
                SqlJoinKind.Cross => "CROSS JOIN ",
                _ => throw new NotSupportedException("Unknown join kind " + join.Kind),
            });
            EmitSource(join.Source);
            if (join.On is not null)
            {
                Write(" ON ");
                EmitExpr(join.On);
            }
        }

        if (select.Where is not null)
        {
            EmitWhereClause("WHERE ", select.Where, allowsParameters: true);
        }

        if (select.GroupBy.Count > 0)
        {
            NewLine();
            Write("GROUP BY ");
            EmitList(select.GroupBy);
        }

        if (select.Having is not null)
        {
            EmitWhereClause("HAVING ", select.Having, allowsParameters: false);
        }

        if (select.OrderBy.Count > 0)
        {
            NewLine();
            Write("ORDER BY ");
            EmitOrderings(select.OrderBy);
        }

        // docs/dialects.md #28: OFFSET before LIMIT is the only order both grammars accept.
        if (select.Offset is not null)
        {
            NewLine();
            Write("OFFSET ");
            EmitExpr(select.Offset);
        }

        if (select.Limit is not null)
        {
            NewLine();
            Write("LIMIT ");
            EmitExpr(select.Limit);
        }
    }

    protected void EmitOrderings(IReadOnlyList<SqlOrdering> orderings)
    {
        for (var i = 0; i < orderings.Count; i++)
        {
            if (i > 0)
            {
                Write(", ");
            }

            EmitExpr(orderings[i].Expression);

            // docs/dialects.md #26: the default null order is a setting in DuckDB; always say it.
            Write(orderings[i].Descending ? " DESC" : " ASC");
            Write(orderings[i].NullsFirst ? " NULLS FIRST" : " NULLS LAST");
        }
    }

    protected void EmitList(IReadOnlyList<SqlExpr> items)
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (i > 0)
            {
                Write(", ");
            }

            EmitExpr(items[i]);
        }
    }

    protected virtual void EmitSource(SqlTableSource source)
    {
        switch (source)
        {
            case SqlTable table:
                Identifier(table.Catalog);
                Write(".");
                Identifier(table.Schema);
                Write(".");
                Identifier(table.Name);
                break;
            case SqlDerivedTable derived:
                Nested(derived.Query);
                break;
            case SqlCteReference cte:
                Identifier(cte.Name);
                break;
            default:
                throw new NotSupportedException(source.GetType().Name);
        }

        Write(" AS ");
        Identifier(source.Alias);
    }

    protected virtual void EmitSetOperation(SqlSetOperation set)
    {
        EmitSetOperand(set.Left);
        NewLine();
        Write(set.Operator switch
        {
            SqlSetOperator.Union => "UNION",
            SqlSetOperator.UnionAll => "UNION ALL",
            SqlSetOperator.Intersect => "INTERSECT",
            SqlSetOperator.Except => "EXCEPT",
            _ => throw new NotSupportedException("Unknown set operator " + set.Operator),
        });
        NewLine();
        EmitSetOperand(set.Right);
    }

    private void EmitSetOperand(SqlQuery operand)
    {
        // An operand with its own ORDER BY/LIMIT, or a nested set operation, must be parenthesised to keep its meaning.
        var needsParentheses = operand is SqlSetOperation
            || (operand is SqlSelect s && (s.OrderBy.Count > 0 || s.Limit is not null || s.Offset is not null));
        if (needsParentheses)
        {
            Nested(operand);
        }
        else
        {
            EmitQuery(operand);
        }
    }
}
