using Assist.Query.Ast;
using Assist.Query.Metadata;

namespace Assist.Query.Review;

/// <summary>
/// The walk behind <see cref="SqlReadSet"/>: resolves every column reference through the table aliases in scope
/// (correlated subqueries see the outer aliases) to a lake column, or through a derived table or WITH entry to the
/// lineage of that subquery's output column.
/// </summary>
/// <remarks>
/// A derived table's or WITH entry's output column counts as read only when the query around it reads it: translated
/// subqueries project every column of their rows (<c>SELECT t0.*</c> spelled out), and reporting all of them would
/// flag PII the statement never returns or tests. What decides a subquery's rows is read at once: its FROM, ON, WHERE,
/// GROUP BY, HAVING and ORDER BY, and every projected column when they decide rows too (DISTINCT, a set operation).
/// </remarks>
internal sealed class SqlReadSetWalker
{
    private readonly PersonIdentifiers _persons;
    private readonly Dictionary<string, TableMetadata> _tables;
    private readonly Dictionary<string, QueryLineage> _ctes = new(StringComparer.Ordinal);

    // True while a derived table's projections are walked: their columns are read only if the outer query uses them.
    private bool _deferring;

    public SqlReadSetWalker(PersonIdentifiers persons)
    {
        _persons = persons;
        _tables = new Dictionary<string, TableMetadata>(StringComparer.Ordinal);
        foreach (var table in LakeModel.Tables)
        {
            _tables[table.QualifiedName] = table;
        }
    }

    public HashSet<string> TablesRead { get; } = new(StringComparer.Ordinal);

    public HashSet<LakeColumn> ColumnsRead { get; } = [];

    public QueryLineage WalkStatement(SqlStatement statement)
    {
        foreach (var cte in statement.Ctes)
        {
            _ctes[cte.Name] = WalkQuery(cte.Query, outer: null, deferProjections: true);
        }

        return WalkQuery(statement.Query, outer: null, deferProjections: false);
    }

    private QueryLineage WalkQuery(SqlQuery query, ReadSetScope? outer, bool deferProjections)
    {
        // A nested query's own clauses are read whatever the projection around it is doing.
        var saved = _deferring;
        _deferring = false;
        try
        {
            return query switch
            {
                SqlSelect select => WalkSelect(select, outer, deferProjections && !select.Distinct),
                SqlSetOperation set => Combine(WalkQuery(set.Left, outer, false), WalkQuery(set.Right, outer, false)),
                _ => throw new NotSupportedException("The review does not know the query node " + query.GetType().Name + "."),
            };
        }
        finally
        {
            _deferring = saved;
        }
    }

    private QueryLineage WalkSelect(SqlSelect select, ReadSetScope? outer, bool deferProjections)
    {
        var scope = new ReadSetScope(outer);
        QueryLineage? single = null;
        if (select.From is { } from)
        {
            single = Register(from, scope);
        }

        foreach (var join in select.Joins)
        {
            Register(join.Source, scope);
        }

        foreach (var join in select.Joins)
        {
            Read(join.On, scope);
        }

        Read(select.Where, scope);
        var groupKeys = select.GroupBy.Select(key => Lineage(key, scope)).ToList();
        Read(select.Having, scope);
        _deferring = deferProjections;
        var projections = select.Projections.Select(p => (p.Alias, Lineage(p.Expression, scope))).ToList();
        _deferring = false;
        foreach (var ordering in select.OrderBy)
        {
            Read(ordering.Expression, scope);
        }

        Read(select.Offset, scope);
        Read(select.Limit, scope);

        // A projection over one grouped subquery describes what that subquery's rows describe.
        if (groupKeys.Count == 0 && select.Joins.Count == 0 && single is not null)
        {
            groupKeys = [.. single.GroupKeys];
        }

        return new QueryLineage(projections, groupKeys);
    }

    private QueryLineage? Register(SqlTableSource source, ReadSetScope scope)
    {
        switch (source)
        {
            case SqlTable table:
                TablesRead.Add(table.Catalog + "." + table.Schema + "." + table.Name);
                scope.Add(table.Alias, new ReadSetScope.Source(table, null));
                return null;
            case SqlDerivedTable derived:
                var lineage = WalkQuery(derived.Query, scope, deferProjections: true);
                scope.Add(derived.Alias, new ReadSetScope.Source(null, lineage));
                return lineage;
            case SqlCteReference reference:
                var cte = _ctes.TryGetValue(reference.Name, out var known) ? known : new QueryLineage([], []);
                scope.Add(reference.Alias, new ReadSetScope.Source(null, cte));
                return cte;
            default:
                throw new NotSupportedException("The review does not know the table source " + source.GetType().Name + ".");
        }
    }

    private void Read(SqlExpr? expression, ReadSetScope scope)
    {
        if (expression is not null)
        {
            Lineage(expression, scope);
        }
    }

    private ColumnLineage Lineage(SqlExpr expression, ReadSetScope scope) => expression switch
    {
        SqlColumn column => Resolve(column, scope),
        SqlCast cast => Lineage(cast.Operand, scope),
        SqlLiteral or SqlParameter => ColumnLineage.None,
        SqlAggregate aggregate => Computed(scope, aggregate.Argument),
        SqlBinary binary => Computed(scope, binary.Left, binary.Right),
        SqlUnary unary => Computed(scope, unary.Operand),
        SqlCase @case => Computed(scope, [.. @case.Whens.SelectMany(w => new[] { w.Condition, w.Result }), @case.Else]),
        SqlFunction function => Computed(scope, [.. function.Arguments]),
        SqlLike like => Computed(scope, like.Value, like.Pattern),
        SqlInList list => Computed(scope, [list.Value, .. list.Items]),
        SqlRanking ranking => Computed(scope, ranking.Argument),
        SqlWindow window => Computed(scope, [window.Function, .. window.PartitionBy, .. window.OrderBy.Select(o => o.Expression)]),
        SqlExists exists => Subquery(exists.Subquery, scope),
        SqlScalarSubquery scalar => Subquery(scalar.Subquery, scope),
        SqlIn @in => ColumnLineage.Computed([Lineage(@in.Value, scope), Subquery(@in.Subquery, scope)]),
        _ => throw new NotSupportedException("The review does not know the expression node " + expression.GetType().Name + "."),
    };

    private ColumnLineage Computed(ReadSetScope scope, params SqlExpr?[] inputs) =>
        ColumnLineage.Computed(inputs.Where(i => i is not null).Select(i => Lineage(i!, scope)).ToList());

    private ColumnLineage Subquery(SqlQuery query, ReadSetScope scope) =>
        ColumnLineage.Computed(WalkQuery(query, scope, deferProjections: false).Projections.Select(p => p.Lineage).ToList());

    private ColumnLineage Resolve(SqlColumn column, ReadSetScope scope)
    {
        var source = scope.Find(column.TableAlias);
        if (source?.Table is { } table)
        {
            var qualified = table.Catalog + "." + table.Schema + "." + table.Name;
            var metadata = _tables.TryGetValue(qualified, out var t) ? t.Columns.FirstOrDefault(c => c.SqlName == column.Name) : null;
            var lake = new LakeColumn(table.Catalog, table.Schema, table.Name, column.Name, metadata?.IsPii ?? false, _persons.Contains(qualified, column.Name));
            var own = ColumnLineage.Of(lake);
            Read(own);
            return own;
        }

        // A derived table's or WITH entry's column: what it is computed from is read now (or by the query around this
        // projection, when it is deferred too).
        var derived = source?.Query?.Find(column.Name) ?? ColumnLineage.None;
        Read(derived);
        return derived;
    }

    private void Read(ColumnLineage lineage)
    {
        if (!_deferring)
        {
            ColumnsRead.UnionWith(lineage.Sources);
        }
    }

    // UNION and friends: output column i comes from column i of either side; a copy only when both copy the same column.
    private static QueryLineage Combine(QueryLineage left, QueryLineage right)
    {
        var projections = left.Projections.Select((p, i) =>
        {
            if (i >= right.Projections.Count)
            {
                return p;
            }

            var other = right.Projections[i].Lineage;
            var merged = ColumnLineage.Computed([p.Lineage, other]);
            return (p.Alias, p.Lineage.Identity is { } id && id == other.Identity ? merged with { Identity = id } : merged);
        }).ToList();
        return new QueryLineage(projections, [.. left.GroupKeys, .. right.GroupKeys]);
    }
}
