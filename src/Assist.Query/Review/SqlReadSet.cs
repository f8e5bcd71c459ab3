using Assist.Query.Ast;

namespace Assist.Query.Review;

/// <summary>
/// Everything a translated statement reads, computed from the SQL AST (never from C# text): the tables, every column
/// referenced anywhere (SELECT, ON, WHERE, GROUP BY, HAVING, ORDER BY, subqueries, WITH entries, so navigations'
/// join columns are included), the result's columns with their lineage, and the keys its rows are grouped by.
/// </summary>
internal sealed class SqlReadSet
{
    private SqlReadSet(IReadOnlyList<string> tables, IReadOnlyList<LakeColumn> columns, IReadOnlyList<OutputColumn> outputs, IReadOnlyList<ColumnLineage> groupKeys)
    {
        Tables = tables;
        Columns = columns;
        Outputs = outputs;
        GroupKeys = groupKeys;
    }

    /// <summary>The tables read, <c>catalog.schema.table</c>, in name order.</summary>
    public IReadOnlyList<string> Tables { get; }

    /// <summary>The columns read, in name order.</summary>
    public IReadOnlyList<LakeColumn> Columns { get; }

    /// <summary>The result's columns, in SELECT order.</summary>
    public IReadOnlyList<OutputColumn> Outputs { get; }

    /// <summary>The keys one result row stands for (empty when ungrouped).</summary>
    public IReadOnlyList<ColumnLineage> GroupKeys { get; }

    /// <summary>Walks a statement.</summary>
    public static SqlReadSet Of(SqlStatement statement, PersonIdentifiers persons)
    {
        var walker = new SqlReadSetWalker(persons);
        var main = walker.WalkStatement(statement);
        var outputs = main.Projections
            .Select(p => new OutputColumn(p.Alias, p.Lineage.Sources.OrderBy(c => c.QualifiedName, StringComparer.Ordinal).ToList(), p.Lineage.Identity))
            .ToList();
        return new SqlReadSet(
            walker.TablesRead.Order(StringComparer.Ordinal).ToList(),
            walker.ColumnsRead.OrderBy(c => c.QualifiedName, StringComparer.Ordinal).ToList(),
            outputs,
            main.GroupKeys);
    }
}
